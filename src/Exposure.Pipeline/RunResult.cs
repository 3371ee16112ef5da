using Exposure.Core.Reporting;

namespace Exposure.Pipeline;

/// <param name="Written">Full paths of the files written, in order.</param>
public sealed record RunResult(ExposureReport Report, IReadOnlyList<string> Written)
{
    /// <summary>The decisions files a person had filled in that the new set replaced, kept beside it under another name.</summary>
    public IReadOnlyList<Output.KeptFile> Kept { get; init; } = [];
}

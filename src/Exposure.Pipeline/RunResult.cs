using Exposure.Core.Reporting;

namespace Exposure.Pipeline;

/// <param name="Written">Full paths of the files written, in order.</param>
public sealed record RunResult(ExposureReport Report, IReadOnlyList<string> Written);

using Exposure.Core.Reporting;
using Exposure.Core.Review;

namespace Exposure.Pipeline.Figures;

/// <summary>One fund's figures, findings and rejected lines, as <see cref="FundAccumulator.Complete"/> computes them.</summary>
public sealed record FundResult(FundExposure Fund, IReadOnlyList<HoldingFinding> Findings, IReadOnlyList<RejectedLine> Rejected)
{
    /// <summary>The fund's rows a person's decision set aside.</summary>
    public IReadOnlyList<SetAsideRow> SetAside { get; init; } = [];
}

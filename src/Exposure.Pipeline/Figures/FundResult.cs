using Exposure.Core.Reporting;

namespace Exposure.Pipeline.Figures;

/// <summary>One fund's figures, findings and rejected lines, as <see cref="FundAccumulator.Complete"/> computes them.</summary>
public sealed record FundResult(FundExposure Fund, IReadOnlyList<HoldingFinding> Findings, IReadOnlyList<RejectedLine> Rejected);

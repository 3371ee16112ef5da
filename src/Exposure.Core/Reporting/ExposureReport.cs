using Exposure.Core.Review;

namespace Exposure.Core.Reporting;

/// <summary>
/// The one report model. Every figure any renderer shows is computed here, once; renderers only lay it out.
/// Unmatched rows are not held here: they are streamed to their own file while reading.
/// </summary>
public sealed record ExposureReport(
    RunInfo Run,
    ReportSummary Summary,
    IReadOnlyList<FundExposure> Funds,
    IReadOnlyList<CompanyExposure> Companies,
    IReadOnlyList<HoldingFinding> Findings,
    IReadOnlyList<RejectedLine> Rejected,
    ReviewOutcome Review);

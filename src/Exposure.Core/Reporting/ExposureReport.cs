using Exposure.Core.Portfolio;
using Exposure.Core.Review;

namespace Exposure.Core.Reporting;

/// <summary>
/// The one report model. Every figure any renderer shows is computed here, once; renderers only lay it out.
/// Unmatched rows are not held here: they are streamed to their own file while reading. <see cref="Portfolio"/> is set
/// when a portfolio file describes a scheme: the look-through of every fund to company level, in the report currency.
/// </summary>
public sealed record ExposureReport(
    RunInfo Run,
    ReportSummary Summary,
    IReadOnlyList<FundExposure> Funds,
    IReadOnlyList<CompanyExposure> Companies,
    IReadOnlyList<HoldingFinding> Findings,
    IReadOnlyList<RejectedLine> Rejected,
    ReviewOutcome Review,
    PortfolioExposure? Portfolio = null);

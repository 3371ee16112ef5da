using System.Text.Json.Serialization;
using Exposure.Core.Portfolio;
using Exposure.Core.Review;

namespace Exposure.Core.Reporting;

/// <summary>
/// The one report model. Every figure any renderer shows is computed here, once; renderers only lay it out.
/// <see cref="Portfolio"/> is set when a portfolio file describes a scheme: the look-through of every fund to company
/// level, in the report currency. <see cref="Market"/> is set when the funds come from regulatory filings (SEC N-PORT
/// data sets): the market's figures over each fund's latest report, registrants, companies, and entries and exits
/// between reports. <see cref="ScreenedOut"/> reads back the unmatched and excluded holdings, which a run
/// keeps out of memory.
/// </summary>
public sealed record ExposureReport(
    RunInfo Run,
    ReportSummary Summary,
    IReadOnlyList<FundExposure> Funds,
    IReadOnlyList<CompanyExposure> Companies,
    IReadOnlyList<HoldingFinding> Findings,
    IReadOnlyList<RejectedLine> Rejected,
    ReviewOutcome Review,
    PortfolioExposure? Portfolio = null,
    MarketView? Market = null)
{
    /// <summary>The unmatched and excluded holdings, read back in file order; not part of the JSON model.</summary>
    [JsonIgnore]
    public ScreenedOutRows ScreenedOut { get; init; } = ScreenedOutRows.None;
}

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
/// keeps out of memory. Funds that share a name but are not the same fund are labelled apart here, once
/// (<see cref="FundLabels"/>): every renderer names a fund by its <see cref="FundExposure.DisplayName"/>, or by
/// <see cref="FundLabel"/> for a fund id.
/// </summary>
public sealed record ExposureReport(
    [property: JsonPropertyOrder(-3)] RunInfo Run,
    [property: JsonPropertyOrder(-2)] ReportSummary Summary,
    IReadOnlyList<FundExposure> Funds,
    IReadOnlyList<CompanyExposure> Companies,
    IReadOnlyList<HoldingFinding> Findings,
    IReadOnlyList<RejectedLine> Rejected,
    ReviewOutcome Review,
    PortfolioExposure? Portfolio = null,
    MarketView? Market = null)
{
    private IReadOnlyDictionary<string, FundExposure>? _fundsById;

    /// <summary>The funds, each labelled apart from another fund of the same name (<see cref="FundLabels"/>); third in the JSON, as ever.</summary>
    [JsonPropertyOrder(-1)]
    public IReadOnlyList<FundExposure> Funds
    {
        get;
        init
        {
            field = FundLabels.Apply(value);
            _fundsById = null;
        }
    } = FundLabels.Apply(Funds);

    /// <summary>How reports name the fund of this id (<see cref="FundExposure.DisplayName"/>); the id itself for an id of no fund.</summary>
    public string FundLabel(string fundId) => Fund(fundId)?.DisplayName ?? fundId;

    /// <summary>The fund of this id, or null.</summary>
    public FundExposure? Fund(string fundId)
    {
        _fundsById ??= Funds.GroupBy(f => f.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return _fundsById.GetValueOrDefault(fundId);
    }

    /// <summary>
    /// The words every output uses for the companies this run flags, from the kinds of lists it screened against
    /// (<see cref="ListTerms"/>): "named by a source", "listed on an official list", or both. Made from <see cref="RunInfo.Lists"/>,
    /// so a report read back from its JSON says the same.
    /// </summary>
    [JsonIgnore]
    public ListTerms Terms => ListTerms.Of(Run.Lists);

    /// <summary>The unmatched and excluded holdings, read back in file order; not part of the JSON model.</summary>
    [JsonIgnore]
    public ScreenedOutRows ScreenedOut { get; init; } = ScreenedOutRows.None;
}

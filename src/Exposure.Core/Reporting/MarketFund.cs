using System.Text.Json.Serialization;

namespace Exposure.Core.Reporting;

/// <summary>One fund of a market: its latest report (a fund of the report, by id) and the changes between its reports.</summary>
/// <param name="FundKey">The fund as its reports identify it: the SEC series id, else its registrant's CIK and its name (<c>CIK 1234567: Example Fund</c>), else its name.</param>
/// <param name="LatestFundId">The <see cref="FundExposure.Id"/> of its latest report, which the market's figures use.</param>
/// <param name="Reports">Its reports of distinct dates in the run.</param>
/// <param name="Entries">Named or related companies it entered between two of its reports; null (not known) when it has one report.</param>
/// <param name="Exits">Named or related companies it left between two of its reports; null (not known) when it has one report.</param>
/// <param name="Presence">
/// Whether it reports in the latest of several data sets: a fund with <see cref="MarketPresence.NoLaterReport"/> is not
/// counted in the market's figures (its last report is listed, not added); one with <see cref="MarketPresence.FirstReport"/>
/// is new in the latest data set.
/// </param>
public sealed record MarketFund(
    string FundKey,
    string Name,
    string? Registrant,
    string? Cik,
    string LatestFundId,
    DateOnly? LatestAsOf,
    int Reports,
    int? Entries,
    int? Exits,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] MarketPresence Presence = MarketPresence.Reporting);

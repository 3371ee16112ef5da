using System.Text.Json.Serialization;

namespace Exposure.Core.Reporting;

/// <summary>
/// A market's headline figures, over each fund's latest report. Money is summed only when those reports share a
/// currency; otherwise the sums are null (not known), never a mix of currencies.
/// </summary>
/// <param name="Funds">Funds (series) in the market, each counted once however many reports it has.</param>
/// <param name="Reports">Fund reports screened: every report of every fund, the earlier ones included.</param>
/// <param name="Registrants">Registrants filing those funds, where known: funds whose registrant is unknown are in <paramref name="FundsRegistrantUnknown"/>.</param>
/// <param name="FundsHoldingNamed">Funds whose latest report holds a company a source names.</param>
/// <param name="FundsHoldingRelated">Funds whose latest report holds a related company (a listed parent or subsidiary of a named entity).</param>
/// <param name="RegistrantsFilingNamed">Registrants filing at least one fund whose latest report holds a named company.</param>
/// <param name="CompaniesNamed">Named companies held in the latest reports.</param>
/// <param name="CompaniesRelated">Related companies held in the latest reports.</param>
/// <param name="NetAssets">The funds' values (their stated net assets, where given) summed over the latest reports.</param>
/// <param name="FlaggedShare">Flagged value over <paramref name="NetAssets"/>.</param>
/// <param name="FirstAsOf">The earliest date of any report screened.</param>
/// <param name="LatestAsOf">The latest date of any report screened.</param>
/// <param name="FundsCompared">Funds with reports of two or more dates, whose entries and exits are listed.</param>
/// <param name="Entries">Companies entering a fund between two of its reports, counted per fund and company; null (not known) when no fund has two reports to compare.</param>
/// <param name="Exits">Companies leaving a fund between two of its reports, counted per fund and company; null (not known) when no fund has two reports to compare.</param>
/// <param name="FundsWithoutLaterReport">
/// Funds of an earlier data set with no report in the latest (<see cref="MarketPresence.NoLaterReport"/>): not counted in
/// <paramref name="Funds"/> or the figures; the companies they held are fund exits in the changes, not in <paramref name="Exits"/>.
/// </param>
/// <param name="FundsFirstReported">Funds whose first report is in the latest data set (<see cref="MarketPresence.FirstReport"/>).</param>
/// <param name="ChangesInDoubt">
/// Entries and exits between two reports of a fund that are not counted in <paramref name="Entries"/> or
/// <paramref name="Exits"/>: the report without the company has a row of it awaiting review, or rows that could not be
/// read (<see cref="FundChange.Doubt"/>).
/// </param>
/// <param name="FlaggedShareAtLeast">
/// <paramref name="FlaggedShare"/> is a lower bound: holdings in named companies whose value is unknown are left out of it.
/// </param>
/// <param name="FlaggedValueAtLeast">
/// <paramref name="FlaggedValue"/> is a lower bound: it leaves out holdings in named companies whose value is unknown.
/// </param>
/// <param name="FundsRegistrantUnknown">Funds whose filings name no registrant or CIK (a data set without REGISTRANT.tsv): counted in no registrant.</param>
public sealed record MarketSummary(
    int Funds,
    int Reports,
    int Registrants,
    int FundsHoldingNamed,
    int FundsHoldingRelated,
    int RegistrantsFilingNamed,
    int CompaniesNamed,
    int CompaniesRelated,
    string? Currency,
    decimal? NetAssets,
    decimal? FlaggedValue,
    decimal? FlaggedShare,
    decimal? RelatedValue,
    DateOnly? FirstAsOf,
    DateOnly? LatestAsOf,
    int FundsCompared,
    int? Entries,
    int? Exits,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int FundsWithoutLaterReport = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int FundsFirstReported = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int ChangesInDoubt = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool FlaggedShareAtLeast = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int FundsRegistrantUnknown = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool FlaggedValueAtLeast = false);

using System.Text.Json.Serialization;
using Exposure.Core.Portfolio;

namespace Exposure.Core.Reporting;

/// <summary>
/// A market of funds (the funds of one or more SEC N-PORT data sets): the market's figures over each fund's latest
/// report, who files the funds that hold named companies, which companies are held by how many funds, the largest
/// holdings, and how each fund's holdings of named and related companies changed from one report to the next (two
/// quarters, or every month of one). A fund is a series (else its registrant's CIK and its name); two of its reports of
/// the same date count once, by filing: the later filed, an amendment over its original, then the higher accession number.
/// Of several data sets, the market is the latest's: a fund without a report in it is an exit of the fund.
/// </summary>
/// <param name="Summary">The market's headline figures, over each fund's latest report.</param>
/// <param name="Registrants">Every registrant (the filer: a trust of several series), largest flagged value first.</param>
/// <param name="Funds">Every fund with its latest report and its entries and exits, largest flagged value first
/// (largest flagged weight when the funds report in different currencies).</param>
/// <param name="Companies">Every named or related company held in a latest report or entered or exited, held by the
/// most funds first.</param>
/// <param name="LargestHoldings">The largest holdings of a company by a fund in the funds' latest reports, at most
/// <see cref="MarketLayout.LargestHoldings"/>; every holding is in the findings.</param>
/// <param name="Changes">Entries and exits: a named or related company a fund holds in a report and did not hold in its
/// previous one, or no longer holds.</param>
public sealed record MarketView(
    MarketSummary Summary,
    IReadOnlyList<RegistrantExposure> Registrants,
    IReadOnlyList<MarketFund> Funds,
    IReadOnlyList<MarketCompany> Companies,
    IReadOnlyList<MarketHolding> LargestHoldings,
    IReadOnlyList<FundChange> Changes);

/// <summary>One registrant's funds and their exposure. Money is summed only when its funds share a currency.</summary>
/// <param name="Funds">Funds (series) of this registrant in the report; a fund reporting twice counts once.</param>
/// <param name="FundsHoldingNamed">Of those, funds holding a company a source names, in their latest report.</param>
/// <param name="CompaniesHeld">Named and related companies its funds hold, in their latest reports.</param>
/// <param name="Unknown">
/// The row of the funds whose filings name no registrant or CIK (<see cref="MarketWording.RegistrantUnknown"/>), last:
/// not a registrant, and counted in no registrant figure.
/// </param>
public sealed record RegistrantExposure(
    string Registrant,
    string? Cik,
    int Funds,
    int FundsHoldingNamed,
    int CompaniesHeld,
    string? Currency,
    decimal? NetAssets,
    decimal? FlaggedValue,
    decimal? RelatedValue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Unknown = false);

/// <summary>
/// A company entering or leaving a fund between two of its reports; or, for a fund with no report in the latest data set
/// (<paramref name="Fund"/> <see cref="MarketPresence.NoLaterReport"/>), a company its last report held: an exit of the
/// fund, not a sale, with no later date.
/// </summary>
/// <param name="FundKey">The fund as its reports identify it: the SEC series id, else its registrant's CIK and its name, else its name.</param>
/// <param name="FundId">
/// The report the change is seen in (the later of the two; for the fund's own exit, its last): reports name the fund by
/// its label (<see cref="ExposureReport.FundLabel"/> of it), so that two funds of one name are told apart here as everywhere else.
/// </param>
/// <param name="FundName">The fund's name as its report states it; two funds of different registrants may share it.</param>
/// <param name="Change"><see cref="HoldingChange.Added"/> (an entry) or <see cref="HoldingChange.Removed"/> (an exit).</param>
/// <param name="Fund">Whether the change is the fund's own exit from the market (<see cref="MarketPresence.NoLaterReport"/>).</param>
/// <param name="Doubt">
/// Whether the report without the company may hold it after all (a row of it awaiting review, or rows that could not be
/// read): such a change is listed but counted in no entries or exits (<see cref="MarketSummary.ChangesInDoubt"/>).
/// </param>
public sealed record FundChange(
    string FundKey,
    string FundId,
    string FundName,
    string? Registrant,
    DateOnly? FromAsOf,
    DateOnly? ToAsOf,
    string CompanyId,
    string CompanyName,
    HoldingChange Change,
    decimal? ValueBefore,
    decimal? ValueAfter,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] MarketPresence Fund = MarketPresence.Reporting,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] ChangeDoubt Doubt = ChangeDoubt.None);

using Exposure.Core.Portfolio;

namespace Exposure.Core.Reporting;

/// <summary>
/// A market of funds (the funds of an SEC N-PORT data set): who files the funds that hold named companies, and how
/// each fund's holdings of them changed from one report to the next (two quarters, or every month of one).
/// </summary>
/// <param name="Registrants">Every registrant (the filer: a trust of several series), largest flagged value first.</param>
/// <param name="Changes">Entries and exits: a named or related company a fund holds in a report and did not hold in its
/// previous one, or no longer holds.</param>
public sealed record MarketView(IReadOnlyList<RegistrantExposure> Registrants, IReadOnlyList<FundChange> Changes);

/// <summary>One registrant's funds and their exposure. Money is summed only when its funds share a currency.</summary>
/// <param name="Funds">Funds (series) of this registrant in the report; a fund reporting twice counts once.</param>
/// <param name="FundsHoldingNamed">Of those, funds holding a company a source names, in their latest report.</param>
/// <param name="CompaniesHeld">Named and related companies its funds hold, in their latest reports.</param>
public sealed record RegistrantExposure(
    string Registrant,
    string? Cik,
    int Funds,
    int FundsHoldingNamed,
    int CompaniesHeld,
    string? Currency,
    decimal? NetAssets,
    decimal? FlaggedValue,
    decimal? RelatedValue);

/// <summary>A company entering or leaving a fund between two of its reports.</summary>
/// <param name="FundKey">The fund as its reports identify it: the SEC series id, else its name.</param>
/// <param name="Change"><see cref="HoldingChange.Added"/> (an entry) or <see cref="HoldingChange.Removed"/> (an exit).</param>
public sealed record FundChange(
    string FundKey,
    string FundName,
    string? Registrant,
    DateOnly? FromAsOf,
    DateOnly? ToAsOf,
    string CompanyId,
    string CompanyName,
    HoldingChange Change,
    decimal? ValueBefore,
    decimal? ValueAfter);

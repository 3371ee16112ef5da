using Exposure.Core.Holdings;

namespace Exposure.Core.Reporting;

/// <summary>
/// A fund's holding of one named or related company in its latest report (all its rows of that company). Two funds of one
/// name are told apart as everywhere else: reports name the fund by its label (<see cref="ExposureReport.FundLabel"/> of
/// <see cref="FundId"/>), and <see cref="Registrant"/> and <see cref="Cik"/> say who files it, two trusts of one name
/// being two CIKs.
/// </summary>
/// <param name="State"><see cref="RowState.Matched"/> (a company a source names) or <see cref="RowState.Related"/>.</param>
/// <param name="Value">Null (not known) when a row's value is not known.</param>
/// <param name="Weight">Value over the fund's value, or, for a row of unknown value, the weight its file states (<see cref="HoldingFinding.WeightFromFile"/>), as the company's profile gives it; null when a row's weight is not known.</param>
/// <param name="Cik">The SEC Central Index Key of the fund's registrant, where the filing states it.</param>
public sealed record MarketHolding(
    string FundId,
    string FundName,
    string? Registrant,
    string CompanyId,
    string CompanyName,
    RowState State,
    string? Currency,
    decimal? Value,
    decimal? Weight,
    int Rows,
    string? Cik = null);

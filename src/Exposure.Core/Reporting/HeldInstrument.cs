using Exposure.Core.Holdings;

namespace Exposure.Core.Reporting;

/// <summary>One instrument a company is held through in a fund: a share class, a bond with its terms, a derivative.</summary>
/// <param name="Description">The security as the file names it (<c>ZIJIN MINING GROUP LTD H</c>, <c>ZIJIN MINING 5.25% 11/03/29</c>).</param>
/// <param name="Terms">A debt security's terms in words (<c>5.25% due 2029-11-03</c>), when the file states any.</param>
/// <param name="Maturity">A debt security's maturity date, when stated.</param>
/// <param name="Value">The known values of its rows; null when none is known.</param>
/// <param name="Notional">For a derivative, the notional as the file states it; null when not given.</param>
/// <param name="Direction">For a derivative, long or short as the file states it.</param>
/// <param name="NotionalCurrency">For a derivative whose notional the file states in another currency than the fund's, that currency.</param>
public sealed record HeldInstrument(
    InstrumentType Instrument,
    string Description,
    string? Isin,
    string? Terms,
    DateOnly? Maturity,
    decimal? Value,
    decimal? Notional,
    string? Direction,
    int Rows,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? NotionalCurrency = null);

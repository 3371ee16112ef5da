namespace Exposure.Core.Holdings;

/// <summary>One holding as a file states it, with numbers parsed and text trimmed; empty fields are null.</summary>
/// <param name="HoldingId">The file's own key for the holding, where it has one (the <c>HOLDING_ID</c> of an SEC N-PORT data set).</param>
/// <param name="Lei">The issuer's Legal Entity Identifier, as the file gives it (not checked).</param>
/// <param name="Unreadable">
/// The numbers of the row that could not be read, with what they say (<c>Market Value '12x4' is not a number</c>); those
/// fields are null, so their values are unknown. The row is still screened: who it holds does not depend on how much.
/// </param>
public sealed record HoldingRow(
    SourceLocation Source,
    string? Name,
    string? Ticker = null,
    string? ExchangeText = null,
    string? Isin = null,
    string? Cusip = null,
    string? Sedol = null,
    string? AssetClass = null,
    string? Sector = null,
    string? Currency = null,
    string? Country = null,
    decimal? MarketValue = null,
    decimal? WeightPercent = null,
    decimal? Quantity = null,
    decimal? Price = null,
    string? HoldingId = null,
    string? Lei = null,
    string? Unreadable = null);

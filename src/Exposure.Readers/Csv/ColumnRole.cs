namespace Exposure.Readers.Csv;

/// <summary>What a holdings column holds.</summary>
public enum ColumnRole
{
    Name,
    Ticker,
    Exchange,
    Isin,
    Cusip,
    Sedol,
    AssetClass,
    Sector,
    Currency,
    Country,
    MarketValue,
    Weight,
    Quantity,
    Price,
    Issuer,
    Maturity,
    Coupon,
    Notional,
    Direction,
}

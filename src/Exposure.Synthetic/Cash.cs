namespace Exposure.Synthetic;

/// <summary>The cash, money-market, collateral, FX and futures lines iShares files end with.</summary>
internal static class Cash
{
    /// <summary>The first words of these lines' names: kept clear of the list, since a plain CSV has no asset class and screens them.</summary>
    public static readonly string[] FirstWords = ["USD", "HKD", "EUR", "JPY", "GBP", "CNH", "KRW", "TWD", "INR", "MSCI", "BLK", "CASH"];

    public sealed record Line(string Ticker, string Name, string AssetClass, string? Exchange, string Location, string MarketCurrency, decimal FxRate, bool Futures);

    public static readonly Line[] Lines =
    [
        new("USD", "USD CASH", "Cash", null, "United States", "USD", 1.00m, false),
        new("HKD", "HKD CASH", "Cash", null, "Hong Kong", "HKD", 7.78m, false),
        new("EUR", "EUR CASH", "Cash", null, "European Union", "EUR", 0.97m, false),
        new("JPY", "JPY CASH", "Cash", null, "Japan", "JPY", 156.40m, false),
        new("CNH", "CNH CASH", "Cash", null, "China", "CNH", 7.30m, false),
        new("KRW", "KRW CASH", "Cash", null, "Korea (South)", "KRW", 1457.85m, false),
        new("TWD", "TWD CASH", "Cash", null, "Taiwan", "TWD", 32.93m, false),
        new("INR", "INR CASH", "Cash", null, "India", "INR", 86.61m, false),
        new("XTSLA", "BLK CSH FND TREASURY SL AGENCY", "Money Market", null, "United States", "USD", 1.00m, false),
        new("SGAFT", "CASH COLLATERAL USD SGAFT", "Cash Collateral and Margins", null, "United States", "USD", 1.00m, false),
        new("MESH5", "MSCI EMER MKT INDEX (ICE) MAR 25", "Futures", "Ice Futures U.S.", "-", "USD", 1.00m, true),
        new("MFSH5", "MSCI EAFE INDEX MAR 25", "Futures", "Ice Futures U.S.", "-", "USD", 1.00m, true),
        new("USD", "USD/INR", "FX", null, "India", "INR", 1.00m, false),
    ];
}

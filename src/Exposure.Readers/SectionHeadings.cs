using Exposure.Core.Holdings;

namespace Exposure.Readers;

/// <summary>
/// Section headings among the holdings (<c>Equities,,,</c>, <c>Fixed Income,,,</c>): a name that is a known section word
/// and nothing else on the line, no identifier, value, weight, quantity or asset class. Such a line is not a holding.
/// A line with anything more stays a holding.
/// </summary>
internal static class SectionHeadings
{
    /// <summary>What a section heading is called among the lines that are not holdings.</summary>
    public const string What = "section heading";

    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "equities", "equity", "stocks", "shares", "common stock", "common stocks", "bonds", "bond", "fixed income", "cash",
        "cash and equivalents", "cash and cash equivalents", "cash & equivalents", "cash & cash equivalents", "derivatives",
        "futures", "forwards", "options", "money market", "other", "others",
    };

    /// <summary>True for a text that is a section word alone (<c>Equity</c>, <c>Cash</c>).</summary>
    public static bool IsWord(string text) => Words.Contains(TotalLines.Normalise(text));

    /// <summary>True for a row that holds a section word as its name and nothing else (its currency is the caller's to check: a file's default is not the row's).</summary>
    public static bool Is(HoldingRow row) =>
        row is
        {
            Name: { } name, Ticker: null, ExchangeText: null, Isin: null, Cusip: null, Sedol: null, AssetClass: null, Sector: null,
            Country: null, MarketValue: null, WeightPercent: null, Quantity: null, Price: null, HoldingId: null, Lei: null,
            Unreadable: null, IssuerName: null, IssuerType: null, Coupon: null, Maturity: null, Notional: null, Direction: null, Reference: null,
        }
        && Words.Contains(TotalLines.Normalise(name));
}

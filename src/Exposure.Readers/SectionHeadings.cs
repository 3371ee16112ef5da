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

    /// <summary>
    /// The headings that say the rows under them are cash or derivatives, not companies' shares: in a file with no
    /// asset-class column, the rows under one are read as of that class (<see cref="SectionHeading"/>), up to the next heading.
    /// </summary>
    private static readonly HashSet<string> NotEquityWords = new(StringComparer.Ordinal)
    {
        "cash", "cash and equivalents", "cash and cash equivalents", "cash & equivalents", "cash & cash equivalents", "cash & derivatives",
        "cash and derivatives", "cash and/or derivatives", "derivatives", "futures", "forwards", "money market", "money market funds",
    };

    private static readonly HashSet<string> Words = new(
        ["equities", "equity", "stocks", "shares", "common stock", "common stocks", "bonds", "bond", "fixed income", "options", "other", "others", .. NotEquityWords],
        StringComparer.Ordinal);

    /// <summary>True for a text that is a section word alone (<c>Equity</c>, <c>Cash</c>).</summary>
    public static bool IsWord(string text) => Words.Contains(TotalLines.Normalise(text));

    /// <summary>
    /// What the rows under a heading are read as, in a file with no asset-class column: the heading, where it says they are
    /// cash or derivatives (<c>Cash</c>, <c>Futures</c>); null under any other heading (<c>Equity</c>, <c>Bonds</c>), whose
    /// rows are read as the rows themselves say.
    /// </summary>
    public static SectionHeading? Under(string heading, int line)
    {
        var text = heading.Trim().Trim('\u00A0').Trim().TrimEnd(':').TrimEnd();
        return NotEquityWords.Contains(TotalLines.Normalise(text)) ? new SectionHeading(text, line) : null;
    }

    /// <summary>
    /// True for a row that holds a section word as its name and nothing else (its currency is the caller's to check: a file's
    /// default is not the row's); where the name is empty, the word may stand in the ticker column (a file whose first column
    /// is the ticker: <c>Futures,,,,</c>), as a total line's label may.
    /// </summary>
    public static bool Is(HoldingRow row) => TextOf(row) is { } text && Words.Contains(TotalLines.Normalise(text));

    /// <summary>The text a row is a section heading by, if it is one: its name, or its ticker where it has no name; null for a row with anything more.</summary>
    public static string? TextOf(HoldingRow row) =>
        row is
        {
            ExchangeText: null, Isin: null, Cusip: null, Sedol: null, AssetClass: null, Sector: null,
            Country: null, MarketValue: null, WeightPercent: null, Quantity: null, Price: null, HoldingId: null, Lei: null,
            Unreadable: null, IssuerName: null, IssuerType: null, Coupon: null, Maturity: null, Notional: null, Direction: null, Reference: null,
        }
            ? row.Name is { } name ? row.Ticker is null ? name : null : row.Ticker
            : null;
}

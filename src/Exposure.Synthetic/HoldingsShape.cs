namespace Exposure.Synthetic;

/// <summary>The holdings file layouts the reader supports.</summary>
public enum HoldingsShape
{
    /// <summary>An iShares download as it comes: BOM, preamble, a non-breaking-space line, quoted rows, multi-line legal footer.</summary>
    ISharesRaw,
    /// <summary>An iShares download cut to the header and rows: BOM, every field quoted, no final line break.</summary>
    ISharesTrimmed,
    /// <summary>An iShares download re-saved by a spreadsheet: CRLF, no BOM, minimal quoting, leading zeros stripped from codes.</summary>
    SpreadsheetResaved,
    /// <summary>A plain CSV: Name, ISIN, Ticker, Exchange, Market Value, Weight.</summary>
    PlainCsv,
}

public static class HoldingsShapes
{
    public static readonly IReadOnlyList<HoldingsShape> All =
        [HoldingsShape.ISharesRaw, HoldingsShape.ISharesTrimmed, HoldingsShape.SpreadsheetResaved, HoldingsShape.PlainCsv];

    public static string Name(HoldingsShape shape) => shape switch
    {
        HoldingsShape.ISharesRaw => "ishares-raw",
        HoldingsShape.ISharesTrimmed => "ishares-trimmed",
        HoldingsShape.SpreadsheetResaved => "resaved",
        HoldingsShape.PlainCsv => "plain",
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    public static HoldingsShape Parse(string name)
    {
        foreach (var shape in All)
            if (string.Equals(Name(shape), name.Trim(), StringComparison.OrdinalIgnoreCase)) return shape;
        throw new ArgumentException($"unknown holdings shape '{name}' (known: {string.Join(", ", All.Select(Name))})");
    }

    /// <summary>Whether rows of this shape carry an asset class (so cash and futures are excluded, not screened).</summary>
    public static bool HasAssetClass(HoldingsShape shape) => shape != HoldingsShape.PlainCsv;
}

using Exposure.Core.Holdings;

namespace Exposure.Readers;

/// <summary>
/// Total and subtotal lines among the holdings (<c>TOTAL</c>, <c>Grand Total</c>, <c>Total Equities</c>, <c>Subtotal Bonds</c>,
/// and as other languages write them: <c>Summe</c>, <c>Gesamtsumme</c>, <c>Sous-total</c>, <c>Totale</c>, <c>Totaal</c>):
/// their value is the sum of rows already read, so counting them as holdings would count the fund twice. A line is a total
/// when its name (or, with no name, its ticker field) reads as one and it carries no identifier (ticker, ISIN, CUSIP, SEDOL):
/// a company named Total, listed with its codes, stays a holding, and so does <c>Total SE</c> (a name ending in a legal form).
/// </summary>
internal static class TotalLines
{
    /// <summary>The reason a total line is rejected with.</summary>
    public const string Reason = "a total line, not a holding";

    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "total", "totals", "grand total", "grand totals", "subtotal", "subtotals", "sub-total", "sub-totals", "sub total", "sub totals",
        // As German, French, Italian, Dutch and Spanish exports write them.
        "summe", "gesamt", "gesamtsumme", "zwischensumme", "endsumme", "sous-total", "sous total", "totale", "subtotale",
        "totaal", "subtotaal", "eindtotaal", "suma total",
    };

    private static readonly string[] Prefixes =
    [
        "total ", "totals ", "grand total ", "subtotal ", "sub-total ", "sub total ",
        "summe ", "gesamt ", "gesamtsumme ", "zwischensumme ", "sous-total ", "sous total ", "totale ", "subtotale ", "totaal ", "subtotaal ",
    ];

    /// <summary>Legal forms: a name <c>Total …</c> ending in one is a company's, not a total line.</summary>
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "sa", "se", "ag", "plc", "pcl", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "co", "nv", "spa", "asa",
        "ab", "oyj", "a/s", "gmbh", "kgaa", "bhd", "tbk", "sab", "llc", "lp", "ltda", "kk",
    };

    /// <summary>
    /// True for a row whose name is a total's and which carries no identifier; where the name is empty, the label may sit in
    /// the ticker column (a file whose first column is the ticker: <c>Total,,,,"15,577,005,133.15"</c>), and then no other
    /// identifier may be given.
    /// </summary>
    public static bool Is(HoldingRow row) =>
        row is { Isin: null, Cusip: null, Sedol: null }
        && (row.Name is { } name ? row.Ticker is null && IsTotalName(name) : row.Ticker is { } label && IsTotalName(label));

    /// <summary>True for a name that reads as a total or subtotal (case and spacing aside, a trailing colon allowed).</summary>
    public static bool IsTotalName(string name)
    {
        // Every total word begins with t, s, g, z or e: most names are told apart without normalising them.
        var start = name.AsSpan().TrimStart();
        if (start.IsEmpty || char.ToLowerInvariant(start[0]) is not ('t' or 's' or 'g' or 'z' or 'e')) return false;
        var s = Normalise(name);
        if (Words.Contains(s)) return true;
        foreach (var prefix in Prefixes)
        {
            if (!s.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var last = s[(s.LastIndexOf(' ') + 1)..].Replace(".", "", StringComparison.Ordinal).Trim(',', '(', ')');
            return !LegalForms.Contains(last);
        }
        return false;
    }

    /// <summary>Lower case, single spaces, without a trailing colon or point.</summary>
    internal static string Normalise(string name) =>
        string.Join(' ', name.Split([' ', '\u00A0', '\t'], StringSplitOptions.RemoveEmptyEntries)).TrimEnd(':', '.', ' ').ToLowerInvariant();
}

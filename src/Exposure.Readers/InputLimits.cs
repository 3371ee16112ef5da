namespace Exposure.Readers;

/// <summary>
/// How large an input read whole (or kept whole in memory) may be. A file past its limit stops the run with one line
/// naming the file: an endless or huge file (<c>/dev/zero</c>, a wrong path) must never take the machine's memory. The
/// limits are far above any real file of the kind.
/// </summary>
public static class InputLimits
{
    /// <summary>A mapping file (JSON): a real one is under a kilobyte.</summary>
    public const long MappingBytes = 1L << 20;

    /// <summary>A portfolio file (JSON): a scheme of thousands of funds is well under a megabyte.</summary>
    public const long PortfolioBytes = 16L << 20;

    /// <summary>A review decisions log (CSV): about 200,000 decisions.</summary>
    public const long DecisionsBytes = 64L << 20;

    /// <summary>An exchange-rates file (CSV): a line per currency pair.</summary>
    public const long ExchangeRatesBytes = 1L << 20;

    /// <summary>Each CSV file of a list folder (companies.csv, names.csv, ...): the bundled files are a few hundred kilobytes.</summary>
    public const long ListFileBytes = 256L << 20;

    /// <summary>A list folder's VERSION file: one short line such as <c>2026.12.04</c>.</summary>
    public const long VersionBytes = 1L << 10;

    /// <summary>
    /// The largest number a holdings file may state for a value, weight, quantity, price or net assets: 10^18, a thousand
    /// times the world's stock markets in the currency with the most units to the dollar. A larger number is not read
    /// (the row is rejected with the reason), so that the values of a file always add up inside the range of
    /// <see cref="decimal"/> (about 7.9 × 10^28): 79 billion such values before a sum could overflow.
    /// </summary>
    public const decimal MaxNumber = 1_000_000_000_000_000_000m;

    /// <summary>Whether a number read from a holdings file is within ±<see cref="MaxNumber"/> (null, meaning empty, is).</summary>
    public static bool InRange(decimal? value) => value is not { } v || Math.Abs(v) <= MaxNumber;

    /// <summary>The reason given for a number past <see cref="MaxNumber"/>.</summary>
    public static string OutOfRange(string column, string text) =>
        $"{column} '{Shorten(text)}' is out of range: more than 10^18, larger than any holding or fund";

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";
}

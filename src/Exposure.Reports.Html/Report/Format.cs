using System.Globalization;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Html.Report;

/// <summary>
/// How the page writes numbers, the same way as the PDF: money as whole units with thousands separators
/// ("USD 1,234,567"), shares of value as percentages with three decimals ("0.387%"), counts with separators, dates as
/// ISO dates. Always the invariant culture.
/// </summary>
internal static class Format
{
    /// <summary>Shown where the model gives no total (funds in different currencies).</summary>
    public const string NotGiven = Wording.NotGiven;

    public const string Dash = "—";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A whole number of money units: "1,234,567"; "unknown" for null.</summary>
    public static string Amount(decimal? value) => Wording.Money(value, null);

    /// <summary>"USD 1,234,567"; the bare amount when the currency is not known; "unknown" for null.</summary>
    public static string Money(decimal? value, string? currency) => Wording.Money(value, currency);

    /// <summary>A fraction as a percentage with three decimals: 0.00387 → "0.387%"; "unknown" for null.</summary>
    public static string Percent(decimal? fraction) => Wording.Percent(fraction);

    /// <summary>Percentage points as the model gives them: "0.0049 pp".</summary>
    public static string PercentagePoints(decimal points) => Wording.PercentagePoints(points);

    public static string Count(long count) => count.ToString("#,0", Invariant);

    /// <summary>A line number as editors show it: "1121".</summary>
    public static string Line(int line) => line.ToString(Invariant);

    public static string Score(double score) => score.ToString("0.00", Invariant);

    public static string Date(DateOnly? date) => Wording.Date(date);

    public static string Date(string? date) => string.IsNullOrWhiteSpace(date) ? NotGiven : date;

    public static string Timestamp(DateTimeOffset time) => Wording.Timestamp(time);

    /// <summary>"1 line", "2 lines".</summary>
    public static string Plural(long count, string one, string many) => Wording.Count(count, one, many);

    /// <summary>The exact value of a figure for machines (a <c>data</c> element's value, the sort key): invariant, unrounded.</summary>
    public static string Exact(decimal value) => value.ToString(Invariant);

    public static string Exact(long value) => value.ToString(Invariant);

    public static string Exact(double value) => value.ToString("R", Invariant);

    /// <summary>Tick labels for chart axes: short forms of round values ("250k", "1.5M", "2B").</summary>
    public static string AxisAmount(double value) => Math.Abs(value) switch
    {
        >= 1e9 => (value / 1e9).ToString("#,0.##", Invariant) + "B",
        >= 1e6 => (value / 1e6).ToString("#,0.##", Invariant) + "M",
        >= 1e3 => (value / 1e3).ToString("#,0.##", Invariant) + "k",
        _ => value.ToString("#,0.##", Invariant),
    };

    /// <summary>Tick labels for axes of shares given as fractions: 0.025 → "2.5%".</summary>
    public static string AxisPercent(double fraction) => (fraction * 100).ToString("0.###", Invariant) + "%";
}

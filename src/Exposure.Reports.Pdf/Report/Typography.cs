using System.Globalization;
using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Report;

/// <summary>
/// The one place for the report's look and number formats. This file: how every section writes money, shares, counts
/// and dates — money without decimals ("USD 1,234,567", or "1,234,567" under a header naming the currency), shares of
/// fund value as percentages with three decimals ("0.387%"). Typography.Style.cs: the page, type sizes, spacing, colours,
/// and the sizes of the cover, boxes, lists and charts. Typography.Columns.cs: the table columns for figures, dates and
/// codes. Sections take their sizes from here, so they read as layout intent and the report's look is changed here.
/// </summary>
internal static partial class Typography
{
    /// <summary>Shown where the model gives no total (funds in different currencies).</summary>
    public const string NotGiven = Wording.NotGiven;

    /// <summary>Shown for a value the file did not give or that could not be read.</summary>
    public const string Unknown = Wording.Unknown;

    public const string Dash = "—";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A whole number of money units with thousands separators: "1,234,567"; "unknown" for null.</summary>
    public static string Amount(decimal? value) => Wording.Money(value, null);

    /// <summary>"USD 1,234,567"; the bare amount when the currency is not known; "unknown" for null.</summary>
    public static string Money(decimal? value, string? currency) => Wording.Money(value, currency);

    /// <summary>A total over funds: the money, or, where the model gives none, why ("not given", "unknown").</summary>
    public static string Total(decimal? value, string? currency, TotalsWithheld? withheld) =>
        value is null ? Wording.NoTotal(withheld) : Money(value, currency);

    /// <summary>A table cell under a header that names <paramref name="tableCurrency"/>, or with its own currency when the table has none.</summary>
    /// <param name="missing">What a cell without a value reads, when not "unknown": "weights only" for a constituent list (<see cref="Wording.MissingValue"/>).</param>
    public static string MoneyCell(decimal? value, string? currency, string? tableCurrency, string? missing = null) =>
        value is null && missing is not null ? missing : tableCurrency is not null ? Amount(value) : Money(value, currency);

    /// <summary>A column header with the table's currency: "Fund value (USD)".</summary>
    public static string MoneyHeader(string header, string? tableCurrency) =>
        tableCurrency is null ? header : $"{header} ({tableCurrency})";

    /// <summary>A fraction as a percentage with three decimals: 0.00387 → "0.387%"; "unknown" for null.</summary>
    public static string Percent(decimal? fraction) => Wording.Percent(fraction);

    /// <summary>Percentage points as the model gives them (weight tolerance, weight differences): "0.0049 pp".</summary>
    public static string PercentagePoints(decimal points) => Wording.PercentagePoints(points);

    public static string Count(int count) => count.ToString("#,0", Invariant);

    /// <summary>A line number as editors show it, without separators: "1121".</summary>
    public static string LineNumber(int line) => line.ToString(Invariant);

    public static string Count(long count) => count.ToString("#,0", Invariant);

    /// <summary>A count the model may not know (entries and exits where nothing was compared): "not given" then.</summary>
    public static string Count(int? count) => count is { } known ? Count(known) : NotGiven;

    /// <summary>"3 entries", or "not given" when the model does not know the count.</summary>
    public static string Plural(int? count, string one, string many) => count is { } known ? Plural(known, one, many) : NotGiven;

    public static string Score(double score) => score.ToString("0.00", Invariant);

    public static string Date(DateOnly? date) => Wording.Date(date);

    public static string Date(string? date) => string.IsNullOrWhiteSpace(date) ? "not given" : date;

    public static string Timestamp(DateTimeOffset time) => Wording.Timestamp(time);

    /// <summary>Tick labels for chart axes: short forms of round values ("250k", "1.5M", "2B").</summary>
    public static string AxisAmount(double value) => Math.Abs(value) switch
    {
        >= 1e9 => (value / 1e9).ToString("#,0.##", Invariant) + "B",
        >= 1e6 => (value / 1e6).ToString("#,0.##", Invariant) + "M",
        >= 1e3 => (value / 1e3).ToString("#,0.##", Invariant) + "k",
        _ => value.ToString("#,0.##", Invariant),
    };

    /// <summary>Tick labels for chart axes of shares given as fractions: 0.025 → "2.5%".</summary>
    public static string AxisPercent(double fraction) => (fraction * 100).ToString("0.###", Invariant) + "%";

    /// <summary>"1 line", "2 lines".</summary>
    public static string Plural(int count, string one, string many) => Wording.Count(count, one, many);

    /// <summary>The label style of small print: notes under tables, explanations.</summary>
    public static Paragraph Note(string text) =>
        new(text) { FontSize = Styles.SmallSize, Color = Muted };

    public static Paragraph Note(IEnumerable<TextSpan> spans) =>
        new(spans) { FontSize = Styles.SmallSize, Color = Muted };

    /// <summary>A note when there is something to say (what a bounded table leaves out, and where it is); nothing otherwise.</summary>
    public static IEnumerable<IElement> NoteIfAny(string? text)
    {
        if (text is not null)
        {
            yield return Note(text);
        }
    }
}

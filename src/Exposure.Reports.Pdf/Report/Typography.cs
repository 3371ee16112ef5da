using System.Globalization;
using Exposure.Reports.Pdf.Layout;
using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Report;

/// <summary>
/// The one place for the report's sizes, colours and number formats, so every section writes money, shares, counts
/// and dates the same way: money without decimals ("USD 1,234,567", or "1,234,567" under a header naming the
/// currency), shares of fund value as percentages with three decimals ("0.387%").
/// </summary>
internal static class Typography
{
    public const double TitleSize = 16;
    public const double SubtitleSize = 10;
    public const double TableSize = 7.8;
    public const double DetailSize = 6.6;
    public const double BandSize = 7.5;
    public const double NativeNameSize = 12;
    public const double CoverTitleSize = 25;
    public const double CoverSubtitleSize = 12.5;

    /// <summary>Shown where the model gives no figure (money totals across funds in different currencies).</summary>
    public const string NotGiven = "not given";

    public const string Dash = "—";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static DocumentStyles Styles { get; } = new()
    {
        BodySize = 9.5,
        SmallSize = TableSize,
        LineSpacing = 1.05,
        ParagraphSpacing = 6,
        HeadingSizes = [15, 12.5, 10.5, 9.5],
        HeadingSpaceBefore = 12,
        HeadingSpaceAfter = 5,
    };

    public static Margins PageMargins { get; } = new(40, 48, 36, 48);

    public static XColor Muted => Styles.MutedColor;

    public static XColor CaveatFill { get; } = XColor.FromArgb(246, 241, 226);

    public static XColor CaveatBar { get; } = XColor.FromArgb(170, 130, 40);

    public static XColor NoticeFill { get; } = XColor.FromArgb(252, 232, 226);

    public static XColor NoticeBar { get; } = XColor.FromArgb(175, 45, 30);

    public static XColor NoteFill { get; } = XColor.FromArgb(236, 240, 246);

    public static XColor NoteBar { get; } = XColor.FromArgb(70, 90, 130);

    public static XColor TileFill { get; } = XColor.FromArgb(238, 240, 243);

    public static XColor TileBar { get; } = XColor.FromArgb(55, 65, 80);

    /// <summary>Bars of value in companies named by a source: solid and dark.</summary>
    public static BarFill NamedFill { get; } = new(XColor.FromArgb(55, 65, 80));

    /// <summary>Bars of value in related companies: hatched on white, so they never read as the flagged bars.</summary>
    public static BarFill RelatedFill { get; } = new(XColor.FromArgb(255, 255, 255), Hatch.Diagonal);

    /// <summary>A whole number of money units with thousands separators: "1,234,567".</summary>
    public static string Amount(decimal? value)
    {
        if (value is null)
        {
            return NotGiven;
        }

        var rounded = Math.Round(value.Value, 0, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0m : rounded).ToString("#,0", Invariant);
    }

    /// <summary>"USD 1,234,567"; the bare amount when the currency is not known.</summary>
    public static string Money(decimal? value, string? currency) =>
        value is null ? NotGiven : currency is null ? Amount(value) : $"{currency} {Amount(value)}";

    /// <summary>A table cell under a header that names <paramref name="tableCurrency"/>, or with its own currency when the table has none.</summary>
    public static string MoneyCell(decimal? value, string? currency, string? tableCurrency) =>
        tableCurrency is not null ? Amount(value) : Money(value, currency);

    /// <summary>A column header with the table's currency: "Fund value (USD)".</summary>
    public static string MoneyHeader(string header, string? tableCurrency) =>
        tableCurrency is null ? header : $"{header} ({tableCurrency})";

    /// <summary>A fraction as a percentage with three decimals: 0.00387 → "0.387%".</summary>
    public static string Percent(decimal? fraction) =>
        fraction is null ? NotGiven : (fraction.Value * 100).ToString("0.000", Invariant) + "%";

    /// <summary>Percentage points as the model gives them (weight tolerance, weight differences): "0.0049 pp".</summary>
    public static string PercentagePoints(decimal points) => points.ToString("0.####", Invariant) + " pp";

    public static string Count(int count) => count.ToString("#,0", Invariant);

    /// <summary>A line number as editors show it, without separators: "1121".</summary>
    public static string LineNumber(int line) => line.ToString(Invariant);

    public static string Count(long count) => count.ToString("#,0", Invariant);

    public static string Score(double score) => score.ToString("0.00", Invariant);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", Invariant) ?? "unknown";

    public static string Date(string? date) => string.IsNullOrWhiteSpace(date) ? "not given" : date;

    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", Invariant);

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
    public static string Plural(int count, string one, string many) => $"{Count(count)} {(count == 1 ? one : many)}";

    /// <summary>The label style of small print: notes under tables, explanations.</summary>
    public static Paragraph Note(string text) =>
        new(text) { FontSize = Styles.SmallSize, Color = Muted };

    public static Paragraph Note(IEnumerable<TextSpan> spans) =>
        new(spans) { FontSize = Styles.SmallSize, Color = Muted };
}

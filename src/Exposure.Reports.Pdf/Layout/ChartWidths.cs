namespace Exposure.Reports.Pdf.Layout;

/// <summary>
/// How a bar chart shares its width between labels, bars and value labels, so that no label stops a report: the bars
/// keep a least share; where value labels leave them less, the labels give up room first, then the value labels wrap.
/// </summary>
internal static class ChartWidths
{
    private const double Gap = 6;

    /// <summary>The share of the width labels keep when value labels need room.</summary>
    private const double NarrowLabelFraction = 0.2;

    /// <summary>The share of the width value labels that wrap may take.</summary>
    private const double WrappedValueFraction = 0.35;

    /// <summary>Said under a chart one of whose labels was shortened.</summary>
    public const string ShortenedNote = "A name too long for the chart is shortened to its start and end about an ellipsis (…); the tables give it whole.";

    /// <summary>
    /// The labels' width and each value label's lines, for a chart <paramref name="width"/> wide whose labels would take
    /// <paramref name="labelWidth"/>, with <paramref name="between"/> more between the labels and the bars.
    /// </summary>
    public static (double LabelWidth, IReadOnlyList<IReadOnlyList<TextLine>> ValueLines) Fit(
        LayoutContext context, TextStyle style, double width, double labelWidth, double between, IReadOnlyList<string> valueLabels, double lastTickHalf, double minPlotFraction)
    {
        var minPlot = width * minPlotFraction;
        var valueWidth = valueLabels.Select(v => context.MeasureWidth(v, style)).DefaultIfEmpty(0).Max();
        if (width - labelWidth - Gap - between - Math.Max(valueWidth + Gap, lastTickHalf) >= minPlot)
        {
            return (labelWidth, valueLabels.Select(v => context.LayoutText([v], style, double.MaxValue)).ToList());
        }

        labelWidth = Math.Min(labelWidth, width * NarrowLabelFraction);
        // Wrapped value labels take no more than they need to leave the bars room enough for their axis.
        var room = Math.Max(Math.Min(width - labelWidth - Gap - between - minPlot - Gap, width * WrappedValueFraction), width * 0.1);
        return (labelWidth, valueLabels.Select(v => context.LayoutText([v], style, room)).ToList());
    }

    /// <summary>A chart's caption, followed by <see cref="ShortenedNote"/> when a label was shortened.</summary>
    public static string? CaptionWith(string? caption, bool shortened) =>
        !shortened ? caption : caption is null ? ShortenedNote : caption + " " + ShortenedNote;
}

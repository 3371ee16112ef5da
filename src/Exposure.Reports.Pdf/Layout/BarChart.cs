using System.Globalization;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>
/// A horizontal bar chart drawn with vector primitives: wrapped labels, bars, value labels and a value axis with grid lines.
/// Tagged as a figure whose alternative text gives every bar's label and value; the caption is a paragraph after it.
/// </summary>
public sealed class BarChart : IElement
{
    private const double Gap = 6;

    /// <summary>Least share of the width the bars are given; value labels too long for the rest wrap.</summary>
    private const double MinPlotFraction = 0.25;

    public BarChart(IEnumerable<BarItem> items)
    {
        Items = items.ToList();
        if (Items.Any(i => i.Value < 0 || !double.IsFinite(i.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(items), "Bar values must be finite and not negative.");
        }
    }

    public IReadOnlyList<BarItem> Items { get; }

    public string? Title { get; init; }

    public string? AxisTitle { get; init; }

    public Func<double, string> FormatValue { get; init; } = v => v.ToString("#,0.##", CultureInfo.InvariantCulture);

    public double BarThickness { get; init; } = 10;

    /// <summary>Largest share of the width the labels may take; longer labels wrap, over at most three lines, then are shortened.</summary>
    public double MaxLabelFraction { get; init; } = 0.35;

    /// <summary>The paint of every bar without its own; defaults to <see cref="DocumentStyles.ChartBarFill"/>, solid.</summary>
    public BarFill? Fill { get; init; }

    /// <summary>Small print under the axis (what is shown, what is left out), kept with the chart.</summary>
    public string? Caption { get; init; }

    public IReadOnlyList<LayoutBlock> Layout(LayoutContext context, double width)
    {
        var styles = context.Styles;
        var textStyle = new TextStyle(styles.SmallSize) { Color = styles.TextColor, LineSpacing = styles.LineSpacing };
        var mutedStyle = textStyle with { Color = styles.MutedColor };
        var valueLabels = Items.Select(i => i.ValueLabel ?? FormatValue(i.Value)).ToList();
        var maximum = Items.Count == 0 ? 0 : Items.Max(i => i.Value);
        var scale = AxisScale.For(maximum);
        var tickLabels = scale.Ticks().Select(t => FormatValue(t)).ToList();

        var labelSpans = Items.Select(i => new TextSpan(i.Label) { Fallback = i.LabelFallback }).ToList();
        var widestLabel = labelSpans.Select(s => context.LayoutText([s], textStyle, double.MaxValue)[0].Width).DefaultIfEmpty(0).Max();
        var lastTickHalf = tickLabels.Count == 0 ? 0 : context.MeasureWidth(tickLabels[^1], mutedStyle) / 2;
        var (labelWidth, valueLines) = ChartWidths.Fit(context, textStyle, width, Math.Min(widestLabel, width * MaxLabelFraction), 0, valueLabels, lastTickHalf, MinPlotFraction);
        var valueWidth = valueLines.SelectMany(v => v).Select(v => v.Width).DefaultIfEmpty(0).Max();
        var plotLeft = labelWidth + Gap;
        var rightRoom = Math.Max(valueWidth + Gap, lastTickHalf);
        var plotWidth = Math.Max(width - plotLeft - rightRoom, width * 0.1);
        // Fewer ticks where the plot is too narrow for their labels: they never touch.
        scale = AxisScale.Fitted(maximum, plotWidth, v => context.MeasureWidth(FormatValue(v), mutedStyle), rightRoom);
        tickLabels = scale.Ticks().Select(t => FormatValue(t)).ToList();

        var geometry = new BarChartGeometry(plotLeft, plotWidth, scale, styles.ChartGridColor);
        var figure = new StructureNode(StructureTag.Figure, context.StructureParent) { AltText = Description(valueLabels) };
        var blocks = new List<LayoutBlock>();
        if (Title is not null)
        {
            var titleStyle = textStyle with { Bold = true, Size = styles.BodySize };
            blocks.AddRange(Paragraph.LinesToBlocks(context.LayoutText([Title], titleStyle, width), structure: figure));
            blocks.Add(new SpaceBlock(4));
        }

        var shortened = false;
        for (var i = 0; i < Items.Count; i++)
        {
            var (label, cut) = ChartLabel.Fit(context, labelSpans[i], textStyle, labelWidth);
            shortened |= cut;
            var fill = Items[i].Fill ?? Fill ?? BarFill.Solid(styles.ChartBarFill);
            blocks.Add(new BarChartRowBlock(geometry, label, valueLines[i], Items[i].Value, BarThickness, fill) { Structure = figure });
        }

        var ticks = scale.Ticks().Zip(tickLabels, (t, l) => (t, context.LayoutText([l], mutedStyle, double.MaxValue)[0])).ToList();
        var axisTitle = AxisTitle is null ? null : context.LayoutText([AxisTitle], mutedStyle, plotWidth, TextAlignment.Center);
        blocks.Add(new BarChartAxisBlock(geometry, ticks, axisTitle, styles.MutedColor) { Structure = figure });
        if (ChartWidths.CaptionWith(Caption, shortened) is { } caption)
        {
            blocks.Add(new SpaceBlock(3));
            blocks.AddRange(Paragraph.LinesToBlocks(context.LayoutText([caption], mutedStyle, width), structure: context.NewStructure(StructureTag.Paragraph)));
        }

        foreach (var block in blocks.Take(blocks.Count - 1))
        {
            block.KeepWithNext = true;
        }

        blocks.Add(new SpaceBlock(styles.ParagraphSpacing * 1.5));
        return blocks;
    }

    /// <summary>The chart in words, from its data: every bar's label and value, and what the values are in.</summary>
    internal string Description(IReadOnlyList<string> valueLabels)
    {
        var bars = Items.Count == 1 ? "1 bar" : $"{Items.Count.ToString(CultureInfo.InvariantCulture)} bars";
        var title = Title is null ? "" : $" \"{Title}\"";
        var values = string.Join("; ", Items.Select((item, i) => $"{item.Label}: {valueLabels[i]}"));
        var axis = AxisTitle is null ? "" : $" Axis: {AxisTitle}.";
        return $"Bar chart{title}, {bars}{(values.Length == 0 ? "." : ": " + values + ".")}{axis}";
    }
}

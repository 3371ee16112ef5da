using System.Globalization;
using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>A series of a grouped bar chart: its name in the legend and its paint.</summary>
public sealed record BarSeries(string Name, BarFill Fill);

/// <summary>A group of bars under one label (a fund, a manager); each bar belongs to a series.</summary>
public sealed record BarGroup(string Label, IReadOnlyList<GroupBar> Bars)
{
    public string? LabelFallback { get; init; }
}

/// <summary>One bar of a group: its series, a non-negative value, the text after the bar and an optional label of its own (a date).</summary>
public sealed record GroupBar(int Series, double Value)
{
    public string? ValueLabel { get; init; }

    /// <summary>Printed between the group label and the bar, e.g. the as-of date of a snapshot.</summary>
    public string? Label { get; init; }
}

/// <summary>
/// A horizontal bar chart whose bars come in groups, each bar painted by its series (shades and hatching, so it reads in
/// greyscale), with a legend, value labels and a value axis with grid lines. Each group is one block: a long chart breaks
/// between groups, and stays one figure, whose alternative text gives every bar of every group.
/// </summary>
public sealed class GroupedBarChart : IElement
{
    private const double Gap = 6;

    /// <summary>Least share of the width the bars are given; value labels too long for the rest wrap.</summary>
    private const double MinPlotFraction = 0.2;

    public GroupedBarChart(IEnumerable<BarSeries> series, IEnumerable<BarGroup> groups)
    {
        Series = series.ToList();
        Groups = groups.ToList();
        if (Groups.SelectMany(g => g.Bars).Any(b => b.Value < 0 || !double.IsFinite(b.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(groups), "Bar values must be finite and not negative.");
        }

        if (Groups.SelectMany(g => g.Bars).Any(b => b.Series < 0 || b.Series >= Series.Count))
        {
            throw new ArgumentOutOfRangeException(nameof(groups), "Every bar must belong to one of the series.");
        }
    }

    public IReadOnlyList<BarSeries> Series { get; }

    public IReadOnlyList<BarGroup> Groups { get; }

    public string? AxisTitle { get; init; }

    public Func<double, string> FormatValue { get; init; } = v => v.ToString("#,0.##", CultureInfo.InvariantCulture);

    public double BarThickness { get; init; } = 8;

    /// <summary>Largest share of the width the group labels may take; longer labels wrap, over at most three lines, then are shortened.</summary>
    public double MaxLabelFraction { get; init; } = 0.3;

    public bool ShowLegend { get; init; } = true;

    /// <summary>Small print under the axis, kept with the chart.</summary>
    public string? Caption { get; init; }

    public IReadOnlyList<LayoutBlock> Layout(LayoutContext context, double width)
    {
        var styles = context.Styles;
        var textStyle = new TextStyle(styles.SmallSize) { Color = styles.TextColor, LineSpacing = styles.LineSpacing };
        var groupStyle = textStyle with { Bold = true };
        var mutedStyle = textStyle with { Color = styles.MutedColor };
        var bars = Groups.SelectMany(g => g.Bars).ToList();
        var maximum = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        var scale = AxisScale.For(maximum);
        var tickLabels = scale.Ticks().Select(t => FormatValue(t)).ToList();
        var valueLabels = Groups.Select(g => g.Bars.Select(b => b.ValueLabel ?? FormatValue(b.Value)).ToList()).ToList();

        var labelSpans = Groups.Select(g => new TextSpan(g.Label) { Fallback = g.LabelFallback }).ToList();
        var widestLabel = labelSpans.Select(s => context.LayoutText([s], groupStyle, double.MaxValue)[0].Width).DefaultIfEmpty(0).Max();
        var barLabelWidth = bars.Select(b => b.Label is null ? 0 : context.MeasureWidth(b.Label, mutedStyle)).DefaultIfEmpty(0).Max();
        var lastTickHalf = tickLabels.Count == 0 ? 0 : context.MeasureWidth(tickLabels[^1], mutedStyle) / 2;
        var between = barLabelWidth > 0 ? barLabelWidth + Gap : 0;
        var (labelWidth, flatLines) = ChartWidths.Fit(
            context, textStyle, width, Math.Min(widestLabel, width * MaxLabelFraction), between, valueLabels.SelectMany(v => v).ToList(), lastTickHalf, MinPlotFraction);
        var valueWidth = flatLines.SelectMany(v => v).Select(v => v.Width).DefaultIfEmpty(0).Max();
        var barLabelLeft = labelWidth + Gap;
        var plotLeft = barLabelLeft + between;
        var rightRoom = Math.Max(valueWidth + Gap, lastTickHalf);
        var plotWidth = Math.Max(width - plotLeft - rightRoom, width * 0.1);
        // Fewer ticks where the plot is too narrow for their labels: they never touch.
        scale = AxisScale.Fitted(maximum, plotWidth, v => context.MeasureWidth(FormatValue(v), mutedStyle), rightRoom);
        tickLabels = scale.Ticks().Select(t => FormatValue(t)).ToList();

        var geometry = new BarChartGeometry(plotLeft, plotWidth, scale, styles.ChartGridColor);
        var figure = new StructureNode(StructureTag.Figure, context.StructureParent) { AltText = Description(valueLabels) };
        var blocks = new List<LayoutBlock>();
        var shortened = false;
        if (ShowLegend && Series.Count > 0)
        {
            var entries = Series.Select(s => (s.Fill, Fitted: ChartLabel.Fit(context, s.Name, textStyle, width - 20, maxLines: 1))).ToList();
            shortened = entries.Any(e => e.Fitted.Shortened);
            blocks.Add(new LegendBlock(entries.Select(e => (e.Fill, e.Fitted.Lines[0])).ToList(), width) { Structure = figure });
            blocks.Add(new SpaceBlock(3));
        }

        var next = 0;
        for (var g = 0; g < Groups.Count; g++)
        {
            var group = Groups[g];
            var (label, cut) = ChartLabel.Fit(context, labelSpans[g], groupStyle, labelWidth);
            shortened |= cut;
            var rows = group.Bars.Select(b => new GroupRow(
                b.Label is null ? null : context.LayoutText([b.Label], mutedStyle, double.MaxValue)[0],
                flatLines[next++],
                b.Value,
                Series[b.Series].Fill)).ToList();
            blocks.Add(new GroupBlock(geometry, label, rows, barLabelLeft, barLabelWidth, BarThickness, styles.RuleColor, first: g == 0) { Structure = figure });
        }

        var ticks = scale.Ticks().Zip(tickLabels, (t, l) => (t, context.LayoutText([l], mutedStyle, double.MaxValue)[0])).ToList();
        var axisTitle = AxisTitle is null ? null : context.LayoutText([AxisTitle], mutedStyle, plotWidth, TextAlignment.Center);
        blocks.Add(new BarChartAxisBlock(geometry, ticks, axisTitle, styles.MutedColor) { Structure = figure });
        if (ChartWidths.CaptionWith(Caption, shortened) is { } caption)
        {
            blocks.Add(new SpaceBlock(3));
            blocks.AddRange(Paragraph.LinesToBlocks(context.LayoutText([caption], mutedStyle, width), structure: context.NewStructure(StructureTag.Paragraph)));
        }

        foreach (var block in blocks)
        {
            block.KeepWithNext = true;
        }

        blocks[^1].KeepWithNext = false;
        blocks.Add(new SpaceBlock(styles.ParagraphSpacing * 1.5));
        return blocks;
    }

    /// <summary>
    /// The chart in words, from its data: the series, then each group with its bars' labels and values. When every group
    /// has one bar per series in the series' order, the series are named once; otherwise each bar names its series.
    /// </summary>
    internal string Description(IReadOnlyList<List<string>> valueLabels)
    {
        var inOrder = Groups.All(g => g.Bars.Select(b => b.Series).SequenceEqual(Enumerable.Range(0, Series.Count)));
        string Bar(GroupBar bar, string value) =>
            (inOrder ? "" : Series[bar.Series].Name + " ") + (bar.Label is null ? "" : bar.Label + " ") + value;
        var groups = string.Join("; ", Groups.Select((group, g) => group.Label + ": " + string.Join(", ", group.Bars.Select((bar, i) => Bar(bar, valueLabels[g][i])))));
        var count = Groups.Count == 1 ? "1 group" : $"{Groups.Count.ToString(CultureInfo.InvariantCulture)} groups";
        var series = inOrder && Series.Count > 1
            ? $"; each group gives, in this order, {string.Join(", then ", Series.Select(s => s.Name))}"
            : "";
        var axis = AxisTitle is null ? "" : $" Axis: {AxisTitle}.";
        return $"Grouped bar chart of {string.Join(" and ", Series.Select(s => s.Name))}, {count}{series}{(groups.Length == 0 ? "." : ". " + groups + ".")}{axis}";
    }

    private sealed record GroupRow(TextLine? Label, IReadOnlyList<TextLine> Value, double Amount, BarFill Fill)
    {
        public double Height(double least) => Math.Max(least, Math.Max(Value.Sum(v => v.Height), Label?.Height ?? 0));
    }

    /// <summary>Series swatches with their names, flowing over as many lines as needed.</summary>
    private sealed class LegendBlock : LayoutBlock
    {
        private const double Swatch = 11;
        private const double SwatchGap = 4;
        private const double ItemGap = 14;
        private readonly List<(BarFill Fill, TextLine Line, double X, double Y)> _items = [];

        public LegendBlock(IReadOnlyList<(BarFill Fill, TextLine Line)> entries, double width)
        {
            double x = 0, y = 0, lineHeight = 0;
            foreach (var (fill, line) in entries)
            {
                var itemWidth = Swatch + SwatchGap + line.Width;
                if (x > 0 && x + itemWidth > width)
                {
                    x = 0;
                    y += lineHeight + 2;
                }

                _items.Add((fill, line, x, y));
                lineHeight = Math.Max(line.Height, Swatch);
                x += itemWidth + ItemGap;
            }

            Height = y + lineHeight;
        }

        public override double Height { get; }

        internal override string Text => string.Join(" · ", _items.Select(i => i.Line.Text));

        public override void Draw(DrawContext context, XPoint topLeft)
        {
            foreach (var (fill, line, x, y) in _items)
            {
                var rowHeight = Math.Max(line.Height, Swatch);
                fill.Draw(context.Graphics, new XRect(topLeft.X + x, topLeft.Y + y + (rowHeight - Swatch * 0.7) / 2, Swatch, Swatch * 0.7));
                line.Draw(context, new XPoint(topLeft.X + x + Swatch + SwatchGap, topLeft.Y + y + (rowHeight - line.Height) / 2));
            }
        }
    }

    /// <summary>One group: its label on the left, then a row per bar with the bar's own label, the bar and its value.</summary>
    private sealed class GroupBlock(
        BarChartGeometry geometry,
        IReadOnlyList<TextLine> label,
        IReadOnlyList<GroupRow> rows,
        double barLabelLeft,
        double barLabelWidth,
        double thickness,
        XColor separator,
        bool first) : LayoutBlock
    {
        private const double Padding = 3;

        private double RowsHeight => rows.Sum(r => r.Height(thickness + 3));

        public override double Height => Math.Max(label.Sum(l => l.Height), RowsHeight) + 2 * Padding;

        internal override string Text =>
            string.Join(" ", label.Select(l => l.Text)) + string.Concat(rows.Select(r => $"\n{r.Label?.Text}{(r.Label is null ? "" : " ")}{string.Join(" ", r.Value.Select(v => v.Text))}"));

        public override void Draw(DrawContext context, XPoint topLeft)
        {
            var graphics = context.Graphics;
            geometry.DrawGrid(graphics, topLeft, Height);
            if (!first)
            {
                graphics.DrawLine(new XPen(separator, 0.4), topLeft.X, topLeft.Y, topLeft.X + geometry.PlotLeft + geometry.PlotWidth, topLeft.Y);
            }

            var y = topLeft.Y + Padding;
            foreach (var line in label)
            {
                line.Draw(context, new XPoint(topLeft.X, y));
                y += line.Height;
            }

            var rowTop = topLeft.Y + Padding + Math.Max(0, (label.Sum(l => l.Height) - RowsHeight) / 2);
            foreach (var row in rows)
            {
                var rowHeight = row.Height(thickness + 3);
                if (row.Label is { } barLabel)
                {
                    barLabel.Draw(context, new XPoint(topLeft.X + barLabelLeft + barLabelWidth - barLabel.Width, rowTop + (rowHeight - barLabel.Height) / 2));
                }

                var barStart = topLeft.X + geometry.PlotLeft;
                var barEnd = topLeft.X + geometry.X(row.Amount);
                row.Fill.Draw(graphics, new XRect(barStart, rowTop + (rowHeight - thickness) / 2, barEnd - barStart, thickness));
                BarChartRowBlock.DrawValueLabel(context, row.Value, new XPoint(barEnd + 3, rowTop + (rowHeight - row.Value.Sum(v => v.Height)) / 2));
                rowTop += rowHeight;
            }
        }
    }
}

using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>The value axis under a bar chart: axis line, tick marks, tick labels and an optional title.</summary>
internal sealed class BarChartAxisBlock(
    BarChartGeometry geometry, IReadOnlyList<(double Value, TextLine Label)> ticks, IReadOnlyList<TextLine>? title, XColor color) : LayoutBlock
{
    private const double TickLength = 3;

    private readonly double _labelHeight = ticks.Count == 0 ? 0 : ticks.Max(t => t.Label.Height);

    /// <summary>Each tick's value and its label's left and right edges, from the chart's left, as drawn.</summary>
    internal IReadOnlyList<(double Value, double Left, double Right)> Labels =>
        ticks.Select(t => (t.Value, geometry.X(t.Value) - t.Label.Width / 2, geometry.X(t.Value) + t.Label.Width / 2)).ToList();

    public override double Height => TickLength + 1 + _labelHeight + (title is null ? 0 : title.Sum(l => l.Height) + 2);

    internal override string Text =>
        string.Join(" ", ticks.Select(t => t.Label.Text)) + (title is null ? "" : "\n" + string.Join(" ", title.Select(l => l.Text)));

    public override void Draw(DrawContext context, XPoint topLeft)
    {
        var graphics = context.Graphics;
        var pen = new XPen(color, 0.6);
        var left = topLeft.X + geometry.PlotLeft;
        graphics.DrawLine(pen, left, topLeft.Y, left + geometry.PlotWidth, topLeft.Y);
        var labelTop = topLeft.Y + TickLength + 1;
        foreach (var (value, label) in ticks)
        {
            var x = topLeft.X + geometry.X(value);
            graphics.DrawLine(pen, x, topLeft.Y, x, topLeft.Y + TickLength);
            label.Draw(context, new XPoint(x - label.Width / 2, labelTop));
        }

        var y = labelTop + _labelHeight + 2;
        foreach (var line in title ?? [])
        {
            line.Draw(context, new XPoint(left, y));
            y += line.Height;
        }
    }
}

using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>One bar of a bar chart with its wrapped label on the left and its value label (wrapped where long) after the bar.</summary>
internal sealed class BarChartRowBlock(
    BarChartGeometry geometry, IReadOnlyList<TextLine> label, IReadOnlyList<TextLine> valueLabel, double value, double thickness, BarFill fill) : LayoutBlock
{
    public override double Height { get; } = Math.Max(thickness + 6, Math.Max(label.Sum(l => l.Height), valueLabel.Sum(l => l.Height)) + 3);

    /// <summary>Draws a value label, line under line, on a white ground, so grid lines do not run through it.</summary>
    internal static void DrawValueLabel(DrawContext context, IReadOnlyList<TextLine> label, XPoint topLeft)
    {
        var y = topLeft.Y;
        foreach (var line in label)
        {
            context.Graphics.DrawRectangle(XBrushes.White, topLeft.X - 1, y + 0.5, line.Width + 2, line.Height - 1);
            line.Draw(context, new XPoint(topLeft.X, y));
            y += line.Height;
        }
    }

    internal override string Text => string.Join(" ", label.Select(l => l.Text)) + " | " + string.Join(" ", valueLabel.Select(l => l.Text));

    public override void Draw(DrawContext context, XPoint topLeft)
    {
        var graphics = context.Graphics;
        geometry.DrawGrid(graphics, topLeft, Height);
        var y = topLeft.Y + (Height - label.Sum(l => l.Height)) / 2;
        foreach (var line in label)
        {
            line.Draw(context, new XPoint(topLeft.X, y));
            y += line.Height;
        }

        var barStart = topLeft.X + geometry.PlotLeft;
        var barEnd = topLeft.X + geometry.X(value);
        fill.Draw(graphics, new XRect(barStart, topLeft.Y + (Height - thickness) / 2, barEnd - barStart, thickness));

        DrawValueLabel(context, valueLabel, new XPoint(barEnd + 3, topLeft.Y + (Height - valueLabel.Sum(l => l.Height)) / 2));
    }
}

using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>One bar of a bar chart with its wrapped label on the left and its value label after the bar.</summary>
internal sealed class BarChartRowBlock(
    BarChartGeometry geometry, IReadOnlyList<TextLine> label, TextLine valueLabel, double value, double thickness, BarFill fill) : LayoutBlock
{
    public override double Height { get; } = Math.Max(thickness + 6, label.Sum(l => l.Height) + 3);

    /// <summary>Draws a value label on a white ground, so grid lines do not run through it.</summary>
    internal static void DrawValueLabel(DrawContext context, TextLine label, XPoint topLeft)
    {
        context.Graphics.DrawRectangle(XBrushes.White, topLeft.X - 1, topLeft.Y + 0.5, label.Width + 2, label.Height - 1);
        label.Draw(context, topLeft);
    }

    internal override string Text => string.Join(" ", label.Select(l => l.Text)) + " | " + valueLabel.Text;

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

        DrawValueLabel(context, valueLabel, new XPoint(barEnd + 3, topLeft.Y + (Height - valueLabel.Height) / 2));
    }
}

using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>Where the plot area of a bar chart lies within the chart width, and how values map to x positions.</summary>
internal sealed record BarChartGeometry(double PlotLeft, double PlotWidth, AxisScale Scale, XColor GridColor)
{
    public double X(double value) => PlotLeft + PlotWidth * value / Scale.Maximum;

    public void DrawGrid(XGraphics graphics, XPoint topLeft, double height)
    {
        var pen = new XPen(GridColor, 0.5);
        foreach (var tick in Scale.Ticks())
        {
            var x = topLeft.X + X(tick);
            graphics.DrawLine(pen, x, topLeft.Y, x, topLeft.Y + height);
        }
    }
}

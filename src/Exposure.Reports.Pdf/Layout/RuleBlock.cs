using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>A horizontal line with space above and below.</summary>
internal sealed class RuleBlock(double width, double thickness, double above, double below, XColor color) : LayoutBlock
{
    public override double Height => above + thickness + below;

    public override void Draw(DrawContext context, XPoint topLeft)
    {
        var y = topLeft.Y + above + thickness / 2;
        context.Graphics.DrawLine(new XPen(color, thickness), topLeft.X, y, topLeft.X + width, y);
    }
}

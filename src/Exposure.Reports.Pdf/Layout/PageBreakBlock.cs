using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>Forces the following block onto a new page.</summary>
public sealed class PageBreakBlock : LayoutBlock
{
    public override double Height => 0;

    public override void Draw(DrawContext context, XPoint topLeft)
    {
    }
}

using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>Forces the following block onto a new page.</summary>
public sealed class PageBreakBlock : LayoutBlock
{
    public override double Height => 0;

    /// <summary>Breaks only when the blocks since the previous page break are all on the current page (<see cref="PageBreak.OnlyAfterOnePage"/>).</summary>
    public bool OnlyAfterOnePage { get; init; }

    public override void Draw(DrawContext context, XPoint topLeft)
    {
    }
}

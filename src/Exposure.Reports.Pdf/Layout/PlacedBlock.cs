using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>A block at its position on a page (top-left corner, in points from the page's top-left corner).</summary>
public sealed record PlacedBlock(LayoutBlock Block, XPoint Position)
{
    /// <summary>A table header repeated at the top of a page the table continues on: drawn again, but read once.</summary>
    public bool Repeated { get; init; }
}

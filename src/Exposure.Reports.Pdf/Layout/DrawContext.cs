using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>What a block needs to draw itself on one page.</summary>
public sealed class DrawContext
{
    private readonly PdfPage _page;

    internal DrawContext(XGraphics graphics, PdfPage page, PageInfo pageInfo, DocumentStyles styles)
    {
        Graphics = graphics;
        _page = page;
        Page = pageInfo;
        Styles = styles;
    }

    public XGraphics Graphics { get; }

    public PageInfo Page { get; }

    public DocumentStyles Styles { get; }

    /// <summary>Makes an area of the page (in drawing coordinates) a link to <paramref name="url"/>.</summary>
    public void AddLink(XRect area, string url) =>
        _page.AddWebLink(new PdfRectangle(Graphics.Transformer.WorldToDefaultPage(area)), url);
}

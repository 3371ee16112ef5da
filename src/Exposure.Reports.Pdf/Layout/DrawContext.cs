using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>What a block needs to draw itself on one page.</summary>
public sealed class DrawContext
{
    private readonly PdfPage _page;

    private readonly IReadOnlyDictionary<OutlineEntry, int> _outlinePages;

    internal DrawContext(XGraphics graphics, PdfPage page, PageInfo pageInfo, DocumentStyles styles, IReadOnlyDictionary<OutlineEntry, int>? outlinePages = null)
    {
        Graphics = graphics;
        _page = page;
        Page = pageInfo;
        Styles = styles;
        _outlinePages = outlinePages ?? new Dictionary<OutlineEntry, int>();
    }

    public XGraphics Graphics { get; }

    public PageInfo Page { get; }

    public DocumentStyles Styles { get; }

    /// <summary>The page the first bookmark equal to <paramref name="entry"/> landed on, known once the whole document is paginated.</summary>
    public int? PageOf(OutlineEntry entry) => _outlinePages.TryGetValue(entry, out var page) ? page : null;

    /// <summary>Makes an area of the page (in drawing coordinates) a link to <paramref name="url"/>.</summary>
    public void AddLink(XRect area, string url) =>
        _page.AddWebLink(new PdfRectangle(Graphics.Transformer.WorldToDefaultPage(area)), url);
}

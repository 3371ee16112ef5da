using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>What a block needs to draw itself on one page, and to put what it draws into the document's structure.</summary>
public sealed class DrawContext
{
    private readonly PdfPage _page;

    private readonly IReadOnlyDictionary<OutlineEntry, int> _outlinePages;

    private readonly StructureWriter? _structure;

    private int _artifactDepth;

    internal DrawContext(
        XGraphics graphics,
        PdfPage page,
        PageInfo pageInfo,
        DocumentStyles styles,
        IReadOnlyDictionary<OutlineEntry, int>? outlinePages = null,
        StructureWriter? structure = null)
    {
        Graphics = graphics;
        _page = page;
        Page = pageInfo;
        Styles = styles;
        _outlinePages = outlinePages ?? new Dictionary<OutlineEntry, int>();
        _structure = structure;
    }

    public XGraphics Graphics { get; }

    public PageInfo Page { get; }

    public DocumentStyles Styles { get; }

    /// <summary>True when what is drawn now goes into the structure (a tagged document, outside an artifact).</summary>
    private bool Tagging => _structure is not null && _artifactDepth == 0;

    /// <summary>The page the first bookmark equal to <paramref name="entry"/> landed on, known once the whole document is paginated.</summary>
    public int? PageOf(OutlineEntry entry) => _outlinePages.TryGetValue(entry, out var page) ? page : null;

    /// <summary>Makes an area of the page (in drawing coordinates) a link to <paramref name="url"/>.</summary>
    public void AddLink(XRect area, string url) =>
        _page.AddWebLink(new PdfRectangle(Graphics.Transformer.WorldToDefaultPage(area)), url);

    /// <summary>Draws a block in its structure element; a block in none is an artifact, unless it tags its parts itself.</summary>
    public void DrawBlock(LayoutBlock block, XPoint topLeft)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block is SpaceBlock or PageBreakBlock)
        {
            return;
        }

        if (block.TagsParts)
        {
            block.Draw(this, topLeft);
        }
        else
        {
            Tagged(block.Structure, () => block.Draw(this, topLeft));
        }
    }

    /// <summary>Runs <paramref name="draw"/> with its content in <paramref name="node"/>, or as an artifact when the node is null.</summary>
    public void Tagged(StructureNode? node, Action draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        if (!Tagging)
        {
            draw();
        }
        else if (node is null || node.Tag.Kind == StructureKind.Grouping)
        {
            Artifact(draw);
        }
        else
        {
            _structure!.Enter(node);
            draw();
        }
    }

    /// <summary>Runs <paramref name="draw"/> with its content marked as an artifact (decoration, page furniture), which readers skip.</summary>
    public void Artifact(Action draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        if (!Tagging)
        {
            draw();
            return;
        }

        _artifactDepth++;
        _structure!.BeginArtifact();
        try
        {
            draw();
        }
        finally
        {
            _structure.End();
            _artifactDepth--;
        }
    }

    /// <summary>Runs <paramref name="draw"/> with its text marked as being in <paramref name="language"/> (a Span with /Lang).</summary>
    internal void InLanguage(string language, Action draw)
    {
        if (!Tagging)
        {
            draw();
            return;
        }

        _structure!.BeginSpan(language);
        draw();
        _structure.End();
    }

    /// <summary>Runs <paramref name="draw"/> as the text of a link to <paramref name="url"/> over <paramref name="area"/> (drawing coordinates).</summary>
    internal void Linked(XRect area, string url, Action draw)
    {
        if (!Tagging)
        {
            draw();
            AddLink(area, url);
            return;
        }

        var annotation = PdfLinkAnnotation.CreateWebLink(new PdfRectangle(Graphics.Transformer.WorldToDefaultPage(area)), url);
        _structure!.BeginLink(annotation, url);
        draw();
        _structure.End();
    }
}

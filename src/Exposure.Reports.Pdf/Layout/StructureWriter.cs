using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.Pdf.Structure;
using PdfSharp.UniversalAccessibility;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>
/// Writes the document's logical structure with PDFsharp's <see cref="StructureBuilder"/> as the pages are drawn. Elements
/// are opened when their first content is drawn and stay open while the content that follows belongs to them, across page
/// breaks, so a paragraph or table continued on the next page is one element. PDFsharp cannot reopen an element once
/// ended (a table row taller than a page, its cells continued on the next page, needs that): the second element it then
/// makes is merged into the first when the document is finished.
/// <para>
/// Marked content and text objects must nest (ISO 32000-1, 14.6: "BDC BT EMC ET" is not valid). PDFsharp 6.2.4 switches
/// between text and graphics mode after it ends a sequence, and opens a text object before the first sequence of a page.
/// So every structure operation here first leaves text mode, every sequence begins and ends outside a text object, and
/// the first sequence of each page, which PDFsharp begins inside one, is given only an invisible space drawn off the page
/// and is ended before that text object is.
/// </para>
/// </summary>
internal sealed class StructureWriter
{
    private const string ScopeKey = "/Scope";

    private readonly UAManager _manager;
    private readonly StructureBuilder _builder;
    private readonly XFont _spaceFont;
    private readonly List<StructureNode> _open = [];
    private readonly HashSet<StructureNode> _ended = [];
    private readonly Dictionary<StructureNode, PdfStructureElement> _elements = [];
    private readonly List<(PdfStructureElement First, PdfStructureElement Again)> _reopened = [];
    private IReadOnlyDictionary<StructureNode, XRect> _boxes = new Dictionary<StructureNode, XRect>();
    private bool _pageStarted;

    /// <summary>Marks <paramref name="document"/> as tagged, in <paramref name="language"/>, showing its title in the window. Call before adding pages.</summary>
    /// <param name="document">The document, before its first page is added.</param>
    /// <param name="language">The document's language (a BCP 47 tag).</param>
    /// <param name="spaceFont">A font of the document, for the invisible space that opens each page's marked content.</param>
    public StructureWriter(PdfDocument document, string language, XFont spaceFont)
    {
        _spaceFont = spaceFont;
        _manager = UAManager.ForDocument(document);
        _manager.SetDocumentLanguage(language);
        document.ViewerPreferences.DisplayDocTitle = true;
        _builder = _manager.StructureBuilder;
    }

    /// <summary>Starts a page; <paramref name="figureBoxes"/> are the bounding boxes (in PDF coordinates) of the figures drawn on it.</summary>
    public void BeginPage(IReadOnlyDictionary<StructureNode, XRect> figureBoxes)
    {
        _boxes = figureBoxes;
        _pageStarted = false;
    }

    /// <summary>Makes <paramref name="node"/> the element the next content belongs to: ends the open elements that are not its ancestors, opens the rest of its path.</summary>
    public void Enter(StructureNode node)
    {
        var path = node.Path();
        var common = 0;
        while (common < _open.Count && common < path.Count && _open[common] == path[common])
        {
            common++;
        }

        if (common < _open.Count || common < path.Count)
        {
            LeaveText();
        }

        while (_open.Count > common)
        {
            EndInnermost();
        }

        for (var i = common; i < path.Count; i++)
        {
            Open(path[i]);
        }

        if (!_pageStarted)
        {
            StartPageContent();
        }
    }

    /// <summary>Content drawn until <see cref="End"/> is an artifact: page furniture, backgrounds, rules, repeated table headers.</summary>
    public void BeginArtifact()
    {
        LeaveText();
        _builder.BeginArtifact();
    }

    /// <summary>A span of text in another language inside the current element, until <see cref="End"/>.</summary>
    public void BeginSpan(string language)
    {
        LeaveText();
        _builder.BeginElement(PdfInlineLevelElementTag.Span);
        _builder.SetLanguage(language);
    }

    /// <summary>A link inside the current element, until <see cref="End"/>; adds <paramref name="annotation"/> to the page.</summary>
    public void BeginLink(PdfLinkAnnotation annotation, string description)
    {
        LeaveText();
        _builder.BeginElement(annotation, description);
    }

    /// <summary>Ends what <see cref="BeginArtifact"/>, <see cref="BeginSpan"/> or <see cref="BeginLink"/> began.</summary>
    public void End()
    {
        LeaveText();
        _builder.End();
    }

    /// <summary>
    /// Ends the marked content open on the page before its drawing surface is closed (an empty artifact does it):
    /// PDFsharp would otherwise end it only when the next page is added, on a surface already closed.
    /// </summary>
    public void EndPage()
    {
        LeaveText();
        _builder.BeginArtifact();
        _builder.End();
    }

    /// <summary>Ends every open element and merges elements that had to be opened twice.</summary>
    public void Finish()
    {
        while (_open.Count > 0)
        {
            EndInnermost();
        }

        foreach (var (first, again) in _reopened)
        {
            ReopenedElements.Merge(first, again);
        }

        if (_reopened.Count > 0)
        {
            ReopenedElements.ReplaceInParentTree(_manager.StructureTreeRoot, _reopened.ToDictionary(r => r.Again, r => r.First));
        }
    }

    /// <summary>Ends the current text object, if one is open, so marked content begins or ends outside it.</summary>
    private void LeaveText() => _manager.BeginGraphicMode();

    /// <summary>
    /// PDFsharp begins a page's first marked content (MCID 0) inside a text object it opens for it. That sequence gets an
    /// invisible space, drawn off the page so no text extractor sees it, and ends inside the same text object (an empty
    /// artifact ends it without leaving text mode); what follows starts outside text objects.
    /// </summary>
    private void StartPageContent()
    {
        _pageStarted = true;
        _manager.CurrentGraphics.DrawString(" ", _spaceFont, XBrushes.Black, -100, -100);
        _builder.BeginArtifact();
        _builder.End();
        LeaveText();
    }

    private void Open(StructureNode node)
    {
        var tag = node.Tag;
        switch (tag.Kind)
        {
            case StructureKind.Grouping:
                _builder.BeginGroupingElement(tag.Name);
                break;
            case StructureKind.Inline:
                _builder.BeginInlineLevelElement(tag.Name);
                break;
            case StructureKind.Illustration:
                _builder.BeginIllustrationElement(tag.Name, node.AltText ?? "", _boxes.TryGetValue(node, out var box) ? box : default);
                break;
            default:
                _builder.BeginBlockLevelElement(tag.Name);
                break;
        }

        var element = _builder.CurrentStructureElement;
        _open.Add(node);
        if (_ended.Contains(node))
        {
            _reopened.Add((_elements[node], element));
            return;
        }

        _elements[node] = element;
        if (node.Language is { } language)
        {
            element.Elements.SetString("/Lang", language);
        }

        if (node.ActualText is { } text)
        {
            element.Elements.SetString("/ActualText", text);
        }

        if (node.Scope is { } scope)
        {
            element.TableAttributes.Elements.SetName(ScopeKey, "/" + scope);
        }
    }

    private void EndInnermost()
    {
        _builder.End();
        _ended.Add(_open[^1]);
        _open.RemoveAt(_open.Count - 1);
    }
}

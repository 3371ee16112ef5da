using Exposure.Reports.Pdf.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>
/// A paged document: page setup, metadata, header and footer callbacks, and a list of elements. Layout runs to the
/// end before anything is drawn, so headers and footers know the page count ("Page X of Y"). Rendering is deterministic:
/// the same content and <see cref="Timestamp"/> give the same bytes. The PDF is tagged: each element puts what it draws into
/// the document's structure, in its language (<see cref="DocumentMetadata.Language"/>), and the title shows in the window.
/// </summary>
public sealed class PdfReportDocument
{
    private readonly List<IElement> _content = [];

    public PdfReportDocument(FontSet fonts)
    {
        Fonts = fonts;
    }

    public FontSet Fonts { get; }

    public PageSize PageSize { get; init; } = PageSize.A4;

    public Margins Margins { get; init; } = Margins.All(50);

    public DocumentMetadata Metadata { get; init; } = new("Report");

    /// <summary>Creation and modification date written into the file; a fixed value keeps output reproducible.</summary>
    public DateTimeOffset Timestamp { get; init; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public DocumentStyles Styles { get; init; } = new();

    /// <summary>Content above the body of each page; its height must not depend on the page number.</summary>
    public Func<PageInfo, IElement?>? Header { get; init; }

    /// <summary>Content below the body of each page; its height must not depend on the page number.</summary>
    public Func<PageInfo, IElement?>? Footer { get; init; }

    /// <summary>
    /// Writes the logical structure (a tagged PDF: headings, paragraphs, lists, tables, figures with alternative text; page
    /// furniture and decoration as artifacts). Off only to compare: tagging adds marks around what is drawn and moves nothing.
    /// </summary>
    internal bool Tagged { get; init; } = true;

    public IReadOnlyList<IElement> Content => _content;

    public PdfReportDocument Add(IElement element)
    {
        _content.Add(element);
        return this;
    }

    public PdfReportDocument AddRange(IEnumerable<IElement> elements)
    {
        _content.AddRange(elements);
        return this;
    }

    public LayoutResult Layout()
    {
        using var measure = XGraphics.CreateMeasureContext(
            new XSize(PageSize.Width, PageSize.Height), XGraphicsUnit.Point, XPageDirection.Downwards);
        var context = new LayoutContext(Fonts, Styles, measure);
        var width = PageSize.Width - Margins.Left - Margins.Right;

        // The first page's bands may differ from the others' (a cover without header): the body takes the tallest of both.
        PageInfo[] samples = [new(1, 2), new(2, 2)];
        var headerHeight = samples.Max(sample => Band(Header, sample, context, width).Sum(b => b.Height));
        var footerHeight = samples.Max(sample => Band(Footer, sample, context, width).Sum(b => b.Height));
        var top = Margins.Top + (headerHeight > 0 ? headerHeight + Styles.HeaderFooterGap : 0);
        var bottom = PageSize.Height - Margins.Bottom - (footerHeight > 0 ? footerHeight + Styles.HeaderFooterGap : 0);
        if (bottom - top < 72)
        {
            throw new InvalidOperationException("Margins, header and footer leave less than one inch for the page body.");
        }

        var body = new XRect(Margins.Left, top, width, bottom - top);
        var blocks = HeadingKeep.Apply(SpaceBlock.Collapse(_content.SelectMany(e => e.Layout(context, width))));
        var (pages, oversized) = Paginator.Paginate(blocks, body);

        var layouts = pages.Select((placed, index) =>
        {
            var info = new PageInfo(index + 1, pages.Count);
            var decorations = new List<PlacedBlock>();
            var headerBlocks = Band(Header, info, context, width);
            if (headerBlocks.Count > 0)
            {
                decorations.Add(new PlacedBlock(new StackBlock(headerBlocks), new XPoint(Margins.Left, Margins.Top)));
            }

            var footerBlocks = Band(Footer, info, context, width);
            if (footerBlocks.Count > 0)
            {
                var footer = new StackBlock(footerBlocks);
                decorations.Add(new PlacedBlock(footer, new XPoint(Margins.Left, PageSize.Height - Margins.Bottom - footer.Height)));
            }

            return new PageLayout(info, body, placed, decorations);
        }).ToList();

        return new LayoutResult(layouts, context.UnrenderableCodePoints.ToList(), context.FallbacksUsed, oversized);
    }

    /// <summary>Lays out and writes the PDF to <paramref name="output"/>.</summary>
    public LayoutResult Render(Stream output)
    {
        var layout = Layout();
        output.Write(Write(layout));
        return layout;
    }

    public LayoutResult Save(string path)
    {
        using var stream = File.Create(path);
        return Render(stream);
    }

    public byte[] RenderToBytes()
    {
        using var stream = new MemoryStream();
        Render(stream);
        return stream.ToArray();
    }

    private static List<LayoutBlock> Band(Func<PageInfo, IElement?>? band, PageInfo info, LayoutContext context, double width)
    {
        var blocks = band?.Invoke(info)?.Layout(context, width).ToList() ?? [];
        var trailing = blocks.AsEnumerable().Reverse().TakeWhile(b => b is SpaceBlock).Count();
        return blocks.Take(blocks.Count - trailing).ToList();
    }

    private byte[] Write(LayoutResult layout)
    {
        using var invariant = new InvariantCultureScope();
        using var document = new PdfDocument();
        var info = document.Info;
        info.Title = Metadata.Title;
        info.Subject = Metadata.Subject ?? "";
        info.Keywords = Metadata.Keywords ?? "";
        info.Author = Metadata.Author ?? "";
        info.Creator = Metadata.Creator ?? "Exposure";
        info.CreationDate = Timestamp.UtcDateTime;
        info.ModificationDate = Timestamp.UtcDateTime;
        document.PageLayout = PdfPageLayout.SinglePage;
        var structure = Tagged ? new StructureWriter(document, Metadata.Language, Fonts.GetFont(0, Styles.BodySize, false, false)) : null;

        var outlinePages = new Dictionary<OutlineEntry, int>();
        foreach (var (entry, pageNumber, _) in layout.Outline)
        {
            outlinePages.TryAdd(entry, pageNumber);
        }

        var pages = new List<PdfPage>();
        foreach (var pageLayout in layout.Pages)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageSize.Width);
            page.Height = XUnit.FromPoint(PageSize.Height);
            using (var graphics = XGraphics.FromPdfPage(page))
            {
                var context = new DrawContext(graphics, page, pageLayout.Info, Styles, outlinePages, structure);
                structure?.BeginPage(FigureBoxes(pageLayout, graphics));
                foreach (var placed in pageLayout.Decorations)
                {
                    context.Artifact(() => placed.Block.Draw(context, placed.Position));
                }

                foreach (var placed in pageLayout.Blocks)
                {
                    if (placed.Repeated)
                    {
                        context.Artifact(() => placed.Block.Draw(context, placed.Position));
                    }
                    else
                    {
                        context.DrawBlock(placed.Block, placed.Position);
                    }
                }

                structure?.EndPage();
            }

            pages.Add(page);
        }

        structure?.Finish();

        AddOutline(document, layout, pages);
        DeterministicPdf.NormalizeSubsetTags(document);
        DeterministicPdf.NormalizeAnnotations(document, Timestamp.UtcDateTime);
        document.Internals.FirstDocumentID = DeterministicPdf.IdPlaceholder;
        document.Internals.SecondDocumentID = DeterministicPdf.IdPlaceholder;
        using var buffer = new MemoryStream();
        document.Save(buffer, closeStream: false);
        return DeterministicPdf.StampIdentifiers(buffer.ToArray());
    }

    /// <summary>The area each figure takes on the page (the body's width, its blocks' height), in PDF coordinates.</summary>
    private static Dictionary<StructureNode, XRect> FigureBoxes(PageLayout page, XGraphics graphics)
    {
        var boxes = new Dictionary<StructureNode, XRect>();
        foreach (var placed in page.Blocks)
        {
            if (placed.Block.Structure is not { Tag.Kind: StructureKind.Illustration } figure)
            {
                continue;
            }

            var area = new XRect(page.Body.X, placed.Position.Y, page.Body.Width, placed.Block.Height);
            boxes[figure] = boxes.TryGetValue(figure, out var box) ? XRect.Union(box, area) : area;
        }

        return boxes.ToDictionary(b => b.Key, b => graphics.Transformer.WorldToDefaultPage(b.Value));
    }

    private void AddOutline(PdfDocument document, LayoutResult layout, List<PdfPage> pages)
    {
        var open = new Stack<(int Level, PdfOutline Outline)>();
        foreach (var (entry, pageNumber, top) in layout.Outline)
        {
            while (open.Count > 0 && open.Peek().Level >= entry.Level)
            {
                open.Pop();
            }

            var parent = open.Count == 0 ? document.Outlines : open.Peek().Outline.Outlines;
            var outline = parent.Add(entry.Title, pages[pageNumber - 1], entry.Level == 1);
            outline.PageDestinationType = PdfPageDestinationType.Xyz;
            outline.Left = 0;
            outline.Top = PageSize.Height - top;
            open.Push((entry.Level, outline));
        }

        if (document.Outlines.Count > 0)
        {
            document.PageMode = PdfPageMode.UseOutlines;
        }
    }
}

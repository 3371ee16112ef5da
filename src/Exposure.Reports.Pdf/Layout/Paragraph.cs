using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>Flowing, word-wrapped text made of styled spans; may break across pages (never leaving a single line behind or ahead).</summary>
public sealed class Paragraph : IElement
{
    public Paragraph(string text, string? fallback = null)
        : this([new TextSpan(text) { Fallback = fallback }])
    {
    }

    public Paragraph(IEnumerable<TextSpan> spans)
    {
        Spans = spans.ToList();
    }

    public IReadOnlyList<TextSpan> Spans { get; }

    public TextAlignment Alignment { get; init; }

    public double? FontSize { get; init; }

    public bool Bold { get; init; }

    public bool Italic { get; init; }

    public XColor? Color { get; init; }

    /// <summary>Space below the paragraph; defaults to <see cref="DocumentStyles.ParagraphSpacing"/>.</summary>
    public double? SpaceAfter { get; init; }

    /// <summary>A bookmark on the first line (for a title that is not a <see cref="Heading"/>, such as a cover's).</summary>
    public OutlineEntry? Bookmark { get; init; }

    /// <summary>A URL applied to every span without a link of its own.</summary>
    public string? Link { get; init; }

    /// <summary>The structure type of the paragraph in the tagged PDF: P unless given (a heading, for a cover's title).</summary>
    public StructureTag? Role { get; init; }

    public IReadOnlyList<LayoutBlock> Layout(LayoutContext context, double width)
    {
        var styles = context.Styles;
        var style = new TextStyle(FontSize ?? styles.BodySize)
        {
            Bold = Bold,
            Italic = Italic,
            Color = Color ?? styles.TextColor,
            LineSpacing = styles.LineSpacing,
        };
        var spans = Link is null ? Spans : Spans.Select(s => s with { Link = s.Link ?? Link }).ToList();
        var lines = context.LayoutText(spans, style, width, Alignment);
        var structure = context.NewStructure(Role ?? StructureTag.Paragraph);
        if (structure.Tag.IsHeading)
        {
            structure.ActualText = Joined(lines);
        }

        var blocks = LinesToBlocks(lines, Bookmark, structure);
        blocks.Add(new SpaceBlock(SpaceAfter ?? styles.ParagraphSpacing));
        return blocks;
    }

    /// <summary>One block per line, each in <paramref name="structure"/>; the first two and the last two lines are kept together.</summary>
    internal static List<LayoutBlock> LinesToBlocks(IReadOnlyList<TextLine> lines, OutlineEntry? bookmark = null, StructureNode? structure = null)
    {
        var blocks = lines.Select((line, i) => (LayoutBlock)new TextLineBlock(line) { Bookmark = i == 0 ? bookmark : null, Structure = structure }).ToList();
        if (blocks.Count >= 2)
        {
            blocks[0].KeepWithNext = true;
            blocks[^2].KeepWithNext = true;
        }

        return blocks;
    }

    /// <summary>The text of <paramref name="lines"/> as one line, as a reader takes it.</summary>
    internal static string Joined(IEnumerable<TextLine> lines) =>
        string.Join(" ", lines.Select(l => l.Text.Trim()).Where(t => t.Length > 0));
}

namespace Exposure.Reports.Pdf.Layout;

/// <summary>
/// A bold section title, kept on the page of the content that follows it (through a short introduction to the first rows
/// of a table, chart or list: <see cref="HeadingKeep"/>), with a bookmark at its level; tagged H1 to H6 with its text.
/// </summary>
public sealed class Heading : IElement
{
    public Heading(string text, int level = 1, string? fallback = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        Text = text;
        Level = level;
        Fallback = fallback;
    }

    public string Text { get; }

    public int Level { get; }

    public string? Fallback { get; }

    public bool Bookmark { get; init; } = true;

    /// <summary>
    /// The heading's level in the tagged PDF (H1 to H6) when it is not <see cref="Level"/>: a heading drawn at a lower
    /// level's size right under a section title is still that section's first level of sub-headings, and readers expect
    /// no level skipped.
    /// </summary>
    public int? StructureLevel { get; init; }

    public IReadOnlyList<LayoutBlock> Layout(LayoutContext context, double width)
    {
        var styles = context.Styles;
        var style = new TextStyle(styles.HeadingSize(Level)) { Bold = true, Color = styles.TextColor, LineSpacing = styles.LineSpacing };
        var lines = context.LayoutText([new TextSpan(Text) { Fallback = Fallback }], style, width);
        var structure = context.NewStructure(StructureTag.Heading(StructureLevel ?? Level));
        structure.ActualText = Paragraph.Joined(lines);
        var blocks = new List<LayoutBlock> { new SpaceBlock(styles.HeadingSpaceBefore * (Level == 1 ? 1.5 : 1)) };
        blocks.AddRange(Paragraph.LinesToBlocks(lines, Bookmark ? new OutlineEntry(Text, Level) : null, structure));
        blocks[^1].HeadingLevel = Level;
        blocks.Add(new SpaceBlock(styles.HeadingSpaceAfter));
        foreach (var block in blocks.Skip(1))
        {
            block.KeepWithNext = true;
        }

        return blocks;
    }
}

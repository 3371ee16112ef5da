using System.Diagnostics.CodeAnalysis;
using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>A laid-out piece of content of fixed width and height, placed by the paginator and drawn at its position.</summary>
public abstract class LayoutBlock
{
    public abstract double Height { get; }

    /// <summary>The paginator moves this block to the next page rather than leave it as the last block of a page.</summary>
    public bool KeepWithNext { get; set; }

    /// <summary>The last line of a heading: <see cref="HeadingKeep"/> keeps it with the first rows of what it introduces.</summary>
    internal bool EndsHeading => HeadingLevel > 0;

    /// <summary>For the last line of a heading, the heading's level (1 the highest); 0 for every other block.</summary>
    internal int HeadingLevel { get; set; }

    /// <summary>Vertical space dropped when it would open a page.</summary>
    public bool DiscardAtPageTop { get; init; }

    /// <summary>Drawn first when this block opens a page (a repeated table header).</summary>
    public LayoutBlock? ContinuationHeader { get; init; }

    public OutlineEntry? Bookmark { get; init; }

    /// <summary>The structure element the block's content belongs to; a block in none is drawn as an artifact, unless it <see cref="TagsParts"/>.</summary>
    public StructureNode? Structure { get; set; }

    /// <summary>True for a block that puts its parts into structure elements itself (a table row's cells, a list item's bullet and text).</summary>
    internal virtual bool TagsParts => false;

    public abstract void Draw(DrawContext context, XPoint topLeft);

    /// <summary>The visible text of the block, line by line (for tests and golden files); empty for blocks without text.</summary>
    internal virtual string Text => "";

    /// <summary>Splits a block taller than a page into a part no taller than <paramref name="height"/> and the rest.</summary>
    public virtual bool TrySplit(double height, [NotNullWhen(true)] out LayoutBlock? head, [NotNullWhen(true)] out LayoutBlock? tail)
    {
        head = null;
        tail = null;
        return false;
    }
}

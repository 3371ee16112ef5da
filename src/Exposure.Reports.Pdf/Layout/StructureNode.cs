namespace Exposure.Reports.Pdf.Layout;

/// <summary>
/// An element of the document's logical structure (a structure element of the tagged PDF), made while laying out. Each
/// block names the element its content belongs to; the blocks of a paragraph or table that breaks across pages name the
/// same one, so it stays one element. A block naming none is drawn as an artifact (a decoration a reader skips).
/// </summary>
public sealed class StructureNode
{
    /// <param name="tag">The structure type.</param>
    /// <param name="parent">The enclosing element; none for an element directly under the document.</param>
    public StructureNode(StructureTag tag, StructureNode? parent)
    {
        Tag = tag;
        Parent = parent;
    }

    public StructureTag Tag { get; }

    public StructureNode? Parent { get; }

    /// <summary>What a figure shows, in words (/Alt).</summary>
    public string? AltText { get; init; }

    /// <summary>The text the element's content reads as (/ActualText): headings carry it, so tools can list them.</summary>
    public string? ActualText { get; set; }

    /// <summary>The language of the element's text (/Lang), when not the document's.</summary>
    public string? Language { get; init; }

    /// <summary>For a header cell, what it heads: <c>Column</c> or <c>Row</c> (/Scope).</summary>
    public string? Scope { get; init; }

    /// <summary>This element and its ancestors, outermost first.</summary>
    internal IReadOnlyList<StructureNode> Path()
    {
        var path = new List<StructureNode>();
        for (var node = this; node is not null; node = node.Parent)
        {
            path.Add(node);
        }

        path.Reverse();
        return path;
    }
}

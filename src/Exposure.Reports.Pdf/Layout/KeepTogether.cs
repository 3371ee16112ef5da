namespace Exposure.Reports.Pdf.Layout;

/// <summary>Keeps its elements on one page when they fit on a page; otherwise they flow normally.</summary>
public sealed class KeepTogether(params IElement[] elements) : IElement
{
    public IReadOnlyList<IElement> Elements { get; } = elements;

    public IReadOnlyList<LayoutBlock> Layout(LayoutContext context, double width)
    {
        var blocks = Elements.SelectMany(e => e.Layout(context, width)).ToList();
        var last = blocks.FindLastIndex(b => b is not SpaceBlock);
        for (var i = 0; i < last; i++)
        {
            blocks[i].KeepWithNext = true;
        }

        return blocks;
    }
}

namespace Exposure.Reports.Pdf.Layout;

/// <summary>Keeps an element on the page of what follows it: a note introducing a table stays with the table's header.</summary>
public sealed class KeepWithNext(IElement element) : IElement
{
    public IElement Element { get; } = element;

    public IReadOnlyList<LayoutBlock> Layout(LayoutContext context, double width)
    {
        var blocks = Element.Layout(context, width);
        foreach (var block in blocks)
        {
            block.KeepWithNext = true;
        }

        return blocks;
    }
}

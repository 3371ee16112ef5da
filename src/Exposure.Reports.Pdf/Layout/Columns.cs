namespace Exposure.Reports.Pdf.Layout;

/// <summary>Elements side by side in columns of relative widths, laid out as one unbreakable block (for headers, footers, figure rows).</summary>
public sealed class Columns : IElement
{
    public Columns(params (IElement Element, double Weight)[] columns)
    {
        Items = columns;
    }

    public IReadOnlyList<(IElement Element, double Weight)> Items { get; }

    public double Gap { get; init; } = 12;

    public IReadOnlyList<LayoutBlock> Layout(LayoutContext context, double width)
    {
        var totalWeight = Items.Sum(c => c.Weight);
        var usable = width - Gap * Math.Max(0, Items.Count - 1);
        var x = 0.0;
        var placed = new List<(double X, StackBlock Stack)>();
        foreach (var (element, weight) in Items)
        {
            var columnWidth = usable * weight / totalWeight;
            var blocks = element.Layout(context, columnWidth);
            var trimmed = blocks.Take(blocks.Count - blocks.Reverse().TakeWhile(b => b is SpaceBlock).Count()).ToList();
            placed.Add((x, new StackBlock(trimmed)));
            x += columnWidth + Gap;
        }

        return [new ColumnsBlock(placed)];
    }
}

namespace Exposure.Reports.Pdf.Layout;

/// <summary>Starts a new page (unless the current page is still empty).</summary>
public sealed class PageBreak : IElement
{
    public IReadOnlyList<LayoutBlock> Layout(LayoutContext context, double width) => [new PageBreakBlock()];
}

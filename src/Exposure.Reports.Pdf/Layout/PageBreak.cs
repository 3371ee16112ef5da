namespace Exposure.Reports.Pdf.Layout;

/// <summary>Starts a new page (unless the current page is still empty).</summary>
public sealed class PageBreak : IElement
{
    /// <summary>
    /// Starts a new page only when what came since the previous page break fits on one page. A section meant to fill one
    /// page that ran onto a further one lets what follows continue on that page, rather than leave it holding only the
    /// section's last lines.
    /// </summary>
    public bool OnlyAfterOnePage { get; init; }

    public IReadOnlyList<LayoutBlock> Layout(LayoutContext context, double width) => [new PageBreakBlock { OnlyAfterOnePage = OnlyAfterOnePage }];
}

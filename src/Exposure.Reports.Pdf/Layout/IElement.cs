namespace Exposure.Reports.Pdf.Layout;

/// <summary>Content that lays itself out, for a given width, as a vertical sequence of blocks the paginator places on pages.</summary>
public interface IElement
{
    IReadOnlyList<LayoutBlock> Layout(LayoutContext context, double width);
}

namespace Exposure.Reports.Pdf.Layout;

/// <summary>Vertical space (dropped at the top of a page unless <see cref="KeepAtPageTop"/>).</summary>
public sealed class Spacer(double height) : IElement
{
    public double Height { get; } = height;

    /// <summary>Keeps the space when it opens a page, e.g. to set a cover's title lower on the page.</summary>
    public bool KeepAtPageTop { get; init; }

    public IReadOnlyList<LayoutBlock> Layout(LayoutContext context, double width) => [new SpaceBlock(Height, !KeepAtPageTop)];
}

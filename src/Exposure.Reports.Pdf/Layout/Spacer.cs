namespace Exposure.Reports.Pdf.Layout;

/// <summary>Vertical space (dropped at the top of a page).</summary>
public sealed class Spacer(double height) : IElement
{
    public double Height { get; } = height;

    public IReadOnlyList<LayoutBlock> Layout(LayoutContext context, double width) => [new SpaceBlock(Height)];
}

using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>A horizontal line across the full width.</summary>
public sealed class Rule : IElement
{
    public double Thickness { get; init; } = 0.6;

    public double SpaceAbove { get; init; } = 2;

    public double SpaceBelow { get; init; } = 4;

    public XColor? Color { get; init; }

    public IReadOnlyList<LayoutBlock> Layout(LayoutContext context, double width) =>
        [new RuleBlock(width, Thickness, SpaceAbove, SpaceBelow, Color ?? context.Styles.RuleColor)];
}

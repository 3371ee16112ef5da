using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>Blocks drawn one below the other as a single unbreakable block.</summary>
public sealed class StackBlock(IReadOnlyList<LayoutBlock> blocks) : LayoutBlock
{
    public IReadOnlyList<LayoutBlock> Blocks { get; } = blocks;

    public override double Height { get; } = blocks.Sum(b => b.Height);

    internal override string Text => string.Join("\n", Blocks.Select(b => b.Text).Where(t => t.Length > 0));

    internal override bool TagsParts => true;

    public override void Draw(DrawContext context, XPoint topLeft)
    {
        var y = topLeft.Y;
        foreach (var block in Blocks)
        {
            context.DrawBlock(block, new XPoint(topLeft.X, y));
            y += block.Height;
        }
    }
}

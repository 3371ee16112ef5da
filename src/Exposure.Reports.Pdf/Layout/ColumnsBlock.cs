using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>Stacks of blocks drawn side by side at their x offsets.</summary>
internal sealed class ColumnsBlock(IReadOnlyList<(double X, StackBlock Stack)> columns) : LayoutBlock
{
    public override double Height { get; } = columns.Count == 0 ? 0 : columns.Max(c => c.Stack.Height);

    internal override string Text => string.Join(" | ", columns.Select(c => c.Stack.Text.Replace('\n', ' ')).Where(t => t.Length > 0));

    internal override bool TagsParts => true;

    public override void Draw(DrawContext context, XPoint topLeft)
    {
        foreach (var (x, stack) in columns)
        {
            context.DrawBlock(stack, new XPoint(topLeft.X + x, topLeft.Y));
        }
    }
}

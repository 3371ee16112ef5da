using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>Empty vertical space.</summary>
public sealed class SpaceBlock : LayoutBlock
{
    public SpaceBlock(double height)
    {
        Height = height;
        DiscardAtPageTop = true;
    }

    public override double Height { get; }

    /// <summary>Merges runs of adjacent spaces into the largest of them, so a heading after a paragraph gets its own spacing, not both.</summary>
    internal static List<LayoutBlock> Collapse(IEnumerable<LayoutBlock> blocks)
    {
        var result = new List<LayoutBlock>();
        foreach (var block in blocks)
        {
            if (block is SpaceBlock space && result.Count > 0 && result[^1] is SpaceBlock previous)
            {
                result[^1] = new SpaceBlock(Math.Max(previous.Height, space.Height)) { KeepWithNext = previous.KeepWithNext || space.KeepWithNext };
            }
            else
            {
                result.Add(block);
            }
        }

        return result;
    }

    public override void Draw(DrawContext context, XPoint topLeft)
    {
    }
}

using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>Empty vertical space.</summary>
public sealed class SpaceBlock : LayoutBlock
{
    /// <param name="discardAtPageTop">False keeps the space when it opens a page (to place content lower on a page, as on a cover).</param>
    public SpaceBlock(double height, bool discardAtPageTop = true)
    {
        Height = height;
        DiscardAtPageTop = discardAtPageTop;
    }

    public override double Height { get; }

    /// <summary>
    /// Merges runs of adjacent spaces into the largest of them, so a heading after a paragraph gets its own spacing, not both.
    /// A space kept at the top of a page is never merged.
    /// </summary>
    internal static List<LayoutBlock> Collapse(IEnumerable<LayoutBlock> blocks)
    {
        var result = new List<LayoutBlock>();
        foreach (var block in blocks)
        {
            if (block is SpaceBlock { DiscardAtPageTop: true } space && result.Count > 0 && result[^1] is SpaceBlock { DiscardAtPageTop: true } previous)
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

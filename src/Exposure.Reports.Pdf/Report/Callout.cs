using Exposure.Reports.Pdf.Layout;
using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Report;

/// <summary>
/// Text in a shaded box with a coloured bar on its left (the illustrative-data notice, each company's caveat).
/// Laid out line by line, so a long note may continue on the next page; a short one (up to
/// <see cref="KeptWhole"/> lines) stays together, moving whole to the next page rather than leaving a few lines behind.
/// </summary>
internal sealed class Callout(IEnumerable<TextSpan> spans, XColor fill, XColor bar) : IElement
{
    private const double BarWidth = 3;

    /// <summary>A box of this many lines or fewer is never split across pages.</summary>
    public const int KeptWhole = 6;

    public IReadOnlyList<TextSpan> Spans { get; } = spans.ToList();

    public double? FontSize { get; init; }

    public bool Bold { get; init; }

    public double Padding { get; init; } = 5;

    public double? SpaceAfter { get; init; }

    public IReadOnlyList<LayoutBlock> Layout(LayoutContext context, double width)
    {
        var styles = context.Styles;
        var style = new TextStyle(FontSize ?? styles.BodySize) { Bold = Bold, Color = styles.TextColor, LineSpacing = styles.LineSpacing };
        var inset = BarWidth + 2 * Padding;
        var lines = context.LayoutText(Spans, style, width - inset - Padding);
        var paragraph = context.NewStructure(StructureTag.Paragraph);
        var blocks = new List<LayoutBlock> { new CalloutBlock(null, Padding, width, inset, fill, bar) { KeepWithNext = true } };
        blocks.AddRange(lines.Select(line => new CalloutBlock(line, line.Height, width, inset, fill, bar) { Structure = paragraph }));
        blocks.Add(new CalloutBlock(null, Padding, width, inset, fill, bar));

        if (lines.Count <= KeptWhole)
        {
            // A short box is one piece: every line keeps with the next, down to the bottom padding.
            foreach (var block in blocks.Take(blocks.Count - 1))
            {
                block.KeepWithNext = true;
            }
        }
        else
        {
            // Keep the first two and the last two lines of the box together, as a paragraph does.
            blocks[1].KeepWithNext = true;
            blocks[^3].KeepWithNext = true;
            blocks[^2].KeepWithNext = true;
        }
        blocks.Add(new SpaceBlock(SpaceAfter ?? styles.ParagraphSpacing * 1.5));
        return blocks;
    }

    private sealed class CalloutBlock(TextLine? line, double height, double width, double inset, XColor fill, XColor bar) : LayoutBlock
    {
        public override double Height => height;

        internal override string Text => line?.Text ?? "";

        internal override bool TagsParts => true;

        /// <summary>The box as an artifact, the line in the callout's paragraph.</summary>
        public override void Draw(DrawContext context, XPoint topLeft)
        {
            context.Artifact(() =>
            {
                // Overlap by a hair so adjacent pieces of the box show no seam.
                context.Graphics.DrawRectangle(new XSolidBrush(fill), topLeft.X, topLeft.Y, width, height + 0.2);
                context.Graphics.DrawRectangle(new XSolidBrush(bar), topLeft.X, topLeft.Y, BarWidth, height + 0.2);
            });
            if (line is not null)
            {
                context.Tagged(Structure, () => line.Draw(context, new XPoint(topLeft.X + inset, topLeft.Y)));
            }
        }
    }
}

using Exposure.Reports.Pdf.Layout;
using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Report;

/// <summary>
/// A boxed notice that must not be missed (the cover's "Illustrative data" banner): a fill, a heavy border and
/// hatched end bands, so it stands out in greyscale too. Laid out as one block that never breaks.
/// </summary>
internal sealed class Banner(IEnumerable<TextSpan> spans, XColor fill, XColor border) : IElement
{
    private const double Band = 14;

    public IReadOnlyList<TextSpan> Spans { get; } = spans.ToList();

    public double FontSize { get; init; } = 11;

    public double Padding { get; init; } = 8;

    public double? SpaceAfter { get; init; }

    public IReadOnlyList<LayoutBlock> Layout(LayoutContext context, double width)
    {
        var styles = context.Styles;
        var style = new TextStyle(FontSize) { Color = styles.TextColor, LineSpacing = styles.LineSpacing };
        var inner = width - 2 * (Band + Padding);
        var lines = context.LayoutText(Spans, style, inner, TextAlignment.Center);
        return
        [
            new BannerBlock(lines, width, Padding, fill, border) { Structure = context.NewStructure(StructureTag.Paragraph) },
            new SpaceBlock(SpaceAfter ?? styles.ParagraphSpacing * 2),
        ];
    }

    private sealed class BannerBlock(IReadOnlyList<TextLine> lines, double width, double padding, XColor fill, XColor border) : LayoutBlock
    {
        public override double Height { get; } = lines.Sum(l => l.Height) + 2 * padding;

        internal override string Text => string.Join("\n", lines.Select(l => l.Text));

        internal override bool TagsParts => true;

        /// <summary>The box as an artifact, its text in the banner's paragraph.</summary>
        public override void Draw(DrawContext context, XPoint topLeft)
        {
            var graphics = context.Graphics;
            var box = new XRect(topLeft.X, topLeft.Y, width, Height);
            context.Artifact(() =>
            {
                graphics.DrawRectangle(new XSolidBrush(fill), box);
                var hatch = new BarFill(fill, Hatch.Diagonal) { Ink = border };
                hatch.Draw(graphics, new XRect(box.Left, box.Top, Band, box.Height));
                hatch.Draw(graphics, new XRect(box.Right - Band, box.Top, Band, box.Height));
                graphics.DrawRectangle(new XPen(border, 1.6), box);
            });
            context.Tagged(Structure, () =>
            {
                var y = topLeft.Y + padding;
                foreach (var line in lines)
                {
                    line.Draw(context, new XPoint(topLeft.X + Band + padding, y));
                    y += line.Height;
                }
            });
        }
    }
}

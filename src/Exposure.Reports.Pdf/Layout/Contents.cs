using System.Globalization;
using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>
/// A table of contents: one line per bookmark named, indented by level, with a dotted leader and the page the bookmark
/// lands on. Page numbers are drawn once the whole document is paginated, so the contents can come before what they list;
/// an entry whose bookmark is not in the document gets no number. Tagged as a table of contents (TOC, a TOCI per entry).
/// </summary>
public sealed class Contents(IEnumerable<OutlineEntry> entries) : IElement
{
    public IReadOnlyList<OutlineEntry> Entries { get; } = entries.ToList();

    /// <summary>Defaults to <see cref="DocumentStyles.BodySize"/>.</summary>
    public double? FontSize { get; init; }

    public double Indent { get; init; } = 12;

    public IReadOnlyList<LayoutBlock> Layout(LayoutContext context, double width)
    {
        var styles = context.Styles;
        var size = FontSize ?? styles.BodySize;
        var numberWidth = context.MeasureWidth("0000", new TextStyle(size));
        var blocks = new List<LayoutBlock>();
        var toc = context.NewStructure(StructureTag.TableOfContents);
        foreach (var entry in Entries)
        {
            var style = new TextStyle(size) { Bold = entry.Level == 1, Color = styles.TextColor, LineSpacing = styles.LineSpacing * 1.08 };
            var indent = Indent * (entry.Level - 1);
            var lines = context.LayoutText([entry.Title], style, width - indent - numberWidth - 12);
            var font = context.Fonts.GetFont(0, size, false, false);
            var text = new StructureNode(StructureTag.Paragraph, new StructureNode(StructureTag.TableOfContentsItem, toc));
            blocks.Add(new ContentsLineBlock(entry, lines, indent, width, font, styles.TextColor, styles.MutedColor) { KeepWithNext = true, Structure = text });
        }

        if (blocks.Count > 0)
        {
            blocks[^1].KeepWithNext = false;
        }

        blocks.Add(new SpaceBlock(styles.ParagraphSpacing));
        return blocks;
    }

    private sealed class ContentsLineBlock(
        OutlineEntry entry, IReadOnlyList<TextLine> lines, double indent, double width, XFont numberFont, XColor color, XColor leader) : LayoutBlock
    {
        public override double Height { get; } = lines.Sum(l => l.Height);

        internal override string Text => string.Join(" ", lines.Select(l => l.Text));

        internal override bool TagsParts => true;

        public override void Draw(DrawContext context, XPoint topLeft) => context.Tagged(Structure, () => DrawEntry(context, topLeft));

        /// <summary>The title and page number in the entry's element; the dotted leader between them as an artifact.</summary>
        private void DrawEntry(DrawContext context, XPoint topLeft)
        {
            var y = topLeft.Y;
            foreach (var line in lines)
            {
                line.Draw(context, new XPoint(topLeft.X + indent, y));
                y += line.Height;
            }

            if (context.PageOf(entry) is not { } page || lines.Count == 0)
            {
                return;
            }

            var last = lines[^1];
            var baseline = y - last.Height + last.Baseline;
            var number = page.ToString(CultureInfo.InvariantCulture);
            var graphics = context.Graphics;
            var numberWidth = graphics.MeasureString(number, numberFont).Width;
            var right = topLeft.X + width;
            graphics.DrawString(number, numberFont, new XSolidBrush(color), right - numberWidth, baseline, XStringFormats.BaseLineLeft);
            var dotsFrom = topLeft.X + indent + last.Width + 6;
            var dotsTo = right - numberWidth - 6;
            var pen = new XPen(leader, 0.6) { DashStyle = XDashStyle.Dot };
            if (dotsTo > dotsFrom)
            {
                context.Artifact(() => graphics.DrawLine(pen, dotsFrom, baseline, dotsTo, baseline));
            }
        }
    }
}

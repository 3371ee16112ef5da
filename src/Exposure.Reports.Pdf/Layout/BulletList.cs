using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>Items under a bullet with a hanging indent; an item may break across pages as a paragraph does. Tagged as a list (L, LI, Lbl, LBody).</summary>
public sealed class BulletList : IElement
{
    public BulletList(IEnumerable<IReadOnlyList<TextSpan>> items)
    {
        Items = items.ToList();
    }

    public IReadOnlyList<IReadOnlyList<TextSpan>> Items { get; }

    public string Bullet { get; init; } = "•";

    public double Indent { get; init; } = 12;

    /// <summary>Defaults to <see cref="DocumentStyles.BodySize"/>.</summary>
    public double? FontSize { get; init; }

    /// <summary>Space between items; defaults to half of <see cref="DocumentStyles.ParagraphSpacing"/>.</summary>
    public double? ItemSpacing { get; init; }

    public IReadOnlyList<LayoutBlock> Layout(LayoutContext context, double width)
    {
        var styles = context.Styles;
        var style = new TextStyle(FontSize ?? styles.BodySize) { Color = styles.TextColor, LineSpacing = styles.LineSpacing };
        var bullet = context.LayoutText([new TextSpan(Bullet) { Bold = true }], style, double.MaxValue)[0];
        var blocks = new List<LayoutBlock>();
        var list = context.NewStructure(StructureTag.List);
        foreach (var item in Items)
        {
            var lines = context.LayoutText(item, style, width - Indent);
            var listItem = new StructureNode(StructureTag.ListItem, list);
            var label = new StructureNode(StructureTag.Label, listItem);
            var body = new StructureNode(StructureTag.ListBody, listItem);
            var itemBlocks = lines.Select((line, i) => (LayoutBlock)new IndentedLineBlock(line, Indent, i == 0 ? bullet : null, label, body)).ToList();
            if (itemBlocks.Count >= 2)
            {
                itemBlocks[0].KeepWithNext = true;
                itemBlocks[^2].KeepWithNext = true;
            }

            blocks.AddRange(itemBlocks);
            blocks.Add(new SpaceBlock(ItemSpacing ?? styles.ParagraphSpacing / 2));
        }

        blocks.Add(new SpaceBlock(styles.ParagraphSpacing));
        return SpaceBlock.Collapse(blocks);
    }

    /// <summary>A line of an item: the bullet (on the first line, tagged Lbl) and the item's text (LBody).</summary>
    private sealed class IndentedLineBlock(TextLine line, double indent, TextLine? bullet, StructureNode label, StructureNode body) : LayoutBlock
    {
        public override double Height => line.Height;

        internal override string Text => (bullet is null ? "  " : bullet.Text + " ") + line.Text;

        internal override bool TagsParts => true;

        public override void Draw(DrawContext context, XPoint topLeft)
        {
            if (bullet is not null)
            {
                context.Tagged(label, () => bullet.Draw(context, new XPoint(topLeft.X + 1, topLeft.Y)));
            }

            context.Tagged(body, () => line.Draw(context, new XPoint(topLeft.X + indent, topLeft.Y)));
        }
    }
}

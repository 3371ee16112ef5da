using Exposure.Reports.Pdf.Layout;
using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Report;

/// <summary>A headline figure: the figure in large type, what it is, and a line of context.</summary>
internal sealed record Figure(string Value, string Label, string? Detail = null);

/// <summary>Headline figures as tiles in rows (two by default); each row is one block, its tiles as tall as the tallest.</summary>
internal sealed class FigureTiles(IReadOnlyList<Figure> figures) : IElement
{
    private const double Gap = 8;
    private const double Padding = 7;
    private const double BarWidth = 3;

    public int PerRow { get; init; } = 2;

    public double ValueSize { get; init; } = Typography.TileValueSize;

    public IReadOnlyList<LayoutBlock> Layout(LayoutContext context, double width)
    {
        var styles = context.Styles;
        var tileWidth = (width - Gap * (PerRow - 1)) / PerRow;
        var inner = tileWidth - 2 * Padding - BarWidth;
        var valueStyle = new TextStyle(ValueSize) { Bold = true, Color = styles.TextColor, LineSpacing = 1 };
        var labelStyle = new TextStyle(Typography.TileLabelSize) { Bold = true, Color = styles.TextColor, LineSpacing = styles.LineSpacing };
        var detailStyle = new TextStyle(Typography.TileDetailSize) { Color = styles.MutedColor, LineSpacing = styles.LineSpacing };
        var blocks = new List<LayoutBlock>();
        foreach (var row in figures.Chunk(PerRow))
        {
            var tiles = row.Select(f =>
            {
                var tile = context.NewStructure(StructureTag.Division);
                return new Tile(
                    context.LayoutText([f.Value], valueStyle, inner),
                    context.LayoutText([f.Label], labelStyle, inner),
                    f.Detail is null ? [] : context.LayoutText([f.Detail], detailStyle, inner),
                    [new StructureNode(StructureTag.Paragraph, tile), new StructureNode(StructureTag.Paragraph, tile), new StructureNode(StructureTag.Paragraph, tile)]);
            }).ToList();
            blocks.Add(new TileRowBlock(tiles, tileWidth) { KeepWithNext = true });
            blocks.Add(new SpaceBlock(Gap) { KeepWithNext = true });
        }

        if (blocks.Count > 0)
        {
            blocks[^1] = new SpaceBlock(styles.ParagraphSpacing * 1.5);
            blocks[^2].KeepWithNext = false;
        }

        return blocks;
    }

    /// <summary>A tile's lines, and the paragraphs (inside a Div for the tile) its figure, label and detail are tagged as.</summary>
    private sealed record Tile(IReadOnlyList<TextLine> Value, IReadOnlyList<TextLine> Label, IReadOnlyList<TextLine> Detail, IReadOnlyList<StructureNode> Paragraphs)
    {
        public double ContentHeight => Value.Sum(l => l.Height) + 3 + Label.Sum(l => l.Height) + (Detail.Count == 0 ? 0 : 1 + Detail.Sum(l => l.Height));
    }

    private sealed class TileRowBlock(IReadOnlyList<Tile> tiles, double tileWidth) : LayoutBlock
    {
        public override double Height { get; } = tiles.Max(t => t.ContentHeight) + 2 * Padding;

        internal override string Text => string.Join("\n", tiles.Select(t =>
            string.Join(" ", t.Value.Concat(t.Label).Concat(t.Detail).Select(l => l.Text))));

        internal override bool TagsParts => true;

        public override void Draw(DrawContext context, XPoint topLeft)
        {
            var graphics = context.Graphics;
            for (var i = 0; i < tiles.Count; i++)
            {
                var x = topLeft.X + i * (tileWidth + Gap);
                context.Artifact(() =>
                {
                    graphics.DrawRectangle(new XSolidBrush(Typography.TileFill), x, topLeft.Y, tileWidth, Height);
                    graphics.DrawRectangle(new XSolidBrush(Typography.TileBar), x, topLeft.Y, BarWidth, Height);
                });
                var y = topLeft.Y + Padding;
                var left = x + BarWidth + Padding;
                var tile = tiles[i];
                y = DrawLines(context, tile.Paragraphs[0], tile.Value, left, y) + 3;
                y = DrawLines(context, tile.Paragraphs[1], tile.Label, left, y);
                DrawLines(context, tile.Paragraphs[2], tile.Detail, left, y);
            }
        }

        /// <summary>Draws <paramref name="lines"/> one under the other in <paramref name="paragraph"/>; returns the y below them.</summary>
        private static double DrawLines(DrawContext context, StructureNode paragraph, IReadOnlyList<TextLine> lines, double left, double top)
        {
            if (lines.Count == 0)
            {
                return top;
            }

            var y = top;
            context.Tagged(paragraph, () =>
            {
                foreach (var line in lines)
                {
                    line.Draw(context, new XPoint(left, y));
                    y += line.Height;
                }
            });
            return y;
        }
    }
}

using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>
/// Labelled figures ("Funds screened: 1,204"), two wrapping columns, kept on one page when it fits. Tagged as a table whose
/// labels are row headers (TH with a row scope).
/// </summary>
public sealed class KeyValueList : IElement
{
    private readonly List<(TextSpan Key, TextSpan Value)> _items = [];

    public IReadOnlyList<(TextSpan Key, TextSpan Value)> Items => _items;

    /// <summary>Share of the width given to the labels.</summary>
    public double KeyWidthFraction { get; init; } = 0.45;

    public TextAlignment ValueAlignment { get; init; } = TextAlignment.Left;

    /// <summary>Values are bold by default (figures); plain values suit longer text.</summary>
    public bool BoldValues { get; init; } = true;

    /// <summary>Defaults to <see cref="DocumentStyles.BodySize"/>.</summary>
    public double? FontSize { get; init; }

    /// <summary>Space below the list; defaults to one and a half times <see cref="DocumentStyles.ParagraphSpacing"/>.</summary>
    public double? SpaceAfter { get; init; }

    public KeyValueList Add(TextSpan key, TextSpan value)
    {
        _items.Add((key, value));
        return this;
    }

    public IReadOnlyList<LayoutBlock> Layout(LayoutContext context, double width)
    {
        var styles = context.Styles;
        var padding = styles.TableCellPadding;
        var widths = new[] { width * KeyWidthFraction, width * (1 - KeyWidthFraction) };
        var xs = new[] { 0, widths[0] };
        var alignments = new[] { TextAlignment.Left, ValueAlignment };
        var size = FontSize ?? styles.BodySize;
        var keyStyle = new TextStyle(size) { Color = styles.MutedColor, LineSpacing = styles.LineSpacing };
        var valueStyle = new TextStyle(size) { Bold = BoldValues, Color = styles.TextColor, LineSpacing = styles.LineSpacing };
        var rule = new XPen(styles.RuleColor, 0.4);
        var blocks = new List<LayoutBlock>();
        var table = context.NewStructure(StructureTag.Table);
        for (var i = 0; i < _items.Count; i++)
        {
            var row = new StructureNode(StructureTag.TableRow, table);
            var (key, value) = _items[i];
            var cells = new[]
            {
                context.LayoutText([key], keyStyle, widths[0] - 2 * padding),
                context.LayoutText([value], valueStyle, widths[1] - 2 * padding),
            };
            blocks.Add(new TableRowBlock(i, cells, xs, widths, alignments, padding, null, rule)
            {
                KeepWithNext = i < _items.Count - 1,
                CellStructure = [new StructureNode(StructureTag.HeaderCell, row) { Scope = "Row" }, new StructureNode(StructureTag.DataCell, row)],
            });
        }

        blocks.Add(new SpaceBlock(SpaceAfter ?? styles.ParagraphSpacing * 1.5));
        return blocks;
    }
}

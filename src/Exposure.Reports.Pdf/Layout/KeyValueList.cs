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

    /// <summary>
    /// When set, the least share of the width the labels keep: the values' column widens from the content, down to this
    /// share for the labels, where that puts a value on fewer lines and no row on more ("at least USD 1,027,000 (at least
    /// 5.365%)" on one line).
    /// </summary>
    public double? MinKeyWidthFraction { get; init; }

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
        var size = FontSize ?? styles.BodySize;
        var keyStyle = new TextStyle(size) { Color = styles.MutedColor, LineSpacing = styles.LineSpacing };
        var valueStyle = new TextStyle(size) { Bold = BoldValues, Color = styles.TextColor, LineSpacing = styles.LineSpacing };
        var keyWidth = KeyWidth(context, width, padding, keyStyle, valueStyle);
        var widths = new[] { keyWidth, width - keyWidth };
        var xs = new[] { 0, widths[0] };
        var alignments = new[] { TextAlignment.Left, ValueAlignment };
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

    /// <summary>
    /// The labels' width: <see cref="KeyWidthFraction"/> of <paramref name="width"/>, or, with <see cref="MinKeyWidthFraction"/>,
    /// the widest of the widths that fit a value on one line that puts the values on the fewest lines and no row on more lines.
    /// </summary>
    private double KeyWidth(LayoutContext context, double width, double padding, TextStyle keyStyle, TextStyle valueStyle)
    {
        var preferred = width * KeyWidthFraction;
        if (MinKeyWidthFraction is not { } least || least >= KeyWidthFraction || _items.Count == 0)
        {
            return preferred;
        }

        (int Key, int Value)[] Lines(double keyWidth) => _items
            .Select(item => (
                context.LayoutText([item.Key], keyStyle, keyWidth - 2 * padding).Count,
                context.LayoutText([item.Value], valueStyle, width - keyWidth - 2 * padding).Count))
            .ToArray();
        static int Rows((int Key, int Value)[] lines) => lines.Sum(l => Math.Max(l.Key, l.Value));

        var fixedLines = Lines(preferred);
        var best = (Width: preferred, Values: fixedLines.Sum(l => l.Value), Rows: Rows(fixedLines));
        // A value's own width (plus a point for rounding) as the values' column: the candidates, widest label first.
        var candidates = _items
            .Select(item => width - context.LayoutText([item.Value], valueStyle, double.MaxValue).Max(l => l.Width) - 2 * padding - 1)
            .Where(k => k < preferred && k >= width * least)
            .Distinct()
            .OrderByDescending(k => k);
        foreach (var candidate in candidates)
        {
            var lines = Lines(candidate);
            var (values, rows) = (lines.Sum(l => l.Value), Rows(lines));
            // Fewer lines of values, and no row taller than with the labels' preferred width.
            if (values < best.Values && rows <= best.Rows && lines.Zip(fixedLines).All(p => Math.Max(p.First.Key, p.First.Value) <= Math.Max(p.Second.Key, p.Second.Value)))
            {
                best = (candidate, values, rows);
            }
        }

        return best.Width;
    }
}

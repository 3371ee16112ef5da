using System.Diagnostics.CodeAnalysis;
using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>One table row: wrapped cell lines, optional background and a rule below. <see cref="RowIndex"/> is -1 for the header.</summary>
public sealed class TableRowBlock : LayoutBlock
{
    private readonly double[] _columnX;
    private readonly double[] _columnWidths;
    private readonly TextAlignment[] _alignments;
    private readonly double _padding;
    private readonly XColor? _fill;
    private readonly XPen _rule;

    internal TableRowBlock(
        int rowIndex,
        IReadOnlyList<IReadOnlyList<TextLine>> cells,
        double[] columnX,
        double[] columnWidths,
        TextAlignment[] alignments,
        double padding,
        XColor? fill,
        XPen rule)
    {
        RowIndex = rowIndex;
        Cells = cells;
        _columnX = columnX;
        _columnWidths = columnWidths;
        _alignments = alignments;
        _padding = padding;
        _fill = fill;
        _rule = rule;
        Height = cells.Max(c => c.Sum(l => l.Height)) + 2 * padding + rule.Width;
    }

    public int RowIndex { get; }

    public bool IsHeader => RowIndex < 0;

    public IReadOnlyList<IReadOnlyList<TextLine>> Cells { get; }

    public override double Height { get; }

    public double Width => _columnX[^1] + _columnWidths[^1];

    /// <summary>The structure element of each cell (TH or TD); without them the row is drawn as an artifact.</summary>
    public IReadOnlyList<StructureNode>? CellStructure { get; init; }

    internal override bool TagsParts => true;

    internal override string Text => string.Join(" | ", Cells.Select(c => string.Join(" ", c.Select(l => l.Text))));

    public override void Draw(DrawContext context, XPoint topLeft)
    {
        var graphics = context.Graphics;
        if (_fill is { } fill)
        {
            context.Artifact(() => graphics.DrawRectangle(new XSolidBrush(fill), topLeft.X, topLeft.Y, Width, Height));
        }

        for (var c = 0; c < Cells.Count; c++)
        {
            var column = c;
            context.Tagged(CellStructure?[c], () => DrawCell(context, column, topLeft));
        }

        var ruleY = topLeft.Y + Height - _rule.Width / 2;
        context.Artifact(() => graphics.DrawLine(_rule, topLeft.X, ruleY, topLeft.X + Width, ruleY));
    }

    private void DrawCell(DrawContext context, int c, XPoint topLeft)
    {
        var y = topLeft.Y + _padding;
        foreach (var line in Cells[c])
        {
            var inner = _columnWidths[c] - 2 * _padding;
            var x = topLeft.X + _columnX[c] + _padding + AlignmentOffset(_alignments[c], inner, line);
            line.Draw(context, new XPoint(x, y));
            y += line.Height;
        }
    }

    public override bool TrySplit(double height, [NotNullWhen(true)] out LayoutBlock? head, [NotNullWhen(true)] out LayoutBlock? tail)
    {
        var room = height - 2 * _padding - _rule.Width;
        var heads = new List<IReadOnlyList<TextLine>>();
        var tails = new List<IReadOnlyList<TextLine>>();
        foreach (var cell in Cells)
        {
            var used = 0.0;
            var count = cell.TakeWhile(line => (used += line.Height) <= room).Count();
            heads.Add(cell.Take(count).ToList());
            tails.Add(cell.Skip(count).ToList());
        }

        if (heads.All(c => c.Count == 0) || tails.All(c => c.Count == 0))
        {
            head = null;
            tail = null;
            return false;
        }

        head = new TableRowBlock(RowIndex, heads, _columnX, _columnWidths, _alignments, _padding, _fill, _rule) { CellStructure = CellStructure };
        tail = new TableRowBlock(RowIndex, tails, _columnX, _columnWidths, _alignments, _padding, _fill, _rule)
        {
            ContinuationHeader = ContinuationHeader,
            KeepWithNext = KeepWithNext,
            CellStructure = CellStructure,
        };
        return true;
    }

    /// <summary>Lines are laid out left-aligned and positioned here, so a cell's alignment does not depend on how it was wrapped.</summary>
    private static double AlignmentOffset(TextAlignment alignment, double inner, TextLine line) => alignment switch
    {
        TextAlignment.Right => Math.Max(0, inner - line.Width),
        TextAlignment.Center => Math.Max(0, (inner - line.Width) / 2),
        _ => 0,
    };
}

using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>
/// A table whose cells wrap; rows never split across pages unless a row alone is taller than a page, and the
/// header row repeats at the top of every page the table continues on. Tagged as a table (Table, THead, TBody, TR, TH with a
/// column scope, TD); a repeated header row is an artifact, so the table reads once. A table that continues on another page
/// takes its last <see cref="KeepLastRows"/> rows there together, so a page never holds only the repeated header and a
/// table's last row (its total).
/// </summary>
public sealed class Table : IElement
{
    private readonly List<IReadOnlyList<TableCell>> _rows = [];

    public Table(IEnumerable<TableColumn> columns)
    {
        Columns = columns.ToList();
        if (Columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    public IReadOnlyList<IReadOnlyList<TableCell>> Rows => _rows;

    /// <summary>Shades every other body row.</summary>
    public bool Zebra { get; init; } = true;

    public bool RepeatHeader { get; init; } = true;

    /// <summary>How many of the last body rows keep together on one page (2: a total row never stands alone under a repeated header).</summary>
    public int KeepLastRows { get; init; } = 2;

    /// <summary>Defaults to <see cref="DocumentStyles.SmallSize"/>.</summary>
    public double? FontSize { get; init; }

    public double? SpaceAfter { get; init; }

    public Table AddRow(params TableCell[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"Expected {Columns.Count} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    public IReadOnlyList<LayoutBlock> Layout(LayoutContext context, double width)
    {
        var styles = context.Styles;
        var padding = styles.TableCellPadding;
        var size = FontSize ?? styles.SmallSize;
        var style = new TextStyle(size) { Color = styles.TextColor, LineSpacing = styles.LineSpacing };
        var headerStyle = style with { Bold = true };
        var cellStyles = Columns.Select(c => c.FontSize is { } s ? style with { Size = s } : style).ToArray();
        var widths = ColumnWidth.Resolve(Columns.Select((c, i) => c.FitContent ? ColumnWidth.Fixed(Fit(context, i, headerStyle, cellStyles[i], padding)) : c.Width).ToList(), width);
        KeepWordsWhole(context, widths, width, headerStyle, cellStyles, padding);
        var xs = new double[widths.Length];
        for (var i = 1; i < widths.Length; i++)
        {
            xs[i] = xs[i - 1] + widths[i - 1];
        }

        var alignments = Columns.Select(c => c.Alignment).ToArray();
        var lightRule = new XPen(styles.RuleColor, 0.4);

        IReadOnlyList<IReadOnlyList<TextLine>> LayoutCells(IEnumerable<IReadOnlyList<TextSpan>> cells, Func<int, TextStyle> cellStyle) =>
            cells.Select((spans, c) => context.LayoutText(spans, cellStyle(c), Math.Max(1, widths[c] - 2 * padding))).ToList();

        var table = context.NewStructure(StructureTag.Table);
        var head = new StructureNode(StructureTag.TableHead, table);
        var body = new StructureNode(StructureTag.TableBody, table);
        var header = new TableRowBlock(
            -1,
            LayoutCells(Columns.Select(c => (IReadOnlyList<TextSpan>)[new TextSpan(c.Header)]), _ => headerStyle),
            xs, widths, alignments, padding, styles.TableHeaderFill, new XPen(styles.TextColor, 0.8))
        {
            KeepWithNext = true,
            CellStructure = Cells(head, StructureTag.HeaderCell, "Column"),
        };

        var blocks = new List<LayoutBlock> { header };
        for (var r = 0; r < _rows.Count; r++)
        {
            blocks.Add(new TableRowBlock(
                r,
                LayoutCells(_rows[r].Select(cell => cell.ToSpans()), c => cellStyles[c]),
                xs, widths, alignments, padding, Zebra && r % 2 == 1 ? styles.TableZebraFill : null, lightRule)
            {
                ContinuationHeader = RepeatHeader ? header : null,
                CellStructure = Cells(body, StructureTag.DataCell, null),
            });
        }

        // The first of the last rows keeps with the next, and so on to the last: they move to the next page together.
        for (var b = Math.Max(1, blocks.Count - KeepLastRows); b < blocks.Count - 1; b++)
        {
            blocks[b].KeepWithNext = true;
        }

        blocks.Add(new SpaceBlock(SpaceAfter ?? styles.ParagraphSpacing * 1.5));
        return blocks;
    }

    /// <summary>
    /// Widens a relative column narrower than its widest word (the fixed and fitted columns having left the relative ones
    /// little room) with width from the other relative columns, as far as they stay as wide as their own widest words: a
    /// name is then wrapped between its words rather than cut inside one ("unmatch / ed"). A word wider than a quarter of
    /// the table (a SHA-256, a long address) is cut in any table, and claims no more than that quarter.
    /// </summary>
    private void KeepWordsWhole(LayoutContext context, double[] widths, double tableWidth, TextStyle headerStyle, TextStyle[] cellStyles, double padding)
    {
        var relative = Enumerable.Range(0, Columns.Count).Where(i => !Columns[i].FitContent && !Columns[i].Width.IsFixed).ToList();
        if (relative.Count < 2) return;
        var least = new double[Columns.Count];
        foreach (var i in relative)
        {
            least[i] = Math.Max(
                context.WidestWord([new TextSpan(Columns[i].Header)], headerStyle),
                _rows.Select(row => context.WidestWord(row[i].ToSpans(), cellStyles[i])).DefaultIfEmpty(0).Max()) + 2 * padding + 0.5;
            least[i] = Math.Min(least[i], tableWidth / 4);
        }

        if (relative.All(i => widths[i] >= least[i])) return;

        // Width a column's lines do not use (a short fund name in a wide column) is given first, so that a column whose
        // lines fill it is not made to wrap more; then width above the donors' widest words, in proportion.
        var natural = new double[Columns.Count];
        foreach (var i in relative)
        {
            natural[i] = Math.Max(least[i], _rows.Select(row => context.LayoutText(row[i].ToSpans(), cellStyles[i], double.MaxValue).Select(l => l.Width).DefaultIfEmpty(0).Max())
                .DefaultIfEmpty(0).Max() + 2 * padding + 0.5);
        }

        foreach (var i in relative)
        {
            var deficit = least[i] - widths[i];
            foreach (var floor in new[] { natural, least })
            {
                if (deficit <= 0) break;
                var donors = relative.Where(j => j != i && widths[j] > floor[j]).ToList();
                var slack = donors.Sum(j => widths[j] - floor[j]);
                if (slack <= 0) continue;
                var taken = Math.Min(deficit, slack);
                foreach (var j in donors) widths[j] -= taken * (widths[j] - floor[j]) / slack;
                widths[i] += taken;
                deficit -= taken;
            }
        }
    }

    /// <summary>A new row (TR) under <paramref name="group"/> with a cell of <paramref name="tag"/> per column.</summary>
    private List<StructureNode> Cells(StructureNode group, StructureTag tag, string? scope)
    {
        var row = new StructureNode(StructureTag.TableRow, group);
        return Columns.Select(_ => new StructureNode(tag, row) { Scope = scope }).ToList();
    }

    /// <summary>
    /// The width of a <see cref="TableColumn.FitContent"/> column: its widest body line, or the narrowest width at which
    /// its header takes at most two lines, whichever is wider; plus padding. A fixed width caps it, unless the column keeps
    /// its lines whole (<see cref="TableColumn.KeepLinesWhole"/>).
    /// </summary>
    private double Fit(LayoutContext context, int column, TextStyle headerStyle, TextStyle cellStyle, double padding)
    {
        var words = Columns[column].Header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var header = Enumerable.Range(1, Math.Max(1, words.Length))
            .Select(k => Math.Max(
                context.MeasureWidth(string.Join(' ', words.Take(k)), headerStyle),
                context.MeasureWidth(string.Join(' ', words.Skip(k)), headerStyle)))
            .Min();
        var body = _rows
            .Select(row => context.LayoutText(row[column].ToSpans(), cellStyle, double.MaxValue).Select(l => l.Width).DefaultIfEmpty(0).Max())
            .DefaultIfEmpty(0)
            .Max();
        var fitted = Math.Max(header, body) + 2 * padding + 0.5;
        return Columns[column].Width.IsFixed && !Columns[column].KeepLinesWhole ? Math.Min(fitted, Columns[column].Width.Value) : fitted;
    }
}

using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Exposure.Core;
using Exposure.Readers.Text;
using SpreadsheetText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace Exposure.Readers.Xlsx;

/// <summary>
/// One cell's value: the text it shows, and for numeric cells the number it stores (and the date, when formatted as one).
/// A formula whose result the file does not store (<see cref="NoResult"/>) has no text and is not empty: its value is
/// unknown, for the reason <see cref="NotCalculated"/> gives.
/// </summary>
/// <param name="Merged">
/// For the first cell of a merged range, the range; over several rows (<c>C2:C5</c>), the first cell's value is carried
/// into the range's first column in each of its rows, which also name the range.
/// </param>
internal readonly record struct XlsxCell(string Text, decimal? Number = null, DateOnly? Date = null, bool NoResult = false, MergedRange? Merged = null)
{
    public static readonly XlsxCell Empty = new("");

    /// <summary>A formula cell without its result: written by a program that never calculated the workbook.</summary>
    public static readonly XlsxCell Uncalculated = new("", NoResult: true);

    /// <summary>Why formula cells without their results are not read: "Market Value is a formula with no saved result ...".</summary>
    /// <param name="what">The cells' column headers or labels.</param>
    public static string NotCalculated(IReadOnlyList<string> what) =>
        $"{string.Join(" and ", what)} {(what.Count == 1 ? "is a formula" : "are formulas")} with no saved result (the workbook was never calculated), " +
        $"so {(what.Count == 1 ? "it is" : "they are")} unknown; open and save the workbook in a spreadsheet program";

    public bool IsEmpty => !NoResult && HoldingRecords.IsBlank(Text);
}

/// <summary>One spreadsheet row as stored: its row number and its cells by column (index 0 is column A).</summary>
internal sealed record XlsxRow(int Number, XlsxCell[] Cells)
{
    public IReadOnlyList<string> Texts => Cells.Select(c => c.Text).ToArray();

    public int Filled => Cells.Count(c => !c.IsEmpty);

    /// <summary>True when a cell of the row is part of a merged range.</summary>
    public bool HasMerged => Array.Exists(Cells, c => c.Merged is not null);

    /// <summary>True when the row's one filled cell is merged over several columns: a heading or a title across the table.</summary>
    public bool IsHeadingAcross => Filled == 1 && Cells[LastFilled].Merged is { Columns: > 1, Rows: 1 };

    /// <summary>True when a cell of the row is a formula whose result the file does not store.</summary>
    public bool HasUncalculated => Array.Exists(Cells, c => c.NoResult);

    /// <summary>The column index (0 for column A) of the row's last cell that is not blank; -1 for a blank row.</summary>
    public int LastFilled => Array.FindLastIndex(Cells, c => !c.IsEmpty);
}

/// <summary>
/// Streams the rows of a worksheet with <see cref="OpenXmlReader"/> (SAX: one row in memory at a time), resolving shared
/// strings, inline strings, booleans, errors and numbers, with number formats telling dates and percentages apart.
/// </summary>
internal sealed class SheetRows : IDisposable
{
    private readonly string _displayName;
    private readonly OpenXmlReader _reader;
    private readonly IReadOnlyList<string> _sharedStrings;
    private readonly IReadOnlyList<NumberKind> _styles;
    private readonly bool _date1904;
    private readonly WorksheetPart _part;
    private List<MergedRange> _merged = [];
    private int _nextMerged;
    private readonly List<(MergedRange Range, XlsxCell Value)> _carrying = [];
    private List<int>? _filledRows;
    private int _lastRow;

    public SheetRows(string displayName, WorkbookPart workbook, WorksheetPart sheet)
    {
        _displayName = displayName;
        _date1904 = workbook.Workbook.WorkbookProperties?.Date1904?.Value ?? false;
        _sharedStrings = workbook.SharedStringTablePart is { } sst ? ReadSharedStrings(sst) : [];
        _styles = ReadStyles(workbook.WorkbookStylesPart);
        _part = sheet;
        _reader = OpenXmlReader.Create(sheet);
    }

    private SheetRows(SheetRows workbook, WorksheetPart sheet)
    {
        _displayName = workbook._displayName;
        _date1904 = workbook._date1904;
        _sharedStrings = workbook._sharedStrings;
        _styles = workbook._styles;
        _part = sheet;
        _reader = OpenXmlReader.Create(sheet);
    }

    /// <summary>
    /// Carries the value of each merged range spanning several rows (an exchange or a sector written once for several
    /// rows) into its first column in every row of the range that has cells of its own, as the sheet shows it. Called
    /// before the first row is read.
    /// </summary>
    public void CarryMergedRanges()
    {
        try
        {
            _merged = MergedRanges.Of(_part);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or OpenXmlPackageException)
        {
            throw new DataException(_displayName, null, $"the worksheet cannot be read ({WorkbookGuard.OneLine(e.Message)})");
        }
    }

    /// <summary>
    /// Whether the rows of a merged range after its first store no cell that is not blank: the range and its first row
    /// are all there is, as when a row is made taller by merging its cells with the empty rows below it. The first time it
    /// is asked, the sheet is read once more, as far as the last row a range over several rows reaches, keeping only the
    /// numbers of the rows with cells; a sheet whose merged ranges no one asks about is read once.
    /// </summary>
    public bool OtherRowsBlank(MergedRange range)
    {
        if (range.Rows == 1) return true;
        _filledRows ??= FilledRows();
        // The first row with cells after the range's first row: within the range, the range is not alone in its rows.
        var at = _filledRows.BinarySearch(range.FirstRow + 1);
        if (at < 0) at = ~at;
        return at == _filledRows.Count || _filledRows[at] > range.LastRow;
    }

    /// <summary>The rows, from the second row of the first range over several rows to the last row of any, that store a cell that is not blank.</summary>
    private List<int> FilledRows()
    {
        var tall = _merged.Where(r => r.Rows > 1).ToList();
        var filled = new List<int>();
        if (tall.Count == 0) return filled;
        var from = tall.Min(r => r.FirstRow) + 1;
        var to = tall.Max(r => r.LastRow);
        using var scan = Sibling(_part);
        while (scan.Next() is { } row && row.Number <= to)
            if (row.Number >= from && row.Filled > 0) filled.Add(row.Number);
        return filled;
    }

    /// <summary>The rows of another worksheet of the same workbook, its shared strings and styles read once.</summary>
    public SheetRows Sibling(WorksheetPart sheet) => new(this, sheet);

    /// <summary>Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900.</summary>
    public bool Date1904 => _date1904;

    /// <summary>The next row that the sheet stores, or null at its end.</summary>
    public XlsxRow? Next()
    {
        try
        {
            return ReadRow();
        }
        catch (Exception e) when (e is XmlException or OpenXmlPackageException or InvalidDataException or IOException or FormatException or ArithmeticException or ArgumentException)
        {
            throw new DataException(_displayName, _lastRow > 0 ? _lastRow + 1 : null, $"the worksheet cannot be read ({WorkbookGuard.OneLine(e.Message)})");
        }
    }

    public void Dispose() => _reader.Dispose();

    private XlsxRow? ReadRow()
    {
        while (_reader.Read())
        {
            if (_reader.ElementType != typeof(Row) || !_reader.IsStartElement) continue;

            var number = Attribute(_reader, "r") is { } r ? int.Parse(r, NumberStyles.None, CultureInfo.InvariantCulture) : _lastRow + 1;
            if (number <= _lastRow || number > ExcelValues.MaxRows)
                throw new DataException(_displayName, number, number > ExcelValues.MaxRows
                    ? string.Create(CultureInfo.InvariantCulture, $"row {number} is outside a worksheet")
                    : string.Create(CultureInfo.InvariantCulture, $"row {number} comes after row {_lastRow}: the worksheet's rows are out of order"));
            _lastRow = number;

            var cells = new List<XlsxCell>();
            var column = 0;
            // Read to the end of the row: cells, their values and inline strings.
            while (_reader.Read() && !(_reader.ElementType == typeof(Row) && _reader.IsEndElement))
            {
                if (_reader.ElementType != typeof(Cell) || !_reader.IsStartElement) continue;
                var reference = Attribute(_reader, "r");
                var at = reference is null ? column + 1 : ExcelValues.ColumnOf(reference)
                    ?? throw new DataException(_displayName, number, $"cell reference '{HoldingRecords.Shorten(reference)}' is not a cell of a worksheet");
                if (at <= column)
                    throw new DataException(_displayName, number, $"cell {HoldingRecords.Shorten(reference ?? "")} comes after column {ExcelValues.ColumnName(column)}: the row's cells are out of order");
                column = at;
                var cell = ReadCell(Attribute(_reader, "t"), Attribute(_reader, "s"), number, reference ?? ExcelValues.ColumnName(at) + number.ToString(CultureInfo.InvariantCulture));
                while (cells.Count < at - 1) cells.Add(XlsxCell.Empty);
                cells.Add(cell);
            }
            if (_merged.Count > 0) Carry(number, cells);
            return new XlsxRow(number, cells.ToArray());
        }
        return null;
    }

    /// <summary>
    /// Marks the first cell of each merged range that starts on this row, and gives each row after it within the range that
    /// range's value in its first column, unless the row has no cell of its own (a row the range alone fills stays blank).
    /// </summary>
    private void Carry(int number, List<XlsxCell> cells)
    {
        _carrying.RemoveAll(c => c.Range.LastRow < number);
        var own = cells.Exists(c => !c.IsEmpty);
        foreach (var (range, value) in _carrying)
        {
            var i = range.FirstColumn - 1;
            if (!own || (i < cells.Count && !cells[i].IsEmpty)) continue;
            while (cells.Count <= i) cells.Add(XlsxCell.Empty);
            cells[i] = value;
        }
        for (; _nextMerged < _merged.Count && _merged[_nextMerged].FirstRow <= number; _nextMerged++)
        {
            var range = _merged[_nextMerged];
            if (range.LastRow < number) continue;
            var i = range.FirstColumn - 1;
            // A range whose first row is not stored has no value to carry.
            var value = range.FirstRow == number && i < cells.Count ? cells[i] with { Merged = range } : XlsxCell.Empty;
            if (range.FirstRow == number && i < cells.Count) cells[i] = value;
            if (!value.IsEmpty && range.Rows > 1) _carrying.Add((range, value));
        }
    }

    /// <summary>Reads from a cell's start to its end.</summary>
    private XlsxCell ReadCell(string? type, string? style, int row, string reference)
    {
        string? value = null;
        StringBuilder? inline = null;
        var phonetic = 0;
        var formula = false;
        // OpenXmlReader reports an empty element (<c r="A1"/>) as a start immediately followed by its end.
        while (_reader.Read() && !(_reader.ElementType == typeof(Cell) && _reader.IsEndElement))
        {
            if (_reader.ElementType == typeof(PhoneticRun)) phonetic += _reader.IsStartElement ? 1 : -1;
            if (!_reader.IsStartElement) continue;
            if (_reader.ElementType == typeof(CellValue)) value = _reader.GetText();
            else if (_reader.ElementType == typeof(CellFormula)) formula = true;
            else if (_reader.ElementType == typeof(SpreadsheetText) && phonetic == 0) (inline ??= new StringBuilder()).Append(_reader.GetText());
        }

        // A formula stores its last result beside it; a program that writes formulas without calculating them stores none.
        if (formula && string.IsNullOrEmpty(value) && inline is null) return XlsxCell.Uncalculated;

        switch (type)
        {
            case "s":
                if (value is null) return XlsxCell.Empty;
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= _sharedStrings.Count)
                    throw new DataException(_displayName, row, $"cell {reference} points at shared string {value}, which the workbook does not have");
                return new XlsxCell(_sharedStrings[index]);
            case "inlineStr":
                return new XlsxCell(TextEncodings.TrimByteOrderMark(ExcelValues.Unescape(inline?.ToString() ?? value ?? "")));
            case "str":
                return new XlsxCell(ExcelValues.Unescape(value ?? ""));
            case "b":
                return new XlsxCell(value is null ? "" : value.Trim() == "1" ? "TRUE" : "FALSE");
            case "e":
                return new XlsxCell(value ?? "");
            case "d":
                return value is not null && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso)
                    ? new XlsxCell(iso.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Date: DateOnly.FromDateTime(iso))
                    : new XlsxCell(value ?? "");
            default:
                if (value is null || value.Trim().Length == 0) return XlsxCell.Empty;
                if (ExcelValues.ParseStored(value) is not { } number) return new XlsxCell(value.Trim());
                var kind = StyleKind(style);
                if (kind == NumberKind.Date && ExcelValues.DateOf(number, _date1904) is { } date)
                    return new XlsxCell(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), number, date);
                if (kind == NumberKind.Percent)
                    return new XlsxCell(ExcelValues.Invariant(number * 100) + "%", number);
                return new XlsxCell(ExcelValues.Invariant(number), number);
        }
    }

    private NumberKind StyleKind(string? style) =>
        style is not null && int.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s < _styles.Count ? _styles[s] : NumberKind.Plain;

    private static string? Attribute(OpenXmlReader reader, string name)
    {
        foreach (var a in reader.Attributes)
            if (a.LocalName == name && string.IsNullOrEmpty(a.NamespaceUri)) return a.Value;
        return null;
    }

    private static List<string> ReadSharedStrings(SharedStringTablePart part)
    {
        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        StringBuilder? item = null;
        var phonetic = 0;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem))
            {
                if (reader.IsStartElement) { item = new StringBuilder(); phonetic = 0; }
                if (reader.IsEndElement && item is not null) { strings.Add(TextEncodings.TrimByteOrderMark(ExcelValues.Unescape(item.ToString()))); item = null; }
            }
            else if (reader.ElementType == typeof(PhoneticRun)) phonetic += reader.IsStartElement ? 1 : -1;
            else if (reader.ElementType == typeof(SpreadsheetText) && reader.IsStartElement && phonetic == 0) item?.Append(reader.GetText());
        }
        return strings;
    }

    private static List<NumberKind> ReadStyles(WorkbookStylesPart? part)
    {
        var kinds = new List<NumberKind>();
        if (part?.Stylesheet is not { } sheet) return kinds;
        var codes = new Dictionary<uint, string>();
        foreach (var f in sheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            if (f.NumberFormatId?.Value is { } id && f.FormatCode?.Value is { } code) codes[id] = code;
        foreach (var xf in sheet.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = xf.NumberFormatId?.Value ?? 0;
            kinds.Add(ExcelValues.KindOf(id, codes.GetValueOrDefault(id)));
        }
        return kinds;
    }
}

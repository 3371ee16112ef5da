using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SpreadsheetText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace Exposure.Readers.Tests.Xlsx;

/// <summary>A cell for <see cref="TestWorkbook"/>: how it is stored in the file.</summary>
internal abstract record TestCell
{
    public static implicit operator TestCell(string text) => new Shared(text);

    /// <summary>Text in the shared-string table.</summary>
    public sealed record Shared(string Text) : TestCell;

    /// <summary>Text stored in the cell itself.</summary>
    public sealed record Inline(string Text) : TestCell;

    /// <summary>A number, written into the file exactly as given; shown with a style (0 general, 1 date, 2 percent, 3 custom date, 4 custom percent, 5 literal "%" sign).</summary>
    public sealed record Number(string Stored, uint Style = 0) : TestCell;

    public sealed record Boolean(bool Value) : TestCell;

    public sealed record Error(string Code) : TestCell;

    /// <summary>A shared-string cell pointing at a given index, whether or not the table has it.</summary>
    public sealed record SharedIndex(int Index) : TestCell;

    /// <summary>A formula, with the result the file stores beside it (a number), or none, as a program that never calculated the workbook writes it.</summary>
    public sealed record Formula(string Expression, string? Result = null, bool AsText = false) : TestCell;

    /// <summary>A cell element with no value (as formatting leaves behind).</summary>
    public sealed record Blank : TestCell;
}

/// <summary>Builds small .xlsx files with the Open XML SDK for the reader tests.</summary>
internal static class TestWorkbook
{
    public const uint DateStyle = 1;
    public const uint PercentStyle = 2;
    public const uint CustomDateStyle = 3;
    public const uint CustomPercentStyle = 4;
    /// <summary>A number followed by a literal "%" (<c>0.00"%"</c>): shown as stored, not scaled.</summary>
    public const uint LiteralPercentSignStyle = 5;

    /// <summary>Writes a workbook; each sheet is its rows by Excel row number, cells from column A (null for no cell).</summary>
    /// <param name="hidden">The sheets the workbook hides.</param>
    /// <param name="merged">Each sheet's merged ranges (<c>C2:C5</c>), by sheet name.</param>
    public static void Write(string path, IReadOnlyList<(string Name, IReadOnlyList<(int Row, TestCell?[] Cells)> Rows)> sheets, bool date1904 = false,
        IReadOnlyCollection<string>? hidden = null, IReadOnlyDictionary<string, string[]>? merged = null)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        if (date1904) workbook.Workbook.AppendChild(new WorkbookProperties { Date1904 = true });
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        var sharedPart = workbook.AddNewPart<SharedStringTablePart>();
        var shared = new List<string>();

        var sheetList = workbook.Workbook.AppendChild(new Sheets());
        uint sheetId = 1;
        foreach (var (name, rows) in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var (number, cells) in rows)
            {
                var row = new Row { RowIndex = (uint)number };
                for (var i = 0; i < cells.Length; i++)
                {
                    if (cells[i] is not { } cell) continue;
                    row.AppendChild(ToCell(cell, $"{Column(i + 1)}{number}", shared));
                }
                data.AppendChild(row);
            }
            part.Worksheet = new Worksheet(data);
            if (merged?.GetValueOrDefault(name) is { } ranges)
                part.Worksheet.AppendChild(new MergeCells(ranges.Select(r => new MergeCell { Reference = r })) { Count = (uint)ranges.Length });
            sheetList.AppendChild(new Sheet
            {
                Id = workbook.GetIdOfPart(part),
                SheetId = sheetId++,
                Name = name,
                State = hidden?.Contains(name) == true ? SheetStateValues.Hidden : null,
            });
        }
        sharedPart.SharedStringTable = new SharedStringTable(shared.Select(s => new SharedStringItem(new SpreadsheetText(s) { Space = SpaceProcessingModeValues.Preserve })));
    }

    public static string Column(int column)
    {
        var s = "";
        for (; column > 0; column = (column - 1) / 26) s = (char)('A' + (column - 1) % 26) + s;
        return s;
    }

    private static Cell ToCell(TestCell cell, string reference, List<string> shared) => cell switch
    {
        TestCell.Shared s => new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Index(shared, s.Text)) },
        TestCell.Inline s => new Cell(new InlineString(new SpreadsheetText(s.Text) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
        },
        TestCell.Number n => new Cell { CellReference = reference, CellValue = new CellValue(n.Stored), StyleIndex = n.Style == 0 ? null : n.Style },
        TestCell.SharedIndex x => new Cell
        {
            CellReference = reference,
            DataType = CellValues.SharedString,
            CellValue = new CellValue(x.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        },
        TestCell.Boolean b => new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(b.Value ? "1" : "0") },
        TestCell.Error e => new Cell { CellReference = reference, DataType = CellValues.Error, CellValue = new CellValue(e.Code) },
        TestCell.Formula f => new Cell(new CellFormula(f.Expression))
        {
            CellReference = reference,
            DataType = f.AsText ? CellValues.String : null,
            CellValue = f.Result is null ? null : new CellValue(f.Result),
        },
        TestCell.Blank => new Cell { CellReference = reference, StyleIndex = 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(cell)),
    };

    private static string Index(List<string> shared, string text)
    {
        var i = shared.IndexOf(text);
        if (i < 0) { shared.Add(text); i = shared.Count - 1; }
        return i.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "[$-409]mmm d, yyyy" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "#,##0.00%;[Red]-#,##0.00%" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "0.00\"%\"" }) { Count = 3 },
        new Fonts(new Font()) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0 },
            new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 166, ApplyNumberFormat = true }) { Count = 6 });
}

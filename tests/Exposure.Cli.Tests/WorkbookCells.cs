using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Exposure.Cli.Tests;

/// <summary>A sheet of a workbook the run wrote, as rows of cell text (shared strings resolved).</summary>
internal static class WorkbookCells
{
    public static List<List<string>> Rows(string path, string sheetName)
    {
        using var book = SpreadsheetDocument.Open(path, false);
        var part = book.WorkbookPart!;
        var strings = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var data = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>();
        return data.Select(row => row.Elements<Cell>().Select(c => Text(c, strings)).ToList()).ToList();
    }

    /// <summary>The cells under a header of the sheet's first row, one per row below it, by the cells' column letters (empty where a row has no cell).</summary>
    public static List<string> Column(string path, string sheetName, string header) =>
        Under(path, sheetName, header, (cell, strings, _) => Text(cell, strings));

    /// <summary>The number formats of the cells under a header, as <see cref="Column"/> gives their text ("" where a row has no cell, or for the general format).</summary>
    public static List<string> ColumnFormats(string path, string sheetName, string header) =>
        Under(path, sheetName, header, (cell, _, format) => format(cell));

    private static List<string> Under(string path, string sheetName, string header, Func<Cell, List<string>, Func<Cell, string>, string> read)
    {
        using var book = SpreadsheetDocument.Open(path, false);
        var part = book.WorkbookPart!;
        var strings = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var styles = part.WorkbookStylesPart!.Stylesheet;
        var codes = styles.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        var formats = styles.CellFormats!.Elements<CellFormat>().ToList();
        string Format(Cell c) => codes.GetValueOrDefault(formats[(int)(c.StyleIndex?.Value ?? 0)].NumberFormatId?.Value ?? 0, "");
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var rows = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();
        static string Letters(Cell c) => new(c.CellReference!.Value!.TakeWhile(char.IsAsciiLetter).ToArray());
        var letters = Letters(rows[0].Elements<Cell>().Single(c => Text(c, strings) == header));
        return rows.Skip(1).Select(r => r.Elements<Cell>().FirstOrDefault(c => Letters(c) == letters) is { } cell ? read(cell, strings, Format) : "").ToList();
    }

    /// <summary>The number format of each cell of the sheet, row by row as <see cref="Rows"/> gives the cells ("" for the general format).</summary>
    public static List<List<string>> Formats(string path, string sheetName)
    {
        using var book = SpreadsheetDocument.Open(path, false);
        var part = book.WorkbookPart!;
        var styles = part.WorkbookStylesPart!.Stylesheet;
        var codes = styles.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        var formats = styles.CellFormats!.Elements<CellFormat>().ToList();
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var data = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>();
        return data.Select(row => row.Elements<Cell>()
            .Select(c => codes.GetValueOrDefault(formats[(int)(c.StyleIndex?.Value ?? 0)].NumberFormatId?.Value ?? 0, "")).ToList()).ToList();
    }

    /// <summary>The value beside a label on a sheet of labels and values (Summary, Scheme).</summary>
    public static string Value(string path, string sheetName, string label) =>
        Rows(path, sheetName).Single(r => r.Count > 1 && r[0] == label)[1];

    private static string Text(Cell cell, List<string> strings) =>
        cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
        : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? ""
        : cell.CellValue?.Text ?? "";
}

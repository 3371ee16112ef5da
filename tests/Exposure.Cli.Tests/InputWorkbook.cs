using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Exposure.Cli.Tests;

/// <summary>Writes a holdings workbook for a run to read: text cells as shared strings, decimals as numbers, null as no cell.</summary>
internal static class InputWorkbook
{
    /// <summary>A workbook of one sheet, 'Holdings'.</summary>
    public static string Write(string path, params object?[][] rows) => WriteSheets(path, ("Holdings", rows));

    /// <summary>A workbook of several sheets, in order.</summary>
    public static string WriteSheets(string path, params (string Name, object?[][] Rows)[] sheets)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sharedPart = workbook.AddNewPart<SharedStringTablePart>();
        var shared = new List<string>();
        var list = workbook.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var (name, rows) in sheets)
        {
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(Data(rows, shared));
            list.AppendChild(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = id++, Name = name });
        }
        sharedPart.SharedStringTable = new SharedStringTable(shared.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
        return path;
    }

    private static SheetData Data(object?[][] rows, List<string> shared)
    {
        var data = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                var reference = string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + c)}{r + 1}");
                switch (rows[r][c])
                {
                    case null:
                        break;
                    case decimal d:
                        row.AppendChild(new Cell { CellReference = reference, CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)) });
                        break;
                    case string s:
                        if (!shared.Contains(s)) shared.Add(s);
                        row.AppendChild(new Cell
                        {
                            CellReference = reference,
                            DataType = CellValues.SharedString,
                            CellValue = new CellValue(shared.IndexOf(s).ToString(CultureInfo.InvariantCulture)),
                        });
                        break;
                    default:
                        throw new ArgumentException($"a cell is text or a decimal, not {rows[r][c]!.GetType().Name}");
                }
            }
            if (row.HasChildren) data.AppendChild(row);
        }
        return data;
    }
}

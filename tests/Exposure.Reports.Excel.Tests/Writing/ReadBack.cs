using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Xunit.Abstractions;

namespace Exposure.Reports.Excel.Tests.Writing;

/// <summary>Opens a written workbook with the Open XML SDK and answers questions about its cells.</summary>
internal sealed class ReadBack : IDisposable
{
    private static readonly Dictionary<uint, string> BuiltInFormats = new() { [0] = "General", [49] = "@" };

    private readonly MemoryStream stream;

    public ReadBack(byte[] workbook)
    {
        stream = new MemoryStream(workbook, writable: false);
        Document = SpreadsheetDocument.Open(stream, isEditable: false);
    }

    public SpreadsheetDocument Document { get; }

    public WorkbookPart WorkbookPart => Document.WorkbookPart ?? throw new InvalidOperationException("No workbook part.");

    public IReadOnlyList<string> SheetNames =>
        WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Select(sheet => sheet.Name!.Value!).ToList();

    public static IReadOnlyList<ValidationErrorInfo> Validate(byte[] workbook, ITestOutputHelper output)
    {
        using var read = new ReadBack(workbook);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016).Validate(read.Document).ToList();
        foreach (var error in errors)
        {
            output.WriteLine($"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}");
        }

        return errors;
    }

    public WorksheetPart Sheet(string name)
    {
        var sheet = WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)WorkbookPart.GetPartById(sheet.Id!);
    }

    public Cell? Cell(string sheetName, string reference) =>
        Sheet(sheetName).Worksheet.Descendants<Cell>().SingleOrDefault(cell => cell.CellReference == reference);

    public Cell RequiredCell(string sheetName, string reference) =>
        Cell(sheetName, reference) ?? throw new InvalidOperationException($"No cell {sheetName}!{reference}.");

    public IReadOnlyList<Row> Rows(string sheetName) => Sheet(sheetName).Worksheet.Descendants<Row>().ToList();

    public string Text(Cell cell)
    {
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            var items = WorkbookPart.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ToList();
            return items[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)].InnerText;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString!.InnerText;
        }

        throw new InvalidOperationException($"Cell {cell.CellReference} holds no string.");
    }

    public string Text(string sheetName, string reference) => Text(RequiredCell(sheetName, reference));

    public double Number(string sheetName, string reference)
    {
        var cell = RequiredCell(sheetName, reference);
        Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"{reference} is typed {cell.DataType?.Value}");
        Assert.Null(cell.CellFormula);
        return double.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
    }

    public CellFormat Format(Cell cell)
    {
        var formats = WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        return formats[(int)(cell.StyleIndex?.Value ?? 0)];
    }

    public string NumberFormat(Cell cell)
    {
        var id = Format(cell).NumberFormatId?.Value ?? 0;
        var custom = WorkbookPart.WorkbookStylesPart!.Stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .SingleOrDefault(format => format.NumberFormatId?.Value == id);
        return custom?.FormatCode?.Value ?? BuiltInFormats[id];
    }

    public string NumberFormat(string sheetName, string reference) => NumberFormat(RequiredCell(sheetName, reference));

    public bool QuotePrefixed(string sheetName, string reference) =>
        Format(RequiredCell(sheetName, reference)).QuotePrefix?.Value == true;

    public Table Table(string sheetName) => Sheet(sheetName).TableDefinitionParts.Single().Table;

    public void Dispose()
    {
        Document.Dispose();
        stream.Dispose();
    }
}

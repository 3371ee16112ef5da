using System.Globalization;
using System.Text;
using Exposure.Core.Text;

namespace Exposure.Reports.Excel.Writing;

/// <summary>
/// Streams one worksheet part as UTF-8 XML: <see cref="Begin"/>, rows of cells, then <see cref="End"/>. Cell data
/// is written as it comes, with cell references and numbers formatted straight into the output buffer; only the
/// hyperlink list is kept until the end.
/// </summary>
internal sealed class WorksheetWriter : IDisposable
{
    private readonly Stream stream;
    private readonly XmlSink xml;
    private readonly SharedStrings sharedStrings;
    private readonly SheetHyperlinks hyperlinks;
    private readonly List<byte[]> columnLetters = [];
    private readonly byte[] rowNumber = new byte[12];
    private int rowNumberLength;
    private int row;

    public WorksheetWriter(Stream stream, SharedStrings sharedStrings, SheetHyperlinks hyperlinks)
    {
        this.stream = stream;
        xml = new XmlSink(stream);
        this.sharedStrings = sharedStrings;
        this.hyperlinks = hyperlinks;
    }

    public void Begin(bool selected, bool freezeHeaderRow, IEnumerable<WorksheetColumn> columns)
    {
        xml.Raw("""<?xml version="1.0" encoding="utf-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetViews><sheetView"""u8);
        xml.Raw(selected ? """ tabSelected="1" workbookViewId="0">"""u8 : """ workbookViewId="0">"""u8);
        if (freezeHeaderRow)
        {
            xml.Raw("""<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>"""u8);
        }

        xml.Raw("""</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>"""u8);
        var number = 1;
        foreach (var column in columns)
        {
            xml.Raw("<col min=\""u8);
            xml.Number(number);
            xml.Raw("\" max=\""u8);
            xml.Number(number);
            xml.Raw("\" width=\""u8);
            xml.Number(ColumnWidths.ToStoredWidth(column.WidthInCharacters));
            if (column.Style != 0)
            {
                xml.Raw("\" style=\""u8);
                xml.Number(column.Style);
            }

            xml.Raw("\" customWidth=\"1\"/>"u8);
            number++;
        }

        xml.Raw("</cols><sheetData>"u8);
    }

    public void StartRow(int number, double? height = null)
    {
        row = number;
        number.TryFormat(rowNumber, out rowNumberLength, default, CultureInfo.InvariantCulture);
        xml.Raw("<row r=\""u8);
        xml.Raw(rowNumber.AsSpan(0, rowNumberLength));
        if (height is { } points)
        {
            xml.Raw("\" ht=\""u8);
            xml.Number(points);
            xml.Raw("\" customHeight=\"1"u8);
        }

        xml.Raw("\">"u8);
    }

    public void EndRow() => xml.Raw("</row>"u8);

    /// <summary>Fixed text (a header, title or label) through the shared string table.</summary>
    public void WriteShared(int column, string content, StyleRole role)
    {
        var clean = ExcelText.Clean(content);
        if (clean.Length == 0)
        {
            return;
        }

        StartCell(column, WorkbookStyles.Index(role, FormulaGuard.NeedsProtection(clean)));
        xml.Raw("\" t=\"s\"><v>"u8);
        xml.Number(sharedStrings.Add(ExcelText.Escape(clean)));
        xml.Raw("</v></c>"u8);
    }

    /// <summary>A typed value: numbers, dates and booleans as numbers, text as an inline string; an empty value writes no cell.</summary>
    public void Write(int column, CellContent content)
    {
        if (content.NumberValue is { } number)
        {
            StartCell(column, WorkbookStyles.Index(content));
            xml.Raw(content.Kind == ColumnKind.Boolean ? "\" t=\"b\"><v>"u8 : "\"><v>"u8);
            xml.Number(number);
            xml.Raw("</v></c>"u8);
            return;
        }

        if (content.TextValue is not { } textValue)
        {
            return;
        }

        if (content.Url is not { } url)
        {
            WriteInline(column, textValue, WorkbookStyles.RoleOf(content.Kind));
        }
        else if (ExcelText.Clean(textValue).Length > 0 && hyperlinks.TryAdd(CellReference(column), url))
        {
            WriteInline(column, textValue, StyleRole.Hyperlink);
        }
        else
        {
            WriteInline(column, string.IsNullOrWhiteSpace(url) ? textValue : url, StyleRole.Text);
        }
    }

    public void End(string? drawingRelationshipId, string? tableRelationshipId)
    {
        xml.Raw("</sheetData>"u8);
        if (hyperlinks.Links.Count > 0)
        {
            xml.Raw("<hyperlinks>"u8);
            foreach (var (cell, id) in hyperlinks.Links)
            {
                xml.Raw("<hyperlink ref=\""u8);
                xml.Attribute(cell);
                xml.Raw("\" r:id=\""u8);
                xml.Attribute(id);
                xml.Raw("\"/>"u8);
            }

            xml.Raw("</hyperlinks>"u8);
        }

        xml.Raw("""<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"""u8);
        if (drawingRelationshipId is not null)
        {
            xml.Raw("<drawing r:id=\""u8);
            xml.Attribute(drawingRelationshipId);
            xml.Raw("\"/>"u8);
        }

        if (tableRelationshipId is not null)
        {
            xml.Raw("<tableParts count=\"1\"><tablePart r:id=\""u8);
            xml.Attribute(tableRelationshipId);
            xml.Raw("\"/></tableParts>"u8);
        }

        xml.Raw("</worksheet>"u8);
        xml.Flush();
    }

    public void Dispose()
    {
        xml.Dispose();
        stream.Dispose();
    }

    private void WriteInline(int column, string content, StyleRole role)
    {
        var clean = ExcelText.Clean(content);
        if (clean.Length == 0)
        {
            return;
        }

        StartCell(column, WorkbookStyles.Index(role, FormulaGuard.NeedsProtection(clean)));
        xml.Raw(ExcelText.NeedsSpacePreserved(clean) ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"u8 : "\" t=\"inlineStr\"><is><t>"u8);
        xml.Text(ExcelText.Escape(clean));
        xml.Raw("</t></is></c>"u8);
    }

    /// <summary>Writes <c>&lt;c r="B7" s="9</c>; the caller closes the attribute and the cell.</summary>
    private void StartCell(int column, uint style)
    {
        xml.Raw("<c r=\""u8);
        xml.Raw(Letters(column));
        xml.Raw(rowNumber.AsSpan(0, rowNumberLength));
        xml.Raw("\" s=\""u8);
        xml.Number(style);
    }

    private byte[] Letters(int column)
    {
        while (columnLetters.Count <= column)
        {
            columnLetters.Add(Encoding.ASCII.GetBytes(CellReferences.Column(columnLetters.Count)));
        }

        return columnLetters[column];
    }

    private string CellReference(int column) => CellReferences.Cell(column, row);
}

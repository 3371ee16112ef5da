using System.Globalization;
using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Exposure.Core.Text;

namespace Exposure.Reports.Excel.Writing;

/// <summary>
/// Streams one worksheet part with <see cref="OpenXmlWriter"/>: <see cref="Begin"/>, rows of cells,
/// then <see cref="End"/>. Cell data is written as it comes; only the hyperlink list is kept until the end.
/// </summary>
internal sealed class WorksheetWriter : IDisposable
{
    private static readonly OpenXmlAttribute[] PreserveSpace = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];

    private readonly Stream stream;
    private readonly OpenXmlWriter writer;
    private readonly SharedStrings sharedStrings;
    private readonly SheetHyperlinks hyperlinks;
    private readonly List<OpenXmlAttribute> attributes = new(3);
    private readonly List<string> columnLetters = [];
    private readonly Row row = new();
    private readonly Cell cell = new();
    private readonly CellValue value = new();
    private readonly InlineString inlineString = new();
    private readonly Text text = new();
    private string rowNumber = "";

    public WorksheetWriter(PackagePart part, SharedStrings sharedStrings, SheetHyperlinks hyperlinks)
    {
        stream = part.GetStream(FileMode.Create, FileAccess.Write);
        writer = OpenXmlWriter.Create(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        this.sharedStrings = sharedStrings;
        this.hyperlinks = hyperlinks;
    }

    public static SheetView View(bool selected, bool freezeHeaderRow)
    {
        var view = new SheetView { WorkbookViewId = 0 };
        if (selected)
        {
            view.TabSelected = true;
        }

        if (freezeHeaderRow)
        {
            view.Append(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>([new StringValue("A2")]) });
        }

        return view;
    }

    /// <summary>The width of a zero-based column, in characters, and the style for cells typed into it later.</summary>
    public static Column Column(int index, double widthInCharacters, uint style = 0)
    {
        var column = new Column
        {
            Min = (uint)index + 1,
            Max = (uint)index + 1,
            Width = ColumnWidths.ToStoredWidth(widthInCharacters),
            CustomWidth = true,
        };
        if (style != 0)
        {
            column.Style = style;
        }

        return column;
    }

    public void Begin(SheetView view, IEnumerable<Column> columns)
    {
        writer.WriteStartDocument();
        writer.WriteStartElement(new Worksheet(), [], [new KeyValuePair<string, string>("r", RelationshipTypes.Namespace)]);
        writer.WriteElement(new SheetViews(view));
        writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
        writer.WriteElement(new Columns(columns));
        writer.WriteStartElement(new SheetData());
    }

    public void StartRow(int number, double? height = null)
    {
        rowNumber = number.ToString(CultureInfo.InvariantCulture);
        attributes.Clear();
        attributes.Add(new OpenXmlAttribute("r", "", rowNumber));
        if (height is { } points)
        {
            attributes.Add(new OpenXmlAttribute("ht", "", points.ToString("R", CultureInfo.InvariantCulture)));
            attributes.Add(new OpenXmlAttribute("customHeight", "", "1"));
        }

        writer.WriteStartElement(row, attributes);
    }

    public void EndRow() => writer.WriteEndElement();

    /// <summary>Fixed text (a header, title or label) through the shared string table.</summary>
    public void WriteShared(int column, string content, StyleRole role)
    {
        var clean = ExcelText.Clean(content);
        if (clean.Length == 0)
        {
            return;
        }

        StartCell(column, WorkbookStyles.Index(role, FormulaGuard.NeedsProtection(clean)), "s");
        WriteValue(sharedStrings.Add(ExcelText.Escape(clean)).ToString(CultureInfo.InvariantCulture));
        writer.WriteEndElement();
    }

    /// <summary>A typed value: numbers, dates and booleans as numbers, text as an inline string; an empty value writes no cell.</summary>
    public void Write(int column, CellContent content)
    {
        if (content.NumberValue is { } number)
        {
            StartCell(column, WorkbookStyles.Index(WorkbookStyles.RoleOf(content.Kind), false), content.Kind == ColumnKind.Boolean ? "b" : null);
            WriteValue(number.ToString("R", CultureInfo.InvariantCulture));
            writer.WriteEndElement();
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
        writer.WriteEndElement();
        if (hyperlinks.Links.Count > 0)
        {
            writer.WriteElement(new Hyperlinks(hyperlinks.Links.Select(link => new Hyperlink { Reference = link.Cell, Id = link.RelationshipId })));
        }

        writer.WriteElement(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        if (drawingRelationshipId is not null)
        {
            writer.WriteElement(new Drawing { Id = drawingRelationshipId });
        }

        if (tableRelationshipId is not null)
        {
            writer.WriteElement(new TableParts(new TablePart { Id = tableRelationshipId }) { Count = 1 });
        }

        writer.WriteEndElement();
    }

    public void Dispose()
    {
        writer.Dispose();
        stream.Dispose();
    }

    private void WriteInline(int column, string content, StyleRole role)
    {
        var clean = ExcelText.Clean(content);
        if (clean.Length == 0)
        {
            return;
        }

        StartCell(column, WorkbookStyles.Index(role, FormulaGuard.NeedsProtection(clean)), "inlineStr");
        writer.WriteStartElement(inlineString);
        writer.WriteStartElement(text, ExcelText.NeedsSpacePreserved(clean) ? PreserveSpace : []);
        writer.WriteString(ExcelText.Escape(clean));
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private void StartCell(int column, uint style, string? type)
    {
        attributes.Clear();
        attributes.Add(new OpenXmlAttribute("r", "", CellReference(column)));
        attributes.Add(new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture)));
        if (type is not null)
        {
            attributes.Add(new OpenXmlAttribute("t", "", type));
        }

        writer.WriteStartElement(cell, attributes);
    }

    private void WriteValue(string content)
    {
        writer.WriteStartElement(value);
        writer.WriteString(content);
        writer.WriteEndElement();
    }

    private string CellReference(int column)
    {
        while (columnLetters.Count <= column)
        {
            columnLetters.Add(CellReferences.Column(columnLetters.Count));
        }

        return columnLetters[column] + rowNumber;
    }
}

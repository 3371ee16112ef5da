using DocumentFormat.OpenXml.Spreadsheet;
using Xunit.Abstractions;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Exposure.Reports.Excel.Tests.Writing;

public sealed class WorkbookWriterTests(ITestOutputHelper output)
{
    private static readonly Lazy<byte[]> Sample = new(SampleWorkbook.Build);

    [Fact]
    public void Sample_workbook_passes_the_open_xml_validator()
    {
        Assert.Empty(ReadBack.Validate(Sample.Value, output));
    }

    [Fact]
    public void Sheets_are_written_in_order_and_a_long_table_continues_on_numbered_sheets()
    {
        using var read = new ReadBack(Sample.Value);

        Assert.Equal(SampleWorkbook.ExpectedSheetNames, read.SheetNames);
        Assert.Equal([11, 11, 6], new[] { "Unmatched", "Unmatched (2)", "Unmatched (3)" }.Select(name => read.Rows(name).Count));
        Assert.Equal(["A1:C11", "A1:C11", "A1:C6"], new[] { "Unmatched", "Unmatched (2)", "Unmatched (3)" }.Select(name => read.Table(name).Reference!.Value));
        Assert.Equal("Name", read.Text("Unmatched (3)", "B1"));
        Assert.Equal(21, read.Number("Unmatched (3)", "A2"));
        Assert.Equal(25, read.Number("Unmatched (3)", "A6"));
        Assert.Equal("Company 25", read.Text("Unmatched (3)", "B6"));
    }

    [Fact]
    public void Numbers_dates_and_booleans_are_stored_as_numbers_with_their_formats()
    {
        using var read = new ReadBack(Sample.Value);

        Assert.Equal(1200, read.Number("Holdings", "C2"));
        Assert.Equal("#,##0", read.NumberFormat("Holdings", "C2"));
        Assert.Equal(3.14159, read.Number("Holdings", "D2"));
        Assert.Equal("#,##0.00##", read.NumberFormat("Holdings", "D2"));
        Assert.Equal(1234567.891, read.Number("Holdings", "E2"));
        Assert.Equal("#,##0.00", read.NumberFormat("Holdings", "E2"));
        Assert.Equal(0.125, read.Number("Holdings", "F2"));
        Assert.Equal("0.000%", read.NumberFormat("Holdings", "F2"));
        Assert.Equal(45322, read.Number("Holdings", "G2"));
        Assert.Equal("yyyy-mm-dd", read.NumberFormat("Holdings", "G2"));
        Assert.Equal(45323 + (((13 * 3600) + (45 * 60) + 30) / 86400.0), read.Number("Holdings", "H2"), 9);
        Assert.Equal("yyyy-mm-dd hh:mm:ss", read.NumberFormat("Holdings", "H2"));
        Assert.Equal(-5, read.Number("Holdings", "C3"));
        Assert.Equal(-0.5, read.Number("Holdings", "F6"));
        Assert.Equal(long.MaxValue, read.Number("Holdings", "C6"));
        Assert.Equal(7.9228162514264337593543950335e28, read.Number("Holdings", "E6"));
        Assert.Equal(1e-10, read.Number("Holdings", "D6"));

        var alleged = read.RequiredCell("Holdings", "I2");
        Assert.Equal(CellValues.Boolean, alleged.DataType!.Value);
        Assert.Equal("1", alleged.CellValue!.Text);
        Assert.Equal("0", read.RequiredCell("Holdings", "I3").CellValue!.Text);
    }

    [Fact]
    public void Dates_are_serials_from_1900_03_01_and_iso_text_before()
    {
        using var read = new ReadBack(Sample.Value);

        Assert.Equal(61, read.Number("Holdings", "H3"));
        Assert.Equal(2958465, read.Number("Holdings", "G6"));
        Assert.Equal("1900-01-01", read.Text("Holdings", "G3"));
        Assert.Equal("1899-12-31", read.Text("Holdings", "G5"));
    }

    [Fact]
    public void Empty_values_write_no_cell()
    {
        using var read = new ReadBack(Sample.Value);

        Assert.All(new[] { "D4", "E4", "F4", "G4", "H4", "I4", "J4" }, reference => Assert.Null(read.Cell("Holdings", reference)));
    }

    [Fact]
    public void Text_that_looks_like_a_formula_is_a_quote_prefixed_string()
    {
        using var read = new ReadBack(Sample.Value);
        var cells = new[] { "A3", "B3", "A4", "B4", "B5", "B6" };

        foreach (var reference in cells)
        {
            var cell = read.RequiredCell("Holdings", reference);
            Assert.Null(cell.CellFormula);
            Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
            Assert.True(read.QuotePrefixed("Holdings", reference), $"{reference} is not quote-prefixed");
        }

        Assert.Equal(SampleWorkbook.InjectionTexts[..4], new[] { "A3", "B3", "A4", "B4" }.Select(reference => read.Text("Holdings", reference)));
        Assert.Empty(read.WorkbookPart.WorksheetParts.SelectMany(part => part.Worksheet.Descendants<CellFormula>()));
        Assert.False(read.QuotePrefixed("Holdings", "A2"));
        Assert.Equal("@", read.NumberFormat("Holdings", "A2"));
        Assert.True(read.QuotePrefixed("Summary", "A14"));
        Assert.True(read.QuotePrefixed("Summary", "B10"));
    }

    [Fact]
    public void Invalid_xml_characters_are_removed_and_escape_like_text_survives()
    {
        using var read = new ReadBack(Sample.Value);

        Assert.Equal("Badcharshere", read.Text("Holdings", "A5"));
        Assert.Equal(" _x005F_x0041_ kept ", read.Text("Holdings", "A6"));
    }

    [Fact]
    public void Hyperlink_cells_have_a_relationship_and_display_text()
    {
        using var read = new ReadBack(Sample.Value);
        var sheet = read.Sheet("Holdings");
        var links = sheet.Worksheet.Descendants<Hyperlink>().ToDictionary(link => link.Reference!.Value!, link => link.Id!.Value!);
        var targets = sheet.HyperlinkRelationships.ToDictionary(relationship => relationship.Id, relationship => relationship.Uri.OriginalString);

        Assert.Equal(["J2", "J5", "J6"], links.Keys.Order());
        Assert.Equal("https://example.org/report?id=1&q=a%20b", targets[links["J2"]]);
        Assert.Equal("https://example.org/same", targets[links["J5"]]);
        Assert.Equal(links["J5"], links["J6"]);
        Assert.Equal("Report 1", read.Text("Holdings", "J2"));
        Assert.Equal("https://example.org/same", read.Text("Holdings", "J5"));
        Assert.Equal("Same again", read.Text("Holdings", "J6"));
        Assert.Equal("FF0563C1", read.WorkbookPart.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>()
            .ElementAt((int)read.Format(read.RequiredCell("Holdings", "J2")).FontId!.Value).Color!.Rgb!.Value);
        Assert.Equal("javascript:alert(1)", read.Text("Holdings", "J3"));
        Assert.Single(read.Sheet("Summary").HyperlinkRelationships);
    }

    [Fact]
    public void Table_sheets_have_a_banded_table_a_frozen_header_and_column_widths()
    {
        using var read = new ReadBack(Sample.Value);
        var tableSheets = SampleWorkbook.ExpectedSheetNames.Skip(1).ToList();
        var tables = tableSheets.Select(read.Table).ToList();

        Assert.Equal(tables.Count, tables.Select(table => table.Name!.Value).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(tables.Count, tables.Select(table => table.Id!.Value).Distinct().Count());
        Assert.Equal(["Holdings", "Unmatched", "Unmatched_2", "Unmatched_3"], tables.Select(table => table.Name!.Value));

        var holdings = read.Table("Holdings");
        Assert.Equal("A1:J6", holdings.Reference!.Value);
        Assert.Equal("A1:J6", holdings.AutoFilter!.Reference!.Value);
        Assert.Equal("TableStyleMedium2", holdings.TableStyleInfo!.Name!.Value);
        Assert.True(holdings.TableStyleInfo.ShowRowStripes!.Value);
        var columnNames = holdings.TableColumns!.Elements<TableColumn>().Select(column => column.Name!.Value).ToList();
        Assert.Equal(["Fund", "Note", "Shares", "Weight", "Market value (USD)", "Share of fund", "As of", "Updated", "Alleged", "Source"], columnNames);
        Assert.Equal(columnNames, Enumerable.Range(0, 10).Select(index => read.Text("Holdings", $"{(char)('A' + index)}1")));

        foreach (var name in tableSheets)
        {
            var pane = read.Sheet(name).Worksheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal(1, pane.VerticalSplit!.Value);
            Assert.Equal("A2", pane.TopLeftCell!.Value);
        }

        var widths = read.Sheet("Holdings").Worksheet.Descendants<Column>().ToList();
        Assert.Equal(10, widths.Count);
        Assert.All(widths, column => Assert.True(column.CustomWidth!.Value));
        Assert.Equal(30.7109375, widths[0].Width!.Value);
        Assert.Equal("#,##0.00", read.NumberFormat(new Cell { StyleIndex = widths[4].Style }));
        Assert.Empty(read.Sheet("Summary").Worksheet.Descendants<Pane>());
    }

    [Fact]
    public void Key_value_sheet_has_a_title_typed_values_and_a_bar_chart_over_its_data()
    {
        using var read = new ReadBack(Sample.Value);

        Assert.Equal("Exposure report", read.Text("Summary", "A1"));
        Assert.Equal("Generated", read.Text("Summary", "A3"));
        Assert.Equal(45352 + (9.5 / 24), read.Number("Summary", "B3"), 9);
        Assert.Equal("yyyy-mm-dd hh:mm:ss", read.NumberFormat("Summary", "B3"));
        Assert.Equal("yyyy-mm-dd", read.NumberFormat("Summary", "B4"));
        Assert.Equal(42, read.Number("Summary", "B5"));
        Assert.Equal("#,##0.00", read.NumberFormat("Summary", "B6"));
        Assert.Equal(0.0425, read.Number("Summary", "B7"));
        Assert.Equal("0.000%", read.NumberFormat("Summary", "B7"));
        Assert.Equal(CellValues.Boolean, read.RequiredCell("Summary", "B8").DataType!.Value);
        Assert.Equal("Method notes", read.Text("Summary", "B9"));
        Assert.True(read.Format(read.RequiredCell("Summary", "B10")).Alignment!.WrapText!.Value);
        Assert.Equal("Fund", read.Text("Summary", "A12"));
        Assert.Equal("Exposed value (USD)", read.Text("Summary", "B12"));
        Assert.Equal(750, read.Number("Summary", "B14"));

        var drawing = read.Sheet("Summary").DrawingsPart!;
        var chartSpace = drawing.ChartParts.Single().ChartSpace;
        var bar = chartSpace.Descendants<C.BarChart>().Single();
        Assert.Equal(C.BarDirectionValues.Bar, bar.BarDirection!.Val!.Value);
        Assert.Equal(C.BarGroupingValues.Clustered, bar.BarGrouping!.Val!.Value);
        var series = bar.Elements<C.BarChartSeries>().Single();
        Assert.Equal("'Summary'!$A$13:$A$15", series.GetFirstChild<C.CategoryAxisData>()!.Descendants<C.Formula>().Single().Text);
        Assert.Equal("'Summary'!$B$13:$B$15", series.GetFirstChild<C.Values>()!.Descendants<C.Formula>().Single().Text);
        var titles = chartSpace.Descendants<C.Title>().Select(title => title.InnerText).ToList();
        Assert.Equal(["Top exposed funds", "Fund", "Exposed value (USD)"], titles);
        Assert.Single(drawing.WorksheetDrawing.Descendants<C.ChartReference>());
    }

    [Fact]
    public void A_single_shared_stylesheet_holds_a_quote_prefixed_twin_of_every_style()
    {
        using var read = new ReadBack(Sample.Value);
        var formats = read.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();

        Assert.Single(read.WorkbookPart.GetPartsOfType<DocumentFormat.OpenXml.Packaging.WorkbookStylesPart>());
        Assert.Equal(formats.Count - 1, 2 * formats.Count(format => format.QuotePrefix?.Value == true));
    }
}

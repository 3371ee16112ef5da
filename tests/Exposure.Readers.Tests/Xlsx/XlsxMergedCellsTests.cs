using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Exposure.Core.Holdings;
using Exposure.Readers.Xlsx;
using Exposure.TestSupport;
using N = Exposure.Readers.Tests.Xlsx.TestCell.Number;

namespace Exposure.Readers.Tests.Xlsx;

/// <summary>
/// Merged cells as a sheet shows them: a value merged over several rows (an exchange or a sector written once) is in each
/// of those rows; a heading merged over several columns is taken once; an amount merged over several rows is unknown for
/// each, with the reason, never counted once per row nor given to the first, unless the other rows are blank (a row made
/// taller), when it is that row's.
/// </summary>
public sealed class XlsxMergedCellsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Book(string[] merged, params (int Row, TestCell?[] Cells)[] rows)
    {
        var path = Path.Combine(_temp.Path, "h.xlsx");
        TestWorkbook.Write(path, [("Holdings", rows)], merged: new Dictionary<string, string[]> { ["Holdings"] = merged });
        return path;
    }

    private static List<ReadItem> Read(string path)
    {
        var items = XlsxHoldingsReader.Read(path, "h.xlsx").ToList();
        Items.AssertWellFormed(items);
        return items;
    }

    [Fact]
    public void A_value_merged_over_several_rows_is_in_each_of_them_and_a_heading_over_several_columns_is_taken_once()
    {
        var items = Read(Book(["A1:B1", "C2:C4", "D5:D6"],
            (1, ["Name", null, "Exchange", "Sector", "Market Value"]),
            (2, ["ZTE CORP H", null, "Hong Kong Exchanges And Clearing Ltd", "Information Technology", new N("2000000")]),
            (3, ["ZIJIN MINING GROUP LTD H", null, null, "Materials", new N("1000000")]),
            (4, ["TENCENT HOLDINGS LTD", null, null, "Communication", new N("7000000")]),
            (5, ["IFLYTEK LTD A", null, "Shenzhen Stock Exchange", "Information Technology", new N("500000")]),
            (6, ["ZHEJIANG DAHUA TECHNOLOGY LTD A", null, "Shenzhen Stock Exchange", null, new N("500000")])));

        Assert.Equal(
            [
                ("ZTE CORP H", "Hong Kong Exchanges And Clearing Ltd", "Information Technology"),
                ("ZIJIN MINING GROUP LTD H", "Hong Kong Exchanges And Clearing Ltd", "Materials"),
                ("TENCENT HOLDINGS LTD", "Hong Kong Exchanges And Clearing Ltd", "Communication"),
                ("IFLYTEK LTD A", "Shenzhen Stock Exchange", "Information Technology"),
                ("ZHEJIANG DAHUA TECHNOLOGY LTD A", "Shenzhen Stock Exchange", (string?)"Information Technology"),
            ],
            Items.Rows(items).Select(r => (r.Name!, r.ExchangeText, r.Sector)));
        Assert.Equal([2_000_000m, 1_000_000m, 7_000_000m, 500_000m, 500_000m], Items.Rows(items).Select(r => r.MarketValue!.Value));
        Assert.Empty(items.OfType<Rejected>());
    }

    [Fact]
    public void An_amount_merged_over_several_rows_is_unknown_in_each_with_the_reason()
    {
        var items = Read(Book(["C3:C4"],
            (1, ["Name", "Ticker", "Market Value", "Weight (%)"]),
            (2, ["TENCENT HOLDINGS LTD", "T700", new N("7000000"), new N("70")]),
            (3, ["ZTE CORP H", "T763", new N("3000000"), new N("20")]),
            (4, ["ZIJIN MINING GROUP LTD H", "T2899", null, new N("10")])));

        const string Why = "Market Value is one cell merged over several rows (C3:C4): an amount for those rows together, not read for any one of them";
        Assert.Equal(
            [("TENCENT HOLDINGS LTD", 7_000_000m, 70m, null), ("ZTE CORP H", null, 20m, Why), ("ZIJIN MINING GROUP LTD H", (decimal?)null, (decimal?)10m, (string?)Why)],
            Items.Rows(items).Select(r => (r.Name!, r.MarketValue, r.WeightPercent, r.Unreadable)));
    }

    [Fact]
    public void An_amount_merged_over_its_row_and_blank_rows_below_it_is_that_rows_amount()
    {
        // Row 2 made taller by merging every cell with the two blank rows below; row 5's amount is merged with row 6,
        // which the sheet does not store at all. Neither range reaches a row with cells of its own.
        var items = Read(Book(["A2:A4", "B2:B4", "C2:C4", "D2:D4", "C5:C6"],
            (1, ["Name", "Ticker", "Market Value", "Weight (%)"]),
            (2, ["ZTE CORP H", "T763", new N("3000000"), new N("30")]),
            (3, [null, null, null, null]),
            (4, [null, null, null, null]),
            (5, ["TENCENT HOLDINGS LTD", "T700", new N("7000000"), new N("70")])));

        Assert.Equal(
            [("ZTE CORP H", 3_000_000m, 30m, null), ("TENCENT HOLDINGS LTD", (decimal?)7_000_000m, (decimal?)70m, (string?)null)],
            Items.Rows(items).Select(r => (r.Name!, r.MarketValue, r.WeightPercent, r.Unreadable)));
        Assert.Equal([(3, "blank line"), (4, "blank line")], items.OfType<NotAHolding>().Where(n => n.Source.Line is 3 or 4).Select(n => (n.Source.Line, n.What)));
        Assert.Empty(items.OfType<Rejected>());
    }

    [Fact]
    public void An_amount_merged_over_a_blank_row_and_a_second_holding_stays_unknown_in_both()
    {
        var items = Read(Book(["C2:C4"],
            (1, ["Name", "Ticker", "Market Value", "Weight (%)"]),
            (2, ["ZTE CORP H", "T763", new N("3000000"), new N("20")]),
            (3, [null, null, null, null]),
            (4, ["ZIJIN MINING GROUP LTD H", "T2899", null, new N("10")])));

        const string Why = "Market Value is one cell merged over several rows (C2:C4): an amount for those rows together, not read for any one of them";
        Assert.Equal(
            [("ZTE CORP H", null, 20m, Why), ("ZIJIN MINING GROUP LTD H", (decimal?)null, (decimal?)10m, (string?)Why)],
            Items.Rows(items).Select(r => (r.Name!, r.MarketValue, r.WeightPercent, r.Unreadable)));
    }

    [Fact]
    public void A_name_alone_merged_across_the_columns_is_a_section_heading_among_the_rows_and_footer_after_them()
    {
        var items = Read(Book(["A2:D2", "A5:D5"],
            (1, ["Name", "Ticker", "Exchange", "Market Value"]),
            (2, ["Equities — Hong Kong"]),
            (3, ["ZTE CORP H", "T763", "Hong Kong Exchanges And Clearing Ltd", new N("2000000")]),
            (5, ["The content contained herein is owned or licensed by BlackRock."])));

        Assert.Equal(
            [(1, "header"), (2, SectionHeadings.What), (4, "blank line"), (5, "footer")],
            items.OfType<NotAHolding>().Select(n => (n.Source.Line, n.What)));
        Assert.Equal(["ZTE CORP H"], Items.Rows(items).Select(r => r.Name));
        Assert.Empty(items.OfType<Rejected>());
    }

    [Fact]
    public void A_row_that_only_a_merged_range_fills_stays_blank()
    {
        var items = Read(Book(["B2:B4"],
            (1, ["Name", "Exchange", "Market Value"]),
            (2, ["ZTE CORP H", "Hong Kong Exchanges And Clearing Ltd", new N("2000000")]),
            (3, [null, null, null]),
            (4, ["ZIJIN MINING GROUP LTD H", null, new N("1000000")])));

        Assert.Contains(items.OfType<NotAHolding>(), n => n.Source.Line == 3 && n.What == "blank line");
        Assert.Equal(["Hong Kong Exchanges And Clearing Ltd", "Hong Kong Exchanges And Clearing Ltd"], Items.Rows(items).Select(r => r.ExchangeText));
    }

    [Fact]
    public void Merged_ranges_are_found_after_a_long_sheet_and_with_a_namespace_prefix()
    {
        // A sheet's merged ranges come after its rows: past the reader's first chunks in a long sheet.
        var rows = new List<(int, TestCell?[])> { (1, ["Name", "Exchange", "Market Value"]) };
        for (var r = 2; r <= 3001; r++)
            rows.Add((r, [string.Create(CultureInfo.InvariantCulture, $"COMPANY {r}"), r == 2 ? (TestCell)"Xetra" : null, new N("100")]));
        var items = Read(Book(["B2:B3001"], [.. rows]));
        Assert.Equal(3000, Items.Rows(items).Count(r => r.ExchangeText == "Xetra"));

        // Written with a prefix for the spreadsheet namespace, as some programs do.
        var path = Path.Combine(_temp.Path, "prefixed.xlsx");
        TestWorkbook.Write(path, [("Holdings", [(1, ["Name", "Exchange", "Market Value"])])]);
        using (var document = SpreadsheetDocument.Open(path, true))
        {
            var part = document.WorkbookPart!.WorksheetParts.Single();
            const string Xml =
                """<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>""" +
                """<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Name</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>Exchange</x:t></x:is></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>Market Value</x:t></x:is></x:c></x:row>""" +
                """<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>ALPHA</x:t></x:is></x:c><x:c r="B2" t="inlineStr"><x:is><x:t>Xetra</x:t></x:is></x:c><x:c r="C2"><x:v>100</x:v></x:c></x:row>""" +
                """<x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:t>BETA mergeCells &lt;mergeCell ref="A1:A9"/&gt;</x:t></x:is></x:c><x:c r="C3"><x:v>200</x:v></x:c></x:row>""" +
                """</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="B2:B3"/></x:mergeCells></x:worksheet>""";
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Xml));
            part.FeedData(stream);
        }
        Assert.Equal(
            [("ALPHA", "Xetra"), ("BETA mergeCells <mergeCell ref=\"A1:A9\"/>", (string?)"Xetra")],
            Items.Rows(Read(path)).Select(r => (r.Name!, r.ExchangeText)));
    }
}

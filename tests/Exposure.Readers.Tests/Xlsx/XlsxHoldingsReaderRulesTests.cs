using Exposure.Core.Holdings;
using Exposure.Readers.Xlsx;
using Exposure.TestSupport;
using N = Exposure.Readers.Tests.Xlsx.TestCell.Number;

namespace Exposure.Readers.Tests.Xlsx;

/// <summary>
/// The rules that guard a holdings CSV file's figures, in a workbook: total lines, section headings, a repeated header,
/// rows that end before the first market value or weight column inside the data and footer after it, net
/// assets and an as-of date stated above the header.
/// </summary>
public sealed class XlsxHoldingsReaderRulesTests : IDisposable
{
    private const string Footer = "The content contained herein is owned or licensed by BlackRock.";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static TestCell?[] Cells(params TestCell?[] cells) => cells;

    private static (int, TestCell?[]) At(int row, params TestCell?[] cells) => (row, cells);

    private string Book(params (int Row, TestCell?[] Cells)[] rows)
    {
        var path = Path.Combine(_temp.Path, "h.xlsx");
        TestWorkbook.Write(path, [("Holdings", rows)]);
        return path;
    }

    private static List<ReadItem> ReadAll(string path)
    {
        var items = XlsxHoldingsReader.Read(path, "h.xlsx").ToList();
        Items.AssertWellFormed(items);
        return items;
    }

    /// <summary>The items of a sheet, each row in exactly one item, as (row, rows, state).</summary>
    private static List<(int Line, int Lines, string State)> Read(string path) =>
        ReadAll(path).Select(i => i switch
        {
            NotAHolding n => (n.Source.Line, n.Source.LineCount, n.What),
            Rejected r => (r.Source.Line, r.Source.LineCount, "rejected: " + r.Reason),
            HoldingRead h => (h.Row.Source.Line, h.Row.Source.LineCount, "holding " + h.Row.Name),
            _ => (0, 0, ""),
        }).Where(i => i.Item1 > 0).ToList();

    private static readonly TestCell?[] Header = Cells("Name", "ISIN", "Market Value", "Weight");

    [Fact]
    public void Rows_that_end_before_the_figure_columns_inside_the_data_block_are_holdings_with_their_values_unknown()
    {
        var path = Book(
            (1, Header),
            At(2, "Apple Inc", "US0378331005", "1,000,000", new N("30")),
            At(3, "Hangzhou Hikvision Digital Technology Co Ltd", "CNE100000PM8"),
            At(4, "Zijin Mining Group Co Ltd"),
            At(5, "TBEA Co Ltd", null, new N("5000")));

        // A sheet stores no empty cells: a name alone on its row is a row whose other cells are empty, as a spreadsheet saves it to CSV.
        Assert.Equal(
            [
                (1, 1, "header"),
                (2, 1, "holding Apple Inc"),
                (3, 1, "holding Hangzhou Hikvision Digital Technology Co Ltd"),
                (4, 1, "holding Zijin Mining Group Co Ltd"),
                (5, 1, "holding TBEA Co Ltd"),
            ],
            Read(path));
        Assert.Equal(
            [("CNE100000PM8", null, null), (null, null, null)],
            Items.Rows(ReadAll(path)).Skip(1).Take(2).Select(r => (r.Isin, r.MarketValue, r.WeightPercent)));
    }

    [Fact]
    public void A_row_without_figures_after_a_blank_row_is_inside_the_data_block_when_rows_follow_it()
    {
        var items = Read(Book(
            (1, Header),
            At(2, "Apple Inc", "US0378331005", new N("100")),
            At(4, "Zijin Mining Group Co Ltd"),
            At(6, "Tesla", "US88160R1014", new N("300"))));

        Assert.Equal(
            [
                (1, 1, "header"), (2, 1, "holding Apple Inc"), (3, 1, "blank line"), (4, 1, "holding Zijin Mining Group Co Ltd"),
                (5, 1, "blank line"), (6, 1, "holding Tesla"),
            ],
            items);
    }

    [Fact]
    public void A_row_with_a_value_after_a_blank_row_is_a_holding_not_footer()
    {
        var items = Read(Book(
            (1, Header),
            At(2, "Apple Inc", "US0378331005", new N("100")),
            At(3, "\u00A0"),
            At(4, "Tesla", null, new N("300")),
            At(6, Footer)));

        Assert.Equal([(1, 1, "header"), (2, 1, "holding Apple Inc"), (3, 1, "blank line"), (4, 1, "holding Tesla"), (5, 1, "blank line"), (6, 1, "footer")], items);
    }

    [Fact]
    public void A_row_without_figures_right_after_the_last_row_is_a_holding_and_the_footer_after_a_blank_row_stays_footer()
    {
        var items = Read(Book(
            (1, Header),
            At(2, "Apple Inc", "US0378331005", new N("100")),
            At(3, "Zijin Mining Group Co Ltd"),
            At(5, Footer),
            At(6, "Holdings subject to change."),
            At(7, "Source", "BlackRock")));

        Assert.Equal(
            [
                (1, 1, "header"), (2, 1, "holding Apple Inc"), (3, 1, "holding Zijin Mining Group Co Ltd"), (4, 1, "blank line"), (5, 1, "footer"), (6, 1, "footer"), (7, 1, "footer"),
            ],
            items);
    }

    [Fact]
    public void A_name_alone_right_after_the_header_is_a_holding_and_after_a_blank_row_at_the_end_footer()
    {
        Assert.Equal([(1, 1, "header"), (2, 1, "holding Zijin Mining Group Co Ltd")], Read(Book((1, Header), At(2, "Zijin Mining Group Co Ltd"))));
        Assert.Equal(
            [(1, 1, "header"), (2, 1, "holding Apple Inc"), (3, 1, "blank line"), (4, 1, "footer")],
            Read(Book((1, Header), At(2, "Apple Inc", "US0378331005", new N("100")), At(4, "Zijin Mining Group Co Ltd"))));
    }

    [Fact]
    public void A_trailing_row_without_figures_with_more_than_two_filled_cells_is_a_holding()
    {
        var path = Path.Combine(_temp.Path, "h.xlsx");
        TestWorkbook.Write(path,
        [
            ("Holdings",
            [
                (1, Cells("Ticker", "Name", "ISIN", "Market Value")),
                (2, Cells("AAPL", "Apple Inc", "US0378331005", new N("100"))),
                (4, Cells("601899", "Zijin Mining Group Co Ltd", "CNE100000502")),
            ]),
        ]);

        Assert.Equal((4, 1, "holding Zijin Mining Group Co Ltd"), Read(path)[^1]);
    }

    [Fact]
    public void Total_lines_are_rejected_and_a_company_named_total_with_an_identifier_stays_a_holding()
    {
        var items = Read(Book(
            (1, Header),
            At(2, "Equities"),
            At(3, "ZIJIN MINING GROUP CO LTD A", "CNE100000B24", "10,000.00"),
            At(4, "TOTAL SE", "FR0000120271", new N("40000")),
            At(5, "Total Equities", null, "50,000.00"),
            At(6, "Bonds", null, null, null),
            At(7, "Subtotal Bonds", null, new N("0"), new N("0")),
            At(8, "Grand Total", null, new N("50000"), new N("100")),
            At(9, "Total")));

        Assert.Equal(
            [
                (1, 1, "header"), (2, 1, SectionHeadings.What), (3, 1, "holding ZIJIN MINING GROUP CO LTD A"), (4, 1, "holding TOTAL SE"),
                (5, 1, "rejected: " + TotalLines.Reason), (6, 1, SectionHeadings.What), (7, 1, "rejected: " + TotalLines.Reason),
                (8, 1, "rejected: " + TotalLines.Reason), (9, 1, "rejected: " + TotalLines.Reason),
            ],
            items);
    }

    [Fact]
    public void Rows_under_a_cash_heading_carry_it_until_the_next_heading_in_a_sheet_with_no_asset_class_column()
    {
        var rows = ReadAll(Book(
            At(1, "Ticker", "Name", "Market Value", "Weight"),
            At(2, "Equity"),
            At(3, "2899", "ZIJIN MINING GROUP CO LTD H", new N("600"), new N("60")),
            At(4, "Cash & Derivatives"),
            At(5, "USD", "US DOLLAR", new N("250"), new N("25")),
            At(6, "Stocks"),
            At(7, "2330", "TAIWAN SEMICONDUCTOR", new N("150"), new N("15")))).OfType<HoldingRead>();

        Assert.Equal(
            [("ZIJIN MINING GROUP CO LTD H", null), ("US DOLLAR", new SectionHeading("Cash & Derivatives", 4)), ("TAIWAN SEMICONDUCTOR", null)],
            rows.Select(h => (h.Row.Name, h.Row.Section)));
    }

    [Theory]
    [InlineData("Holdings:", "As of 22-Jan-2025")]
    [InlineData("As of:", "22-Jan-2025")]
    [InlineData("As of 22-Jan-2025", null)]
    public void A_fund_name_and_an_as_of_date_in_the_common_preamble_forms_are_read(string label, string? value)
    {
        var fund = Assert.IsType<FundDetected>(ReadAll(Book(
            At(1, "Fund Name:", "My Fund"),
            value is null ? At(2, label) : At(2, label, value),
            At(4, "Name", "Ticker", "Market Value"),
            At(5, "ZIJIN MINING GROUP CO LTD H", "2899", new N("100"))))[0]).Fund;

        Assert.Equal(("My Fund", new DateOnly(2025, 1, 22)), (fund.Name, fund.AsOf));
    }

    [Fact]
    public void A_column_of_isins_under_a_header_the_reader_does_not_know_is_read_as_the_isin_and_said()
    {
        var items = ReadAll(Book(
            At(1, "Security", "Ident", "Mkt Val (USD)"),
            At(2, "ZHONGXING TELECOM H", "CNE1000004Y2", new N("1000")),
            At(3, "HIKVISION A", "CNE100000PM8", new N("1000")),
            At(4, "APPLE INC", "US0378331005", new N("1000"))));

        Assert.Equal("Excel workbook (sheet 'Holdings'); column 'Ident' read as ISIN: its values are ISINs", Assert.IsType<FundDetected>(items[0]).Fund.Layout);
        Assert.Equal(["CNE1000004Y2", "CNE100000PM8", "US0378331005"], items.OfType<HoldingRead>().Select(h => h.Row.Isin));
    }

    [Fact]
    public void A_column_of_other_codes_under_a_header_the_reader_does_not_know_is_not_read_as_the_isin()
    {
        var items = ReadAll(Book(
            At(1, "Security", "Ident", "Mkt Val (USD)"),
            At(2, "ZHONGXING TELECOM H", "A123", new N("1000")),
            At(3, "HIKVISION A", "CNE100000PM8", new N("1000"))));

        Assert.Equal("Excel workbook (sheet 'Holdings')", Assert.IsType<FundDetected>(items[0]).Fund.Layout);
        Assert.All(items.OfType<HoldingRead>(), h => Assert.Null(h.Row.Isin));
    }

    [Fact]
    public void A_header_repeated_mid_sheet_is_not_a_holding()
    {
        var items = Read(Book(
            (1, Header),
            At(2, "Apple Inc", "US0378331005", new N("100")),
            At(3, " name ", "ISIN", "MARKET VALUE", "Weight"),
            At(4, "Tesla", "US88160R1014", new N("300"))));

        Assert.Equal([(1, 1, "header"), (2, 1, "holding Apple Inc"), (3, 1, "header repeated"), (4, 1, "holding Tesla")], items);
    }

    private List<ReadItem> WithNetAssets(TestCell? netAssets) => ReadAll(Book(
        At(1, "Example Fund"),
        At(2, "Fund Holdings as of", "Mar 10, 2022"),
        At(3, "Net Assets", netAssets),
        At(5, "Ticker", "Name", "Exchange", "Market Value", "Currency"),
        At(6, "601899", "ZIJIN MINING GROUP CO LTD A", "Shanghai Stock Exchange", "10,000.00", "USD"),
        At(7, "AAA", "ALPHA", "Xetra", new N("90000"), "USD")));

    [Theory]
    [InlineData("$1,000,000.00", 1_000_000)]
    [InlineData("US$1,000,000.00", 1_000_000)]
    [InlineData("1,000,000.00 USD", 1_000_000)]
    [InlineData("1.5bn", 1_500_000_000)]
    [InlineData("1,000,000.00", 1_000_000)]
    public void Net_assets_written_as_text_are_read_as_a_rows_value_is(string text, double expected)
    {
        var items = WithNetAssets(text);
        Assert.Equal((decimal)expected, Assert.IsType<FundDetected>(items[0]).Fund.StatedNetAssets);
        Assert.Empty(items.OfType<Rejected>());
    }

    [Fact]
    public void Net_assets_in_a_number_cell_are_read()
    {
        Assert.Equal(1_000_000.5m, Assert.IsType<FundDetected>(WithNetAssets(new N("1000000.5"))[0]).Fund.StatedNetAssets);
    }

    [Theory]
    [InlineData("abc", "Net Assets 'abc' is not a number; the stated net assets are not used for the fund value")]
    [InlineData("--500", "Net Assets '--500' is not a number; the stated net assets are not used for the fund value")]
    [InlineData("640m", "Net Assets '640m' ends in 'm', which files write for a million and for a thousand: not read; the stated net assets are not used for the fund value")]
    public void Net_assets_that_cannot_be_read_are_not_used_and_the_row_says_why(string text, string reason)
    {
        var items = WithNetAssets(text);
        Assert.Null(Assert.IsType<FundDetected>(items[0]).Fund.StatedNetAssets);
        var line = Assert.Single(items.OfType<Rejected>());
        Assert.Equal((3, reason, $"Net Assets,{text}"), (line.Source.Line, line.Reason, line.RawText));
        Assert.Equal(2, items.OfType<HoldingRead>().Count());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("-")]
    [InlineData("N/A")]
    public void A_net_assets_row_stating_none_is_preamble(string? text)
    {
        var items = WithNetAssets(text is null ? null : (TestCell)text);
        Assert.Null(Assert.IsType<FundDetected>(items[0]).Fund.StatedNetAssets);
        Assert.Empty(items.OfType<Rejected>());
        Assert.Contains(items.OfType<NotAHolding>(), n => n.Source.Line == 3 && n.What == "preamble");
    }

    private List<ReadItem> WithAsOf(params TestCell?[] cells) => ReadAll(Book(
        At(1, "Example Fund"),
        (2, cells),
        At(4, "Ticker", "Name", "Exchange", "Market Value", "Currency"),
        At(5, "601899", "ZIJIN MINING GROUP CO LTD A", "Shanghai Stock Exchange", new N("10000"), "USD")));

    [Theory]
    [InlineData("Mar 10, 2022")]
    [InlineData("2022-03-10")]
    [InlineData("10 Mar 2022")]
    [InlineData("10-Mar-22")]
    [InlineData("10.03.2022")]
    [InlineData("03/25/2022")]
    [InlineData("25/03/2022")]
    public void An_as_of_date_written_as_text_whose_form_leaves_no_doubt_is_read(string text)
    {
        var items = WithAsOf("Fund Holdings as of", text);
        var expected = text.Contains("25", StringComparison.Ordinal) ? new DateOnly(2022, 3, 25) : new DateOnly(2022, 3, 10);
        Assert.Equal(expected, Assert.IsType<FundDetected>(items[0]).Fund.AsOf);
        Assert.DoesNotContain(items, i => i is Rejected);
    }

    [Theory]
    [InlineData("10/03/2022", "Fund Holdings as of '10/03/2022' could be 2022-10-03 (month first) or 2022-03-10 (day first): the date is left unknown (give it with --as-of)")]
    [InlineData("3/10/22", "Fund Holdings as of '3/10/22' is not a date in a form read here")]
    public void An_as_of_date_that_could_be_two_days_or_is_not_read_is_unknown_and_its_row_says_why(string text, string reason)
    {
        var items = WithAsOf("Fund Holdings as of", text);
        Assert.Null(Assert.IsType<FundDetected>(items[0]).Fund.AsOf);
        var rejected = Assert.Single(items.OfType<Rejected>());
        Assert.Equal(2, rejected.Source.Line);
        Assert.StartsWith(reason, rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_as_of_date_written_into_the_labels_own_cell_follows_the_same_rule()
    {
        Assert.Equal(new DateOnly(2022, 3, 10), Assert.IsType<FundDetected>(WithAsOf("Fund Holdings as of Mar 10, 2022")[0]).Fund.AsOf);

        var items = WithAsOf("Fund Holdings as of 10/03/2022");
        Assert.Null(Assert.IsType<FundDetected>(items[0]).Fund.AsOf);
        Assert.Equal(
            "Fund Holdings as of '10/03/2022' could be 2022-10-03 (month first) or 2022-03-10 (day first): the date is left unknown (give it with --as-of)",
            Assert.Single(items.OfType<Rejected>()).Reason);
    }

    [Fact]
    public void An_as_of_date_in_a_date_cell_has_no_doubt()
    {
        // 44630 is 10 March 2022; a date cell holds the day itself, whatever the locale shows.
        Assert.Equal(new DateOnly(2022, 3, 10), Assert.IsType<FundDetected>(WithAsOf("Fund Holdings as of", new N("44630", TestWorkbook.DateStyle))[0]).Fund.AsOf);
    }

    [Fact]
    public void A_formula_without_its_saved_result_is_unknown_with_the_reason_never_0_and_one_with_its_result_is_read()
    {
        var items = ReadAll(Book(
            At(1, "Name", "Ticker", "Shares", "Price", "Market Value", "Weight (%)"),
            At(2, "TENCENT HOLDINGS LTD", "T700", new N("100"), new N("70000"), new TestCell.Formula("C2*D2"), new N("70")),
            At(3, "ZTE CORP H", "T763", new N("100"), new N("20000"), new TestCell.Formula("C3*D3", AsText: true), new TestCell.Formula("E3/E5*100")),
            At(4, "ZIJIN MINING GROUP LTD H", null, null, null, new TestCell.Formula("1000000", "1000000"), new N("10")),
            At(5, "HIKVISION DIGITAL TECHNOLOGY", null, null, null, new TestCell.Formula("C5*D5"))));

        const string Why = "(the workbook was never calculated), so it is unknown; open and save the workbook in a spreadsheet program";
        Assert.Empty(items.OfType<Rejected>());
        Assert.Equal(
            [
                ("TENCENT HOLDINGS LTD", null, 70m, $"Market Value is a formula with no saved result {Why}"),
                ("ZTE CORP H", null, null,
                    "Market Value and Weight (%) are formulas with no saved result (the workbook was never calculated), so they are unknown; open and save the workbook in a spreadsheet program"),
                ("ZIJIN MINING GROUP LTD H", 1_000_000m, 10m, null),
                // Its one figure cell a formula without its result: a row reaching the value column, not a name alone.
                ("HIKVISION DIGITAL TECHNOLOGY", (decimal?)null, (decimal?)null, (string?)$"Market Value is a formula with no saved result {Why}"),
            ],
            Items.Rows(items).Select(r => (r.Name!, r.MarketValue, r.WeightPercent, r.Unreadable)));
    }

    [Fact]
    public void Net_assets_or_a_date_written_as_a_formula_without_its_result_are_unknown_and_their_row_says_why()
    {
        var items = WithNetAssets(new TestCell.Formula("SUM(D6:D7)"));
        Assert.Null(Assert.IsType<FundDetected>(items[0]).Fund.StatedNetAssets);
        Assert.Equal(
            (3, "Net Assets is a formula with no saved result (the workbook was never calculated), so it is unknown; open and save the workbook in a spreadsheet program; " +
                "the stated net assets are not used for the fund value"),
            Assert.Single(items.OfType<Rejected>()) is var r ? (r.Source.Line, r.Reason) : default);

        var dated = WithAsOf("Fund Holdings as of", new TestCell.Formula("TODAY()"));
        Assert.Null(Assert.IsType<FundDetected>(dated[0]).Fund.AsOf);
        Assert.StartsWith("Fund Holdings as of is a formula with no saved result", Assert.Single(dated.OfType<Rejected>()).Reason, StringComparison.Ordinal);
    }
}

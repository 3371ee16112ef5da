using Exposure.Core;
using Exposure.Core.Holdings;
using Exposure.Readers.Xlsx;
using Exposure.TestSupport;
using N = Exposure.Readers.Tests.Xlsx.TestCell.Number;

namespace Exposure.Readers.Tests.Xlsx;

public sealed class XlsxHoldingsReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly string[] Header =
        ["Ticker", "Name", "Sector", "Asset Class", "Market Value", "Weight (%)", "Quantity", "Price", "Location", "Exchange", "Currency"];

    private static TestCell?[] Cells(params TestCell?[] cells) => cells;

    /// <summary>An iShares-like download saved as .xlsx: preamble, gaps, a blank line, header, holdings, a cash row, broken numbers, footer.</summary>
    private string IsharesLike()
    {
        var path = Path.Combine(_temp.Path, "EEM.xlsx");
        TestWorkbook.Write(path,
        [
            ("Holdings",
            [
                (1, Cells("iShares MSCI Emerging Markets ETF")),
                (2, Cells("Fund Holdings as of", new N("45672", TestWorkbook.CustomDateStyle))),
                (3, Cells("Net Assets", new N("15538000000.5"))),
                // row 4 is not stored
                (5, Cells("\u00A0")),
                (6, Header.Select(h => (TestCell?)h).ToArray()),
                (7, Cells("2330", "TAIWAN SEMICONDUCTOR MANUFACTURING", "Information Technology", "Equity", new N("1709551563.3800001"),
                    new N("10.970000000000001"), new N("50257000"), new N("34.020000000000003"), "Taiwan", "Taiwan Stock Exchange", "USD")),
                (8, Cells(new TestCell.Inline("763"), new TestCell.Inline("ZTE CORP H"), "Information Technology", "Equity", new N("5170710"),
                    new N("3.0000000000000001E-4", TestWorkbook.PercentStyle), new N("1000"), new N("5.17"), "China", "Hong Kong Exchanges And Clearing Ltd", "USD")),
                (9, Cells("USD", "USD CASH", "Cash and/or Derivatives", "Cash", new N("-99211485.31"), new N("-0.64"), new N("-99211485"), new N("100"),
                    "United States", "-", "USD")),
                (10, Cells("1234", "BROKEN NUMBER CO", "Industrials", "Equity", "12x4", new N("0.01"))),
                (11, Cells("5678", "TEXT NUMBER CO", "Industrials", "Equity", "1,234.50", new N("0.02"), null, null, "China", null, "USD")),
                // rows 12 and 13 are not stored
                (14, Cells("The content contained herein is owned or licensed by BlackRock.")),
            ]),
        ]);
        return path;
    }

    [Fact]
    public void Reads_preamble_header_holdings_cash_broken_numbers_and_footer_with_every_row_accounted_for()
    {
        var items = XlsxHoldingsReader.Read(IsharesLike(), "EEM.xlsx").ToList();

        Assert.Equal(14, Items.AssertWellFormed(items));
        var fund = Assert.IsType<FundDetected>(items[0]).Fund;
        Assert.Equal("iShares MSCI Emerging Markets ETF", fund.Name);
        Assert.Equal(MetadataOrigin.File, fund.NameFrom);
        Assert.Equal(new DateOnly(2025, 1, 15), fund.AsOf);
        Assert.Equal(15_538_000_000.5m, fund.StatedNetAssets);
        Assert.Equal("iShares holdings download (Excel, sheet 'Holdings')", fund.Layout);

        Assert.Equal(
            [
                (1, 1, "preamble"), (2, 1, "preamble"), (3, 1, "preamble"), (4, 1, "blank line"), (5, 1, "blank line"), (6, 1, "header"),
                (12, 2, "blank line"), (14, 1, "footer"),
            ],
            items.OfType<NotAHolding>().Select(n => (n.Source.Line, n.Source.LineCount, n.What)));

        var rows = Items.Rows(items);
        Assert.Equal([7, 8, 9, 10, 11], rows.Select(r => r.Source.Line));
        var tsmc = rows[0];
        Assert.Equal("2330", tsmc.Ticker);
        Assert.Equal("TAIWAN SEMICONDUCTOR MANUFACTURING", tsmc.Name);
        Assert.Equal(1_709_551_563.38m, tsmc.MarketValue);
        Assert.Equal("1709551563.38", tsmc.MarketValue!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(10.97m, tsmc.WeightPercent);
        Assert.Equal(50_257_000m, tsmc.Quantity);
        Assert.Equal(34.02m, tsmc.Price);
        Assert.Equal("Taiwan Stock Exchange", tsmc.ExchangeText);
        Assert.Equal("Taiwan", tsmc.Country);

        Assert.Equal("ZTE CORP H", rows[1].Name); // inline strings
        Assert.Equal("763", rows[1].Ticker);
        Assert.Equal(0.03m, rows[1].WeightPercent); // a percent-formatted cell holds the fraction: 0.0003 shows as 0.03%

        Assert.Equal("Cash", rows[2].AssetClass);
        Assert.Equal(-99_211_485.31m, rows[2].MarketValue);
        Assert.Null(rows[2].ExchangeText); // "-" means empty

        Assert.Equal(1234.50m, rows[4].MarketValue); // a number stored as text still reads

        // A value that cannot be read leaves the row a holding, screened, with its value unknown.
        Assert.Empty(items.OfType<Rejected>());
        Assert.Equal(("BROKEN NUMBER CO", null, 0.01m, "Market Value '12x4' is not a number"),
            (rows[3].Name, rows[3].MarketValue, rows[3].WeightPercent, rows[3].Unreadable));
    }

    [Fact]
    public void Without_a_sheet_name_a_first_sheet_without_holdings_is_passed_over_for_the_one_with()
    {
        var items = XlsxHoldingsReader.Read(TwoSheets(), "book.xlsx").ToList();

        Assert.Equal(3, Items.AssertWellFormed(items));
        Assert.Equal("Excel workbook (sheet 'Positions')", Assert.IsType<FundDetected>(items[0]).Fund.Layout);
        Assert.Equal(["Hangzhou Hikvision Digital Technology Co Ltd", "Other Co"], Items.Rows(items).Select(r => r.Name));
    }

    [Fact]
    public void Without_a_sheet_with_holdings_the_error_names_the_first_sheet_and_the_others()
    {
        var path = Path.Combine(_temp.Path, "book.xlsx");
        TestWorkbook.Write(path, [("Read me", [(1, ["Holdings are on the next sheet"])]), ("Chart data", [(1, ["Year", "Return"])])]);
        var e = Assert.Throws<DataException>(() => XlsxHoldingsReader.Read(path, "book.xlsx").ToList());
        Assert.Equal(
            "book.xlsx: no header row found in sheet 'Read me': expected a column for the security name (name, security, security name, " +
            "security description, ...) and one for ticker, ISIN, market value or weight; the first row reads 'Holdings are on the next sheet'; " +
            "the workbook's other sheets: 'Chart data'",
            e.Message);
    }

    [Fact]
    public void A_named_sheet_is_read_whatever_its_case()
    {
        var items = XlsxHoldingsReader.Read(TwoSheets(), "book.xlsx", "positions").ToList();

        Assert.Equal(3, Items.AssertWellFormed(items));
        var fund = Assert.IsType<FundDetected>(items[0]).Fund;
        Assert.Equal("book", fund.Name);
        Assert.Equal(MetadataOrigin.FileName, fund.NameFrom);
        Assert.Null(fund.AsOf);
        Assert.Equal("Excel workbook (sheet 'Positions')", fund.Layout);
        var rows = Items.Rows(items);
        Assert.Equal(("Hangzhou Hikvision Digital Technology Co Ltd", "CNE100000PM8", 1000.5m), (rows[0].Name, rows[0].Isin, rows[0].MarketValue));
        // A row whose market value is an Excel error is still a holding, its value unknown with the error's text.
        Assert.Equal(("Other Co", null, "Market Value '#N/A' is not a number"), (rows[1].Name, rows[1].MarketValue, rows[1].Unreadable));
        Assert.Empty(items.OfType<Rejected>());
    }

    [Fact]
    public void An_unknown_sheet_name_lists_the_sheets()
    {
        var e = Assert.Throws<DataException>(() => XlsxHoldingsReader.Read(TwoSheets(), "book.xlsx", "Holdings").ToList());
        Assert.Equal("book.xlsx: the workbook has no sheet named 'Holdings' (its sheets: 'Read me', 'Positions')", e.Message);
    }

    private string TwoSheets()
    {
        var path = Path.Combine(_temp.Path, "book.xlsx");
        TestWorkbook.Write(path,
        [
            ("Read me", [(1, Cells("Holdings are on the next sheet"))]),
            ("Positions",
            [
                (1, Cells("Name", "ISIN", "Market Value", "Flag")),
                (2, Cells("Hangzhou Hikvision Digital Technology Co Ltd", "CNE100000PM8", new N("1000.5"), new TestCell.Boolean(true))),
                (3, Cells("Other Co", "XS0000000000", new TestCell.Error("#N/A"), new TestCell.Boolean(false))),
            ]),
        ]);
        return path;
    }

    [Fact]
    public void Dates_in_the_1904_system_and_typed_as_plain_serials_become_the_as_of_date()
    {
        var path = Path.Combine(_temp.Path, "mac.xlsx");
        TestWorkbook.Write(path,
        [
            ("Sheet1",
            [
                (1, Cells("Fund Name", "Illustrative Fund")),
                (2, Cells("As of", new N("44210", TestWorkbook.DateStyle))),
                (3, Cells("Name", "Ticker", "Weight", new TestCell.Blank())),
                (4, Cells("Alpha", "AAA", new N("1.5", TestWorkbook.LiteralPercentSignStyle))),
                (5, Cells("Beta", "BBB", new N("0.025", TestWorkbook.CustomPercentStyle))),
            ]),
        ], date1904: true);

        var items = XlsxHoldingsReader.Read(path, "mac.xlsx").ToList();

        Assert.Equal(5, Items.AssertWellFormed(items));
        var fund = Assert.IsType<FundDetected>(items[0]).Fund;
        Assert.Equal("Illustrative Fund", fund.Name);
        Assert.Equal(new DateOnly(2025, 1, 15), fund.AsOf);
        // 0.00"%" only prints a percent sign; #,##0.00% scales the fraction by 100.
        Assert.Equal([1.5m, 2.5m], Items.Rows(items).Select(r => r.WeightPercent!.Value));

        var plain = Path.Combine(_temp.Path, "plain-serial.xlsx");
        TestWorkbook.Write(plain, [("S", [(1, Cells("Fund Holdings as of", new N("45672"))), (2, Cells("Name", "Ticker", "Weight")), (3, Cells("A", "B", new N("1")))])]);
        Assert.Equal(new DateOnly(2025, 1, 15), Assert.IsType<FundDetected>(XlsxHoldingsReader.Read(plain, "p.xlsx").First()).Fund.AsOf);

        // A custodian's "As at" and "Valuation date", in the label's own cell or with the date beside it.
        foreach (var (row, name) in new[]
        {
            (Cells("As at 30/09/2026"), "as-at-cell.xlsx"),
            (Cells("Valuation Date", "30/09/2026"), "valuation-date.xlsx"),
            (Cells("Valuation date:", new N("46295", TestWorkbook.CustomDateStyle)), "valuation-serial.xlsx"),
        })
        {
            var custodian = Path.Combine(_temp.Path, name);
            TestWorkbook.Write(custodian, [("S", [(1, Cells("Northern Example Fund")), (2, row), (3, Cells("Name", "Ticker", "Weight")), (4, Cells("A", "B", new N("1")))])]);
            Assert.True(new DateOnly(2026, 9, 30) == Assert.IsType<FundDetected>(XlsxHoldingsReader.Read(custodian, name).First()).Fund.AsOf, name);
        }
    }

    [Fact]
    public void A_sheet_without_rows_and_a_shared_string_that_does_not_exist_are_errors()
    {
        var empty = Path.Combine(_temp.Path, "empty-sheet.xlsx");
        TestWorkbook.Write(empty, [("Holdings", [])]);
        Assert.Equal("empty-sheet.xlsx: sheet 'Holdings' is empty",
            Assert.Throws<DataException>(() => XlsxHoldingsReader.Read(empty, "empty-sheet.xlsx").ToList()).Message);

        var bad = Path.Combine(_temp.Path, "bad-sst.xlsx");
        TestWorkbook.Write(bad, [("S", [(1, Cells("Name", "Ticker", "Weight")), (2, Cells(new TestCell.SharedIndex(99), "X", new N("1")))])]);
        Assert.Equal("bad-sst.xlsx, line 2: cell A2 points at shared string 99, which the workbook does not have",
            Assert.Throws<DataException>(() => XlsxHoldingsReader.Read(bad, "bad-sst.xlsx").ToList()).Message);
    }

    [Theory]
    [InlineData("1709551563.3800001", "1709551563.38")]
    [InlineData("10.970000000000001", "10.97")]
    [InlineData("0.30000000000000004", "0.3")]
    [InlineData("0.1", "0.1")]
    [InlineData("-99211485.31", "-99211485.31")]
    [InlineData("50257000", "50257000")]
    [InlineData("1.5E-3", "0.0015")]
    [InlineData("3.0000000000000001E-4", "0.0003")]
    [InlineData("123456789012345678", "123456789012346000")]
    [InlineData("1.50000000000000000", "1.5")]
    public void Stored_numbers_become_decimals_without_binary_artefacts(string stored, string expected)
    {
        Assert.Equal(expected, ExcelValues.ParseStored(stored)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(1, false, "1900-01-01")]
    [InlineData(59, false, "1900-02-28")]
    [InlineData(61, false, "1900-03-01")]
    [InlineData(45672, false, "2025-01-15")]
    [InlineData(45672.75, false, "2025-01-15")]
    [InlineData(0, true, "1904-01-01")]
    [InlineData(44210, true, "2025-01-15")]
    public void Excel_serials_become_dates(double serial, bool date1904, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ExcelValues.DateOf((decimal)serial, date1904));
    }

    [Theory]
    [InlineData(14u, null, "Date")]
    [InlineData(22u, null, "Date")]
    [InlineData(9u, null, "Percent")]
    [InlineData(10u, null, "Percent")]
    [InlineData(4u, null, "Plain")]
    [InlineData(164u, "[$-409]mmm d, yyyy", "Date")]
    [InlineData(164u, "dd/mm/yyyy;@", "Date")]
    [InlineData(164u, "#,##0.00%", "Percent")]
    [InlineData(164u, "0.00\"%\"", "Plain")]
    [InlineData(164u, "#,##0 \"days\"", "Plain")]
    [InlineData(164u, "[h]:mm", "Plain")]
    [InlineData(164u, "[Red]General", "Plain")]
    [InlineData(164u, "0.00E+00", "Plain")]
    public void Number_formats_are_told_apart(uint id, string? code, string kind)
    {
        Assert.Equal(kind, ExcelValues.KindOf(id, code).ToString());
    }

    [Fact]
    public void Escaped_characters_in_strings_are_restored()
    {
        Assert.Equal("a\rb_x", ExcelValues.Unescape("a_x000D_b_x005F_x"));
    }

    [Fact]
    public void A_byte_order_mark_misread_as_text_in_the_first_cell_is_no_part_of_the_header_or_the_fund_name()
    {
        // A spreadsheet that imported a UTF-8 download as Windows-1252 keeps its mark as "ï»¿" at the start of cell A1.
        var path = Path.Combine(_temp.Path, "resaved.xlsx");
        TestWorkbook.Write(path,
        [
            ("Holdings",
            [
                (1, Cells("\u00EF\u00BB\u00BFTicker", "Name", "Exchange", "Market Value")),
                (2, Cells(new N("763"), "ZTE CORP H", "Hong Kong Exchanges And Clearing Ltd", new N("100"))),
            ]),
        ]);
        var row = Assert.Single(Items.Rows(XlsxHoldingsReader.Read(path, "resaved.xlsx").ToList()));
        Assert.Equal("763", row.Ticker);

        var titled = Path.Combine(_temp.Path, "titled.xlsx");
        TestWorkbook.Write(titled,
        [
            ("Holdings",
            [
                (1, Cells(new TestCell.Inline("\u00EF\u00BB\u00BFiShares MSCI ACWI ETF"))),
                (2, Cells("Ticker", "Name", "Exchange", "Market Value")),
                (3, Cells(new N("763"), "ZTE CORP H", "Hong Kong Exchanges And Clearing Ltd", new N("100"))),
            ]),
        ]);
        Assert.Equal("iShares MSCI ACWI ETF", Assert.IsType<FundDetected>(XlsxHoldingsReader.Read(titled, "titled.xlsx").First()).Fund.Name);
    }
}

using Exposure.Core;
using Exposure.Core.Holdings;
using Exposure.Readers.Xlsx;
using Exposure.TestSupport;
using N = Exposure.Readers.Tests.Xlsx.TestCell.Number;

namespace Exposure.Readers.Tests.Xlsx;

/// <summary>
/// Which sheet of a workbook is read: the one named, else the first visible sheet with a holdings header; and the other
/// sheets with holdings, which the fund names so that the report can say they were not read.
/// </summary>
public sealed class XlsxSheetChoiceTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static (string, IReadOnlyList<(int Row, TestCell?[] Cells)>) Holdings(string name, string company, string value) =>
        (name, [(1, ["Name", "Market Value"]), (2, [company, new N(value)])]);

    private static (string, IReadOnlyList<(int Row, TestCell?[] Cells)>) Notes(string name) =>
        (name, [(1, ["Holdings of the fund"]), (2, ["Prepared for the trustees"])]);

    private string Book(IReadOnlyCollection<string>? hidden, params (string, IReadOnlyList<(int Row, TestCell?[] Cells)>)[] sheets)
    {
        var path = Path.Combine(_temp.Path, "book.xlsx");
        TestWorkbook.Write(path, sheets, hidden: hidden);
        return path;
    }

    private static (FundMetadata Fund, List<string> Names) Read(string path, string? sheet = null)
    {
        var items = XlsxHoldingsReader.Read(path, "book.xlsx", sheet).ToList();
        Items.AssertWellFormed(items);
        return (Assert.IsType<FundDetected>(items[0]).Fund, Items.Rows(items).Select(r => r.Name!).ToList());
    }

    [Fact]
    public void A_cover_sheet_before_the_holdings_is_passed_over()
    {
        var (fund, names) = Read(Book(null, Notes("Cover"), Holdings("Holdings", "ZIJIN MINING GROUP LTD H", "1000000")));

        Assert.Equal("Excel workbook (sheet 'Holdings')", fund.Layout);
        Assert.Equal(["ZIJIN MINING GROUP LTD H"], names);
        Assert.Null(fund.OtherSheets);
    }

    [Fact]
    public void A_hidden_sheet_is_not_read_unless_named_and_is_said_to_hold_holdings()
    {
        var path = Book(["Old"], Holdings("Old", "OLD CO", "5"), Holdings("Holdings", "ZIJIN MINING GROUP LTD H", "1000000"));

        var (fund, names) = Read(path);
        Assert.Equal(["ZIJIN MINING GROUP LTD H"], names);
        Assert.Equal("Holdings", fund.OtherSheets!.Read);
        Assert.Equal(["Old"], fund.OtherSheets.WithHoldings);
        Assert.Equal(["Old"], fund.OtherSheets.Hidden);

        var (old, oldNames) = Read(path, "old");
        Assert.Equal(["OLD CO"], oldNames);
        Assert.Equal("Old", old.OtherSheets!.Read);
        Assert.Equal(["Holdings"], old.OtherSheets.WithHoldings);
        Assert.Empty(old.OtherSheets.Hidden);
    }

    [Fact]
    public void Other_sheets_with_holdings_are_named_in_the_workbooks_order_and_sheets_without_are_not()
    {
        var (fund, names) = Read(Book(null,
            Holdings("Fund A", "ALPHA", "100"), Notes("Notes"), Holdings("Fund B", "ZTE CORP H", "200"), Holdings("Fund C", "BETA", "300")));

        Assert.Equal(["ALPHA"], names);
        Assert.Equal("Fund A", fund.OtherSheets!.Read);
        Assert.Equal(["Fund B", "Fund C"], fund.OtherSheets.WithHoldings);
        Assert.Empty(fund.OtherSheets.Hidden);
    }

    [Fact]
    public void A_sheet_named_is_read_in_any_case_and_an_unknown_name_is_one_line_naming_the_file_and_every_sheet()
    {
        var path = Book(["Old"], Notes("Cover"), Holdings("Old", "OLD CO", "5"), Holdings("Fund B", "ZTE CORP H", "200"));

        Assert.Equal(["ZTE CORP H"], Read(path, " FUND b ").Names);
        var e = Assert.Throws<DataException>(() => Read(path, "Fund C"));
        Assert.Equal("book.xlsx: the workbook has no sheet named 'Fund C' (its sheets: 'Cover', 'Old' (hidden), 'Fund B')", e.Message);
    }

    [Fact]
    public void Without_a_sheet_with_holdings_the_first_visible_sheet_says_what_it_lacks()
    {
        var e = Assert.Throws<DataException>(() => Read(Book(["Hidden notes"], Notes("Hidden notes"), Notes("Cover"), Notes("More notes"))));
        Assert.StartsWith("book.xlsx: no header row found in sheet 'Cover'", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("the workbook's other sheets: 'Hidden notes', 'More notes'", e.Message, StringComparison.Ordinal);
    }
}

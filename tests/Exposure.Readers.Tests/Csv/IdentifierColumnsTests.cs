using Exposure.Core.Holdings;
using Exposure.Readers.Csv;
using Exposure.TestSupport;

namespace Exposure.Readers.Tests.Csv;

/// <summary>
/// A column of ISINs under a header the reader does not know is read as the ISIN when no header gives that role, and
/// the input's layout says so; a header's role is never taken over by a column's content.
/// </summary>
public sealed class IdentifierColumnsTests
{
    private static List<ReadItem> ReadText(TempFolder temp, string text, string name = "holdings.csv")
    {
        var items = CsvHoldingsReader.Read(temp.File(name, text), name).ToList();
        Items.AssertWellFormed(items);
        return items;
    }

    private static List<HoldingRow> Rows(List<ReadItem> items) => items.OfType<HoldingRead>().Select(h => h.Row).ToList();

    private static string Layout(List<ReadItem> items) => Assert.IsType<FundDetected>(items[0]).Fund.Layout;

    [Fact]
    public void A_column_of_isins_under_an_unknown_header_is_read_as_the_isin_and_said()
    {
        using var temp = new TempFolder();
        var items = ReadText(temp, "Security,Ident,Mkt Val (USD)\nZHONGXING TELECOM H,CNE1000004Y2,1000\nHIKVISION A,CNE100000PM8,1000\n" +
                                   "APPLE INC,US0378331005,1000\nCASH USD,,50\n");
        Assert.Equal(["CNE1000004Y2", "CNE100000PM8", "US0378331005", null], Rows(items).Select(r => r.Isin));
        Assert.Equal("CSV with header row; column 'Ident' read as ISIN: its values are ISINs", Layout(items));
    }

    [Fact]
    public void A_column_with_one_isin_in_ten_values_that_are_not_is_still_an_isin_column_and_the_other_values_are_kept()
    {
        using var temp = new TempFolder();
        var rows = string.Concat(Enumerable.Range(0, 9).Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"CO {i},CNE100000PM8,{i + 1}\n")));
        var items = ReadText(temp, "Security,Id,Value\n" + rows + "FUTURE,ESH5,10\n");
        Assert.Equal("ESH5", Rows(items)[^1].Isin);
        Assert.Contains("column 'Id' read as ISIN", Layout(items), StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_of_other_codes_is_not_read_as_the_isin()
    {
        using var temp = new TempFolder();
        // Half the values are ISINs: not a column of ISINs.
        var items = ReadText(temp, "Security,Ident,Value\nA,CNE100000PM8,1\nB,BP3R2F1,1\nC,US0378331005,1\nD,2330,1\n");
        Assert.All(Rows(items), r => Assert.Null(r.Isin));
        Assert.Equal("CSV with header row", Layout(items));
    }

    [Fact]
    public void A_column_the_header_names_is_not_taken_for_the_isin_by_its_values()
    {
        using var temp = new TempFolder();
        // The ISIN header's column is read, whatever it holds; the codes under "Ticker" and "Ident" stay where they are.
        var items = ReadText(temp, "Security,Ticker,ISIN,Ident,Value\nHIKVISION,CNE100000PM8,,CNE000000TK5,1\n");
        var row = Assert.Single(Rows(items));
        Assert.Null(row.Isin);
        Assert.Equal("CNE100000PM8", row.Ticker);
        Assert.Equal("CSV with header row", Layout(items));
    }

    [Fact]
    public void Of_a_ticker_column_of_isins_and_an_unknown_one_only_the_unknown_one_is_read_as_the_isin()
    {
        using var temp = new TempFolder();
        var items = ReadText(temp, "Security,Ticker,Ident,Value\nHIKVISION,CNE100000PM8,CNE000000TK5,1\n");
        var row = Assert.Single(Rows(items));
        Assert.Equal("CNE000000TK5", row.Isin);
        Assert.Equal("CNE100000PM8", row.Ticker);
    }
}

using Exposure.Core.Holdings;
using Exposure.Readers.Csv;
using Exposure.TestSupport;

namespace Exposure.Readers.Tests;

public sealed class SectionHeadingsTests
{
    private static readonly SourceLocation At = new("f.csv", 2);

    [Theory]
    [InlineData("Equities")]
    [InlineData("EQUITY")]
    [InlineData("Fixed Income:")]
    [InlineData("Cash")]
    [InlineData("Derivatives")]
    [InlineData("Other")]
    public void A_section_word_alone_is_a_heading(string name) => Assert.True(SectionHeadings.Is(new HoldingRow(At, name)));

    [Fact]
    public void A_section_word_with_anything_more_stays_a_holding()
    {
        Assert.False(SectionHeadings.Is(new HoldingRow(At, "Cash", MarketValue: 100m)));
        Assert.False(SectionHeadings.Is(new HoldingRow(At, "Cash", WeightPercent: 1m)));
        Assert.False(SectionHeadings.Is(new HoldingRow(At, "Cash", Quantity: 1m)));
        Assert.False(SectionHeadings.Is(new HoldingRow(At, "Cash", AssetClass: "Cash")));
        Assert.False(SectionHeadings.Is(new HoldingRow(At, "Equities", Ticker: "EQ")));
        Assert.False(SectionHeadings.Is(new HoldingRow(At, "Other", Unreadable: "Market Value 'x' is not a number")));
        Assert.False(SectionHeadings.Is(new HoldingRow(At, "Equities Fund")));
    }

    [Fact]
    public void A_heading_in_a_file_is_not_a_holding_but_a_heading_with_a_currency_or_value_is()
    {
        using var temp = new TempFolder();
        var path = temp.File("sections.csv",
            "Name,ISIN,Market Value,Weight (%),Currency\n" +
            "Equities,,,,\n" +
            "ALPHA AG,DE0007164600,\"40,000.00\",40.00,USD\n" +
            "Cash,,\"60,000.00\",60.00,USD\n" +
            "Bonds,,,,USD\n");

        var items = CsvHoldingsReader.Read(path, "sections.csv").ToList();

        Assert.Equal([2], items.OfType<NotAHolding>().Where(n => n.What == "section heading").Select(n => n.Source.Line));
        Assert.Equal(["ALPHA AG", "Cash", "Bonds"], items.OfType<HoldingRead>().Select(h => h.Row.Name));
    }

    [Fact]
    public void A_section_word_alone_on_a_line_without_the_headers_delimiters_is_a_heading()
    {
        using var temp = new TempFolder();
        var path = temp.File("sections.csv",
            "Ticker,Name,Shares,Market Value,Weight\n" +
            "Equity\n" +
            "ABC,ALPHA AG,5,\"$400.00\",40.00%\n" +
            "Cash\n" +
            "USD,US DOLLAR,600,\"$600.00\",60.00%\n" +
            "Alpha\n");

        var items = CsvHoldingsReader.Read(path, "sections.csv").ToList();

        Items.AssertWellFormed(items);
        Assert.Equal([2, 4], items.OfType<NotAHolding>().Where(n => n.What == "section heading").Select(n => n.Source.Line));
        // A single word that is no section word is a short line, rejected as before.
        Assert.Equal([6], items.OfType<Rejected>().Select(r => r.Source.Line));
        Assert.Equal(["ALPHA AG", "US DOLLAR"], items.OfType<HoldingRead>().Select(h => h.Row.Name));
    }

    [Fact]
    public void Rows_under_a_cash_heading_carry_it_until_an_equity_heading_in_a_file_with_no_asset_class_column()
    {
        using var temp = new TempFolder();
        var path = temp.File("sections.csv",
            "Ticker,Name,Shares,Market Value,Weight\n" +
            "Equity\n" +
            "ABC,ALPHA AG,5,\"$400.00\",40.00%\n" +
            "Cash & Derivatives\n" +
            "USD,US DOLLAR,,\"$100.00\",10.00%\n" +
            "Futures,,,,\n" +
            "ESH5,S&P500 EMINI MAR 25,1,\"$100.00\",10.00%\n" +
            "Shares\n" +
            "DEF,DELTA PLC,5,\"$400.00\",40.00%\n");

        var items = CsvHoldingsReader.Read(path, "sections.csv").ToList();

        Items.AssertWellFormed(items);
        Assert.Equal([2, 4, 6, 8], items.OfType<NotAHolding>().Where(n => n.What == "section heading").Select(n => n.Source.Line));
        Assert.Equal(
            [("ALPHA AG", null), ("US DOLLAR", new SectionHeading("Cash & Derivatives", 4)), ("S&P500 EMINI MAR 25", new SectionHeading("Futures", 6)), ("DELTA PLC", null)],
            items.OfType<HoldingRead>().Select(h => (h.Row.Name, h.Row.Section)));
    }

    [Fact]
    public void A_file_with_an_asset_class_column_reads_its_rows_by_that_column_not_by_its_headings()
    {
        using var temp = new TempFolder();
        var path = temp.File("sections.csv",
            "Ticker,Name,Asset Class,Market Value\n" +
            "Cash\n" +
            "ABC,ALPHA AG,Equity,400\n");

        var row = Assert.Single(CsvHoldingsReader.Read(path, "sections.csv").OfType<HoldingRead>()).Row;

        Assert.Null(row.Section);
    }

    [Theory]
    [InlineData("Cash", true)]
    [InlineData("Cash and Equivalents:", true)]
    [InlineData("MONEY MARKET", true)]
    [InlineData("Derivatives", true)]
    [InlineData("Equity", false)]
    [InlineData("Bonds", false)]
    [InlineData("Other", false)]
    public void Only_cash_and_derivative_headings_say_what_the_rows_under_them_are(string heading, bool says) =>
        Assert.Equal(says, SectionHeadings.Under(heading, 3) is not null);
}

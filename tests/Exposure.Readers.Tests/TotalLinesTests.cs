using Exposure.Core.Holdings;
using Exposure.Readers.Csv;
using Exposure.TestSupport;

namespace Exposure.Readers.Tests;

public sealed class TotalLinesTests
{
    [Theory]
    [InlineData("Total")]
    [InlineData("TOTAL")]
    [InlineData("Totals")]
    [InlineData("Grand Total")]
    [InlineData("grand  total:")]
    [InlineData("Subtotal Bonds")]
    [InlineData("Sub-total")]
    [InlineData("Sub total Equities")]
    [InlineData("Total Equities")]
    [InlineData("Total Net Assets")]
    [InlineData("Summe")]
    [InlineData("SUMME:")]
    [InlineData("Gesamtsumme")]
    [InlineData("Zwischensumme Aktien")]
    [InlineData("Summe Renten")]
    [InlineData("Sous-total Actions")]
    [InlineData("Total général")]
    [InlineData("Totale")]
    [InlineData("Totaal")]
    [InlineData("Eindtotaal")]
    public void Names_of_totals_read_as_totals(string name) => Assert.True(TotalLines.IsTotalName(name));

    [Theory]
    [InlineData("TotalEnergies SE")]
    [InlineData("TOTAL SE")]
    [InlineData("Total S.A.")]
    [InlineData("Total Produce plc")]
    [InlineData("Total Access Communication PCL")]
    [InlineData("TOTAL SYSTEM SERVICES INC")]
    [InlineData("Totalplay Telecomunicaciones")]
    [InlineData("ALPHA AG")]
    [InlineData("Summit Materials Inc")]
    [InlineData("Gesamt Holding AG")]
    [InlineData("Zijin Mining Group Co Ltd H")]
    [InlineData("Eiffage SA")]
    public void Company_names_are_not_totals(string name) => Assert.False(TotalLines.IsTotalName(name));

    [Fact]
    public void A_total_line_is_rejected_with_its_reason_and_its_value_is_not_a_holding()
    {
        using var temp = new TempFolder();
        var path = temp.File("sections.csv", SectionedHoldings.Csv);

        var items = CsvHoldingsReader.Read(path, "sections.csv").ToList();

        var holdings = items.OfType<HoldingRead>().Select(h => h.Row).ToList();
        Assert.Equal(["ZIJIN MINING GROUP CO LTD A", "ALPHA AG", "BETA SE 2.5% 2030"], holdings.Select(r => r.Name));
        Assert.Equal(100_000m, holdings.Sum(r => r.MarketValue));
        var rejected = items.OfType<Rejected>().ToList();
        Assert.Equal([(5, "Total Equities,,\"50,000.00\","), (8, "Subtotal Bonds,,\"50,000.00\","), (9, "Grand Total,,\"100,000.00\",USD")],
            rejected.Select(r => (r.Source.Line, r.RawText)));
        Assert.All(rejected, r => Assert.Equal("a total line, not a holding", r.Reason));
        Assert.Equal([(2, "section heading"), (6, "section heading")],
            items.OfType<NotAHolding>().Where(n => n.What != "header").Select(n => (n.Source.Line, n.What)));
        Assert.Equal(9, Assert.IsType<EndOfFile>(items[^1]).Lines);
    }

    [Fact]
    public void A_total_label_in_the_ticker_column_of_a_row_without_a_name_is_a_total()
    {
        var at = new SourceLocation("f.csv", 9);
        Assert.True(TotalLines.Is(new HoldingRow(at, null, Ticker: "Total", MarketValue: 100m)));
        Assert.True(TotalLines.Is(new HoldingRow(at, null, Ticker: "GRAND TOTAL")));
        Assert.False(TotalLines.Is(new HoldingRow(at, null, Ticker: "Total", Isin: "FR0000120271")));
        Assert.False(TotalLines.Is(new HoldingRow(at, null, Ticker: "TTE")));
        Assert.False(TotalLines.Is(new HoldingRow(at, "TotalEnergies SE", Ticker: "Total")));
        Assert.False(TotalLines.Is(new HoldingRow(at, "TOTAL", Sedol: "B15C557")));
        Assert.False(TotalLines.Is(new HoldingRow(at, "TOTAL", Cusip: "89151E109")));
    }

    [Fact]
    public void A_company_named_total_with_an_identifier_stays_a_holding()
    {
        using var temp = new TempFolder();
        var path = temp.File("total.csv",
            "Ticker,Name,ISIN,Market Value,Weight (%),Currency\n" +
            "TTE,TOTAL,FR0000120271,\"1,000.00\",10.00,EUR\n" +
            "FP,Total,,\"2,000.00\",20.00,EUR\n" +
            ",TOTAL SE,,\"3,000.00\",30.00,EUR\n" +
            ",TOTAL,,\"6,000.00\",100.00,EUR\n");

        var items = CsvHoldingsReader.Read(path, "total.csv").ToList();

        Assert.Equal([("TOTAL", "TTE"), ("Total", "FP"), ("TOTAL SE", null)], items.OfType<HoldingRead>().Select(h => (h.Row.Name, h.Row.Ticker)));
        Assert.Equal(5, Assert.Single(items.OfType<Rejected>()).Source.Line);
    }

    [Fact]
    public void An_ishares_footer_total_is_rejected_and_does_not_double_the_fund()
    {
        using var temp = new TempFolder();
        var path = temp.File("eem.csv",
            "Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Notional Value,Quantity,Price,Location,Exchange,Currency,FX Rate,Market Currency,Accrual Date\n" +
            "\"2330\",\"TAIWAN SEMICONDUCTOR MANUFACTURING\",\"Information Technology\",\"Equity\",\"1,000.00\",\"50.00\",\"1,000.00\",\"10.00\",\"100.00\",\"Taiwan\",\"Taiwan Stock Exchange\",\"USD\",\"32.93\",\"TWD\",\"-\"\n" +
            "\"USD\",\"USD CASH\",\"Cash and/or Derivatives\",\"Cash\",\"1,000.00\",\"50.00\",\"1,000.00\",\"1,000.00\",\"100.00\",\"United States\",\"-\",\"USD\",\"1.00\",\"USD\",\"-\"\n" +
            "\"\",\"TOTAL\",\"\",\"\",\"2,000.00\",\"100.00\",\"\",\"\",\"\",\"\",\"\",\"USD\",\"\",\"\",\"\"\n");

        var items = CsvHoldingsReader.Read(path, "eem.csv").ToList();

        Assert.Equal(2_000m, items.OfType<HoldingRead>().Sum(h => h.Row.MarketValue));
        var total = Assert.Single(items.OfType<Rejected>());
        Assert.Equal((4, "a total line, not a holding"), (total.Source.Line, total.Reason));
    }
}

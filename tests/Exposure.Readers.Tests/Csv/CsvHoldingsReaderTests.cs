using Exposure.Core;
using Exposure.Core.Holdings;
using Exposure.Readers.Csv;

namespace Exposure.Readers.Tests.Csv;

public sealed class CsvHoldingsReaderTests
{
    private static List<ReadItem> Read(string fixture) => CsvHoldingsReader.Read(Fixture.Path(fixture), fixture).ToList();

    private static int LinesCovered(IEnumerable<ReadItem> items) => items.Sum(i => i switch
    {
        NotAHolding n => n.Source.LineCount,
        Rejected r => r.Source.LineCount,
        HoldingRead h => h.Row.Source.LineCount,
        _ => 0,
    });

    [Fact]
    public void Raw_ishares_download_reads_preamble_rows_and_footer()
    {
        var items = Read("ishares-raw.csv");

        var fund = Assert.IsType<FundDetected>(items[0]).Fund;
        Assert.Equal("iShares MSCI Emerging Markets ETF", fund.Name);
        Assert.Equal(MetadataOrigin.File, fund.NameFrom);
        Assert.Equal(new DateOnly(2025, 1, 15), fund.AsOf);
        Assert.Equal("iShares holdings download", fund.Layout);

        var rows = items.OfType<HoldingRead>().Select(h => h.Row).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(8, rows[0].Source.Line);
        Assert.Equal(1_709_551_563.38m, rows[0].MarketValue);
        Assert.Equal(10.97m, rows[0].WeightPercent);
        Assert.Equal(50_257_000m, rows[0].Quantity);
        Assert.Equal("Taiwan Stock Exchange", rows[0].ExchangeText);
        Assert.Equal("USD", rows[0].Currency);
        Assert.Equal(-99_211_485.31m, rows[2].MarketValue);
        Assert.Null(rows[2].ExchangeText); // "-" means empty

        var footer = items.OfType<NotAHolding>().Single(n => n.Source.LineCount > 1);
        Assert.Equal(12, footer.Source.Line);
        Assert.Equal(4, footer.Source.LineCount);
        Assert.Equal("footer", footer.What);

        var end = Assert.IsType<EndOfFile>(items[^1]);
        Assert.Equal(16, end.Lines);
        Assert.Equal(end.Lines, LinesCovered(items));
    }

    [Fact]
    public void Spreadsheet_resaved_file_without_bom_or_quotes_reads()
    {
        var items = Read("ishares-resaved.csv");
        var fund = Assert.IsType<FundDetected>(items[0]).Fund;
        Assert.Equal("ishares-resaved", fund.Name);
        Assert.Equal(MetadataOrigin.FileName, fund.NameFrom);
        Assert.Null(fund.AsOf);
        Assert.Equal(MetadataOrigin.Unknown, fund.AsOfFrom);

        var rows = items.OfType<HoldingRead>().Select(h => h.Row).ToList();
        Assert.Equal(["63", "2202", "MESH5"], rows.Select(r => r.Ticker));
        Assert.Equal(2470.08m, rows[0].MarketValue);
        Assert.Equal("Futures", rows[2].AssetClass);
        Assert.Equal(4, Assert.IsType<EndOfFile>(items[^1]).Lines);
        Assert.Equal(4, LinesCovered(items));
    }

    [Fact]
    public void Plain_csv_with_its_own_headers_reads()
    {
        var rows = Read("plain.csv").OfType<HoldingRead>().Select(h => h.Row).ToList();
        Assert.Equal(3, rows.Count);
        var hik = rows[0];
        Assert.Equal("Hangzhou Hikvision Digital Technology Co Ltd", hik.Name);
        Assert.Equal("CNE100000PM8", hik.Isin);
        Assert.Equal("BP3R2F1", hik.Sedol);
        Assert.Equal("China", hik.Country);
        Assert.Equal(-1000.50m, hik.MarketValue);
        Assert.Equal(0.10m, hik.WeightPercent);
        Assert.Equal("Common Stock", hik.AssetClass);
    }

    [Fact]
    public void Unreadable_rows_are_rejected_with_line_and_reason_and_an_unreadable_value_leaves_the_row_a_holding()
    {
        var items = Read("broken-rows.csv");
        var rejected = items.OfType<Rejected>().ToList();
        Assert.Equal(
            [
                (4, "has 2 fields where the header has 4"),
                (5, "no name and no identifier"),
                (6, "has 5 fields where the header has 4"),
            ],
            rejected.Select(r => (r.Source.Line, r.Reason)));
        Assert.Equal("LENS TECHNOLOGY LTD A,300433,Shenzhen Stock Exchange,200,extra", rejected[2].RawText);
        var unreadable = Assert.Single(items.OfType<HoldingRead>(), h => h.Row.Source.Line == 3).Row;
        Assert.Null(unreadable.MarketValue);
        Assert.Equal("Market Value '12x4' is not a number", unreadable.Unreadable);
        Assert.Equal(6, LinesCovered(items));
    }

    [Fact]
    public void A_header_without_a_value_or_weight_column_stops_with_the_columns_seen_and_looked_for()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-value-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "Security Description,ISIN Code,Holding Amount Thing\nZTE CORP H,CNE1000004Y2,1000\n");
        try
        {
            var e = Assert.Throws<DataException>(() => CsvHoldingsReader.Read(path, "odd.csv").ToList());
            Assert.StartsWith("odd.csv, line 1: no market value or weight column found: the header has 'Security Description', 'ISIN Code', 'Holding Amount Thing'; looked for a market value ('market value'", e.Message);
            Assert.Contains("--mapping", e.Message);
            Assert.DoesNotContain('\n', e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_currency_of_the_value_header_is_the_rows_currency_and_a_symbol_the_rows_own()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gbp-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "Security Description,ISIN Code,Mkt Val (GBP),% of Fund\nZTE CORP H,CNE1000004Y2,\"1,250,000.00\",1.25\nOTHER,US0000000001,€5,3.1\n");
        try
        {
            var rows = CsvHoldingsReader.Read(path, "gbp.csv").OfType<HoldingRead>().Select(h => h.Row).ToList();
            Assert.Equal([(1_250_000m, 1.25m, "GBP"), (5m, 3.1m, "EUR")], rows.Select(r => (r.MarketValue!.Value, r.WeightPercent!.Value, r.Currency!)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("empty.csv", "empty.csv: the file is empty")]
    [InlineData("missing.csv", "missing.csv: file not found")]
    public void Unusable_files_stop_with_a_one_line_error(string fixture, string message)
    {
        var e = Assert.Throws<DataException>(() => Read(fixture));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void An_unclosed_quote_running_to_the_end_of_a_large_file_stops_with_a_one_line_error()
    {
        using var temp = new TestSupport.TempFolder();
        var path = temp.File("unclosed.csv",
            "Name,Ticker,Exchange,Market Value\nZTE CORP H,763,XHKG,100\n\"BROKEN,1,XHKG,5\n" + string.Concat(Enumerable.Repeat("AAAA,BBBB,CCCC,1\n", 100_000)));
        var e = Assert.Throws<DataException>(() => CsvHoldingsReader.Read(path, "unclosed.csv").ToList());
        Assert.StartsWith("unclosed.csv, line 3: a field starting here runs past 1,048,576 characters (an unclosed quote?)", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_file_without_a_holdings_header_names_what_was_expected()
    {
        var e = Assert.Throws<DataException>(() => Read("unknown-columns.csv"));
        Assert.StartsWith("unknown-columns.csv: no header row found: expected a column for the security name", e.Message);
        Assert.Contains("'Foo,Bar,Baz'", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData("Weight", false)]
    [InlineData("Allocation", false)]
    [InlineData("Weight (%)", true)]
    [InlineData("% of net assets", true)]
    [InlineData("Weight percent", true)]
    [InlineData("Weight pct", true)]
    public void The_fund_says_whether_the_weight_header_marks_its_weights_as_percentages(string header, bool marked)
    {
        using var temp = new TestSupport.TempFolder();
        var path = temp.File("w.csv", $"Name,Ticker,\"{header}\"\nALPHA,AAA,0.55\n");
        var fund = Assert.IsType<FundDetected>(CsvHoldingsReader.Read(path, "w.csv").First()).Fund;
        Assert.Equal(marked, fund.WeightsMarkedPercent);
    }

    [Fact]
    public void A_weight_written_with_a_percent_sign_says_so_on_its_row()
    {
        using var temp = new TestSupport.TempFolder();
        var path = temp.File("w.csv", "Name,Ticker,Weight\nALPHA,AAA,0.55%\nBETA,BBB,0.45\nGAMMA,CCC, 4.15 % \n");
        var rows = CsvHoldingsReader.Read(path, "w.csv").OfType<HoldingRead>().Select(h => h.Row).ToList();
        Assert.Equal([(0.55m, true), (0.45m, false), (4.15m, true)], rows.Select(r => (r.WeightPercent!.Value, r.WeightWithPercentSign)));
    }
}

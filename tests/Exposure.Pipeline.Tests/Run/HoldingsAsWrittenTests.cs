using Exposure.Core.Holdings;
using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.Reports.Csv;
using Exposure.TestSupport;

namespace Exposure.Reports.Tests.Run;

/// <summary>
/// Holdings files as people have them: ISINs written in groups or under a header of the file's own, tickers that carry
/// their exchange, a local and a US dollar value column side by side. Each is screened as the plain form would be.
/// </summary>
public sealed class HoldingsAsWrittenTests
{
    private static (RunResult Result, string[] Unmatched) Run(TempFolder temp, string name, string text)
    {
        var file = temp.File(name, text);
        var outDir = Path.Combine(temp.Path, "out");
        var result = ExposureRun.Execute(new RunRequest([new HoldingsInput(file, name)], RepoPaths.ReferenceData, outDir,
            [ScreenedOutCsvRenderer.Unmatched()], "test"));
        return (result, File.ReadAllLines(Path.Combine(outDir, "unmatched.csv")));
    }

    private static HoldingFinding At(RunResult result, int line) => Assert.Single(result.Report.Findings, f => f.Line == line);

    [Fact]
    public void An_isin_written_in_groups_is_screened_as_the_isin()
    {
        using var temp = new TempFolder();
        var (result, unmatched) = Run(temp, "isin_spaces.csv",
            "Security,ISIN,Market Value\nHIKVISION DIGITAL A,CNE10 0000PM8,1000\nHIKVISION DIGITAL A2,CNE100000PM8,1000\nSOME CO,CNE1 0000 04Y3,1000\n");
        var grouped = At(result, 2);
        Assert.Equal(RowState.Matched, grouped.State);
        Assert.Equal("hikvision", grouped.CompanyId);
        Assert.Equal("isin", grouped.Rule);
        Assert.Equal(At(result, 3).Rule, grouped.Rule);
        Assert.Equal(2000m, Assert.Single(result.Report.Funds).FlaggedValue);

        // A value that is no ISIN, closed up or not, is said to be so on its row.
        var row = Assert.Single(unmatched, l => l.Contains(",4,", StringComparison.Ordinal));
        Assert.Contains("ISIN 'CNE1 0000 04Y3' is not a valid ISIN and was not used", row, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_of_isins_under_an_unknown_header_is_screened_by_isin()
    {
        using var temp = new TempFolder();
        var (result, _) = Run(temp, "ident.csv",
            "Security,Ident,Mkt Val (USD)\nZHONGXING TELECOM H,CNE1000004Y2,1000\nHIKVISION A,CNE100000PM8,1000\nAPPLE INC,US0378331005,1000\n");
        var hikvision = At(result, 3);
        Assert.Equal(RowState.Matched, hikvision.State);
        Assert.Equal("isin", hikvision.Rule);
        Assert.Equal("CNE1000004Y2", At(result, 2).Isin);
        var fund = Assert.Single(result.Report.Funds);
        Assert.Equal(1000m, fund.FlaggedValue);
        Assert.EndsWith("column 'Ident' read as ISIN: its values are ISINs", fund.Layout, StringComparison.Ordinal);
    }

    [Fact]
    public void Tickers_that_carry_their_exchange_are_screened_as_with_an_exchange_column()
    {
        using var temp = new TempFolder();
        var (split, unmatched) = Run(temp, "composite.csv",
            "Security,Ticker,Market Value\nZHONGXING TELECOM H,763 HK,1000\nZHONGXING TELECOM H,0763.HK,1000\nZHONGXING TELECOM H,HKG:0763,1000\n" +
            "ZHONGXING TELECOM H,763 HK Equity,1000\n");
        using var temp2 = new TempFolder();
        var (columns, _) = Run(temp2, "columns.csv", "Security,Ticker,Exchange,Market Value\nZHONGXING TELECOM H,763,HK,1000\n");

        Assert.Single(unmatched); // the header only
        var expected = At(columns, 2);
        foreach (var line in new[] { 2, 3, 4, 5 })
        {
            var f = At(split, line);
            Assert.Equal((expected.State, expected.CompanyId, expected.Rule, "XHKG", "763"), (f.State, f.CompanyId, f.Rule, f.Mic, f.TickerOnExchange));
        }
    }

    [Fact]
    public void With_a_local_and_a_us_dollar_value_column_the_us_dollar_one_is_read()
    {
        using var temp = new TempFolder();
        var (result, _) = Run(temp, "twovals.csv",
            "Security,Ticker,Exchange,Currency,Market Value (Local),Mkt Val (USD),Weight (%)\n" +
            "ZIJIN MINING GROUP LTD H,2899,Hong Kong Exchanges And Clearing Ltd,HKD,\"7,800.00\",\"1,000.00\",10.00\n" +
            "APPLE INC,AAPL,NASDAQ,USD,\"9,000.00\",\"9,000.00\",90.00\n");
        var fund = Assert.Single(result.Report.Funds);
        Assert.Equal(10_000m, fund.FundValue);
        Assert.Equal(1_000m, fund.FlaggedValue);
        Assert.Equal("USD", fund.Currency);
        var zijin = At(result, 2);
        Assert.Equal(1_000m, zijin.Value);
        Assert.Null(zijin.ValueUnknown);
    }
}

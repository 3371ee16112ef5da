using Exposure.Core.Holdings;
using Exposure.Readers.Csv;
using Exposure.TestSupport;

namespace Exposure.Readers.Tests.Csv;

public sealed class StatedNetAssetsTests
{
    private static List<ReadItem> ReadWithNetAssets(TempFolder temp, string netAssets) =>
        CsvHoldingsReader.Read(temp.File("fund.csv",
            "Example Fund\n" +
            "Fund Holdings as of,\"Mar 10, 2022\"\n" +
            $"Net Assets,{netAssets}\n" +
            "\n" +
            "Ticker,Name,Exchange,Market Value,Currency\n" +
            "601899,ZIJIN MINING GROUP CO LTD A,Shanghai Stock Exchange,\"10,000.00\",USD\n" +
            "AAA,ALPHA,Xetra,\"90,000.00\",USD\n"), "fund.csv").ToList();

    [Theory]
    [InlineData("\"$1,000,000.00\"", 1_000_000)]
    [InlineData("\"US$1,000,000.00\"", 1_000_000)]
    [InlineData("\"1,000,000.00 USD\"", 1_000_000)]
    [InlineData("1.5bn", 1_500_000_000)]
    [InlineData("\"1.000.000,50\"", 1_000_000.50)]
    [InlineData("\"1,000,000.00\"", 1_000_000)]
    public void Net_assets_are_read_as_a_rows_value_is(string text, double expected)
    {
        using var temp = new TempFolder();
        var items = ReadWithNetAssets(temp, text);
        Assert.Equal((decimal)expected, Assert.IsType<FundDetected>(items[0]).Fund.StatedNetAssets);
        Assert.Empty(items.OfType<Rejected>());
    }

    [Theory]
    [InlineData("abc", "Net Assets 'abc' is not a number; the stated net assets are not used for the fund value")]
    [InlineData("--500", "Net Assets '--500' is not a number; the stated net assets are not used for the fund value")]
    [InlineData("640m", "Net Assets '640m' ends in 'm', which files write for a million and for a thousand: not read; the stated net assets are not used for the fund value")]
    public void Net_assets_that_cannot_be_read_are_not_used_and_the_line_says_why(string text, string reason)
    {
        using var temp = new TempFolder();
        var items = ReadWithNetAssets(temp, text);
        Assert.Null(Assert.IsType<FundDetected>(items[0]).Fund.StatedNetAssets);
        var line = Assert.Single(items.OfType<Rejected>());
        Assert.Equal((3, reason, $"Net Assets,{text}"), (line.Source.Line, line.Reason, line.RawText));
        Assert.Equal(2, items.OfType<HoldingRead>().Count());
        Assert.Equal(7, Assert.IsType<EndOfFile>(items[^1]).Lines);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("N/A")]
    public void A_net_assets_line_stating_none_is_preamble(string text)
    {
        using var temp = new TempFolder();
        var items = ReadWithNetAssets(temp, text);
        Assert.Null(Assert.IsType<FundDetected>(items[0]).Fund.StatedNetAssets);
        Assert.Empty(items.OfType<Rejected>());
        Assert.Contains(items.OfType<NotAHolding>(), n => n.Source.Line == 3 && n.What == "preamble");
    }
}

using Exposure.Core.Holdings;
using Exposure.Core.Review;
using Exposure.Pipeline.Figures;
using Exposure.Pipeline.Output;
using Exposure.Pipeline.Schemes;
using Exposure.Pipeline.Screening;
using Exposure.TestSupport;

namespace Exposure.Pipeline.Tests;

public sealed class FileScreeningTests
{
    private static FundMetadata Fund(string name) => new(name, MetadataOrigin.File, null, MetadataOrigin.Unknown, null, "test");

    private static HoldingRead Read(int line, string name, decimal value, string? isin = null) =>
        new(new HoldingRow(new SourceLocation("f.csv", line), name, Isin: isin, Currency: "USD", MarketValue: value));

    private const string HikvisionIsin = "CNE100000PM8";

    private static (IReadOnlyList<Core.Reporting.FundExposure> Funds, int Lines) Screen(params ReadItem[] items)
    {
        using var temp = new TempFolder();
        var builder = new ExposureBuilder(BundledReference.Value);
        using var spill = new ScreenedOutSpill(temp.Path);
        var input = new HoldingsInput("f.csv", "f.csv");
        var screener = new Screener(BundledReference.Value, ReviewBook.Empty);
        var nested = new NestedFunds(null);
        var file = new FileScreening(input, "f.csv", screener, builder, spill);
        return file.Screen(FileScreening.Prepare(screener, nested, items));
    }

    [Fact]
    public void Lines_that_do_not_add_up_stop_the_run()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Screen(new FundDetected(Fund("Fund C")), Read(1, "OTHER", 70m), new EndOfFile(2)));
        Assert.Contains("1 lines were accounted for but the file has 2", e.Message);
    }

    [Fact]
    public void A_file_may_describe_several_funds_and_its_lines_add_up_over_them()
    {
        var (funds, lines) = Screen(
            new FundDetected(Fund("Fund A")), new NotAHolding(new SourceLocation("f.csv", 1), "header"), Read(2, "HIKVISION A", 10m, HikvisionIsin),
            new FundDetected(Fund("Fund B")), Read(3, "SOMETHING ELSE LTD", 5m), Read(4, "HIKVISION A", 1m, HikvisionIsin),
            new EndOfFile(4));

        Assert.Equal(4, lines);
        Assert.Equal(["Fund A", "Fund B"], funds.Select(f => f.Name));
        Assert.Equal(2, funds[0].Lines.Total);
        Assert.Equal(1, funds[0].Lines.Matched);
        Assert.Equal(2, funds[1].Lines.Total);
        Assert.Equal(1, funds[1].Lines.Unmatched);
        Assert.Equal(1, funds[1].Lines.Matched);
        Assert.Equal(10m, funds[0].FlaggedValue);
        Assert.Equal(1m, funds[1].FlaggedValue);
    }

    [Fact]
    public void Lines_before_any_fund_are_a_reader_fault()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Screen(Read(1, "ZTE CORPORATION", 1m), new EndOfFile(1)));
        Assert.Contains("before the fund", e.Message);
    }
}

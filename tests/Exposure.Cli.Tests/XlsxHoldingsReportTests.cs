using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// An Excel holdings workbook through <c>report</c>: its total line is rejected and left out of the fund, the net assets
/// its preamble states (as text, with a currency) are the fund value, and weights written as fractions are read as such.
/// </summary>
public sealed class XlsxHoldingsReportTests
{
    private static JsonElement Report(TempFolder temp, string holdings)
    {
        var outDir = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--holdings", holdings, "--out", outDir, "--format", "json,csv");
        Assert.True(r.ExitCode == 0, r.Error);
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "exposure-report.json"))).RootElement.Clone();
    }

    [Fact]
    public void A_total_line_is_rejected_and_the_stated_net_assets_are_the_fund_value()
    {
        using var temp = new TempFolder();
        var book = InputWorkbook.Write(Path.Combine(temp.Path, "fund.xlsx"),
            ["Example Fund"],
            ["Fund Holdings as of", "Mar 10, 2022"],
            ["Net Assets of Share Class", "$1,000,000.00"],
            [],
            ["Ticker", "Name", "Exchange", "Market Value", "Weight (%)", "Currency"],
            ["601899", "ZIJIN MINING GROUP CO LTD A", "Shanghai Stock Exchange", "50,000.00", 5m, "USD"],
            ["AAA", "ALPHA", "Xetra", 950_000m, 95m, "USD"],
            [null, "Total", null, 1_000_000m, 100m, "USD"]);

        var json = Report(temp, book);

        var fund = Assert.Single(json.GetProperty("funds").EnumerateArray());
        Assert.Equal(new DateOnly(2022, 3, 10), DateOnly.Parse(fund.GetProperty("asOf").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1_000_000m, fund.GetProperty("statedNetAssets").GetDecimal());
        Assert.Equal(1_000_000m, fund.GetProperty("fundValue").GetDecimal());
        Assert.Equal("stated-net-assets", fund.GetProperty("fundValueBasis").GetString());
        Assert.Equal(950_000m + 50_000m, fund.GetProperty("sumOfRows").GetDecimal());
        Assert.Equal(50_000m, fund.GetProperty("flaggedValue").GetDecimal());
        Assert.Equal(0.05m, fund.GetProperty("flaggedWeight").GetDecimal());
        var lines = fund.GetProperty("lines");
        Assert.Equal((5, 1, 8), (lines.GetProperty("notAHolding").GetInt32(), lines.GetProperty("rejected").GetInt32(), lines.GetProperty("total").GetInt32()));
        var rejected = File.ReadAllLines(Path.Combine(temp.Path, "out", "rejected.csv"));
        Assert.Equal("fund.xlsx,8,1,\"a total line, not a holding\",\",Total,,1000000,100,USD\"", Assert.Single(rejected.Skip(1)));
    }

    [Fact]
    public void A_net_assets_text_that_cannot_be_read_is_rejected_and_the_fund_value_is_the_sum_of_the_rows()
    {
        using var temp = new TempFolder();
        var book = InputWorkbook.Write(Path.Combine(temp.Path, "fund.xlsx"),
            ["Example Fund"],
            ["Net Assets", "640m"],
            ["Ticker", "Name", "Market Value", "Currency"],
            ["601899", "ZIJIN MINING GROUP CO LTD A", 10_000m, "USD"],
            ["AAA", "ALPHA", 90_000m, "USD"]);

        var fund = Report(temp, book).GetProperty("funds")[0];

        Assert.Equal(JsonValueKind.Null, fund.GetProperty("statedNetAssets").ValueKind);
        Assert.Equal(100_000m, fund.GetProperty("fundValue").GetDecimal());
        Assert.Equal("sum-of-rows", fund.GetProperty("fundValueBasis").GetString());
        var rejected = File.ReadAllLines(Path.Combine(temp.Path, "out", "rejected.csv"));
        Assert.StartsWith("fund.xlsx,2,1,\"Net Assets '640m' ends in 'm'", Assert.Single(rejected.Skip(1)), StringComparison.Ordinal);
    }

    [Fact]
    public void Weights_written_as_fractions_in_a_workbook_are_read_as_fractions_as_in_a_csv_file()
    {
        using var temp = new TempFolder();
        var book = InputWorkbook.Write(Path.Combine(temp.Path, "fractions.xlsx"),
            ["Ticker", "Name", "Exchange", "Weight"],
            ["601899", "ZIJIN MINING GROUP CO LTD A", "Shanghai Stock Exchange", 0.05m],
            ["AAA", "ALPHA", "Xetra", 0.55m],
            ["BBB", "BETA", "Xetra", 0.40m]);

        var json = Report(temp, book);

        var fund = json.GetProperty("funds")[0];
        Assert.Equal(0.05m, fund.GetProperty("flaggedWeight").GetDecimal());
        Assert.Equal("sum-is-one", fund.GetProperty("weightCheck").GetProperty("readAsFractions").GetProperty("evidence").GetString());
        Assert.Contains(json.GetProperty("summary").GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "weights-as-fractions");
    }
}

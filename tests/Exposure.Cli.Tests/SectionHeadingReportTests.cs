using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>The rows under a cash heading of a file with no asset-class column reach the report as not screened, with the heading as the reason.</summary>
public sealed class SectionHeadingReportTests
{
    [Fact]
    public void Cash_under_a_cash_heading_is_counted_in_the_fund_value_and_left_out_of_the_value_screened()
    {
        using var temp = new TempFolder();
        var input = temp.File("sections.csv",
            "Ticker,Holdings,Shares,Market value,% of fund\n" +
            "Equity\n" +
            "2899,ZIJIN MINING GROUP CO LTD H,100,\"$600.00\",60.00%\n" +
            "Cash\n" +
            "USD,US DOLLAR,,\"$250.00\",25.00%\n" +
            "Equity\n" +
            "2330,TAIWAN SEMICONDUCTOR,1,\"$150.00\",15.00%\n");
        var outDir = Path.Combine(temp.Path, "out");

        var r = CliRunner.Run("report", "--holdings", input, "--out", outDir, "--format", "json,csv");

        Assert.True(r.ExitCode == 0, r.Error);
        var excluded = Assert.Single(NportDataSetTests.Csv(Path.Combine(outDir, "excluded.csv")));
        Assert.Equal(("5", "US DOLLAR", "cash (under the section heading 'Cash' on line 4)"), (excluded["line"], excluded["name"], excluded["reason"]));
        Assert.DoesNotContain(NportDataSetTests.Csv(Path.Combine(outDir, "unmatched.csv")), u => u["name"] == "US DOLLAR");

        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "exposure-report.json")));
        var fund = Assert.Single(report.RootElement.GetProperty("funds").EnumerateArray());
        Assert.Equal(1_000m, fund.GetProperty("fundValue").GetDecimal());
        Assert.Equal(750m, fund.GetProperty("screenedValue").GetDecimal());
        Assert.Equal(250m, fund.GetProperty("excludedValue").GetDecimal());
        Assert.Equal(750m, report.RootElement.GetProperty("summary").GetProperty("valueScreened").GetDecimal());
    }
}

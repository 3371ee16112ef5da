using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>Total and subtotal lines of a holdings file reach the report as rejected lines with their reason, and the fund value counts the holdings once.</summary>
public sealed class TotalLinesReportTests
{
    [Fact]
    public void Total_lines_are_listed_as_rejected_and_left_out_of_the_fund_value()
    {
        using var temp = new TempFolder();
        var input = temp.File("sections.csv", SectionedHoldings.Csv);
        var outDir = Path.Combine(temp.Path, "out");

        var r = CliRunner.Run("report", "--holdings", input, "--out", outDir, "--format", "json,csv");

        Assert.Equal(0, r.ExitCode);
        var rejected = File.ReadAllLines(Path.Combine(outDir, "rejected.csv"));
        Assert.Equal(
            [
                "sections.csv,5,1,\"a total line, not a holding\",\"Total Equities,,\"\"50,000.00\"\",\"",
                "sections.csv,8,1,\"a total line, not a holding\",\"Subtotal Bonds,,\"\"50,000.00\"\",\"",
                "sections.csv,9,1,\"a total line, not a holding\",\"Grand Total,,\"\"100,000.00\"\",USD\"",
            ],
            rejected.Skip(1));

        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "exposure-report.json")));
        var fund = Assert.Single(report.RootElement.GetProperty("funds").EnumerateArray());
        Assert.Equal(100_000m, fund.GetProperty("fundValue").GetDecimal());
        Assert.Equal("sum-of-rows", fund.GetProperty("fundValueBasis").GetString());
        Assert.Equal("USD", fund.GetProperty("currency").GetString());
        var lines = fund.GetProperty("lines");
        Assert.Equal((3, 3, 9), (lines.GetProperty("notAHolding").GetInt32(), lines.GetProperty("rejected").GetInt32(), lines.GetProperty("total").GetInt32()));
    }
}

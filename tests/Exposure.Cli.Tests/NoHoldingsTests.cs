using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// A holdings file with a header and no holdings after it (a download cut short) is not a fund screened with nothing found:
/// alone it is a one-line error and no report; in a scheme its fund is not looked through, with the reason. A file whose
/// holding lines could all not be read is still a report, listing them.
/// </summary>
public sealed class NoHoldingsTests
{
    [Theory]
    [InlineData("Ticker,Name,Market Value\n", 1)]
    [InlineData("Example Fund\nAs of,2025-01-22\n\nTicker,Name,Market Value\n\nNote: figures unaudited\n", 4)]
    [InlineData("Name,Ticker,Market Value\nEquity\nCash,,\n", 1)]
    public void A_file_with_no_holdings_after_its_header_is_an_error_and_no_report_is_written(string text, int headerLine)
    {
        using var temp = new TempFolder();
        var input = temp.File("cut.csv", text);
        var outDir = Path.Combine(temp.Path, "out");

        var r = CliRunner.Run("report", "--holdings", input, "--out", outDir, "--format", "json,csv");

        Assert.True(r.ExitCode == ExitCodes.BadInput, $"exit {r.ExitCode}: {r.Error}");
        Assert.EndsWith($"cut.csv: no holdings after the header on line {headerLine}", r.Error.TrimEnd('\n'));
        Assert.Single(r.Error.TrimEnd('\n').Split('\n'));
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFiles(outDir).Any(), "a report was written");
    }

    [Fact]
    public void A_file_whose_only_holding_lines_are_rejected_gives_a_report_listing_them()
    {
        using var temp = new TempFolder();
        var input = temp.File("broken.csv", "Ticker,Name,Market Value\n700,TENCENT HOLDINGS, LTD,300\n");
        var outDir = Path.Combine(temp.Path, "out");

        var r = CliRunner.Run("report", "--holdings", input, "--out", outDir, "--format", "json,csv");

        Assert.True(r.ExitCode == 0, r.Error);
        var rejected = File.ReadAllLines(Path.Combine(outDir, "rejected.csv"));
        Assert.Equal(["broken.csv,2,1,has 4 fields where the header has 3,\"700,TENCENT HOLDINGS, LTD,300\""], rejected.Skip(1));
    }

    [Fact]
    public void In_a_scheme_a_fund_whose_file_has_no_holdings_is_not_looked_through_with_the_reason()
    {
        using var temp = new TempFolder();
        temp.File("fund.csv", "Name,Ticker,Exchange,Market Value,Currency\nALPHA INC,AAA,NASDAQ,800000,GBP\n");
        temp.File("cut.csv", "Example Cut Fund\nNet Assets,\"1,000,000\"\n\nName,Ticker,Exchange,Market Value,Currency\n");
        var scheme = temp.File("scheme.json", """
            { "title": "Scheme", "reportCurrency": "GBP",
              "holdings": [
                { "id": "full", "name": "Full Fund", "file": "fund.csv", "amount": 500000, "currency": "GBP" },
                { "id": "cut", "name": "Cut Fund", "file": "cut.csv", "amount": 300000, "currency": "GBP" } ] }
            """);
        var outDir = Path.Combine(temp.Path, "out");

        var r = CliRunner.Run("report", "--portfolio", scheme, "--out", outDir, "--format", "json");

        Assert.True(r.ExitCode == 0, r.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "exposure-report.json")));
        var gap = Assert.Single(json.RootElement.GetProperty("portfolio").GetProperty("coverage").GetProperty("gaps").EnumerateArray());
        Assert.Equal(("cut", "no-holdings", "its holdings file lists no holdings after its header", 300_000m),
            (gap.GetProperty("entryId").GetString(), gap.GetProperty("kind").GetString(), gap.GetProperty("reason").GetString(), gap.GetProperty("value").GetDecimal()));
    }
}

using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>An SEC N-PORT quarterly data set screened as a market: each series' filing a fund, each finding traceable to it.</summary>
public sealed class NportDataSetTests
{
    private static readonly string DataSet = Path.Combine(RepoPaths.Root, "tests", "Exposure.Readers.Tests", "Fixtures", "nport-dataset");

    private static JsonElement Report(string folder) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "exposure-report.json"))).RootElement;

    [Fact]
    public void Each_series_latest_filing_is_a_fund_with_its_registrant_and_filing()
    {
        using var temp = new TempFolder();
        var r = CliRunner.Run("report", "--holdings", DataSet, "--out", temp.Path, "--format", "json,csv", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);

        var report = Report(temp.Path);
        var funds = report.GetProperty("funds").EnumerateArray().ToList();
        Assert.Equal(2, funds.Count);
        var asia = funds.Single(f => f.GetProperty("seriesId").GetString() == "S000999101");
        Assert.Equal("Illustrative Asia Equity Fund", asia.GetProperty("name").GetString());
        Assert.Equal("Illustrative Series Trust", asia.GetProperty("registrant").GetString());
        Assert.Equal("9990001", asia.GetProperty("cik").GetString());
        Assert.Equal("0009990001-26-000102", asia.GetProperty("accessionNumber").GetString());
        Assert.Equal("2026-04-30", asia.GetProperty("asOf").GetString());

        // A series named N/A in the data set takes its registrant's name.
        var trust = funds.Single(f => f.GetProperty("seriesId").GetString() == "S000999202");
        Assert.Equal("Illustrative Unit Investment Trust", trust.GetProperty("name").GetString());

        // Every line of the holdings table is accounted for, over both funds.
        var lines = File.ReadAllLines(Path.Combine(DataSet, "FUND_REPORTED_HOLDING.tsv")).Length;
        Assert.Equal(lines, funds.Sum(f => f.GetProperty("lines").GetProperty("total").GetInt32()));

        var finding = Assert.Single(report.GetProperty("findings").EnumerateArray());
        Assert.Equal("hikvision", finding.GetProperty("companyId").GetString());
        Assert.EndsWith("FUND_REPORTED_HOLDING.tsv", finding.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("holdingId").GetString()));
        Assert.Equal(asia.GetProperty("id").GetString(), finding.GetProperty("fundId").GetString());

        var input = report.GetProperty("run").GetProperty("inputs").EnumerateArray().Single(i => i.GetProperty("role").GetString() == "holdings");
        Assert.Matches("^[0-9a-f]{64}$", input.GetProperty("sha256").GetString());
        Assert.Equal(lines, input.GetProperty("lines").GetInt32());
    }

    [Fact]
    public void Every_month_on_request_makes_each_monthly_filing_a_fund()
    {
        using var temp = new TempFolder();
        var latest = CliRunner.Run("report", "--holdings", DataSet, "--out", Path.Combine(temp.Path, "latest"), "--format", "json", "--quiet");
        var all = CliRunner.Run("report", "--holdings", DataSet, "--out", Path.Combine(temp.Path, "all"), "--format", "json", "--quiet", "--nport-months", "all");
        Assert.True(latest.ExitCode == 0, latest.Error);
        Assert.True(all.ExitCode == 0, all.Error);
        var monthly = Report(Path.Combine(temp.Path, "all")).GetProperty("funds").EnumerateArray().ToList();
        Assert.True(monthly.Count > Report(Path.Combine(temp.Path, "latest")).GetProperty("funds").GetArrayLength());
        Assert.Contains(monthly, f => f.GetProperty("asOf").GetString() == "2026-03-31");
    }

    [Fact]
    public void A_folder_that_is_not_a_data_set_is_named_in_one_line()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "not-a-data-set");
        Directory.CreateDirectory(folder);
        var r = CliRunner.Run("report", "--holdings", folder, "--out", Path.Combine(temp.Path, "out"), "--quiet");
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.StartsWith($"error: {folder}", r.Error);
        Assert.Single(r.Error.TrimEnd().Split('\n'));
    }
}

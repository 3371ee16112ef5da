using Exposure.Core;
using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.Reports.Csv;
using Exposure.Reports.Json;
using Exposure.TestSupport;

namespace Exposure.Reports.Tests.Run;

public sealed class ExposureRunTests
{
    private static readonly IReportRenderer[] AllRenderers =
        [
            new JsonReportRenderer(), new FundsCsvRenderer(), new MatchesCsvRenderer(), new RejectedCsvRenderer(),
            ScreenedOutCsvRenderer.Unmatched(), ScreenedOutCsvRenderer.Excluded(),
        ];

    private static RunResult RunIllustrative(string outDir) =>
        ExposureRun.Execute(new RunRequest(
            [new HoldingsInput(RepoPaths.IllustrativeHoldings, "illustrative-holdings.csv")],
            RepoPaths.ReferenceData, outDir, AllRenderers, "test"));

    [Fact]
    public void Illustrative_run_writes_every_output_and_reconciles()
    {
        using var temp = new TempFolder();
        var result = RunIllustrative(temp.Path);

        Assert.Equal(
            [".exposure-lock", ".exposure-set", "excluded.csv", "exposure-report.json", "funds.csv", "matches.csv", "rejected.csv", "unmatched.csv"],
            Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order());
        var fund = Assert.Single(result.Report.Funds);
        var lines = File.ReadAllLines(RepoPaths.IllustrativeHoldings).Length;
        Assert.Equal(lines, fund.Lines.Total);
        Assert.Equal(fund.Lines.Unmatched, File.ReadAllLines(Path.Combine(temp.Path, "unmatched.csv")).Length - 1);
        Assert.Equal(fund.Lines.Excluded, File.ReadAllLines(Path.Combine(temp.Path, "excluded.csv")).Length - 1);
        Assert.Equal(result.Report.Findings.Count, File.ReadAllLines(Path.Combine(temp.Path, "matches.csv")).Length - 1);
        // The row whose market value cannot be read is screened, not rejected: it holds a named company, its value unknown.
        Assert.Equal(0, fund.Lines.Rejected);
        Assert.Equal(new UnknownValues(1, 1, 0, 0, 1, MatchedOutOfWeight: 1), fund.ValuesUnknown);
        Assert.Contains(result.Report.Findings, f => f.CompanyId == "foxconn-industrial-internet" && f.Value is null
            && f.ValueUnknown == "Market Value '12,5OO.00' is not a number; the weight is the one the file states" && f.WeightFromFile && f.Weight == 0.0008m);
        Assert.Equal(1, fund.Lines.NeedsReview);
        Assert.Equal(fund.StatedNetAssets, fund.SumOfRows);

        var input = Assert.Single(result.Report.Run.Inputs, i => i.Role == "holdings");
        Assert.Matches("^[0-9a-f]{64}$", input.Sha256);
        Assert.Equal(lines, input.Lines);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(RepoPaths.IllustrativeHoldings))), input.Sha256);
        var lists = result.Report.Run.Inputs.Where(i => i.Role == "list").Select(i => i.Name).ToList();
        Assert.Equal(["reference-data/VERSION", "reference-data/exchanges.csv", "reference-data/exchange_aliases.csv", "reference-data/companies.csv",
            "reference-data/names.csv", "reference-data/allegations.csv", "reference-data/identifier_sources.csv"], lists);
    }

    [Fact]
    public void Same_inputs_give_the_same_bytes()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        RunIllustrative(a.Path);
        RunIllustrative(b.Path);
        foreach (var file in Directory.GetFiles(a.Path))
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(b.Path, Path.GetFileName(file))));
    }

    [Fact]
    public void Json_holds_the_model_and_reads_back_equal()
    {
        using var temp = new TempFolder();
        var result = RunIllustrative(temp.Path);
        using var stream = File.OpenRead(Path.Combine(temp.Path, "exposure-report.json"));
        var back = JsonReportRenderer.Read(stream);
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(result.Report.Summary, JsonReportRenderer.Options),
            System.Text.Json.JsonSerializer.Serialize(back.Summary, JsonReportRenderer.Options));
        Assert.Equal(result.Report.Summary.Lines, back.Summary.Lines);
        Assert.Equal(result.Report.Funds[0].FlaggedValue, back.Funds[0].FlaggedValue);
        Assert.Equal(result.Report.Companies.Select(c => c.Id), back.Companies.Select(c => c.Id));
        Assert.Equal(result.Report.Findings.Select(f => f.Evidence.Count), back.Findings.Select(f => f.Evidence.Count));
    }

    [Fact]
    public void A_bad_file_leaves_no_output_behind()
    {
        using var temp = new TempFolder();
        var good = RepoPaths.IllustrativeHoldings;
        var bad = temp.File("bad.csv", "Foo,Bar\n1,2\n");
        var outDir = Path.Combine(temp.Path, "out");

        var e = Assert.Throws<DataException>(() => ExposureRun.Execute(new RunRequest(
            [new HoldingsInput(good, "good.csv"), new HoldingsInput(bad, "bad.csv")], RepoPaths.ReferenceData, outDir, AllRenderers, "test")));
        Assert.StartsWith("bad.csv: no header row found", e.Message);
        // The run made the folder, wrote nothing into it, and took it away again.
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void A_missing_file_is_named_before_anything_is_read()
    {
        using var temp = new TempFolder();
        var e = Assert.Throws<DataException>(() => ExposureRun.Execute(new RunRequest(
            [new HoldingsInput(Path.Combine(temp.Path, "nope.csv"), "nope.csv")], RepoPaths.ReferenceData, temp.Path, AllRenderers, "test")));
        Assert.Equal("nope.csv: file not found", e.Message);
    }
}

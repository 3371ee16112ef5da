using System.Globalization;
using Exposure.Core.Holdings;
using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.Reports.Csv;
using Exposure.TestSupport;
using Xunit.Abstractions;

namespace Exposure.Reports.Tests.Run;

/// <summary>
/// The shared iShares samples against their expected-matches tables: every finding must be listed there, every listed
/// row must end in its listed state (look-alikes listed as unmatched), and the lines of each file must reconcile.
/// </summary>
public sealed class GoldenSampleTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("EEM_holdings_2025-01_trimmed.csv", "ishares-EEM-2025-01.expected.csv", 1244)]
    [InlineData("ACWI_holdings_2022-03-10_raw.csv", "ishares-ACWI-2022-03-10.expected.csv", 2391)]
    public void Sample_gives_exactly_the_expected_matches(string sample, string golden, int lines)
    {
        var path = RepoPaths.SharedSample(sample);
        Requires.That(path is not null, RepoPaths.Absent(sample));

        using var temp = new TempFolder();
        var result = ExposureRun.Execute(new RunRequest(
            [new HoldingsInput(path, sample)], RepoPaths.ReferenceData, temp.Path, [ScreenedOutCsvRenderer.Unmatched(), ScreenedOutCsvRenderer.Excluded()], "test"));

        var expected = File.ReadAllLines(RepoPaths.Golden(golden)).Skip(1)
            .Select(l => l.Split(','))
            .Select(f => (Line: int.Parse(f[0], CultureInfo.InvariantCulture), State: f[^2], Company: f[^1]))
            .ToList();
        var findings = result.Report.Findings.Select(f => (f.Line, State: Wording.Code(f.State), Company: f.CompanyId)).ToList();
        var unmatchedLines = File.ReadAllLines(Path.Combine(temp.Path, ScreenedOutCsvRenderer.UnmatchedFile)).Skip(1)
            .Select(l => int.Parse(l.Split(',')[2], CultureInfo.InvariantCulture))
            .ToHashSet();

        foreach (var f in findings)
            Assert.Contains(f, expected);
        foreach (var e in expected)
        {
            if (e.State == "unmatched") Assert.Contains(e.Line, unmatchedLines);
            else Assert.Contains(e, findings);
        }

        var fund = Assert.Single(result.Report.Funds);
        Assert.Equal(lines, fund.Lines.Total);
        Assert.Equal(0, fund.Lines.Rejected);
        Assert.Equal(fund.Lines.Unmatched, unmatchedLines.Count);
        Assert.Equal(0, fund.WeightCheck.RowsOutsideTolerance);
        output.WriteLine($"{sample}: {fund.Lines}");
    }

    [Fact]
    public void Both_samples_together_reconcile_and_attribute_each_fund()
    {
        var eem = RepoPaths.SharedSample("EEM_holdings_2025-01_trimmed.csv");
        var acwi = RepoPaths.SharedSample("ACWI_holdings_2022-03-10_raw.csv");
        Requires.That(eem is not null && acwi is not null, RepoPaths.Absent("*.csv"));
        using var temp = new TempFolder();
        var report = ExposureRun.Execute(new RunRequest(
            [new HoldingsInput(eem, "EEM.csv"), new HoldingsInput(acwi, "ACWI.csv")], RepoPaths.ReferenceData, temp.Path, [], "test")).Report;

        Assert.Equal(2, report.Summary.Funds);
        Assert.Equal("USD", report.Summary.Currency);
        Assert.Equal(report.Funds.Sum(f => f.FundValue), report.Summary.FundValue);
        Assert.Equal(report.Funds.Sum(f => f.ScreenedValue), report.Summary.ValueScreened);
        Assert.True(report.Summary.ValueScreened < report.Summary.FundValue, "cash and other rows not screened are not in the value screened");
        Assert.Equal(report.Funds.Sum(f => f.FlaggedValue), report.Summary.FlaggedValue);
        Assert.Equal(1244 + 2391, report.Summary.Lines.Total);
        Assert.Equal("iShares MSCI ACWI ETF", report.Funds[1].Name);
        Assert.Equal(new DateOnly(2022, 3, 10), report.Funds[1].AsOf);
        Assert.Null(report.Funds[0].AsOf);
        Assert.Equal(MetadataOrigin.Unknown, report.Funds[0].AsOfFrom);

        var zte = report.Companies.Single(c => c.Id == "zte");
        Assert.Equal(2, zte.Holdings.Count);
        Assert.Equal(zte.Holdings.Sum(h => h.Value), zte.TotalValue);
        foreach (var company in report.Companies)
            Assert.Equal(
                report.Findings.Where(f => f.CompanyId == company.Id && f.State is RowState.Matched or RowState.Related).Sum(f => f.Value),
                company.TotalValue);
    }
}

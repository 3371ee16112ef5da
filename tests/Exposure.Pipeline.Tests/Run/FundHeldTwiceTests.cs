using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.Pipeline.Schemes;
using Exposure.TestSupport;

namespace Exposure.Reports.Tests.Run;

/// <summary>
/// One fund held by two managers: two holdings of the scheme read one file (Asia Tech Fund, USD 10,000,000: Dahua
/// 1,000,000, another company 9,000,000). Manager C invests 2,000,000, Manager D 1,000,000.
/// </summary>
public sealed class FundHeldTwiceTests
{
    private static ExposureReport Run(TempFolder temp)
    {
        temp.File("asia-tech.csv",
            "Name,ISIN,Ticker,Market Value,Currency\n" +
            "ZHEJIANG DAHUA TECHNOLOGY CO LTD,CNE100000BJ4,002236,1000000,USD\n" +
            "SAMSUNG ELECTRONICS,KR7005930003,005930,9000000,USD\n");
        var portfolio = temp.File("scheme.json", """
            { "title": "Scheme", "reportCurrency": "USD",
              "holdings": [
                { "id": "c", "name": "Asia Tech Fund", "manager": "Manager C", "file": "asia-tech.csv", "amount": 2000000, "currency": "USD" },
                { "id": "d", "name": "Asia Tech Fund (second mandate)", "manager": "Manager D", "file": "asia-tech.csv", "amount": 1000000, "currency": "USD" } ] }
            """);
        var plan = PortfolioPlan.Load(portfolio, "scheme.json");
        return ExposureRun.Execute(new RunRequest(plan.Inputs(), RepoPaths.ReferenceData, Path.Combine(temp.Path, "out"), [], "test", Portfolio: plan)).Report;
    }

    [Fact]
    public void The_file_is_screened_once_and_each_holding_looks_its_amount_through_it()
    {
        using var temp = new TempFolder();
        var report = Run(temp);

        var fund = Assert.Single(report.Funds);
        Assert.Equal(1_000_000m, fund.FlaggedValue);
        var dahua = Assert.Single(report.Companies, c => c.Id == "dahua");
        Assert.Equal(1_000_000m, dahua.TotalValue);
        Assert.Single(dahua.Holdings);
        Assert.Equal(3, report.Summary.Lines.Total);
        Assert.Single(report.Run.Inputs, i => i.Role == "holdings");

        var p = report.Portfolio!;
        Assert.Equal([200_000m, 100_000m], p.Entries.Select(e => e.FlaggedValue!.Value));
        Assert.Equal(300_000m, p.FlaggedValue);
        Assert.Equal(["c", "d"], Assert.Single(p.Companies, c => c.CompanyId == "dahua").Paths.Select(x => x.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_report_says_one_fund_is_held_twice_and_never_that_the_totals_count_it_twice()
    {
        using var temp = new TempFolder();
        var report = Run(temp);

        Assert.DoesNotContain(report.Summary.Warnings, w => w.Code == "same-file");
        var note = Assert.Single(report.Summary.Warnings, w => w.Code == "fund-held-twice");
        Assert.Equal("Asia Tech Fund (Manager C) and Asia Tech Fund (second mandate) (Manager D) hold one fund, asia-tech.csv: its file is screened once, " +
            "and the figures per holdings file count its holdings once; the scheme's figures look each holding's amount through it.", note.Text);
    }
}

using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.Reports.Pdf.Report;
using Exposure.TestSupport;
using Xunit.Abstractions;

namespace Exposure.Reports.Pdf.Tests.Report;

/// <summary>
/// A market's tables in the PDF say what the rest of the report says: a fund that stopped filing is marked where its last
/// report's figures are shown, and the largest holdings tell apart two funds of one name whose registrants share a name too.
/// </summary>
public sealed class MarketFundsMarkedTests(ITestOutputHelper output)
{
    private const string Mark = "No report in q3 (stopped filing, or not in that data set): its last report, not counted in the totals";

    private static ExposureReport Run(TempFolder temp, params string[] dataSets) =>
        ExposureRun.Execute(new RunRequest(dataSets.Select(d => new HoldingsInput(d, Path.GetFileName(d))).ToList(), RepoPaths.ReferenceData,
            Path.Combine(temp.Path, "out"), [], "test")).Report;

    private static List<string> Text(ExposureReport report, string from, string? to) =>
        Blocks.ReadingText(Layouts.Between(new PdfReportRenderer(new PdfReportOptions(), TestFonts.Set).Compose(report).Layout(), from, to)).ToList();

    [Fact]
    public void The_funds_table_marks_the_last_report_of_a_fund_that_stopped_filing_beside_its_figures()
    {
        using var temp = new TempFolder();
        var (q2, q3) = NportFilings.OneFundStopsFiling(temp.Path, NportFilings.Hikvision(260_000m));
        var report = Run(temp, q2, q3);
        var stopped = Assert.Single(report.Funds, f => f.NoLaterReportIn is not null);
        Assert.Equal(Mark, MarketWording.NoLaterReport(stopped));

        var funds = Text(report, FundsSection.Title, CompaniesSection.Title);
        output.WriteLine(string.Join("\n", funds));
        // Its row: its name, the mark, then its figures; the fund that still files is not marked.
        var row = Assert.Single(funds, l => l.StartsWith("Alpha Growth Fund q2/", StringComparison.Ordinal) && l.Contains(" | 2026-04-30", StringComparison.Ordinal));
        Assert.Contains(Mark + " | 2026-04-30 | ", row, StringComparison.Ordinal);
        var still = Assert.Single(funds, l => l.StartsWith("Alpha China Fund q3/", StringComparison.Ordinal));
        Assert.DoesNotContain("No report in", still, StringComparison.Ordinal);
        // Its flagged value by category too (a row per category), and its findings.
        Assert.Equal(2, funds.Count(l => l.StartsWith("Alpha Growth Fund " + Mark + " | 2026-04-30 | ", StringComparison.Ordinal)));
        Assert.DoesNotContain(funds, l => l.StartsWith("Alpha Growth Fund | ", StringComparison.Ordinal));
        // The table lists both funds, each by its latest report: one earlier report (Alpha China Fund's of April) is left out.
        Assert.Contains("One earlier report of these funds is not listed here; " + MarketWording.FundsWhere + ".", funds);
        var findings = Text(report, FindingsSection.HeldTitle, null);
        Assert.Contains(findings, l => l.Contains("File q2/FUND_REPORTED_HOLDING.tsv · report as of 2026-04-30 · " + Mark, StringComparison.Ordinal));
    }

    [Fact]
    public void The_largest_holdings_tell_apart_two_funds_of_one_name_whose_registrants_share_a_name()
    {
        using var temp = new TempFolder();
        var report = Run(temp, NportFilings.SameNamedTrusts(Path.Combine(temp.Path, "q2")));
        Assert.Equal(2, report.Market!.LargestHoldings.Count);

        var holdings = Text(report, MarketSection.HoldingsTitle, MarketSection.ChangesTitle);
        output.WriteLine(string.Join("\n", holdings));
        const string Shared = NportFilings.SharedFund + " (" + NportFilings.SharedTrust;
        var rows = holdings.Where(l => l.StartsWith(Shared, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.StartsWith(Shared + ", CIK 2000001) " + NportFilings.SharedTrust + " · CIK 2000001 | ", rows[0], StringComparison.Ordinal);
        Assert.StartsWith(Shared + ", CIK 2000002) " + NportFilings.SharedTrust + " · CIK 2000002 | ", rows[1], StringComparison.Ordinal);
        Assert.Contains(" | 300,000 | 3.000%", rows[0], StringComparison.Ordinal);
        Assert.Contains(" | 200,000 | 2.000%", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_weight_checks_list_a_report_replaced_by_its_amendment_with_the_words_that_say_so()
    {
        using var temp = new TempFolder();
        const string cik = "1000001", trust = "Alpha Trust";
        var q2 = NportFilings.Write(Path.Combine(temp.Path, "q2"),
            new NportFiling("0001000001-26-000001", "20-MAY-2026", "30-APR-2026", "S000000001", "Alpha Growth Fund", cik, trust, [NportFilings.Hikvision(100_000m)]));
        var q3 = NportFilings.Write(Path.Combine(temp.Path, "q3"),
            new NportFiling("0001000001-26-000009", "15-JUL-2026", "30-APR-2026", "S000000001", "Alpha Growth Fund", cik, trust, [], "NPORT-P/A"));
        var report = Run(temp, q3, q2);
        const string replaced = "Not counted: replaced by its amendment (NPORT-P/A, accession 0001000001-26-000009, filed 2026-07-15)";
        Assert.Equal(replaced, Assert.Single(report.Funds, f => f.AccessionNumber == "0001000001-26-000001").NotCounted);

        var methodology = Text(report, MethodologySection.Title, null);
        output.WriteLine(string.Join("\n", methodology));
        // Both reports of the fund are weighed: the original says it is replaced, the amendment, counted, says nothing of it.
        var rows = methodology.Where(l => l.StartsWith("Alpha Growth Fund ", StringComparison.Ordinal) && l.Contains(" | ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        // (A line may break after the form's slash: NPORT-P/ A.)
        Assert.Single(rows, r => r.Replace("/ ", "/", StringComparison.Ordinal).Contains(replaced + " | ", StringComparison.Ordinal));
        Assert.Single(rows, r => !r.Contains("Not counted", StringComparison.Ordinal));
    }
}

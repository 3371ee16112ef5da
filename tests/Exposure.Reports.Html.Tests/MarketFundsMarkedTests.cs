using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.TestSupport;

namespace Exposure.Reports.Html.Tests;

/// <summary>
/// A market's tables on the web page say what the rest of the report says: a fund that stopped filing is marked where its
/// last report's figures are shown, and the largest holdings tell apart two funds of one name whose registrants share a name too.
/// </summary>
public sealed class MarketFundsMarkedTests
{
    private const string Mark = "No report in q3 (stopped filing, or not in that data set): its last report, not counted in the totals";

    private static IDocument Page(TempFolder temp, params string[] dataSets)
    {
        var report = ExposureRun.Execute(new RunRequest(dataSets.Select(d => new HoldingsInput(d, Path.GetFileName(d))).ToList(), RepoPaths.ReferenceData,
            Path.Combine(temp.Path, "out"), [], "test")).Report;
        using var stream = new MemoryStream();
        new HtmlReportRenderer().Render(report, stream);
        return new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>The rows of the table under this caption.</summary>
    private static List<IElement> Rows(IDocument doc, string caption) =>
        doc.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent.Trim() == caption).QuerySelectorAll("tbody tr").ToList();

    [Fact]
    public void The_funds_table_marks_the_last_report_of_a_fund_that_stopped_filing_beside_its_figures()
    {
        using var temp = new TempFolder();
        var (q2, q3) = NportFilings.OneFundStopsFiling(temp.Path, NportFilings.Hikvision(260_000m));
        var doc = Page(temp, q2, q3);

        var rows = Rows(doc, "Funds screened");
        var stopped = Assert.Single(rows, r => r.QuerySelector("th strong")?.TextContent == "Alpha Growth Fund");
        Assert.Equal(Mark, stopped.QuerySelector("th .no-later-report")?.TextContent);
        Assert.Equal("2026-04-30", stopped.QuerySelectorAll("td")[0].TextContent);
        var still = Assert.Single(rows, r => r.QuerySelector("th strong")?.TextContent == "Alpha China Fund");
        Assert.Null(still.QuerySelector(".no-later-report"));
        Assert.Contains(doc.QuerySelectorAll("p.note"), p => p.TextContent == "One earlier report of these funds is not listed here; " + MarketWording.FundsWhere + ".");

        // Its flagged value by category, a row per category, and its findings.
        var categories = Rows(doc, "Flagged value by category of allegation").Where(r => r.QuerySelector("th")!.TextContent.StartsWith("Alpha Growth Fund", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, categories.Count);
        Assert.All(categories, r => Assert.Equal(Mark, r.QuerySelector("th .no-later-report")?.TextContent));
        Assert.Contains(doc.QuerySelectorAll("p.note"), p => p.TextContent == "File q2/FUND_REPORTED_HOLDING.tsv · report as of 2026-04-30 · " + Mark);
    }

    [Fact]
    public void The_largest_holdings_tell_apart_two_funds_of_one_name_whose_registrants_share_a_name()
    {
        using var temp = new TempFolder();
        var doc = Page(temp, NportFilings.SameNamedTrusts(Path.Combine(temp.Path, "q2")));

        var rows = Rows(doc, "Largest holdings");
        const string Shared = NportFilings.SharedFund + " (" + NportFilings.SharedTrust;
        Assert.Equal(
            [(Shared + ", CIK 2000001)", NportFilings.SharedTrust + " · CIK 2000001", "300,000"), (Shared + ", CIK 2000002)", NportFilings.SharedTrust + " · CIK 2000002", "200,000")],
            rows.Select(r => (
                r.QuerySelector("th")!.ChildNodes.First().TextContent,
                r.QuerySelector("th .sub")!.TextContent,
                r.QuerySelectorAll("td")[1].TextContent.Trim())));
    }
}

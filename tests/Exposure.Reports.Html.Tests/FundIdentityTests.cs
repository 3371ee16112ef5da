using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Exposure.TestSupport;

namespace Exposure.Reports.Html.Tests;

/// <summary>
/// Two funds of one name from different registrants: the page names each with its registrant wherever it names a fund,
/// and draws each fund's reports over time as a group of its own.
/// </summary>
public sealed class FundIdentityTests
{
    private const string Trust0 = NportMarket.SharedName + " (Example Trust 000)";
    private const string Trust1 = NportMarket.SharedName + " (Example Trust 001)";

    private static IDocument Page() => new HtmlParser().ParseDocument(SampleRuns.SameNamed.Html);

    /// <summary>The row headers of the table under this caption.</summary>
    private static List<string> RowHeaders(IDocument doc, string caption) =>
        doc.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent.Trim() == caption)
            .QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()).ToList();

    [Fact]
    public void Over_time_gives_each_same_named_fund_its_own_two_dates()
    {
        var doc = Page();
        var rows = RowHeaders(doc, "Over time: figures").Where(r => r.StartsWith(NportMarket.SharedName, StringComparison.Ordinal)).ToList();
        Assert.Equal([Trust0, Trust0, Trust1, Trust1], rows.Order());
        var chart = doc.QuerySelectorAll("figure.chart").Single(f => doc.GetElementById(f.GetAttribute("aria-labelledby")!)?.TextContent == "Over time");
        var groups = chart.QuerySelectorAll("svg text").Select(t => t.TextContent.Trim()).Where(t => t.StartsWith(NportMarket.SharedName, StringComparison.Ordinal)).ToList();
        Assert.Equal([Trust0, Trust1], groups.Order());
    }

    [Fact]
    public void The_funds_table_where_the_company_is_held_and_the_findings_name_each_fund_with_its_registrant()
    {
        var doc = Page();
        var text = doc.Body!.TextContent;
        Assert.Contains(Trust0, text, StringComparison.Ordinal);
        Assert.Contains(Trust1, text, StringComparison.Ordinal);

        var headings = doc.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()).Where(h => h.StartsWith(NportMarket.SharedName, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(headings);
        Assert.All(headings, h => Assert.True(h is Trust0 or Trust1, h));

        var hikvision = doc.QuerySelectorAll("article.company").Single(a => a.QuerySelector("h3, h2")?.TextContent.Contains("Hikvision", StringComparison.Ordinal) == true);
        var holders = hikvision.QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()).Where(t => t.StartsWith(NportMarket.SharedName, StringComparison.Ordinal)).ToList();
        Assert.Equal([Trust1], holders);
    }
}

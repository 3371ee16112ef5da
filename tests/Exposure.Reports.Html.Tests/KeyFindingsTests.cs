using AngleSharp.Html.Parser;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Html.Tests;

/// <summary>The web page's executive summary has the PDF's key findings and its line on the largest flagged weight, worded once from the model.</summary>
public sealed class KeyFindingsTests
{
    [Theory]
    [InlineData("bundled")]
    [InlineData("scheme")]
    [InlineData("market")]
    public void The_executive_summary_lists_the_key_findings_of_the_model_with_their_words_in_bold(string name)
    {
        var run = SampleRuns.ByName(name);
        var doc = new HtmlParser().ParseDocument(run.Html);
        var expected = KeyFindings.Of(run.Report);
        Assert.NotEmpty(expected);

        Assert.Equal("Key findings", doc.QuerySelector("#executive-summary h3#key-findings")?.TextContent);
        var items = doc.QuerySelectorAll("#executive-summary ul.key-findings > li").ToList();
        Assert.Equal(expected.Select(f => string.Concat(f.Select(r => r.Text))), items.Select(li => li.TextContent));
        for (var i = 0; i < items.Count; i++)
        {
            Assert.Equal(expected[i].Where(r => r.Strong).Select(r => r.Text), items[i].QuerySelectorAll("strong").Select(s => s.TextContent));
        }
    }

    [Fact]
    public void The_tile_of_funds_holding_a_named_company_gives_the_largest_flagged_weight()
    {
        var run = SampleRuns.Bundled;
        var doc = new HtmlParser().ParseDocument(run.Html);
        var largest = KeyFindings.LargestWeight(run.Report);
        Assert.StartsWith("Largest flagged weight: ", largest, StringComparison.Ordinal);
        Assert.Contains(Wording.Percent(run.Report.Funds[0].FlaggedWeight), largest, StringComparison.Ordinal);

        Assert.Contains(doc.QuerySelectorAll("#executive-summary .tile-detail"), d => d.TextContent.StartsWith(largest + ";", StringComparison.Ordinal));
    }

    [Fact]
    public void Companies_entered_by_as_many_funds_are_all_named_as_the_most_entered_never_one_picked_by_its_name()
    {
        // Between the two quarters the Asia fund enters ZTE and the unit investment trust enters Hikvision: one fund each.
        var doc = new HtmlParser().ParseDocument(SampleRuns.Market.Html);
        var between = Assert.Single(doc.QuerySelectorAll("#executive-summary ul.key-findings > li"), li => li.TextContent.StartsWith("Between reports", StringComparison.Ordinal));
        Assert.Equal(
            "Between reports: 2 entries and 1 exit (a fund newly holding a named or related company, or no longer holding one); " +
            "the most entered were Hangzhou Hikvision Digital Technology Co., Ltd. and ZTE Corporation (1 fund each); " +
            "the most left was Hangzhou Hikvision Digital Technology Co., Ltd. (1 fund).",
            between.TextContent);
    }
}

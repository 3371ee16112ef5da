using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Exposure.Reports.Html.Tests;

/// <summary>The page's charts: related value is the only diagonally hatched fill, and a company of unknown value is listed, not left out.</summary>
public sealed class ChartsTests
{
    private static IElement Chart(IDocument doc, string title) =>
        doc.QuerySelectorAll("figure.chart").Single(f => doc.GetElementById(f.GetAttribute("aria-labelledby")!)?.TextContent == title);

    private static List<string> LegendFills(IElement chart) =>
        chart.QuerySelectorAll("ul.legend rect").Select(r => r.GetAttribute("fill")!).ToList();

    [Fact]
    public void No_category_of_allegation_is_drawn_with_the_hatching_of_related_value()
    {
        var doc = new HtmlParser().ParseDocument(SampleRuns.Market.Html);

        var related = LegendFills(Chart(doc, "By fund"))[1];
        Assert.EndsWith("-p1)", related, StringComparison.Ordinal);
        var categories = Chart(doc, "By category of allegation");
        var fills = LegendFills(categories);
        Assert.True(fills.Count >= 2, $"{fills.Count} categories");
        Assert.Equal(fills.Count, fills.Distinct().Count());
        // Diagonal hatching (p1) is related value's; cross-hatching (p4) reads as it.
        Assert.All(fills, f => Assert.False(f.EndsWith("-p1)", StringComparison.Ordinal) || f.EndsWith("-p4)", StringComparison.Ordinal), f));
        Assert.Contains("diagonally hatched bars are value in related companies", doc.GetElementById("charts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_company_of_unknown_value_is_listed_in_the_chart_by_company_and_the_caption_says_why()
    {
        var doc = new HtmlParser().ParseDocument(SampleRuns.Bundled.Html);

        var chart = Chart(doc, "By company named by a source");
        Assert.Contains("value unknown", chart.QuerySelector("svg")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The value held in Foxconn Industrial Internet Co., Ltd. is unknown (a value of its holdings could not be read): it is listed without a bar",
            chart.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        var company = doc.QuerySelectorAll("article.company").Single(a => a.QuerySelector("h3, h2")?.TextContent.Contains("Foxconn Industrial Internet", StringComparison.Ordinal) == true);
        Assert.Matches("Value held, all funds\\s*unknown", company.TextContent);
    }
}

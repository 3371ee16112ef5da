using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Exposure.Core.Reporting;
using Exposure.Reports.Html.Charts;

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
    public void Sixteen_categories_draw_the_twelve_of_largest_weight_each_in_a_fill_of_its_own_and_the_caption_says_so()
    {
        var run = SampleRuns.Categories;
        var doc = new HtmlParser().ParseDocument(run.Html);
        var chart = Chart(doc, "By category of allegation");

        var fills = LegendFills(chart);
        Assert.Equal(12, fills.Count);
        Assert.Equal(fills.Count, fills.Distinct().Count());
        Assert.All(fills, f => Assert.False(f.EndsWith("-p1)", StringComparison.Ordinal), f));
        // Every pattern a fill names is defined, on a ground, with lines or dots over it.
        foreach (var fill in fills.Where(f => f.StartsWith("url(#", StringComparison.Ordinal)))
        {
            var pattern = doc.GetElementById(fill[5..^1]);
            Assert.NotNull(pattern);
            Assert.Equal("pattern", pattern.LocalName);
            Assert.True(pattern.QuerySelectorAll("path, circle").Length > 0, fill);
        }

        // The series are the twelve categories of largest weight in a fund; each bar is in its series' fill.
        var weights = run.Report.Funds.SelectMany(f => f.ByCategory).GroupBy(c => Wording.Category(c)).ToDictionary(g => g.Key, g => g.Max(c => c.Weight ?? 0));
        Assert.Equal(16, weights.Count);
        var legend = chart.QuerySelectorAll("ul.legend li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(weights.OrderByDescending(w => w.Value).Take(12).Select(w => w.Key).Order(StringComparer.Ordinal), legend.Order(StringComparer.Ordinal));
        var bars = chart.QuerySelectorAll("svg.chart-svg > rect").ToList();
        Assert.NotEmpty(bars);
        Assert.All(bars, bar =>
        {
            var label = bar.NextElementSibling!.TextContent;
            var series = legend.Single(name => label.StartsWith(name + ": ", StringComparison.Ordinal));
            Assert.Equal(fills[legend.IndexOf(series)], bar.GetAttribute("fill"));
        });

        Assert.Contains(
            "Of the 16 categories of allegation, the 12 with the largest flagged weight in a fund are drawn, each in a fill of its own; the table of the chart's figures lists every one.",
            chart.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        var table = chart.QuerySelector("details.chart-data table")!;
        Assert.Equal(16, table.QuerySelectorAll("tbody tr").Select(r => r.Children[1].TextContent).Distinct().Count());
    }

    [Fact]
    public void Each_of_the_twelve_category_fills_paints_apart_and_there_is_no_thirteenth()
    {
        var paints = Enumerable.Range(0, CategoryFills.Count).Select(i => Fills.Paint(Fills.Category(i), "chart-1")).ToList();
        for (var n = 1; n <= paints.Count; n++)
        {
            Assert.Equal(n, paints.Take(n).Distinct().Count());
        }

        Assert.Equal(Fills.Paint(Fills.Named, "chart-1"), paints[0]);
        Assert.DoesNotContain(Fills.Paint(Fills.Related, "chart-1"), paints);
        Assert.Throws<ArgumentOutOfRangeException>(() => Fills.Category(CategoryFills.Count));
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

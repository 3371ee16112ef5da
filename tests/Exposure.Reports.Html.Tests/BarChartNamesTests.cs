using Exposure.Reports.Html.Charts;

namespace Exposure.Reports.Html.Tests;

/// <summary>A chart's long names are cut so that two names never read the same.</summary>
public sealed class BarChartNamesTests
{
    [Fact]
    public void Two_share_classes_of_one_long_named_fund_keep_the_ends_that_tell_them_apart()
    {
        const string fund = "Northern Lights Global Emerging Markets Sustainable Equity Fund";
        var names = BarChart.Names([$"{fund} - Accumulation", $"{fund} - Distribution", "ZTE Corporation"]);

        Assert.Equal(3, names.Distinct(StringComparer.Ordinal).Count());
        Assert.EndsWith("- Accumulation", names[0], StringComparison.Ordinal);
        Assert.EndsWith("- Distribution", names[1], StringComparison.Ordinal);
        Assert.StartsWith("Northern Lights Global", names[0], StringComparison.Ordinal);
        Assert.Contains('…', names[0]);
        Assert.All(names.Take(2), n => Assert.True(n.Length <= 48, n));
        Assert.Equal("ZTE Corporation", names[2]);
    }

    [Fact]
    public void Names_that_would_still_read_the_same_cut_are_written_whole()
    {
        var a = "Xinjiang Production and Construction Corps Agricultural Division One Holdings";
        var b = "Xinjiang Production and Construction Corps Industrial Division One Holdings";
        Assert.Equal([a, b], BarChart.Names([a, b]));
    }
}

using Exposure.Core.Holdings;
using Exposure.Core.Reporting;

namespace Exposure.Core.Tests.Reporting;

/// <summary>
/// The fills of a chart of categories: twelve, each apart from every other in greyscale (in pattern, or in shade where two
/// share a pattern), and a chart of more categories draws the twelve with the largest weight and says so.
/// </summary>
public sealed class CategoryFillsTests
{
    private static readonly ListTerms Terms = ListTerms.NamedOnly;

    private static FundExposure Fund(string id, params (string Category, string? List, decimal? Weight)[] categories) =>
        new FundExposure(id, id, MetadataOrigin.File, new DateOnly(2026, 4, 30), MetadataOrigin.File, "USD", id + ".csv", "iShares",
            1_000_000m, FundValueBasis.StatedNetAssets, 1_000_000m, 1_000_000m, 0m, 10_000m, 0.01m, 0m, 0m, 0m, 0m, 1,
            StateCounts.Zero, 2, [], new WeightCheck(0, 0, 0m, 0.01m), 1_000_000m, [], UnknownValues.None)
        {
            ByCategory = categories.Select(c => new CategoryExposure(c.Category, c.Weight * 1_000_000m, c.Weight, 1, List: c.List)).ToList(),
        };

    [Fact]
    public void Twelve_fills_each_apart_from_every_other_in_greyscale()
    {
        var fills = CategoryFills.All;
        Assert.Equal(12, CategoryFills.Count);
        Assert.Equal(fills.Count, fills.Distinct().Count());
        for (var i = 0; i < fills.Count; i++)
        {
            for (var j = i + 1; j < fills.Count; j++)
            {
                // Two fills of one pattern differ in shade by a quarter of the way from black to white at least.
                if (fills[i].Pattern == fills[j].Pattern)
                    Assert.True(Math.Abs(fills[i].Grey - fills[j].Grey) >= 0.25, $"fills {i} and {j}: {fills[i]} and {fills[j]}");
            }
        }

        // The first is the solid dark of value in named companies; white grounds are patterned, so no bar is blank.
        Assert.Equal(new SeriesFill("#374150", FillPattern.None), fills[0]);
        Assert.All(fills.Where(f => f.Grey > 0.95), f => Assert.NotEqual(FillPattern.None, f.Pattern));
        Assert.True(fills[7].DarkGround);
        Assert.False(fills[2].DarkGround);
        Assert.Throws<ArgumentOutOfRangeException>(() => CategoryFills.For(CategoryFills.Count));
    }

    [Fact]
    public void Past_twelve_categories_the_chart_draws_the_twelve_of_largest_weight_in_name_order_and_says_so()
    {
        // 16 categories over two funds; one list's "z-small" and the three "a-small-*" weigh least, one "z-large" only in the second fund.
        var first = Fund("one",
        [
            .. Enumerable.Range(0, 10).Select(i => ($"c{i:00}", (string?)"List A", (decimal?)(0.01m + i * 0.001m))),
            ("a-small-1", "List A", 0.0001m), ("a-small-2", "List B", 0.0002m), ("a-small-3", null, null), ("z-small", "List B", 0.0003m),
        ]);
        var second = Fund("two", ("z-large", "List B", 0.5m), ("c05", "List B", 0.02m), ("a-small-1", "List A", 0.00005m));

        var drawn = CategoryFills.Drawn([first, second]);

        Assert.Equal(16, drawn.Total);
        Assert.Equal(12, drawn.Series.Count);
        Assert.Equal(
            [.. Enumerable.Range(0, 10).Select(i => ($"c{i:00}", (string?)"List A")).Take(5), ("c05", "List A"), ("c05", "List B"),
             .. Enumerable.Range(6, 4).Select(i => ($"c{i:00}", (string?)"List A")), ("z-large", "List B")],
            drawn.Series);
        Assert.Equal(-1, drawn.IndexOf(first.ByCategory.Single(c => c.Category == "z-small")));
        Assert.Equal(11, drawn.IndexOf(second.ByCategory[0]));
        Assert.Equal(
            " Of the 16 categories of allegation, the 12 with the largest flagged weight in a fund are drawn, each in a fill of its own; the table lists every one.",
            Wording.CategoriesDrawn(drawn, Terms, "the table"));
    }

    [Fact]
    public void Up_to_twelve_categories_every_one_is_drawn_in_name_order_and_nothing_is_said()
    {
        var drawn = CategoryFills.Drawn(
        [
            Fund("one", ("surveillance", "List B", 0.01m), ("forced-labour", "List B", 0.2m), ("surveillance", "List A", null)),
            Fund("two", ("forced-labour", "List B", 0.1m), ("labour-transfer", null, 0.3m)),
        ]);

        Assert.Equal([("forced-labour", "List B"), ("labour-transfer", null), ("surveillance", "List A"), ("surveillance", "List B")], drawn.Series);
        Assert.Equal(4, drawn.Total);
        Assert.Equal("", Wording.CategoriesDrawn(drawn, Terms, "the table"));
    }
}

using Exposure.Reports.Pdf.Layout;
using Exposure.Reports.Pdf.Report;

namespace Exposure.Reports.Pdf.Tests.Report;

/// <summary>Bars of related companies are the only diagonally hatched bars: a category of allegation never looks like them.</summary>
public sealed class ChartFillTests
{
    [Fact]
    public void No_category_of_allegation_is_drawn_with_the_hatching_of_related_value_and_each_is_drawn_apart()
    {
        var related = Typography.RelatedFill;
        Assert.Equal(Hatch.Diagonal, related.Hatch);

        var fills = Enumerable.Range(0, 2 * Typography.CategoryFills.Count).Select(Typography.CategoryFill).ToList();
        Assert.All(fills, f => Assert.NotEqual(related, f));
        Assert.All(fills, f => Assert.DoesNotContain(f.Hatch, new[] { Hatch.Diagonal, Hatch.BackDiagonal, Hatch.Cross }));
        Assert.Equal(Typography.CategoryFills.Count, fills.Take(Typography.CategoryFills.Count).Distinct().Count());
        Assert.Equal(Typography.NamedFill, fills[0]);
    }
}

using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;
using Exposure.Reports.Pdf.Report;
using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Tests.Report;

/// <summary>
/// Bars of related companies are the only diagonally hatched bars: a category of allegation never looks like them, and
/// each of the twelve categories a chart can draw has a fill of its own, the first six as they always were.
/// </summary>
public sealed class ChartFillTests
{
    [Fact]
    public void No_category_of_allegation_is_drawn_with_the_hatching_of_related_value_and_each_is_drawn_apart()
    {
        var related = Typography.RelatedFill;
        Assert.Equal(Hatch.Diagonal, related.Hatch);

        var fills = Enumerable.Range(0, CategoryFills.Count).Select(Typography.CategoryFill).ToList();
        Assert.Equal(12, fills.Count);
        Assert.All(fills, f => Assert.NotEqual(related, f));
        Assert.All(fills, f => Assert.DoesNotContain(f.Hatch, new[] { Hatch.Diagonal, Hatch.BackDiagonal, Hatch.Cross }));
        for (var n = 1; n <= fills.Count; n++)
        {
            Assert.Equal(n, fills.Take(n).Distinct().Count());
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => Typography.CategoryFill(CategoryFills.Count));
    }

    [Fact]
    public void The_first_six_categories_keep_their_fills_and_the_others_follow_the_fills_every_renderer_shares()
    {
        var white = XColor.FromArgb(255, 255, 255);
        Assert.Equal(
            [
                Typography.NamedFill, new BarFill(XColor.FromArgb(150, 158, 170)), new BarFill(white, Hatch.Horizontal),
                new BarFill(XColor.FromArgb(225, 228, 232)), new BarFill(white, Hatch.Vertical), new BarFill(XColor.FromArgb(200, 205, 212), Hatch.Grid),
            ],
            Enumerable.Range(0, 6).Select(Typography.CategoryFill));

        var patterns = new Dictionary<FillPattern, Hatch>
        {
            [FillPattern.None] = Hatch.None, [FillPattern.HorizontalLines] = Hatch.Horizontal, [FillPattern.VerticalLines] = Hatch.Vertical,
            [FillPattern.Grid] = Hatch.Grid, [FillPattern.SmallDots] = Hatch.Dots, [FillPattern.LargeDots] = Hatch.LargeDots,
        };
        for (var i = 0; i < CategoryFills.Count; i++)
        {
            var spec = CategoryFills.All[i];
            var fill = Typography.CategoryFill(i);
            Assert.Equal(spec.Rgb, (fill.Fill.R, fill.Fill.G, fill.Fill.B));
            Assert.Equal(patterns[spec.Pattern], fill.Hatch);
            // White lines and dots over a dark ground, which keeps a dark outline; dark ones over a light ground.
            Assert.Equal(spec.DarkGround && spec.Pattern != FillPattern.None ? XColors.White : XColor.FromArgb(40, 40, 40), fill.Ink);
            Assert.NotEqual(XColors.White, fill.Outline ?? fill.Ink);
        }
    }
}

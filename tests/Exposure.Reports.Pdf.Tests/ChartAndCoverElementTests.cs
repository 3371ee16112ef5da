using Exposure.Reports.Pdf.Layout;
using Exposure.TestSupport;
using PdfSharp.Drawing;
using Xunit.Abstractions;

namespace Exposure.Reports.Pdf.Tests;

/// <summary>The layout elements the cover, executive summary and charts use: grouped bars, bar fills, contents, bullets, kept space.</summary>
public sealed class ChartAndCoverElementTests(ITestOutputHelper output)
{
    private static readonly BarSeries[] TwoSeries = [new("named", BarFill.ForSeries(0)), new("related", BarFill.ForSeries(1))];

    [Fact]
    public void A_grouped_bar_chart_has_a_legend_a_block_per_group_and_an_axis()
    {
        using var measure = Contexts.NewMeasure();
        var context = Contexts.New(measure);
        var chart = new GroupedBarChart(TwoSeries,
        [
            new BarGroup("Fund A", [new GroupBar(0, 120) { ValueLabel = "USD 120" }, new GroupBar(1, 30)]),
            new BarGroup("Fund B with a name long enough to wrap over two lines", [new GroupBar(0, 80)]),
        ])
        {
            AxisTitle = "USD",
            Caption = "Two funds shown.",
        };

        var blocks = chart.Layout(context, 400);
        var texts = blocks.Select(b => b.Text).Where(t => t.Length > 0).ToList();
        output.WriteLine(string.Join("\n---\n", texts));

        Assert.Equal("named · related", texts[0]);
        Assert.Equal("Fund A\nUSD 120\n30", texts[1]);
        Assert.StartsWith("Fund B with a name", texts[2], StringComparison.Ordinal);
        Assert.StartsWith("0 25 50 75 100 125\nUSD", texts[3], StringComparison.Ordinal);
        Assert.Equal("Two funds shown.", texts[^1]);
        Assert.All(blocks.Take(blocks.Count - 2), b => Assert.True(b.KeepWithNext));
    }

    [Fact]
    public void Grouped_bars_must_be_finite_not_negative_and_in_a_series()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GroupedBarChart(TwoSeries, [new BarGroup("x", [new GroupBar(0, -1)])]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GroupedBarChart(TwoSeries, [new BarGroup("x", [new GroupBar(0, double.NaN)])]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GroupedBarChart(TwoSeries, [new BarGroup("x", [new GroupBar(2, 1)])]));
    }

    [Fact]
    public void Series_fills_differ_in_shade_or_hatching_so_they_read_in_greyscale()
    {
        var fills = BarFill.Series;
        var keys = fills.Select(f => (Grey: Math.Round(f.Fill.GetBrightness(), 2), f.Hatch)).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(fills[1], BarFill.ForSeries(1 + fills.Count));
    }

    [Fact]
    public void A_space_kept_at_the_top_of_a_page_moves_the_content_down()
    {
        var document = new PdfReportDocument(TestFonts.Set);
        document.Add(new Spacer(100) { KeepAtPageTop = true }).Add(new Paragraph("Title"));
        var dropped = new PdfReportDocument(TestFonts.Set);
        dropped.Add(new Spacer(100)).Add(new Paragraph("Title"));

        var kept = document.Layout().Pages[0];
        var first = kept.Blocks.First(b => b.Block.Text == "Title");

        Assert.Equal(kept.Body.Top + 100, first.Position.Y, 3);
        Assert.Equal(dropped.Layout().Pages[0].Body.Top, dropped.Layout().Pages[0].Blocks.First(b => b.Block.Text == "Title").Position.Y, 3);
    }

    [Fact]
    public void A_bullet_list_hangs_its_lines_after_the_bullet()
    {
        using var measure = Contexts.NewMeasure();
        var context = Contexts.New(measure);
        var list = new BulletList([[new TextSpan("First") { Bold = true }, " item, long enough to wrap over two lines at this narrow width."], ["Second."]]);

        var texts = list.Layout(context, 150).Select(b => b.Text).Where(t => t.Length > 0).ToList();

        Assert.StartsWith("• First item", texts[0], StringComparison.Ordinal);
        Assert.StartsWith("  ", texts[1], StringComparison.Ordinal);
        Assert.Equal("• Second.", texts[^1]);
    }

    [SkippableFact]
    public void Contents_give_the_page_each_bookmark_lands_on()
    {
        Requires.Program("pdftotext", "poppler-utils");

        var document = new PdfReportDocument(TestFonts.Set);
        document.Add(new Contents([new OutlineEntry("Alpha", 1), new OutlineEntry("Beta", 2), new OutlineEntry("Not in the document", 1)]));
        document.Add(new PageBreak()).Add(new Heading("Alpha")).Add(new PageBreak()).Add(new PageBreak()).Add(new Paragraph("x"));
        document.Add(new PageBreak()).Add(new Heading("Beta", 2)).Add(new Paragraph("y"));
        var path = Path.Combine(Path.GetTempPath(), $"exposure-contents-{Guid.NewGuid():N}.pdf");
        try
        {
            document.Save(path);
            var first = PdfTools.PageTexts(path)[0];
            output.WriteLine(first);
            var lines = first.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

            Assert.Matches(@"^Alpha\s+2$", lines[0]);
            Assert.Matches(@"^Beta\s+4$", lines[1]);
            Assert.Equal("Not in the document", lines[2]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The value axis's tick labels, each a box on the page, keep apart, from 0 to the last tick.</summary>
    private static IReadOnlyList<(double Value, double Left, double Right)> AssertTickLabelsApart(IReadOnlyList<LayoutBlock> blocks, double maximum)
    {
        var labels = Assert.Single(blocks.OfType<BarChartAxisBlock>()).Labels;
        Assert.True(labels.Count >= 2, "the axis keeps at least 0 and its last tick");
        Assert.Equal(0, labels[0].Value);
        Assert.True(labels[^1].Value >= maximum, "the last tick is at or beyond the largest value");
        for (var i = 1; i < labels.Count; i++)
        {
            Assert.True(labels[i].Left >= labels[i - 1].Right + AxisScale.LabelGap - 0.01,
                $"the labels of {labels[i - 1].Value} and {labels[i].Value} overlap or touch: {labels[i - 1].Right:0.0} > {labels[i].Left:0.0}");
        }

        return labels;
    }

    [Theory]
    [InlineData(1_234_567)]
    [InlineData(987_654_321_098)]
    [InlineData(12_345)]
    public void In_a_narrow_plot_the_axis_has_fewer_ticks_and_their_labels_never_touch(double maximum)
    {
        using var measure = Contexts.NewMeasure();
        var context = Contexts.New(measure);
        // Long labels and value labels leave the bars a narrow plot, too narrow for the axis's usual ticks.
        var name = "An Extremely Long Industrial Technology Group Holding Company Name Ltd.";
        var chart = new BarChart(
        [
            new BarItem(name, maximum) { ValueLabel = "USD 987,654,321,098 (at least 12.345% of the fund)" },
            new BarItem(name + " B", maximum / 3) { ValueLabel = "USD 329,218,107,032 (4.115%)" },
        ]);

        var labels = AssertTickLabelsApart(chart.Layout(context, 240), maximum);
        Assert.True(labels.Count < AxisScale.For(maximum).Ticks().Count(), "the narrow plot takes fewer ticks than a wide one");

        // The same chart with room keeps its usual ticks.
        var wide = AssertTickLabelsApart(new BarChart([new BarItem("A", maximum), new BarItem("B", maximum / 3)]).Layout(context, 700), maximum);
        Assert.Equal(AxisScale.For(maximum).Ticks(), wide.Select(l => l.Value));
    }

    [Fact]
    public void A_grouped_chart_in_a_narrow_plot_has_fewer_ticks_and_their_labels_never_touch()
    {
        using var measure = Contexts.NewMeasure();
        var context = Contexts.New(measure);
        var chart = new GroupedBarChart(TwoSeries,
        [
            new BarGroup("A fund with a name long enough to take most of the chart's width", [new GroupBar(0, 123_456_789) { ValueLabel = "USD 123,456,789 (at least 20.000%)" }, new GroupBar(1, 30_000_000)]),
        ]);

        var labels = AssertTickLabelsApart(chart.Layout(context, 220), 123_456_789);
        Assert.True(labels.Count < AxisScale.For(123_456_789).Ticks().Count(), "the narrow plot takes fewer ticks than a wide one");
    }

    [Fact]
    public void Hatched_and_hairline_bars_render()
    {
        var document = new PdfReportDocument(TestFonts.Set);
        document.Add(new BarChart([new BarItem("a", 3) { Fill = new BarFill(XColors.White, Hatch.Cross) }, new BarItem("b", 0.001) { Fill = BarFill.ForSeries(5) }]));

        var bytes = document.RenderToBytes();

        Assert.True(bytes.Length > 1000);
    }
}

using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Tests;

public sealed class GeometryTests
{
    [Theory]
    [InlineData(240, 250, 50)]
    [InlineData(87, 100, 20)]
    [InlineData(5, 5, 1)]
    [InlineData(0.37, 0.4, 0.1)]
    [InlineData(1_234_567, 1_250_000, 250_000)]
    [InlineData(0, 1, 0.2)]
    public void Axis_scales_round_up_to_a_tidy_maximum(double maximum, double expectedMaximum, double expectedStep)
    {
        var scale = AxisScale.For(maximum);

        Assert.Equal(expectedMaximum, scale.Maximum, 9);
        Assert.Equal(expectedStep, scale.Step, 9);
        Assert.Equal(0, scale.Ticks().First());
        Assert.Equal(expectedMaximum, scale.Ticks().Last(), 9);
    }

    [Fact]
    public void A_narrow_plot_takes_fewer_ticks_with_a_nice_step_keeping_0_and_the_last()
    {
        // Labels 6 points a character, as "250,000" is 42 points: five ticks need about 5 x 46 points.
        static double Width(double v) => 6 * v.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture).Length;

        Assert.Equal(AxisScale.For(1_234_567), AxisScale.Fitted(1_234_567, 400, Width, 100));
        Assert.False(AxisScale.LabelsFit(AxisScale.For(1_234_567), 120, Width));

        var narrow = AxisScale.Fitted(1_234_567, 120, Width, 100);
        Assert.True(AxisScale.LabelsFit(narrow, 120, Width));
        Assert.Equal(0, narrow.Ticks().First());
        Assert.True(narrow.Maximum >= 1_234_567);
        Assert.True(narrow.Ticks().Count() is >= 2 and < 6);
        // The step is nice: 1, 2, 2.5 or 5 times a power of ten.
        var mantissa = narrow.Step / Math.Pow(10, Math.Floor(Math.Log10(narrow.Step)));
        Assert.Contains(Math.Round(mantissa, 9), new[] { 1, 2, 2.5, 5 });

        // Too narrow for any two labels: 0 and the last tick still stand.
        Assert.Equal([0, 2_000_000], AxisScale.Fitted(1_234_567, 10, Width, 100).Ticks());
    }

    [Fact]
    public void Relative_columns_share_the_width_left_by_fixed_columns()
    {
        var widths = ColumnWidth.Resolve([ColumnWidth.Fixed(50), ColumnWidth.Relative(3), ColumnWidth.Relative(1)], 450);

        Assert.Equal([50, 300, 100], widths);
    }

    [Fact]
    public void Fixed_columns_wider_than_the_table_are_scaled_down_proportionally()
    {
        var widths = ColumnWidth.Resolve([ColumnWidth.Fixed(300), ColumnWidth.Fixed(100)], 200);

        Assert.Equal([150, 50], widths);
    }

    [Fact]
    public void Relative_columns_keep_a_minimum_share_when_fixed_columns_take_everything()
    {
        var widths = ColumnWidth.Resolve([ColumnWidth.Fixed(400), ColumnWidth.Relative(1)], 400);

        Assert.Equal(400, widths.Sum(), 9);
        Assert.True(widths[1] > 30);
    }

    [Fact]
    public void Widths_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Fixed(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Relative(-1));
    }
}

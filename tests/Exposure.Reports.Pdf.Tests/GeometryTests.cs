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

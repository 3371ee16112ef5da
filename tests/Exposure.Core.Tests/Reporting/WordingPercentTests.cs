using Exposure.Core.Reporting;

namespace Exposure.Core.Tests.Reporting;

/// <summary>The one rule every output shows a percentage by: three decimals, more for a nonzero share that would read as zero.</summary>
public sealed class WordingPercentTests
{
    [Theory]
    [InlineData("0.0125", "1.250%", 3)]
    [InlineData("0.05365", "5.365%", 3)]
    [InlineData("0", "0.000%", 3)]
    [InlineData("0.000024614348", "0.002%", 3)]
    [InlineData("0.0000049", "0.0005%", 4)]
    [InlineData("0.00000024", "0.00002%", 5)]
    [InlineData("-0.0000049", "-0.0005%", 4)]
    [InlineData("0.00000000000001", "0.0000000000%", 10)]
    public void A_fraction_reads_with_three_decimals_or_as_many_as_its_first_nonzero_digit_needs(string fraction, string text, int decimals)
    {
        var value = decimal.Parse(fraction, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(decimals, Wording.DecimalsOf(value));
        Assert.Equal(text, Wording.Percent(value));
    }

    [Fact]
    public void No_nonzero_share_of_a_holding_a_fund_could_hold_reads_as_zero()
    {
        // From a whole fund down to a unit of money in a trillion: never "0.000%", and never more decimals than needed.
        for (var fraction = 1m; fraction >= 0.000000000001m; fraction /= 7)
        {
            var text = Wording.Percent(fraction);
            Assert.NotEqual(0m, decimal.Parse(text.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture));
            var decimals = Wording.DecimalsOf(fraction);
            Assert.True(decimals == Wording.PercentDecimals || Math.Round(fraction * 100, decimals - 1, MidpointRounding.AwayFromZero) == 0, $"{fraction}: {text}");
        }
    }

    [Fact]
    public void An_unknown_share_reads_unknown() => Assert.Equal(Wording.Unknown, Wording.Percent(null));

    [Theory]
    [InlineData("0.00375", "0.375%")]
    [InlineData("0.0000049", "0.0005%")]
    [InlineData("0.07", "7%")]
    [InlineData("0.035350506", "3.54%")]
    [InlineData("0.5", "50%")]
    [InlineData("0.975", "97.5%")]
    [InlineData("1.2", "120%")]
    public void Rows_over_stated_net_assets_below_one_percent_read_by_the_same_rule_never_as_zero(string ratio, string text)
    {
        var value = decimal.Parse(ratio, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(text, NetAssetsCheck.Percent(value));
    }
}

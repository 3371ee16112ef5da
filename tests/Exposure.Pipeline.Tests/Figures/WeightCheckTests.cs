using System.Globalization;
using Exposure.Core.Reporting;
using Exposure.Pipeline.Figures;

namespace Exposure.Pipeline.Tests.Figures;

/// <summary>The check of values against stated weights decides most rows in doubles; its figures are the decimals' own.</summary>
public sealed class WeightCheckTests
{
    /// <summary>Every row worked out in decimals: the definition the check must agree with.</summary>
    private static WeightCheck Decimals(IReadOnlyList<(decimal Value, decimal FileWeight)> weights, decimal fundValue, decimal toPercent, decimal tolerance)
    {
        var outside = 0;
        var max = 0m;
        foreach (var (value, weight) in weights)
        {
            decimal diff;
            try
            {
                diff = Math.Abs(value / fundValue * 100 - weight * toPercent);
            }
            catch (OverflowException)
            {
                outside++;
                continue;
            }
            if (diff > tolerance) outside++;
            if (diff > max) max = diff;
        }
        return new WeightCheck(weights.Count, outside, Math.Round(max, 4), tolerance);
    }

    [Fact]
    public void Random_funds_give_the_decimals_figures()
    {
        var random = new Random(61206);
        for (var fund = 0; fund < 2_000; fund++)
        {
            var rows = random.Next(1, 300);
            var values = Enumerable.Range(0, rows).Select(_ => Math.Round((decimal)random.NextDouble() * 1_000_000m, random.Next(0, 4))).ToList();
            var total = values.Sum() is var sum && sum == 0 ? 1m : sum;
            var fraction = random.Next(2) == 0;
            var toPercent = fraction ? 100m : 1m;
            var tolerance = new[] { 0.01m, 0.05m, 0.1m, 0m }[random.Next(4)];
            var weights = values.Select(v =>
            {
                var percent = v / total * 100;
                // Stated weights as files give them: rounded, exact, a little off, or far off.
                percent = random.Next(5) switch
                {
                    0 => Math.Round(percent, 2),
                    1 => percent,
                    2 => Math.Round(percent, 4) + tolerance,
                    3 => Math.Round(percent, 3) - tolerance * 2,
                    _ => percent * 1000,
                };
                return (v, fraction ? percent / 100 : percent);
            }).ToList();
            var fundValue = random.Next(4) == 0 ? total * 1.5m : total;
            var expected = Decimals(weights, fundValue, toPercent, tolerance);
            var actual = FundAccumulator.CheckWeights(weights, fundValue, toPercent, tolerance);
            Assert.Equal(expected, actual);
            // The same decimal, to its last written zero: reports print it as it is.
            Assert.Equal(expected.MaxDifferencePercent.ToString(CultureInfo.InvariantCulture), actual.MaxDifferencePercent.ToString(CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Weights_that_agree_exactly_give_no_difference()
    {
        (decimal, decimal)[] weights = [(250m, 25m), (750m, 75m)];
        Assert.Equal(new WeightCheck(2, 0, 0m, 0.05m), FundAccumulator.CheckWeights(weights, 1000m, 1m, 0.05m));
    }

    [Fact]
    public void A_fund_value_all_but_zero_counts_the_row_outside()
    {
        (decimal, decimal)[] weights = [(decimal.MaxValue / 2, 5m), (1m, 5m)];
        var check = FundAccumulator.CheckWeights(weights, 0.0000000000000000000000000001m, 1m, 0.05m);
        Assert.Equal(Decimals(weights, 0.0000000000000000000000000001m, 1m, 0.05m), check);
        Assert.Equal(2, check.RowsOutsideTolerance);
    }

    [Fact]
    public void No_fund_value_checks_nothing() =>
        Assert.Equal(new WeightCheck(0, 0, 0, 0.05m), FundAccumulator.CheckWeights([(1m, 1m)], null, 1m, 0.05m));
}

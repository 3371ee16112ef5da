using Exposure.Core.Holdings;
using Exposure.Core.Reporting;
using Exposure.Pipeline.Figures;
using static Exposure.Pipeline.Tests.Figures.BundledFigures;

namespace Exposure.Pipeline.Tests.Figures;

/// <summary>
/// Weights written as fractions of the fund (0.05 for 5%): read as fractions only when the file leaves the unit unsaid
/// and the weights show it, and then said beside the figures; a file that says percent, or whose values against its
/// stated net assets confirm percent, keeps its weights as written.
/// </summary>
public sealed class FractionWeightsTests
{
    private static Holding Row(int line, string name, decimal? value, decimal? weight, bool percentSign = false) =>
        Normaliser.Normalise(new HoldingRow(new SourceLocation("f.csv", line), name, Currency: "USD", MarketValue: value, WeightPercent: weight,
            WeightWithPercentSign: percentSign));

    private static FundMetadata Fund(decimal? netAssets, bool weightsMarkedPercent) =>
        new("Fund", MetadataOrigin.File, new DateOnly(2025, 1, 15), MetadataOrigin.File, netAssets, "test", WeightsMarkedPercent: weightsMarkedPercent);

    /// <summary>A fund of three rows, the first in a named company, completed and built into a report.</summary>
    private static (FundExposure Fund, ExposureReport Report) Screen(FundMetadata metadata, params (decimal? Value, decimal? Weight, bool PercentSign)[] rows)
    {
        var builder = new ExposureBuilder(Reference);
        var fund = builder.BeginFund("f.csv", metadata);
        for (var i = 0; i < rows.Length; i++)
        {
            var (value, weight, sign) = rows[i];
            if (i == 0) fund.Add(Row(i + 2, "ZTE", value, weight, sign), RowState.Matched, Hit("zte"));
            else fund.Add(Row(i + 2, "OTHER " + i, value, weight, sign), RowState.Unmatched);
        }
        var result = fund.Complete();
        builder.Add(result);
        return (result.Fund, builder.Build(Run, rows.Length));
    }

    private static FigureWarning? FractionNote(ExposureReport report) =>
        report.Summary.Warnings.SingleOrDefault(w => w.Code == "weights-as-fractions");

    [Fact]
    public void Weights_only_that_add_up_to_1_under_a_header_that_does_not_say_percent_are_fractions_and_the_report_says_so()
    {
        var (f, report) = Screen(Fund(null, weightsMarkedPercent: false), (null, 0.05m, false), (null, 0.55m, false), (null, 0.40m, false));

        Assert.Equal(0.05m, f.FlaggedWeight);
        Assert.Equal(WeightBasis.FileWeights, f.WeightBasis);
        Assert.Null(f.FundValue);
        Assert.Equal(new FractionWeights(1.00m, FractionEvidence.SumIsOne), f.WeightCheck.ReadAsFractions);
        Assert.Equal(100m, f.WeightCheck.StatedSumPercent);
        var note = FractionNote(report);
        Assert.NotNull(note);
        Assert.Equal(f.Id, note.FundId);
        Assert.Contains("the file's weights add up to 1.00", note.Text);
        Assert.Contains("they are read as fractions of the fund", note.Text);
        Assert.Contains("the flagged weight is 5.000%", note.Text);
    }

    [Fact]
    public void Fraction_weights_beside_values_give_the_sum_of_the_rows_as_fund_value_not_one_a_hundred_times_larger()
    {
        // 0.1097 of 1,000: every weight agrees with value over the sum of the rows once read as a fraction.
        var (f, report) = Screen(Fund(null, weightsMarkedPercent: false), (109.7m, 0.1097m, false), (500.3m, 0.5003m, false), (390m, 0.39m, false));

        Assert.Equal(1000m, f.FundValue);
        Assert.Equal(FundValueBasis.SumOfRows, f.FundValueBasis);
        Assert.Equal(WeightBasis.ValueOverFundValue, f.WeightBasis);
        Assert.Equal(0.1097m, f.FlaggedWeight);
        Assert.Equal(0, f.WeightCheck.RowsOutsideTolerance);
        Assert.Null(f.AlternativeFlaggedWeight);
        Assert.NotNull(FractionNote(report));
        Assert.DoesNotContain(report.Summary.Warnings, w => w.Code == "weights-disagree");
    }

    [Fact]
    public void Weights_that_agree_with_stated_net_assets_only_as_fractions_are_fractions_even_when_the_file_lists_part_of_the_fund()
    {
        // Net assets 10,000; the rows are 3% of it, written 0.03 in all.
        var (f, report) = Screen(Fund(10_000m, weightsMarkedPercent: false), (100m, 0.01m, false), (150m, 0.015m, false), (50m, 0.005m, false));

        Assert.Equal(new FractionWeights(0.03m, FractionEvidence.AgreeWithNetAssets), f.WeightCheck.ReadAsFractions);
        Assert.Equal(10_000m, f.FundValue);
        Assert.Equal(0.01m, f.FlaggedWeight);
        Assert.Equal(0, f.WeightCheck.RowsOutsideTolerance);
        Assert.Contains("as fractions of the fund, not as percentages", FractionNote(report)!.Text);
    }

    [Fact]
    public void A_partial_file_whose_percent_weights_add_up_to_1_and_agree_with_its_stated_net_assets_is_left_as_it_is()
    {
        // A sliver of a fund of 100,000: 0.5% + 0.3% + 0.2% = 1%, each value confirming its weight in percent. The
        // header does not say percent, and the weights add up to 1: only the values tell.
        var (f, report) = Screen(Fund(100_000m, weightsMarkedPercent: false), (500m, 0.5m, false), (300m, 0.3m, false), (200m, 0.2m, false));

        Assert.Null(f.WeightCheck.ReadAsFractions);
        Assert.Equal(1.0m, f.WeightCheck.StatedSumPercent);
        Assert.Equal(100_000m, f.FundValue);
        Assert.Equal(FundValueBasis.StatedNetAssets, f.FundValueBasis);
        Assert.Equal(0.005m, f.FlaggedWeight);
        Assert.Equal(0, f.WeightCheck.RowsOutsideTolerance);
        Assert.Null(FractionNote(report));
    }

    [Fact]
    public void A_partial_file_whose_header_says_percent_keeps_its_weights_though_they_add_up_to_1()
    {
        // No net assets: the values cannot tell the two readings apart, the header does.
        var (f, report) = Screen(Fund(null, weightsMarkedPercent: true), (500m, 0.5m, false), (300m, 0.3m, false), (200m, 0.2m, false));

        Assert.Null(f.WeightCheck.ReadAsFractions);
        Assert.Equal(FundValueBasis.ImpliedByWeights, f.FundValueBasis);
        Assert.Equal(100_000m, f.FundValue);
        Assert.Equal(0.005m, f.FlaggedWeight);
        Assert.Null(FractionNote(report));
        Assert.Contains(report.Summary.Warnings, w => w.Code == "weights-disagree" && w.Text.Contains("add up to 1%", StringComparison.Ordinal));
    }

    [Fact]
    public void Weights_written_with_a_percent_sign_are_percentages_though_they_add_up_to_1()
    {
        var (f, report) = Screen(Fund(null, weightsMarkedPercent: false), (null, 0.05m, true), (null, 0.55m, true), (null, 0.40m, true));

        Assert.Null(f.WeightCheck.ReadAsFractions);
        Assert.Equal(0.0005m, f.FlaggedWeight);
        Assert.Null(FractionNote(report));
    }

    [Theory]
    [InlineData(0.05, 0.40, 0.40)] // 0.85: not the whole fund
    [InlineData(0.05, 0.55, 0.45)] // 1.05: past rounding
    [InlineData(1.50, -0.25, -0.25)] // 1.00 with a weight above 1: not fractions of a whole
    public void Weights_that_do_not_add_up_to_1_with_none_above_1_are_percentages(double a, double b, double c)
    {
        var (f, report) = Screen(Fund(null, weightsMarkedPercent: false), (null, (decimal)a, false), (null, (decimal)b, false), (null, (decimal)c, false));

        Assert.Null(f.WeightCheck.ReadAsFractions);
        Assert.Equal((decimal)a / 100, f.FlaggedWeight);
        Assert.Null(FractionNote(report));
    }
}

using Exposure.Core.Holdings;
using Exposure.Core.Reporting;
using Exposure.Pipeline.Figures;
using static Exposure.Pipeline.Tests.Figures.BundledFigures;

namespace Exposure.Pipeline.Tests.Figures;

/// <summary>
/// An index constituent list gives weights, not money: it has no value in money, its weights are its own, and no total in
/// money adds them. The share of a fund is of its value; the value screened leaves out the rows not screened.
/// </summary>
public sealed class ConstituentWeightsTests
{
    private static Holding Weight(int line, string name, decimal weightPercent) =>
        Normaliser.Normalise(new HoldingRow(new SourceLocation("index.csv", line), name, WeightPercent: weightPercent));

    private static Holding Value(int line, string name, decimal value) =>
        Normaliser.Normalise(new HoldingRow(new SourceLocation("fund.csv", line), name, Currency: "USD", MarketValue: value));

    private static FundMetadata Fund(string name, decimal? netAssets) =>
        new(name, MetadataOrigin.File, new DateOnly(2026, 9, 30), MetadataOrigin.File, netAssets, "test");

    private static FundExposure Complete(ExposureBuilder builder, FundAccumulator fund)
    {
        var result = fund.Complete();
        builder.Add(result);
        return result.Fund;
    }

    /// <summary>ZTE at 0.01%, Hon Hai (related) at 0.08%, the rest of the index unmatched at 99.91%.</summary>
    private static FundAccumulator Index(ExposureBuilder builder)
    {
        var index = builder.BeginFund("index.csv", Fund("World Index", null), constituentList: true);
        index.Add(Weight(1, "ZTE CORP H", 0.01m), RowState.Matched, Hit("zte"));
        index.Add(Weight(2, "HON HAI PRECISION", 0.08m), RowState.Related, Hit("hon-hai"));
        index.Add(Weight(3, "ALL OTHER CONSTITUENTS", 99.91m), RowState.Unmatched);
        return index;
    }

    [Fact]
    public void A_constituent_list_has_no_value_in_money_and_its_weights_are_its_own()
    {
        var builder = new ExposureBuilder(Reference);
        var f = Complete(builder, Index(builder));

        Assert.Equal(FundValueBasis.ConstituentWeights, f.FundValueBasis);
        Assert.Equal(WeightBasis.FileWeights, f.WeightBasis);
        Assert.All(new[] { f.FundValue, f.SumOfRows, f.FlaggedValue, f.RelatedValue, f.ReviewValue, f.ScreenedValue, f.ExcludedValue }, v => Assert.Null(v));
        Assert.Null(f.FlaggedByInstrument);
        Assert.Equal(new decimal?[] { 0.0001m, 0.0008m, 0m }, new[] { f.FlaggedWeight, f.RelatedWeight, f.ReviewWeight });
        Assert.Equal(new decimal?[] { 1m, 0m }, new[] { f.ScreenedWeight, f.ExcludedWeight });
        // Its rows' values are not unknown: the list gives weights, not money.
        Assert.Equal(UnknownValues.None, f.ValuesUnknown);
        Assert.NotEmpty(f.ByCategory);
        Assert.All(f.ByCategory, c => Assert.Equal(((decimal?)null, (decimal?)0.0001m, 0), (c.Value, c.Weight, c.ValuesUnknown)));

        var report = builder.Build(Run, 3);
        var zte = report.Findings.Single(x => x.CompanyId == "zte");
        Assert.Equal(((decimal?)null, (decimal?)0.0001m, Wording.WeightsOnlyReason), (zte.Value, zte.Weight, zte.ValueUnknown));
        var held = report.Companies.Single(c => c.Id == "zte");
        var holding = Assert.Single(held.Holdings);
        Assert.Equal(((decimal?)null, (decimal?)0.0001m, 0), (holding.Value, holding.Weight, holding.RowsWithoutValue));
        Assert.Null(holding.ByInstrument);
        Assert.Null(held.TotalValue);

        // One fund: its weight is the headline share, said to be of the index by its weights; no money total.
        var s = report.Summary;
        Assert.Equal(TotalsWithheld.WeightsOnly, s.TotalsWithheld);
        Assert.All(new[] { s.FundValue, s.ValueScreened, s.FlaggedValue, s.RelatedValue }, v => Assert.Null(v));
        Assert.Equal(0.0001m, s.FlaggedShare);
        Assert.Equal(UnknownValues.None, s.ValuesUnknown);
        Assert.Equal("0.010% of the index, by its constituent weights: the list gives weights, not money", Wording.FlaggedShareText(s, report.Funds));
        var codes = s.Warnings.Select(w => w.Code).ToList();
        Assert.Contains("weights-only", codes);
        Assert.DoesNotContain("values-unknown", codes);
        Assert.DoesNotContain("no-values", codes);
    }

    [Fact]
    public void A_constituent_list_beside_a_fund_in_money_is_never_added_to_its_values()
    {
        var builder = new ExposureBuilder(Reference);
        var fund = builder.BeginFund("fund.csv", Fund("EM Fund", 1_000m));
        fund.Add(Value(1, "ZTE CORP", 50m), RowState.Matched, Hit("zte"));
        fund.Add(Value(2, "OTHER", 950m), RowState.Unmatched);
        var money = Complete(builder, fund);
        Complete(builder, Index(builder));

        Assert.Equal(new decimal?[] { 1_000m, 50m, 0.05m }, new[] { money.FundValue, money.FlaggedValue, money.FlaggedWeight });
        var report = builder.Build(Run, 4);
        var s = report.Summary;
        Assert.Equal(TotalsWithheld.WeightsOnly, s.TotalsWithheld);
        Assert.All(new[] { s.FundValue, s.ValueScreened, s.FlaggedValue, s.FlaggedShare }, v => Assert.Null(v));
        Assert.Null(s.FlaggedByInstrument);
        Assert.StartsWith("An index constituent list gives weights, not money", Wording.WhyNoTotal(s.TotalsWithheld), StringComparison.Ordinal);

        // ZTE: USD 50 in the fund, 0.01% of the index; no total adds the two.
        var zte = report.Companies.Single(c => c.Id == "zte");
        Assert.Null(zte.TotalValue);
        Assert.Equal([(50m, 0.05m), (null, 0.0001m)], zte.Holdings.Select(h => (h.Value, h.Weight)).ToArray<(decimal?, decimal?)>());
    }

    [Fact]
    public void An_index_file_that_gives_values_is_a_fund_in_money()
    {
        var builder = new ExposureBuilder(Reference);
        var index = builder.BeginFund("index.csv", Fund("Index with values", null), constituentList: true);
        index.Add(Value(1, "ZTE CORP", 20m), RowState.Matched, Hit("zte"));
        index.Add(Value(2, "OTHER", 180m), RowState.Unmatched);
        var f = Complete(builder, index);

        Assert.Equal(FundValueBasis.SumOfRows, f.FundValueBasis);
        Assert.Equal(new decimal?[] { 200m, 20m, 0.1m, 200m }, new[] { f.FundValue, f.FlaggedValue, f.FlaggedWeight, f.ScreenedValue });
    }

    [Fact]
    public void The_flagged_share_is_of_the_fund_value_and_the_value_screened_leaves_out_rows_not_screened()
    {
        var builder = new ExposureBuilder(Reference);
        var fund = builder.BeginFund("fund.csv", Fund("Fund", 1_000m));
        fund.Add(Value(1, "ZTE CORP", 50m), RowState.Matched, Hit("zte"));
        fund.Add(Value(2, "OTHER", 850m), RowState.Unmatched);
        fund.Add(Value(3, "USD CASH", 100m), RowState.Excluded);
        var f = Complete(builder, fund);

        Assert.Equal(new decimal?[] { 900m, 100m, 0.9m, 0.1m }, new[] { f.ScreenedValue, f.ExcludedValue, f.ScreenedWeight, f.ExcludedWeight });
        var s = builder.Build(Run, 3).Summary;
        Assert.Equal(new decimal?[] { 1_000m, 900m, 50m, 0.05m }, new[] { s.FundValue, s.ValueScreened, s.FlaggedValue, s.FlaggedShare });
        Assert.Equal("5.000% of the fund value, USD 1,000 (USD 900 of it screened against the list)", Wording.FlaggedShareText(s, [f]));
    }

    [Fact]
    public void Constituent_weights_adding_up_to_clearly_more_than_the_whole_index_are_each_taken_over_their_total_and_said_beside_the_figure()
    {
        var builder = new ExposureBuilder(Reference);
        var index = builder.BeginFund("index.csv", Fund("Double Index", null), constituentList: true);
        index.Add(Weight(1, "ZTE CORP H", 60m), RowState.Matched, Hit("zte"));
        index.Add(Weight(2, "ALL OTHER CONSTITUENTS", 140m), RowState.Unmatched);
        var f = Complete(builder, index);

        Assert.Equal(FundValueBasis.ConstituentWeights, f.FundValueBasis);
        Assert.Equal((200m, true), (f.WeightCheck.StatedSumPercent!.Value, f.WeightCheck.TakenOverTotal));
        Assert.Equal(new decimal?[] { 0.3m, 1m }, new[] { f.FlaggedWeight, f.ScreenedWeight });
        var report = builder.Build(Run, 2);
        Assert.Equal(0.3m, report.Findings.Single(x => x.CompanyId == "zte").Weight);
        Assert.Equal(0.3m, report.Summary.FlaggedShare);
        var warning = Assert.Single(report.Summary.Warnings, w => w.Code == "weights-over-total");
        Assert.Equal(f.Id, warning.FundId);
        Assert.Equal("Double Index: the list's weights add up to 200%, more than the whole index: each weight is taken over their total, so that they add up " +
            "to 100% and a mandate is looked through for its amount, not 200% of it. The flagged weight is 30.000%; as the list states its weights it would be 60.000%.",
            warning.Text);
    }

    [Theory]
    [InlineData(101.5)]
    [InlineData(99.0)]
    public void Constituent_weights_within_rounding_of_the_whole_index_or_short_of_it_are_used_as_the_list_states_them(double otherPercent)
    {
        var builder = new ExposureBuilder(Reference);
        var index = builder.BeginFund("index.csv", Fund("Rounded Index", null), constituentList: true);
        index.Add(Weight(1, "ZTE CORP H", 0.5m), RowState.Matched, Hit("zte"));
        index.Add(Weight(2, "ALL OTHER CONSTITUENTS", (decimal)otherPercent), RowState.Unmatched);
        var f = Complete(builder, index);

        Assert.False(f.WeightCheck.TakenOverTotal);
        Assert.Equal(0.005m, f.FlaggedWeight);
        Assert.DoesNotContain(builder.Build(Run, 2).Summary.Warnings, w => w.Code == "weights-over-total");
    }
}

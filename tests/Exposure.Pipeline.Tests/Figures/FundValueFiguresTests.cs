using Exposure.Core.Holdings;
using Exposure.Core.Reporting;
using Exposure.Pipeline.Figures;
using static Exposure.Pipeline.Tests.Figures.BundledFigures;

namespace Exposure.Pipeline.Tests.Figures;

/// <summary>
/// A fund's figures against its value: the value screened of a fund none of whose values is known is unknown, not 0;
/// rows that add up to more or less than the net assets the file states are said beside the fund value; a screened
/// value above the funds' value is never shown without why; a row of unknown value has the weight its file states.
/// </summary>
public sealed class FundValueFiguresTests
{
    private static Holding Row(int line, string name, decimal? value, decimal? weightPercent = null) =>
        Normaliser.Normalise(new HoldingRow(new SourceLocation("f.csv", line), name, Currency: "USD", MarketValue: value, WeightPercent: weightPercent));

    private static FundMetadata Fund(string name, decimal? netAssets) =>
        new(name, MetadataOrigin.File, new DateOnly(2026, 9, 30), MetadataOrigin.File, netAssets, "test");

    /// <summary>A fund stating net assets of 10,000,000 whose rows (Zijin 1,000,000 and another) add up to <paramref name="rows"/>.</summary>
    private static FundResult RowsAddingUpTo(ExposureBuilder builder, string name, decimal rows)
    {
        var fund = builder.BeginFund(name + ".csv", Fund(name, 10_000_000m));
        fund.Add(Row(1, "ZIJIN MINING", 1_000_000m), RowState.Matched, Hit("zijin-mining"));
        fund.Add(Row(2, "OTHER", rows - 1_000_000m), RowState.Unmatched);
        var result = fund.Complete();
        builder.Add(result);
        return result;
    }

    /// <summary>A top-holdings file: two rows of 10% and 5% of the fund, and one more line rejected as <paramref name="kind"/>.</summary>
    private static FundExposure PartOfAFundWithARejectedLine(RejectionKind kind)
    {
        var builder = new ExposureBuilder(Reference);
        var fund = builder.BeginFund("top.csv", Fund("Fund T", null));
        fund.Add(Row(1, "ZIJIN MINING", 100_000m, 10m), RowState.Matched, Hit("zijin-mining"));
        fund.Add(Row(2, "OTHER", 50_000m, 5m), RowState.Unmatched);
        fund.Rejected(new SourceLocation("top.csv", 3), kind == RejectionKind.TotalLine ? "a total line, not a holding" : "has 6 fields where the header has 5",
            "Total,150000,15", kind);
        return fund.Complete().Fund;
    }

    [Fact]
    public void A_total_line_does_not_stop_a_part_of_a_fund_from_having_the_value_its_weights_imply()
    {
        var f = PartOfAFundWithARejectedLine(RejectionKind.TotalLine);

        Assert.Equal(FundValueBasis.ImpliedByWeights, f.FundValueBasis);
        Assert.Equal(1_000_000m, f.FundValue);
        Assert.Equal(0.1m, f.FlaggedWeight);
    }

    [Fact]
    public void A_holding_line_rejected_as_unreadable_stops_a_fund_value_implied_by_the_weights()
    {
        var f = PartOfAFundWithARejectedLine(RejectionKind.Unreadable);

        Assert.Equal(FundValueBasis.SumOfRows, f.FundValueBasis);
        Assert.Equal(150_000m, f.FundValue);
        Assert.Equal(WeightBasis.FileWeights, f.WeightBasis);
        Assert.Equal(0.1m, f.FlaggedWeight);
    }

    [Fact]
    public void A_fund_none_of_whose_values_is_known_has_an_unknown_value_screened_not_0()
    {
        var builder = new ExposureBuilder(Reference);
        var fund = builder.BeginFund("e.csv", Fund("Fund E", null));
        fund.Add(Row(1, "ZIJIN MINING", null, 2.5m), RowState.Matched, Hit("zijin-mining"));
        fund.Add(Row(2, "OTHER", null, 97.5m), RowState.Unmatched);
        var result = fund.Complete();
        builder.Add(result);
        var f = result.Fund;

        Assert.Null(f.FundValue);
        Assert.Null(f.ScreenedValue);
        Assert.Equal(WeightBasis.FileWeights, f.WeightBasis);
        Assert.Equal(0.025m, f.FlaggedWeight);
        var warning = builder.Build(Run, 2).Summary.Warnings.Single(w => w.Code == "no-values");
        Assert.Contains("the value screened", warning.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Stated_net_assets_beside_rows_of_no_known_value_give_an_unknown_value_and_weight_screened()
    {
        var builder = new ExposureBuilder(Reference);
        var fund = builder.BeginFund("e.csv", Fund("Fund E", 10_000_000m));
        fund.Add(Row(1, "ZIJIN MINING", null), RowState.Matched, Hit("zijin-mining"));
        fund.Add(Row(2, "OTHER", null), RowState.Unmatched);
        var f = fund.Complete().Fund;

        Assert.Equal(10_000_000m, f.FundValue);
        Assert.Null(f.ScreenedValue);
        Assert.Null(f.ScreenedWeight);
    }

    [Theory]
    [InlineData(12_000_000, "120%")]
    [InlineData(6_000_000, "60%")]
    [InlineData(9_700_000, "97%")]
    public void Rows_that_disagree_with_the_stated_net_assets_either_way_are_said_beside_the_fund_value(int rows, string percent)
    {
        var builder = new ExposureBuilder(Reference);
        var f = RowsAddingUpTo(builder, "Fund B", rows).Fund;
        var report = builder.Build(Run, 2);

        Assert.Equal(10_000_000m, f.FundValue);
        Assert.Equal(rows / 10_000_000m, NetAssetsCheck.RowsOverStated(f));
        Assert.Equal($"fund value: stated net assets (rows add up to {percent} of it)", Wording.FundBasis(f));
        Assert.Equal($"stated net assets (rows add up to {percent} of it)", Wording.FundValueBasisText(f));
        var warning = report.Summary.Warnings.Single(w => w.Code == "net-assets-disagree");
        Assert.Equal(f.Id, warning.FundId);
        Assert.Contains($"{percent} of the net assets it states (USD 10,000,000)", warning.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10_000_000)]
    [InlineData(9_800_000)]
    [InlineData(10_200_000)]
    public void Rows_within_2_percent_of_the_stated_net_assets_agree_with_them(int rows)
    {
        var builder = new ExposureBuilder(Reference);
        var f = RowsAddingUpTo(builder, "Fund A", rows).Fund;
        var report = builder.Build(Run, 2);

        Assert.Null(NetAssetsCheck.RowsOverStated(f));
        Assert.Equal("fund value: stated net assets", Wording.FundBasis(f));
        Assert.DoesNotContain(report.Summary.Warnings, w => w.Code == "net-assets-disagree");
    }

    [Fact]
    public void A_value_screened_above_the_funds_value_is_shown_with_why()
    {
        var builder = new ExposureBuilder(Reference);
        RowsAddingUpTo(builder, "Fund H", 13_000_000m);
        RowsAddingUpTo(builder, "Fund I", 10_000_000m);
        var report = builder.Build(Run, 2);

        Assert.Equal(20_000_000m, report.Summary.FundValue);
        Assert.Equal(23_000_000m, report.Summary.ValueScreened);
        var text = Wording.FlaggedShareText(report.Summary, report.Funds);
        Assert.DoesNotContain("of it screened", text, StringComparison.Ordinal);
        Assert.Contains("USD 20,000,000 (the rows screened against the list add up to USD 23,000,000, more than it: " +
            "the rows of Fund H add up to 130% of the net assets it states)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_screened_below_the_funds_value_is_said_as_part_of_it()
    {
        var builder = new ExposureBuilder(Reference);
        var fund = builder.BeginFund("a.csv", Fund("Fund A", null));
        fund.Add(Row(1, "ZIJIN MINING", 1_000_000m), RowState.Matched, Hit("zijin-mining"));
        fund.Add(Row(2, "USD CASH", 1_000_000m), RowState.Excluded);
        fund.Add(Row(3, "OTHER", 8_000_000m), RowState.Unmatched);
        builder.Add(fund.Complete());
        var report = builder.Build(Run, 2);

        Assert.StartsWith("10.000% of the fund value, USD 10,000,000 (USD 9,000,000 of it screened against the list)",
            Wording.FlaggedShareText(report.Summary, report.Funds), StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_of_unknown_value_has_the_weight_its_file_states_marked_and_left_out_of_the_funds_weights()
    {
        var builder = new ExposureBuilder(Reference);
        var fund = builder.BeginFund("a.csv", Fund("Fund A", 10_000_000m));
        fund.Add(Row(1, "ZIJIN MINING", 500_000m, 5m), RowState.Matched, Hit("zijin-mining"));
        fund.Add(Row(2, "ZTE CORP H", null, 1m), RowState.Matched, Hit("zte"));
        fund.Add(Row(3, "FOXCONN INDUSTRIAL", null), RowState.Matched, Hit("foxconn-industrial-internet"));
        fund.Add(Row(4, "OTHER", 9_500_000m, 95m), RowState.Unmatched);
        var result = fund.Complete();

        var zte = result.Findings.Single(f => f.CompanyId == "zte");
        Assert.Null(zte.Value);
        Assert.Equal(0.01m, zte.Weight);
        Assert.True(zte.WeightFromFile);
        Assert.Null(zte.WeightUnknown);
        Assert.Contains("the weight is the one the file states", zte.ValueUnknown, StringComparison.Ordinal);
        var foxconn = result.Findings.Single(f => f.CompanyId == "foxconn-industrial-internet");
        Assert.Null(foxconn.Weight);
        Assert.False(foxconn.WeightFromFile);
        Assert.Equal("its value is unknown, and the file states no weight", foxconn.WeightUnknown);
        var zijin = result.Findings.Single(f => f.CompanyId == "zijin-mining");
        Assert.False(zijin.WeightFromFile);
        // The fund's flagged weight is value over fund value, as its flagged value is: the file's 1% is not in it.
        Assert.Equal(500_000m, result.Fund.FlaggedValue);
        Assert.Equal(0.05m, result.Fund.FlaggedWeight);

        builder.Add(result);
        var company = builder.Build(Run, 4).Companies.Single(c => c.Id == "zte");
        Assert.Equal(0.01m, company.Holdings.Single().Weight);
    }

    [Fact]
    public void The_values_of_several_holdings_of_a_category_are_unknown_in_the_plural()
    {
        var builder = new ExposureBuilder(Reference);
        var fund = builder.BeginFund("a.csv", Fund("Fund A", 10_000_000m));
        fund.Add(Row(1, "ZTE CORP H", null), RowState.Matched, Hit("zte"));
        fund.Add(Row(2, "FOXCONN INDUSTRIAL", null), RowState.Matched, Hit("foxconn-industrial-internet"));
        fund.Add(Row(3, "OTHER", 10_000_000m), RowState.Unmatched);
        var f = fund.Complete().Fund;

        var text = Wording.CategoriesValuesUnknown([f], nameFunds: false);
        Assert.Contains("the values of 2 holdings are unknown", text, StringComparison.Ordinal);
        Assert.DoesNotContain("the value of 2 holdings", text, StringComparison.Ordinal);
        Assert.Equal("of the fund value", Wording.OfFundValue(1));
        Assert.Equal("of the funds' value", Wording.OfFundValue(4));
    }
}

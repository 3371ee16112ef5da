using Exposure.Core.Holdings;
using Exposure.Core.Portfolio;
using Exposure.Pipeline.Figures;
using Exposure.Pipeline.Schemes;
using Exposure.TestSupport;

namespace Exposure.Pipeline.Tests.Schemes;

/// <summary>
/// Each gap in a scheme's coverage is labelled by what it is, with the figures that show it: the part of an index mandate
/// its constituent weights do not cover (or cover twice over), the part of a fund its file does not list, stated net
/// assets apart from the rows, a mandate whose list gives no weights, a fund whose value is unknown and why.
/// </summary>
public sealed class CoverageGapsTests
{
    private sealed record Line(string Name, decimal? Value = null, decimal? Weight = null, string Currency = "GBP");

    /// <summary>One holding of the scheme (GBP 1,000) and its file's rows, all screened and unmatched.</summary>
    private static PortfolioExposure Scheme(EntryKind kind, decimal? netAssets, params Line[] lines)
    {
        var builder = new ExposureBuilder(BundledReference.Value);
        var fund = builder.BeginFund("f.csv", new FundMetadata("Fund F", MetadataOrigin.Portfolio, new DateOnly(2026, 6, 30), MetadataOrigin.File, netAssets, "test"),
            constituentList: kind == EntryKind.Index);
        var at = 2;
        foreach (var l in lines)
            fund.Add(SchemeFixture.Normaliser.Normalise(new HoldingRow(new SourceLocation("f.csv", at++), l.Name, Currency: l.Currency, MarketValue: l.Value, WeightPercent: l.Weight)), RowState.Unmatched);
        var result = fund.Complete();
        builder.Add(result);
        var definition = new PortfolioDefinition("Scheme", "GBP", null,
            [new PortfolioEntry("f", kind, "Fund F", "M", ["f.csv"], null, 1000m, "GBP", FundIdentifiers.None, 1)], "scheme.json");
        var scheme = LookThrough.Compute(definition, new FxRates("fx.csv", []), BundledReference.Value, builder.Build(SchemeFixture.Run, 1),
            new Dictionary<string, IReadOnlyList<string>> { ["f"] = [result.Fund.Id] });
        Assert.Equal(scheme.TotalInvested, scheme.Coverage.LookedThrough + scheme.Coverage.Gaps.Sum(g => g.Value), 10);
        return scheme;
    }

    private static (CoverageGapKind, string, decimal) Gap(PortfolioExposure scheme)
    {
        var gap = Assert.Single(scheme.Coverage.Gaps);
        return (gap.Kind, gap.Reason, decimal.Round(gap.Value, 6));
    }

    [Fact]
    public void The_rest_of_an_index_mandate_whose_weights_add_up_to_under_100_percent_is_the_part_the_list_does_not_cover()
    {
        var scheme = Scheme(EntryKind.Index, null, new("ALPHA", Weight: 60m), new("BETA", Weight: 30m));

        Assert.Equal(
            (CoverageGapKind.WeightsShort, "the constituent list's weights add up to 90.000%: the rest of the mandate is not covered by the list", 100m),
            Gap(scheme));
        Assert.Equal(900m, scheme.Coverage.LookedThrough);
    }

    [Fact]
    public void Weights_over_100_percent_within_rounding_are_a_negative_gap_saying_the_mandate_is_looked_through_for_more()
    {
        var scheme = Scheme(EntryKind.Index, null, new("ALPHA", Weight: 60m), new("BETA", Weight: 41m));

        var (kind, reason, value) = Gap(scheme);
        Assert.Equal((CoverageGapKind.WeightsOver, -10m), (kind, value));
        Assert.StartsWith("the constituent list's weights add up to 101.000%, more than the whole mandate", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rest_of_a_fund_whose_file_lists_part_of_it_is_the_part_not_listed()
    {
        // Values 300 and 200 at 30% and 20%: the file lists half of a fund of 1,000.
        var scheme = Scheme(EntryKind.Fund, null, new("ALPHA", 300m, 30m), new("BETA", 200m, 20m));

        Assert.Equal(
            (CoverageGapKind.PartListed, "the file lists part of the fund: its rows are 50.000% of the fund its weights imply, and the rest is in none of its rows", 500m),
            Gap(scheme));
    }

    [Fact]
    public void Stated_net_assets_apart_from_the_rows_are_said_with_both_figures_and_the_rows_of_unknown_value()
    {
        var scheme = Scheme(EntryKind.Fund, 1000m, new("ALPHA", 700m), new("BETA", 100m), new("GAMMA"));

        Assert.Equal(
            (CoverageGapKind.NetAssetsDiffer,
                "the net assets the file states (GBP 1,000) differ from what its rows' known values add up to (GBP 800); " +
                "the 1 holding of unknown value may hold some of the difference", 200m),
            Gap(scheme));
    }

    [Fact]
    public void A_mandate_whose_list_gives_no_weights_and_a_fund_of_several_currencies_say_why_they_are_not_looked_through()
    {
        var index = Scheme(EntryKind.Index, null, new("ALPHA"), new("BETA"));
        Assert.Equal((CoverageGapKind.NoWeights, "the constituent list gives no weights and no values", 1000m), Gap(index));
        Assert.Equal("the constituent list gives no weights and no values", Assert.Single(index.Entries).NotLookedThrough);

        var currencies = Scheme(EntryKind.Fund, null, new("ALPHA", 100m, Currency: "USD"), new("BETA", 100m, Currency: "EUR"));
        Assert.Equal((CoverageGapKind.FundValueUnknown, "fund value is unknown, as the rows' values are in several currencies", 1000m), Gap(currencies));
    }
}

using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;
using Exposure.Pipeline.Figures;
using Exposure.Pipeline.Schemes;
using Exposure.TestSupport;

namespace Exposure.Pipeline.Tests.Schemes;

/// <summary>
/// A swap on ZTE awaiting review, looked through. The scheme invests GBP 1,000 in fund A (rows adding up to 100: Hikvision
/// 20, another company 80, and a ZTE total-return swap of value 0 with a notional of 50) and GBP 500 in fund P, which has
/// no holdings file.
/// </summary>
public sealed class DerivativeInReviewTests
{
    private static PortfolioExposure Compute()
    {
        var builder = new ExposureBuilder(BundledReference.Value);
        var a = builder.BeginFund("a.csv", new FundMetadata("Fund A", MetadataOrigin.Portfolio, new DateOnly(2026, 6, 30), MetadataOrigin.File, null, "test"));
        a.Add(SchemeFixture.Holding("a.csv", 2, "HIKVISION", 20m), RowState.Matched, SchemeFixture.Hit("hikvision"));
        a.Add(SchemeFixture.Holding("a.csv", 3, "OTHER CO", 80m), RowState.Unmatched);
        var swap = SchemeFixture.Normaliser.Normalise(new HoldingRow(new SourceLocation("a.csv", 4), "ZTE CORP H TOTAL RETURN SWAP", AssetClass: "Swaps",
            Currency: "GBP", MarketValue: 0m, Notional: 50m));
        a.Add(swap, RowState.NeedsReview, new MatchResult(MatchOutcome.NeedsReview, BundledReference.Value.Company("zte"), "test", 1, []));
        var fa = a.Complete();
        builder.Add(fa);
        var definition = new PortfolioDefinition("Scheme", "GBP", null,
            [SchemeFixture.Entry("a", 1000m, manager: "Alpha"), SchemeFixture.Entry("p", 500m, manager: "Pi")], "scheme.json");
        return LookThrough.Compute(definition, new FxRates("fx.csv", []), BundledReference.Value, builder.Build(SchemeFixture.Run, 1),
            new Dictionary<string, IReadOnlyList<string>> { ["a"] = [fa.Fund.Id] });
    }

    [Fact]
    public void The_company_awaiting_review_has_its_path_a_value_of_0_and_its_notional_apart()
    {
        var scheme = Compute();
        Assert.Equal(1, scheme.CompaniesInReview);
        var zte = Assert.Single(scheme.Companies, c => c.State == RowState.NeedsReview);
        Assert.Equal("zte", zte.CompanyId);
        Assert.Equal(0m, zte.Value);
        Assert.Equal(500m, zte.ByInstrument!.DerivativeNotional);  // 1,000 x 50 / 100
        var path = Assert.Single(zte.Paths);
        Assert.Equal(("a", "Alpha", 0m, 500m), (path.Path, path.Manager, path.Value, path.Notional));
        Assert.Equal("derivative notional GBP 500, shown apart: not a value held", SchemeBounds.Notional(path, "GBP"));
        Assert.Equal(Bound.AtLeast, zte.ValueBound);
    }

    [Fact]
    public void The_review_value_is_at_least_0_and_never_none_in_the_holdings_looked_through()
    {
        var scheme = Compute();
        Assert.Equal(0m, scheme.ReviewValue);
        Assert.Equal(Bound.AtLeast, scheme.Bounds.ReviewValue);
        Assert.Equal("at least GBP 0", SchemeBounds.Stated(scheme.Bounds.ReviewValue!.Value, Wording.Money(scheme.ReviewValue, "GBP")));
        // No company is related: that figure still says none was found in the holdings looked through.
        Assert.Equal(Bound.NoneLookedThrough, scheme.Bounds.RelatedValue);
        // The notional is never added to a value held.
        Assert.Equal(200m, scheme.FlaggedValue);
        Assert.Equal(0m, Assert.Single(scheme.Entries, e => e.Id == "a").ReviewValue);
    }

    [Fact]
    public void A_company_held_through_shares_and_a_derivative_on_one_path_has_one_path_with_both()
    {
        var builder = new ExposureBuilder(BundledReference.Value);
        var a = builder.BeginFund("a.csv", new FundMetadata("Fund A", MetadataOrigin.Portfolio, new DateOnly(2026, 6, 30), MetadataOrigin.File, null, "test"));
        a.Add(SchemeFixture.Holding("a.csv", 2, "ZTE CORP", 20m), RowState.Matched, SchemeFixture.Hit("zte"));
        a.Add(SchemeFixture.Holding("a.csv", 3, "OTHER CO", 80m), RowState.Unmatched);
        a.Add(SchemeFixture.Normaliser.Normalise(new HoldingRow(new SourceLocation("a.csv", 4), "ZTE CORP H TOTAL RETURN SWAP", AssetClass: "Swaps",
            Currency: "GBP", MarketValue: 0m, Notional: 50m)), RowState.Matched, SchemeFixture.Hit("zte"));
        var fa = a.Complete();
        builder.Add(fa);
        var definition = new PortfolioDefinition("Scheme", "GBP", null, [SchemeFixture.Entry("a", 1000m, manager: "Alpha")], "scheme.json");
        var scheme = LookThrough.Compute(definition, new FxRates("fx.csv", []), BundledReference.Value, builder.Build(SchemeFixture.Run, 1),
            new Dictionary<string, IReadOnlyList<string>> { ["a"] = [fa.Fund.Id] });

        var zte = Assert.Single(scheme.Companies);
        Assert.Equal(200m, zte.Value);
        var path = Assert.Single(zte.Paths);
        Assert.Equal((200m, 500m), (path.Value, path.Notional));
        Assert.Equal(200m, scheme.FlaggedValue);
    }
}

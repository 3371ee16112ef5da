using Exposure.Core.Reporting;
using static Exposure.Pipeline.Tests.Schemes.SchemeFixture;

namespace Exposure.Pipeline.Tests.Schemes;

/// <summary>
/// Derivatives on a named company looked through a scheme: a short derivative's notional stays apart from a long one's,
/// as in the fund's own figures, and neither is added to the value held.
/// </summary>
public sealed class SchemeDerivativesTests
{
    /// <summary>
    /// Fund A (10,000,000 GBP of rows): ZTE shares 1,000,000, a long swap on ZTE of notional 900,000, a short swap on ZTE
    /// of notional 500,000, another company 9,000,000; the scheme invests <paramref name="amount"/> in it.
    /// </summary>
    private static Core.Portfolio.PortfolioExposure Scheme(decimal amount) => Compute(("a", amount,
    [
        new Row("ZTE CORP H", 1_000_000m, Company: "zte"),
        new Row("ZTE CORP TRS LONG", 10_000m, Company: "zte", AssetClass: "Swap", Direction: "Long", Notional: 900_000m),
        new Row("ZTE CORP TRS SHORT", -10_000m, Company: "zte", AssetClass: "Swap", Direction: "Short", Notional: 500_000m),
        new Row("OTHER CO", 9_000_000m),
    ])).Scheme;

    [Fact]
    public void A_short_swap_s_notional_is_kept_apart_from_a_long_swap_s_on_the_same_company_through_the_scheme()
    {
        var scheme = Scheme(10_000_000m);

        // Neither notional is value held; the long one is not netted against the short one (400,000) nor added to it (1,400,000).
        Assert.Equal(1_000_000m, scheme.FlaggedValue);
        var held = scheme.FlaggedByInstrument!;
        Assert.Equal((1_000_000m, 900_000m, 500_000m), (held.Shares, held.DerivativeNotional, held.ShortNotional));
        var entry = Assert.Single(scheme.Entries).FlaggedByInstrument!;
        Assert.Equal((900_000m, 500_000m), (entry.DerivativeNotional, entry.ShortNotional));
        var zte = Assert.Single(scheme.Companies, c => c.CompanyId == "zte");
        Assert.Equal(1_000_000m, zte.Value);
        Assert.Equal((900_000m, 500_000m), (zte.ByInstrument!.DerivativeNotional, zte.ByInstrument.ShortNotional));

        var sentence = Wording.Split(held, "GBP");
        Assert.Equal("GBP 1,000,000 held in named companies (GBP 1,000,000 in shares, GBP 0 in bonds); GBP 900,000 notional in derivatives " +
            "not short and GBP 500,000 in short derivatives on them, not added to each other or to the value held", sentence);
    }

    [Fact]
    public void A_path_to_the_company_carries_the_long_and_the_short_notional_apart()
    {
        var zte = Assert.Single(Scheme(10_000_000m).Companies, c => c.CompanyId == "zte");

        var path = Assert.Single(zte.Paths);
        Assert.Equal((1_000_000m, 900_000m, 500_000m), (path.Value, path.Notional, path.ShortNotional));
        Assert.Equal("derivative notional GBP 900,000, and GBP 500,000 in short derivatives, not added to each other or to a value held",
            Core.Portfolio.SchemeBounds.Notional(path, "GBP"));
    }

    [Fact]
    public void A_path_through_a_short_derivative_only_says_its_notional_is_short()
    {
        var scheme = Compute(("a", 1_000m,
        [
            new Row("ZTE CORP TRS SHORT", 0m, Company: "zte", AssetClass: "Swap", Direction: "Short", Notional: 400m),
            new Row("OTHER CO", 1_000m),
        ])).Scheme;

        var path = Assert.Single(Assert.Single(scheme.Companies, c => c.CompanyId == "zte").Paths);
        Assert.Equal((null, 400m), (path.Notional, path.ShortNotional));
        Assert.Equal("notional of short derivatives GBP 400, shown apart: not a value held", Core.Portfolio.SchemeBounds.Notional(path, "GBP"));
    }

    [Fact]
    public void The_short_notional_reaching_the_scheme_is_its_share_of_the_fund_s_as_the_long_one_is()
    {
        var held = Scheme(2_500_000m).FlaggedByInstrument!;

        Assert.Equal((250_000m, 225_000m, 125_000m), (held.Shares, held.DerivativeNotional, held.ShortNotional));
    }

    [Fact]
    public void A_fund_with_only_a_short_derivative_on_a_company_gives_the_scheme_a_short_notional_and_no_other()
    {
        var scheme = Compute(("a", 1_000m,
        [
            new Row("ZTE CORP TRS SHORT", 0m, Company: "zte", AssetClass: "Swap", Direction: "Short", Notional: 400m),
            new Row("OTHER CO", 1_000m),
        ])).Scheme;

        var held = scheme.FlaggedByInstrument!;
        Assert.Equal((0m, 0m, 400m), (scheme.FlaggedValue, held.DerivativeNotional, held.ShortNotional));
        Assert.True(held.HasMoreThanShares);
        Assert.EndsWith("; GBP 400 notional in short derivatives on them, not added to the value held", Wording.Split(held, "GBP"), StringComparison.Ordinal);
    }
}

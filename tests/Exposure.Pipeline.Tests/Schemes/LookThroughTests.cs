using Exposure.Core;
using Exposure.Core.Holdings;
using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;
using Exposure.Pipeline.Figures;
using Exposure.Pipeline.Schemes;
using Exposure.TestSupport;

namespace Exposure.Pipeline.Tests.Schemes;

/// <summary>The look-through stage on its own: a small scheme whose every figure is worked out by hand.</summary>
public sealed class LookThroughTests
{
    /// <summary>
    /// Fund A (1,000 GBP invested): ZTE 10, cash 40, fund B 50 (of 100). Fund B (held only through A): Hikvision 20,
    /// another company 80 (of 100). Through A, the scheme holds ZTE 100 and Hikvision 1,000 x 0.5 x 0.2 = 100.
    /// </summary>
    private static (PortfolioExposure Scheme, PortfolioDefinition Definition) Compute(decimal? amountA = 1000m, bool cycle = false)
    {
        var (report, snapshots) = Funds(cycle);
        var definition = new PortfolioDefinition("Scheme", "GBP", null, [SchemeFixture.Entry("a", amountA, manager: "Alpha"), SchemeFixture.Entry("b", null, isin: "GB00B0000001")], "scheme.json");
        return (LookThrough.Compute(definition, new FxRates("fx.csv", []), BundledReference.Value, report, snapshots), definition);
    }

    /// <summary>The holdings files of funds A and B, screened, and each entry's snapshot.</summary>
    private static (ExposureReport Report, Dictionary<string, IReadOnlyList<string>> Snapshots) Funds(bool cycle)
    {
        var builder = new ExposureBuilder(BundledReference.Value);
        var a = builder.BeginFund("a.csv", new FundMetadata("Fund A", MetadataOrigin.Portfolio, new DateOnly(2026, 6, 30), MetadataOrigin.File, null, "test"));
        a.Add(SchemeFixture.Holding("a.csv", 2, "ZTE CORP", 10m), RowState.Matched, SchemeFixture.Hit("zte"));
        a.Add(SchemeFixture.Holding("a.csv", 3, "CASH", 40m, "Cash"), RowState.Excluded);
        a.LookedThrough(SchemeFixture.Holding("a.csv", 4, "FUND B", 50m).Row, "b");
        var fa = a.Complete();
        builder.Add(fa);
        var b = builder.BeginFund("b.csv", new FundMetadata("Fund B", MetadataOrigin.Portfolio, new DateOnly(2026, 6, 30), MetadataOrigin.File, null, "test"));
        b.Add(SchemeFixture.Holding("b.csv", 2, "HIKVISION", 20m), RowState.Matched, SchemeFixture.Hit("hikvision"));
        b.Add(SchemeFixture.Holding("b.csv", 3, "OTHER CO", 80m), RowState.Unmatched);
        if (cycle) b.LookedThrough(SchemeFixture.Holding("b.csv", 4, "FUND A", 0m).Row, "a");
        var fb = b.Complete();
        builder.Add(fb);
        return (builder.Build(SchemeFixture.Run, 3), new Dictionary<string, IReadOnlyList<string>> { ["a"] = [fa.Fund.Id], ["b"] = [fb.Fund.Id] });
    }

    [Fact]
    public void A_holding_with_no_holdings_file_is_unknown_and_the_totals_including_it_are_lower_bounds()
    {
        var (looked, definition) = Compute();
        // Beside fund A (Alpha), Alpha's fund C and Delta's fund D have no holdings file: what they hold is unknown.
        var scheme = definition with { Entries = [.. definition.Entries, SchemeFixture.Entry("c", 500m, manager: "Alpha"), SchemeFixture.Entry("d", 300m, manager: "Delta")] };
        var (report, snapshots) = Funds(cycle: false);
        var p = LookThrough.Compute(scheme, new FxRates("fx.csv", []), BundledReference.Value, report, snapshots);

        var c = Assert.Single(p.Entries, e => e.Id == "c");
        Assert.Equal("no holdings file", c.NotLookedThrough);
        Assert.Equal((null, null, null, null, null), (c.FlaggedValue, c.FlaggedShare, c.RelatedValue, c.ReviewValue, c.FlaggedByInstrument));
        Assert.Equal(0m, c.LookedThrough);
        var a = Assert.Single(p.Entries, e => e.Id == "a");
        Assert.Null(a.NotLookedThrough);
        Assert.Equal(200m, a.FlaggedValue);

        // Alpha's figures count fund A only: a lower bound. Delta has nothing looked through: unknown, not 0.
        var alpha = Assert.Single(p.Managers, m => m.Manager == "Alpha");
        Assert.Equal((200m, 1500m, 2, 1), (alpha.FlaggedValue, alpha.AmountInvested, alpha.Entries, alpha.EntriesNotLookedThrough));
        Assert.Equal(200m / 1500m, alpha.FlaggedShare);
        Assert.Equal("at least: 1 of 2 holdings not looked through (no holdings file)", SchemeBounds.Manager(p, alpha));
        var delta = Assert.Single(p.Managers, m => m.Manager == "Delta");
        Assert.Equal((null, null, null, 1), (delta.FlaggedValue, delta.FlaggedShare, delta.RelatedValue, delta.EntriesNotLookedThrough));
        Assert.Equal("not looked through (no holdings file)", SchemeBounds.Manager(p, delta));

        // The scheme's flagged value is what was looked through, and says it is a lower bound naming what was not.
        Assert.Equal((1800m, 200m, 2), (p.TotalInvested, p.FlaggedValue, p.EntriesNotLookedThrough));
        Assert.Equal(
            "a lower bound, counting only the holdings looked through: what is held through Fund C (GBP 500: no holdings file), " +
            "Fund D (GBP 300: no holdings file) is unknown, not zero", SchemeBounds.Scheme(p));
        Assert.Null(SchemeBounds.Scheme(looked));
        Assert.Equal(0, looked.EntriesNotLookedThrough);
    }

    [Fact]
    public void Exposure_is_amount_times_the_weights_along_each_path()
    {
        var (p, _) = Compute();
        Assert.Equal(1000m, p.TotalInvested);
        Assert.Equal(200m, p.FlaggedValue);
        Assert.Equal(0.2m, p.FlaggedShare);
        var zte = Assert.Single(p.Companies, c => c.CompanyId == "zte");
        Assert.Equal(100m, zte.Value);
        Assert.Equal("a", Assert.Single(zte.Paths).Path);
        var hik = Assert.Single(p.Companies, c => c.CompanyId == "hikvision");
        Assert.Equal(100m, hik.Value);
        var path = Assert.Single(hik.Paths);
        Assert.Equal("a > b", path.Path);
        Assert.Equal("Fund A > Fund B", path.Route);
        Assert.Equal("Alpha", path.Manager);
        Assert.Equal(0.1m, path.Weight);
    }

    [Fact]
    public void Coverage_reconciles_to_the_amount_invested()
    {
        var (p, _) = Compute();
        // Screened: ZTE 10 in A, all of B (50) = 600 of 1,000; the cash (400) is a gap with its reason.
        Assert.Equal(600m, p.Coverage.LookedThrough);
        var gap = Assert.Single(p.Coverage.Gaps);
        Assert.Equal(400m, gap.Value);
        Assert.StartsWith("not screened", gap.Reason);
        Assert.Equal(p.TotalInvested, p.Coverage.LookedThrough + p.Coverage.Gaps.Sum(g => g.Value));
    }

    [Fact]
    public void Managers_add_up_to_the_scheme()
    {
        var (p, _) = Compute();
        var alpha = Assert.Single(p.Managers);
        Assert.Equal("Alpha", alpha.Manager);
        Assert.Equal(p.FlaggedValue, alpha.FlaggedValue);
        Assert.Equal(p.TotalInvested, alpha.AmountInvested);
    }

    [Fact]
    public void Funds_holding_each_other_in_a_cycle_stop_with_the_cycle_named()
    {
        var e = Assert.Throws<DataException>(() => Compute(cycle: true));
        Assert.Contains("funds hold each other in a cycle: a > b > a", e.Message);
        Assert.StartsWith("scheme.json", e.Message);
    }
}

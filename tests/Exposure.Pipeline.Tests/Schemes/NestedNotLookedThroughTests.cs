using Exposure.Core.Holdings;
using Exposure.Core.Portfolio;
using Exposure.Pipeline.Figures;
using Exposure.Pipeline.Schemes;
using Exposure.TestSupport;

namespace Exposure.Pipeline.Tests.Schemes;

/// <summary>
/// A fund reached only through a fund of funds and not looked through. The scheme invests GBP 1,000 in fund of funds F
/// (manager Fof), which holds fund A (50) and fund H (50); A holds ZTE 10 and another company 90. H has no holdings file,
/// or a file whose rows give no value (Hikvision and another company), so its value is unknown.
/// </summary>
public sealed class NestedNotLookedThroughTests
{
    private static PortfolioExposure Compute(bool hiddenFile)
    {
        var builder = new ExposureBuilder(BundledReference.Value);
        var snapshots = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var f = builder.BeginFund("f.csv", new FundMetadata("Fund F", MetadataOrigin.Portfolio, new DateOnly(2026, 6, 30), MetadataOrigin.File, null, "test"));
        f.LookedThrough(SchemeFixture.Holding("f.csv", 2, "FUND A", 50m).Row, "a");
        f.LookedThrough(SchemeFixture.Holding("f.csv", 3, "FUND H", 50m).Row, "h");
        var ff = f.Complete();
        builder.Add(ff);
        snapshots["f"] = [ff.Fund.Id];
        var a = builder.BeginFund("a.csv", new FundMetadata("Fund A", MetadataOrigin.Portfolio, new DateOnly(2026, 6, 30), MetadataOrigin.File, null, "test"));
        a.Add(SchemeFixture.Holding("a.csv", 2, "ZTE CORP", 10m), RowState.Matched, SchemeFixture.Hit("zte"));
        a.Add(SchemeFixture.Holding("a.csv", 3, "OTHER CO", 90m), RowState.Unmatched);
        var fa = a.Complete();
        builder.Add(fa);
        snapshots["a"] = [fa.Fund.Id];
        if (hiddenFile)
        {
            var h = builder.BeginFund("h.csv", new FundMetadata("Fund H", MetadataOrigin.Portfolio, new DateOnly(2026, 6, 30), MetadataOrigin.File, null, "test"));
            h.Add(SchemeFixture.Holding("h.csv", 2, "HIKVISION", null), RowState.Matched, SchemeFixture.Hit("hikvision"));
            h.Add(SchemeFixture.Holding("h.csv", 3, "OTHER CO", null), RowState.Unmatched);
            var fh = h.Complete();
            builder.Add(fh);
            snapshots["h"] = [fh.Fund.Id];
        }
        var report = builder.Build(SchemeFixture.Run, 3);
        PortfolioEntry[] entries =
        [
            SchemeFixture.Entry("f", 1000m, manager: "Fof"),
            SchemeFixture.Entry("a", null, isin: "GB00B0000001", manager: "Alpha"),
            SchemeFixture.Entry("h", null, isin: "GB00B0000002", manager: "Hidden") with { Files = hiddenFile ? ["h.csv"] : [] },
        ];
        var definition = new PortfolioDefinition("Scheme", "GBP", null, entries, "scheme.json");
        return LookThrough.Compute(definition, new FxRates("fx.csv", []), BundledReference.Value, report, snapshots);
    }

    [Theory]
    [InlineData(false, "no holdings file")]
    [InlineData(true, "fund value is unknown, as the file states no net assets and no row's value")]
    public void The_fund_of_funds_its_manager_and_the_scheme_read_at_least_and_name_the_path_not_looked_through(bool hiddenFile, string reason)
    {
        var scheme = Compute(hiddenFile);

        var fof = Assert.Single(scheme.Entries);
        Assert.Null(fof.NotLookedThrough);
        Assert.Equal(50m, fof.FlaggedValue);  // ZTE: 1,000 x 0.5 x 0.1
        var gap = Assert.Single(fof.FundsNotLookedThrough!);
        Assert.Equal(("f > h", "Fund F > Fund H", 500m, reason), (gap.Path, gap.Route, gap.Value, gap.Reason));
        Assert.Equal(new FigureBounds(Bound.AtLeast, Bound.NoneLookedThrough, Bound.NoneLookedThrough), fof.Bounds);
        var manager = Assert.Single(scheme.Managers);
        Assert.Equal(1, manager.FundsNotLookedThrough);
        Assert.Equal(new FigureBounds(Bound.AtLeast, Bound.NoneLookedThrough, null), manager.Bounds);
        Assert.Equal($"at least: 1 fund held through its holdings not looked through (Fund F > Fund H: {reason})", SchemeBounds.Manager(scheme, manager));

        Assert.Equal(new FigureBounds(Bound.AtLeast, Bound.NoneLookedThrough, Bound.NoneLookedThrough), scheme.Bounds);
        Assert.Equal(SchemeBounds.NoneLookedThrough, SchemeBounds.Stated(scheme.Bounds.RelatedValue, "GBP 0"));
        Assert.Equal($"a lower bound, counting only the holdings looked through: what is held through Fund F > Fund H (GBP 500: {reason}) is unknown, not zero",
            SchemeBounds.Scheme(scheme));
        Assert.Equal($"Fund F > Fund H (GBP 500) was not looked through ({reason}): what it holds is unknown and not counted", SchemeBounds.NotCounted(scheme));
        Assert.Equal("looked through to company level where its holdings are known (1 fund held through other funds not looked through)",
            SchemeBounds.LookedThrough(scheme));
        Assert.DoesNotContain("every fund", SchemeBounds.LookedThrough(scheme), StringComparison.Ordinal);
        Assert.Equal("1 fund or mandate with 1 manager; 1 fund held through other funds not looked through, the others to company level", SchemeBounds.Holdings(scheme));
        var zte = Assert.Single(scheme.Companies, c => c.CompanyId == "zte");
        Assert.Equal(Bound.AtLeast, zte.ValueBound);
    }

    [Fact]
    public void A_named_company_in_the_file_of_a_fund_of_unknown_value_is_listed_through_its_path_with_its_value_unknown()
    {
        var scheme = Compute(hiddenFile: true);
        Assert.Equal(2, scheme.CompaniesNamed);
        var hikvision = Assert.Single(scheme.Companies, c => c.CompanyId == "hikvision");
        Assert.Equal(RowState.Matched, hikvision.State);
        Assert.Null(hikvision.Value);
        Assert.Equal(1, hikvision.ValuesUnknown);
        var path = Assert.Single(hikvision.Paths);
        Assert.Equal(("f > h", "Fof", "Fund F > Fund H"), (path.Path, path.Manager, path.Route));
        Assert.Null(path.Value);
        Assert.Equal("fund value is unknown, as the file states no net assets and no row's value", path.ValueUnknown);
        Assert.Equal(new HeldValuesUnknown(1, 0, 0), scheme.ValuesUnknown);
        Assert.Equal(new HeldValuesUnknown(1, 0, 0), Assert.Single(scheme.Entries).ValuesUnknown);
        Assert.Contains("Hikvision", SchemeBounds.ValuesUnknown(scheme), StringComparison.Ordinal);
        // Nothing is added to the money: the named value stays ZTE's 50.
        Assert.Equal(50m, scheme.FlaggedValue);
    }

    [Fact]
    public void Only_holdings_of_the_scheme_count_as_holdings_not_looked_through_but_the_scheme_is_not_all_looked_through()
    {
        var scheme = Compute(hiddenFile: false);
        Assert.Equal(0, scheme.EntriesNotLookedThrough);
        Assert.True(scheme.NotAllLookedThrough);
        Assert.Single(scheme.FundsNotLookedThrough);
    }

    [Fact]
    public void With_no_date_of_its_own_the_scheme_gives_its_holdings_date()
    {
        var scheme = Compute(hiddenFile: true);
        Assert.Null(scheme.AsOf);
        Assert.Equal("2026-06-30", scheme.HoldingsAsOf);
    }
}

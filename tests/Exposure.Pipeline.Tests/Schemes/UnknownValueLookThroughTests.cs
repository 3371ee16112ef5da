using Exposure.Core.Holdings;
using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;
using Exposure.Pipeline.Figures;
using Exposure.Pipeline.Schemes;
using Exposure.TestSupport;

namespace Exposure.Pipeline.Tests.Schemes;

/// <summary>
/// Holdings in companies on the list whose value is unknown, looked through: never dropped, never 0. Fund A (1,000 GBP
/// invested, rows adding up to 100) holds ZTE 10, a second ZTE line and a Foxconn line with no value, and fund B at 50;
/// fund B (held only through A) holds Hikvision 20 and another company 80.
/// </summary>
public sealed class UnknownValueLookThroughTests
{
    private static PortfolioExposure Compute(bool unknownOnly = false)
    {
        var builder = new ExposureBuilder(BundledReference.Value);
        var a = builder.BeginFund("a.csv", new FundMetadata("Fund A", MetadataOrigin.Portfolio, new DateOnly(2026, 6, 30), MetadataOrigin.File, null, "test"));
        if (unknownOnly)
        {
            a.Add(SchemeFixture.Holding("a.csv", 2, "FOXCONN INDUSTRIAL INTERNET", null), RowState.Matched, SchemeFixture.Hit("foxconn-industrial-internet"));
            a.Add(SchemeFixture.Holding("a.csv", 3, "OTHER CO", 100m), RowState.Unmatched);
        }
        else
        {
            a.Add(SchemeFixture.Holding("a.csv", 2, "ZTE CORP", 10m), RowState.Matched, SchemeFixture.Hit("zte"));
            a.Add(SchemeFixture.Holding("a.csv", 3, "ZTE CORP A", null), RowState.Matched, SchemeFixture.Hit("zte"));
            a.Add(SchemeFixture.Holding("a.csv", 4, "FOXCONN INDUSTRIAL INTERNET", null), RowState.Matched, SchemeFixture.Hit("foxconn-industrial-internet"));
            a.Add(SchemeFixture.Holding("a.csv", 5, "CASH", 40m, "Cash"), RowState.Excluded);
            a.LookedThrough(SchemeFixture.Holding("a.csv", 6, "FUND B", 50m).Row, "b");
        }
        var fa = a.Complete();
        builder.Add(fa);
        var b = builder.BeginFund("b.csv", new FundMetadata("Fund B", MetadataOrigin.Portfolio, new DateOnly(2026, 6, 30), MetadataOrigin.File, null, "test"));
        b.Add(SchemeFixture.Holding("b.csv", 2, "HIKVISION", 20m), RowState.Matched, SchemeFixture.Hit("hikvision"));
        b.Add(SchemeFixture.Holding("b.csv", 3, "OTHER CO", 80m), RowState.Unmatched);
        var fb = b.Complete();
        builder.Add(fb);
        var report = builder.Build(SchemeFixture.Run, 3);
        var definition = new PortfolioDefinition("Scheme", "GBP", null, [SchemeFixture.Entry("a", 1000m, manager: "Alpha"), SchemeFixture.Entry("b", null, isin: "GB00B0000001", manager: "Alpha")], "scheme.json");
        return LookThrough.Compute(definition, new FxRates("fx.csv", []), BundledReference.Value, report,
            new Dictionary<string, IReadOnlyList<string>> { ["a"] = [fa.Fund.Id], ["b"] = [fb.Fund.Id] });
    }

    [Fact]
    public void A_company_held_only_at_an_unknown_value_is_listed_with_its_value_unknown_and_the_reason()
    {
        var scheme = Compute();
        Assert.Equal(3, scheme.CompaniesNamed);
        var foxconn = Assert.Single(scheme.Companies, c => c.CompanyId == "foxconn-industrial-internet");
        Assert.Equal(RowState.Matched, foxconn.State);
        Assert.Null(foxconn.Value);
        Assert.Null(foxconn.Share);
        Assert.Equal(1, foxconn.ValuesUnknown);
        var path = Assert.Single(foxconn.Paths);
        Assert.Equal("a", path.Path);
        Assert.Null(path.Value);
        Assert.Null(path.Weight);
        Assert.Equal("no value given", path.ValueUnknown);
        Assert.Equal(Bound.Exact, path.ValueBound);
        // Listed after the companies of known value, never first as if it were the largest.
        Assert.Equal("foxconn-industrial-internet", scheme.Companies.Last(c => c.State == RowState.Matched).CompanyId);
    }

    [Fact]
    public void A_company_with_some_values_unknown_is_at_least_its_known_value()
    {
        var scheme = Compute();
        var zte = Assert.Single(scheme.Companies, c => c.CompanyId == "zte");
        Assert.Equal(100m, zte.Value);       // 1,000 x 10 / 100; the line of unknown value adds nothing
        Assert.Equal(0.1m, zte.Share);
        Assert.Equal(1, zte.ValuesUnknown);
        Assert.Equal(Bound.AtLeast, zte.ValueBound);
        var path = Assert.Single(zte.Paths);
        Assert.Equal(100m, path.Value);
        Assert.Equal("no value given", path.ValueUnknown);
        Assert.Equal(Bound.AtLeast, path.ValueBound);

        // Hikvision, through B, has every value known: exact.
        var hikvision = Assert.Single(scheme.Companies, c => c.CompanyId == "hikvision");
        Assert.Equal(100m, hikvision.Value);
        Assert.Equal(Bound.Exact, hikvision.ValueBound);
        Assert.All(hikvision.Paths, p => Assert.Null(p.ValueUnknown));
    }

    [Fact]
    public void The_holding_its_manager_and_the_scheme_say_their_named_value_is_a_lower_bound()
    {
        var scheme = Compute();
        var a = Assert.Single(scheme.Entries);
        Assert.Equal(200m, a.FlaggedValue);  // ZTE 100 + Hikvision 1,000 x 0.5 x 0.2
        Assert.Equal(new HeldValuesUnknown(2, 0, 0), a.ValuesUnknown);
        Assert.Equal(new FigureBounds(Bound.AtLeast, Bound.Exact, Bound.Exact), a.Bounds);
        Assert.Equal(new FigureBounds(Bound.AtLeast, Bound.Exact, null), Assert.Single(scheme.Managers).Bounds);
        Assert.Equal(new HeldValuesUnknown(2, 0, 0), scheme.ValuesUnknown);
        Assert.Equal(new FigureBounds(Bound.AtLeast, Bound.Exact, Bound.Exact), scheme.Bounds);
        Assert.Equal(200m, scheme.FlaggedValue);

        var note = SchemeBounds.ValuesUnknown(scheme);
        Assert.NotNull(note);
        Assert.StartsWith("2 holdings in named companies reached through the scheme have values that are unknown: ", note, StringComparison.Ordinal);
        Assert.Contains("ZTE Corporation (Fund A: no value given)", note, StringComparison.Ordinal);
        Assert.Contains("(of Fund A and of the scheme)", note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_value_of_zero_beside_holdings_of_unknown_value_is_unknown_not_zero()
    {
        var scheme = Compute(unknownOnly: true);
        var a = Assert.Single(scheme.Entries);
        Assert.Equal(0m, a.FlaggedValue);
        Assert.Equal(Bound.ValuesUnknown, a.Bounds.FlaggedValue);
        Assert.Equal(Bound.ValuesUnknown, scheme.Bounds.FlaggedValue);
        Assert.Equal(Wording.Unknown, SchemeBounds.Total(scheme.Bounds.FlaggedValue, "0"));
        Assert.Equal(SchemeBounds.OnlyValuesUnknown, SchemeBounds.Stated(scheme.Bounds.FlaggedValue, "GBP 0"));
        Assert.Equal(1, scheme.CompaniesNamed);
    }

    [Fact]
    public void Without_unknown_values_nothing_is_a_lower_bound()
    {
        var builder = new ExposureBuilder(BundledReference.Value);
        var a = builder.BeginFund("a.csv", new FundMetadata("Fund A", MetadataOrigin.Portfolio, new DateOnly(2026, 6, 30), MetadataOrigin.File, null, "test"));
        a.Add(SchemeFixture.Holding("a.csv", 2, "ZTE CORP", 10m), RowState.Matched, SchemeFixture.Hit("zte"));
        a.Add(SchemeFixture.Holding("a.csv", 3, "OTHER CO", 90m), RowState.Unmatched);
        var fa = a.Complete();
        builder.Add(fa);
        var definition = new PortfolioDefinition("Scheme", "GBP", null, [SchemeFixture.Entry("a", 1000m, manager: "Alpha")], "scheme.json");
        var scheme = LookThrough.Compute(definition, new FxRates("fx.csv", []), BundledReference.Value, builder.Build(SchemeFixture.Run, 1),
            new Dictionary<string, IReadOnlyList<string>> { ["a"] = [fa.Fund.Id] });
        Assert.Null(scheme.ValuesUnknown);
        Assert.Null(Assert.Single(scheme.Entries).ValuesUnknown);
        Assert.Equal(new FigureBounds(Bound.Exact, Bound.Exact, Bound.Exact), scheme.Bounds);
        Assert.Null(SchemeBounds.ValuesUnknown(scheme));
        Assert.Equal(0, Assert.Single(scheme.Companies).ValuesUnknown);
    }

    [Fact]
    public void A_fund_row_of_unknown_value_reached_through_two_holdings_of_one_manager_is_counted_once_for_the_manager()
    {
        // Mandates A and B of manager M both hold fund C, whose Foxconn row has no value: one row of C's file.
        var (scheme, _) = SchemeFixture.Compute(
            ("a", 1000m, [new("FUND C", 50m, Fund: "c"), new("OTHER CO", 50m)]),
            ("b", 500m, [new("FUND C", 50m, Fund: "c"), new("OTHER CO", 50m)]),
            ("c", null, [new("ZTE CORP", 10m, Company: "zte"), new("FOXCONN INDUSTRIAL INTERNET", null, Company: "foxconn-industrial-internet"), new("OTHER CO", 90m)]));

        Assert.All(scheme.Entries, e => Assert.Equal(new HeldValuesUnknown(1, 0, 0), e.ValuesUnknown));
        var manager = Assert.Single(scheme.Managers);
        Assert.Equal(new HeldValuesUnknown(1, 0, 0), manager.ValuesUnknown);
        Assert.Equal(new HeldValuesUnknown(1, 0, 0), scheme.ValuesUnknown);
        Assert.Equal(1, Assert.Single(scheme.Companies, c => c.CompanyId == "foxconn-industrial-internet").ValuesUnknown);
        // The money is unchanged: ZTE is 1,500 x 0.5 x 0.1 through both mandates, and the manager's figure is a lower bound.
        Assert.Equal(75m, manager.FlaggedValue);
        Assert.Equal(Bound.AtLeast, manager.Bounds.FlaggedValue);
    }
}

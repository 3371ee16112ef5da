using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;
using static Exposure.Pipeline.Tests.Schemes.SchemeFixture;

namespace Exposure.Pipeline.Tests.Schemes;

/// <summary>
/// A company's profile in a scheme lists every path by which the scheme holds it, fund by fund with the share held at
/// each step and the rows that hold it. The scheme invests GBP 1,000,000 in fund of funds F, which holds fund G (40 of
/// 100); G holds fund A (50 of 100) and ZTE (10); A holds ZTE in two rows (20 and 5 of 100).
/// </summary>
public sealed class SchemePathsTests
{
    private static PortfolioExposure Scheme() => Compute(
        ("f", 1_000_000m, [new("FUND G", 40m, Fund: "g"), new("OTHER CO", 60m)]),
        ("g", null, [new("FUND A", 50m, Fund: "a"), new("ZTE CORP", 10m, Company: "zte"), new("OTHER CO", 40m)]),
        ("a", null, [new("ZTE CORP", 20m, Company: "zte"), new("ZTE CORP CLASS B", 5m, Company: "zte"), new("OTHER CO", 75m)])).Scheme;

    [Fact]
    public void Each_path_gives_its_funds_the_share_held_at_each_step_and_the_rows_that_hold_the_company()
    {
        var zte = SchemeCompanyValue.Of(Scheme(), "zte");
        Assert.Equal(2, zte.Paths);
        var paths = zte.Through!;

        // F > G > A: 1,000,000 x 40% x 50% x (20% + 5%) = 50,000, from A's lines 2 and 3.
        var deep = Assert.Single(paths, p => p.Path == "f > g > a");
        Assert.Equal(1_000_000m, deep.Invested);
        Assert.Equal(
            new[] { new PathFund("f", "Fund F"), new PathFund("g", "Fund G", 0.4m, "f.csv", 2), new PathFund("a", "Fund A", 0.5m, "g.csv", 2) },
            deep.Funds!);
        Assert.Equal(("a.csv", 0.25m, 50_000m), (deep.File, deep.HoldingWeight, deep.Value));
        Assert.Equal(new[] { 2, 3 }, deep.Lines!);
        Assert.Equal("Fund F, GBP 1,000,000 invested", Wording.SchemePathEntry(deep, "GBP"));
        Assert.Equal("40.000% of it in Fund G (f.csv, line 2); 50.000% of that in Fund A (g.csv, line 2); 25.000% of that in ZTE (a.csv, lines 2, 3)",
            Wording.SchemePathSteps(deep, "ZTE"));

        // F > G: 1,000,000 x 40% x 10% = 40,000, from G's line 3.
        var shallow = Assert.Single(paths, p => p.Path == "f > g");
        Assert.Equal(("g.csv", 0.1m, 40_000m), (shallow.File, shallow.HoldingWeight, shallow.Value));
        Assert.Equal("40.000% of it in Fund G (f.csv, line 2); 10.000% of that in ZTE (g.csv, line 3)", Wording.SchemePathSteps(shallow, "ZTE"));

        // The paths add up to the value held by the scheme, looked through, which every path was.
        Assert.Equal(90_000m, zte.Value);
        Assert.Equal(zte.Value, paths.Sum(p => p.Value));
        Assert.False(zte.AtLeast);
        Assert.Equal("The paths add up to GBP 90,000, the value held by the scheme, looked through.", Wording.SchemePathsTotal(zte));
    }

    [Fact]
    public void A_fund_not_looked_through_makes_the_total_a_lower_bound_and_says_what_was_not()
    {
        var scheme = Compute(
            ("f", 1_000m, [new("FUND A", 50m, Fund: "a"), new("FUND H", 50m, Fund: "h")]),
            ("a", null, [new("ZTE CORP", 10m, Company: "zte"), new("ZTE CORP CLASS B", null, Company: "zte"), new("OTHER CO", 90m)]),
            ("h", null, [new("ZTE CORP", null, Company: "zte"), new("OTHER CO", null)])).Scheme;
        var zte = SchemeCompanyValue.Of(scheme, "zte");

        // F > A brings at least 1,000 x 50% x 10% = 50: A's second row of ZTE has no value, so its share is at least that;
        // F > H's value is unknown, listed with why, never 0.
        var known = Assert.Single(zte.Through!, p => p.Path == "f > a");
        Assert.Equal((50m, Bound.AtLeast), (known.Value, known.ValueBound));
        Assert.Equal("50.000% of it in Fund A (f.csv, line 2); at least 10.000% of that in ZTE (a.csv, lines 2, 3)", Wording.SchemePathSteps(known, "ZTE"));
        var hidden = Assert.Single(zte.Through!, p => p.Path == "f > h");
        Assert.Null(hidden.Value);
        Assert.Null(hidden.HoldingWeight);
        Assert.Equal("50.000% of it in Fund H (f.csv, line 3); a share unknown of that in ZTE (h.csv, line 2)", Wording.SchemePathSteps(hidden, "ZTE"));
        Assert.True(zte.AtLeast);
        Assert.Equal(zte.Value, zte.Through!.Sum(p => p.Value ?? 0));
        Assert.StartsWith("The paths add up to GBP 50, the value held by the scheme, looked through, which is a lower bound: 2 holdings of it reached have values that are unknown, not counted",
            Wording.SchemePathsTotal(zte), StringComparison.Ordinal);
    }
}

using Exposure.Core;
using Exposure.Pipeline.Schemes;

namespace Exposure.Pipeline.Tests.Schemes;

/// <summary>
/// Funds of funds as a graph: shapes worked out by hand (diamonds, long chains, many paths to one company), cycles of
/// every length named along the path that exists, and the work counted, so that a deep scheme is shown to cost in
/// proportion to its size, not to its number of paths.
/// </summary>
public sealed class FundGraphTests
{
    private static readonly SchemeFixture.Row Zte = new("ZTE CORP", 20m, Company: "zte");

    [Fact]
    public void A_fund_holding_itself_is_a_cycle_of_one()
    {
        var e = Assert.Throws<DataException>(() => SchemeFixture.Compute(
            ("a", 100m, [Zte, new("FUND A", 30m, Fund: "a"), new("OTHER CO", 50m)])));
        Assert.Equal("scheme.json, line 1: fund 'a' holds itself: a > a (a.csv, line 3 holds it)", e.Message);
    }

    [Fact]
    public void A_three_cycle_is_named_from_the_first_entry_of_the_file_along_its_true_path()
    {
        // The file lists b, c, a; the walk starts at b (first in the file), so the cycle reads b > c > a > b.
        var e = Assert.Throws<DataException>(() => SchemeFixture.Compute(
            ("b", null, [new("FUND C", 50m, Fund: "c"), new("OTHER CO", 50m)]),
            ("c", null, [new("OTHER CO", 50m), new("FUND A", 50m, Fund: "a")]),
            ("a", 100m, [new("FUND B", 50m, Fund: "b"), Zte])));
        Assert.Equal("scheme.json, line 1: funds hold each other in a cycle: b > c > a > b (b.csv, line 2 holds 'c'; c.csv, line 3 holds 'a'; a.csv, line 2 holds 'b')", e.Message);
    }

    [Fact]
    public void A_cycle_below_the_funds_of_the_scheme_is_found_with_only_its_own_funds()
    {
        // a -> b -> c -> d -> b: the path from the top (a) is not part of the cycle.
        var e = Assert.Throws<DataException>(() => SchemeFixture.Compute(
            ("a", 100m, [new("FUND B", 50m, Fund: "b"), Zte]),
            ("b", null, [new("FUND C", 50m, Fund: "c"), new("OTHER CO", 50m)]),
            ("c", null, [new("FUND D", 50m, Fund: "d"), new("OTHER CO", 50m)]),
            ("d", null, [new("FUND B", 50m, Fund: "b"), new("OTHER CO", 50m)])));
        Assert.Contains("funds hold each other in a cycle: b > c > d > b (", e.Message);
    }

    /// <summary>
    /// a (1,000) holds b 30 and c 20 of 100; b and c each hold d at half their value; d holds ZTE 20 of 100.
    /// Through b: 1,000 x 0.3 x 0.5 x 0.2 = 30; through c: 1,000 x 0.2 x 0.5 x 0.2 = 20.
    /// </summary>
    [Fact]
    public void A_diamond_adds_both_paths_and_lists_each()
    {
        var (p, _) = SchemeFixture.Compute(
            ("a", 1000m, [new("FUND B", 30m, Fund: "b"), new("FUND C", 20m, Fund: "c"), new("OTHER CO", 50m)]),
            ("b", null, [new("FUND D", 50m, Fund: "d"), new("OTHER CO", 50m)]),
            ("c", null, [new("FUND D", 50m, Fund: "d"), new("OTHER CO", 50m)]),
            ("d", null, [Zte, new("OTHER CO", 80m)]));
        var zte = Assert.Single(p.Companies);
        Assert.Equal(50m, zte.Value);
        Assert.Equal([("a > b > d", 30m, 0.03m), ("a > c > d", 20m, 0.02m)], zte.Paths.Select(x => (x.Path, x.Value, x.Weight)));
        Assert.All(zte.Paths, x => Assert.Null(x.PathsCombined));
        Assert.Equal(p.TotalInvested, p.Coverage.LookedThrough + p.Coverage.Gaps.Sum(g => g.Value));
    }

    [Fact]
    public void Paths_beyond_the_limit_are_added_up_in_one_row_saying_how_many()
    {
        // a holds 25 funds, fund i at value i; each holds ZTE at 20%: the paths are worth 0.2 x 1,000 x i / 400.
        var inner = Enumerable.Range(1, 25).Select(i => ($"f{i}", (decimal?)null, new SchemeFixture.Row[] { Zte, new("OTHER CO", 80m) }));
        var top = ("a", (decimal?)1000m, Enumerable.Range(1, 25).Select(i => new SchemeFixture.Row($"FUND {i}", i, Fund: $"f{i}")).Append(new("OTHER CO", 75m)).ToArray());
        var (p, _) = SchemeFixture.Compute([top, .. inner]);

        var zte = Assert.Single(p.Companies);
        Assert.Equal(LookThrough.PathsListed + 1, zte.Paths.Count);
        var listed = zte.Paths.Take(LookThrough.PathsListed).ToList();
        Assert.Equal(Enumerable.Range(6, 20).Reverse().Select(i => $"a > f{i}"), listed.Select(x => x.Path));
        var rest = zte.Paths[^1];
        Assert.Equal(5, rest.PathsCombined);
        Assert.Equal("a > ...", rest.Path);
        Assert.Equal("Fund A > ...: 5 more paths, none larger than those listed", rest.Route);
        Assert.Equal(0.2m * 1000m * (1 + 2 + 3 + 4 + 5) / 400m, rest.Value!.Value, 20);
        Assert.Equal(zte.Value!.Value, zte.Paths.Sum(x => x.Value)!.Value, 20);
        Assert.Equal(0.2m * 1000m * 325 / 400m, zte.Value!.Value, 20);
    }

    [Fact]
    public void The_work_grows_with_the_levels_not_with_the_paths()
    {
        var (p20, work20) = SchemeFixture.Compute(SchemeFixture.TwoWide(20));
        var (_, work30) = SchemeFixture.Compute(SchemeFixture.TwoWide(30));
        var (p40, work40) = SchemeFixture.Compute(SchemeFixture.TwoWide(40));

        // 2^40 - 1 paths from each of the two top funds; walking them would take days.
        var zte = Assert.Single(p40.Companies);
        Assert.Equal(2 * ((1L << 40) - 1), zte.Paths.Sum(x => x.PathsCombined ?? 1));
        Assert.Equal(2 * 1_000_000m * (1 - Pow(0.8m, 40)), zte.Value!.Value, 6);
        Assert.Equal(2 * 1_000_000m * (1 - Pow(0.8m, 20)), Assert.Single(p20.Companies).Value!.Value, 6);

        // Ten more levels cost the same from 20 to 30 as from 30 to 40: linear. Walking the paths would double the
        // work with every level and pass the bound below at level 17.
        Assert.InRange(work40 - work30, 0.95 * (work30 - work20), 1.05 * (work30 - work20));
        Assert.True(work40 < 100_000, $"work {work40}");
    }

    [Fact]
    public void A_fund_reached_by_several_paths_has_one_coverage_gap_naming_its_largest_path()
    {
        var (p, _) = SchemeFixture.Compute(
            ("a", 1000m, [new("FUND B", 30m, Fund: "b"), new("FUND C", 20m, Fund: "c"), new("OTHER CO", 50m)]),
            ("b", null, [new("FUND D", 50m, Fund: "d"), new("OTHER CO", 50m)]),
            ("c", null, [new("FUND D", 50m, Fund: "d"), new("OTHER CO", 50m)]),
            ("d", null, [Zte, new("CASH", 80m, Excluded: true)]));
        var gap = Assert.Single(p.Coverage.Gaps);
        Assert.Equal("a > b > d", gap.Path);
        Assert.Equal("Fund A > Fund B > Fund D, and 1 other path to the same fund", gap.Route);
        Assert.Equal((150m + 100m) * 0.8m, gap.Value);
        Assert.Equal(p.TotalInvested, p.Coverage.LookedThrough + p.Coverage.Gaps.Sum(g => g.Value));
    }

    private static decimal Pow(decimal x, int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++) result *= x;
        return result;
    }
}

using Exposure.Lists.Combine;
using Exposure.Lists.Diff;
using Exposure.TestSupport;

namespace Exposure.Lists.Tests.Diff;

public sealed class ListDiffTests
{
    [Fact]
    public void Added_removed_and_changed_companies_and_identifiers_are_listed()
    {
        using var temp = new TempFolder();
        var old = Path.Combine(temp.Path, "q3.csv");
        var @new = Path.Combine(temp.Path, "q4.csv");
        File.WriteAllText(old, "# source: https://example.org/list\nname,isin\nAlpha Co,CNE1000004Y2\nBeta Co,\nGamma Co,CNE100000PM8\n");
        File.WriteAllText(@new, "# source: https://example.org/list\nname,isin\nAlpha Co,CNE1000004Y2;CNE000000TK5\nGamma Holdings,CNE100000PM8\nDelta Co,\n");
        var before = ListLoader.Load(old, RepoPaths.ReferenceData);
        var after = ListLoader.Load(@new, RepoPaths.ReferenceData);
        var changes = ListDiff.Compare(before.Data, after.Data, before.Info.Name, after.Info.Name);
        Assert.DoesNotContain(changes, c => c.Field == "allegation" && c.CompanyId == "alpha-co");
        Assert.Contains(changes, c => c.Change == "added" && c.CompanyId == "alpha-co" && c.Field == "isin" && c.New == "CNE000000TK5");
        Assert.Contains(changes, c => c.Change == "removed" && c.CompanyId == "beta-co" && c.Field == "company");
        Assert.Contains(changes, c => c.Change == "added" && c.CompanyId == "delta-co" && c.Field == "company");
        Assert.Contains(changes, c => c.Change == "changed" && c.Field == "name" && c.Old == "Gamma Co" && c.New == "Gamma Holdings");
        Assert.DoesNotContain(changes, c => c.CompanyId == "gamma-holdings" && c.Field == "company");
    }

    [Fact]
    public void A_list_compared_with_itself_has_no_changes() =>
        Assert.Empty(ListDiff.Compare(Fixtures.Bundled, Fixtures.Bundled));
}

using Exposure.Lists.Combine;
using Exposure.Lists.Model;
using Exposure.TestSupport;

namespace Exposure.Lists.Tests.Combine;

public sealed class ListSetTests
{
    private static ListSet BundledAndTrustee() => ListSet.Combine(
    [
        ListLoader.Load(ListLoader.Bundled, RepoPaths.ReferenceData),
        ListLoader.Load(Fixtures.Path("spreadsheet", "trustee-list.csv"), RepoPaths.ReferenceData),
    ]);

    [Fact]
    public void Companies_sharing_an_isin_are_one_carrying_both_lists_allegations()
    {
        var set = BundledAndTrustee();
        var zte = set.Data.Company("zte");
        var lists = set.Data.AllegationsOf("zte").Select(a => a.ListName).Distinct().ToList();
        Assert.Equal([ListLoader.BundledName, "Example trustee policy list (test fixture)"], lists);
        Assert.Contains("XHKG:0763", zte.Listings.Select(l => l.ToString()));
        Assert.DoesNotContain(set.Data.Companies, c => c.Id == "zte-corporation");
    }

    [Fact]
    public void The_union_keeps_every_company_of_both_lists()
    {
        var set = BundledAndTrustee();
        // ZTE (by its ISIN) and LONGi (by its legal name in China) are bundled companies; Tencent is the trustee's own.
        Assert.Equal(Fixtures.Bundled.Companies.Count + 1, set.Data.Companies.Count);
        Assert.NotNull(set.Data.FindCompany("tencent-holdings-ltd"));
        Assert.Equal(2, set.Used.Lists.Count);
    }

    [Fact]
    public void The_same_legal_name_in_one_country_is_one_company_and_the_join_is_recorded()
    {
        var set = BundledAndTrustee();
        // The trustee's row names LONGi by name and country only: the bundled company carries its allegation.
        Assert.Null(set.Data.FindCompany("longi-green-energy-technology-co-ltd"));
        Assert.Equal([ListLoader.BundledName, "Example trustee policy list (test fixture)"], set.Data.AllegationsOf("longi").Select(a => a.ListName).Distinct());
        Assert.Empty(set.Used.NamePairs);
        var join = Assert.Single(set.Used.Joined, j => j.CompanyId == "longi");
        Assert.Equal(("name+country", "LONGI GREEN ENERGY TECHNOLOGY CO LTD (CN)"), (join.Key, join.Value));
        Assert.Equal((ListLoader.BundledName, "longi"), (join.ListName, join.ListCompanyId));
        Assert.Equal(("Example trustee policy list (test fixture)", "longi-green-energy-technology-co-ltd"), (join.OtherListName, join.OtherListCompanyId));
        // ZTE is joined by its ISIN, and says so too.
        Assert.Contains(set.Used.Joined, j => j is { CompanyId: "zte", Key: "isin", Value: "CNE1000004Y2" });
    }

    [Fact]
    public void A_legal_name_a_list_gives_without_a_country_joins_the_one_company_of_that_name()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "list.csv");
        File.WriteAllText(path, "# source: https://example.org/list\nname\n\"LONGi Green Energy Technology Co., Ltd.\"\n");
        var set = ListSet.Combine([ListLoader.Load(ListLoader.Bundled, RepoPaths.ReferenceData), ListLoader.Load(path, RepoPaths.ReferenceData)]);
        Assert.Empty(set.Used.NamePairs);
        var join = Assert.Single(set.Used.Joined);
        Assert.Equal(("longi", "name"), (join.CompanyId, join.Key));
        Assert.Contains(set.Data.AllegationsOf("longi"), a => a.ListName != ListLoader.BundledName);
        Assert.Equal(Fixtures.Bundled.Company("longi")!.Basis, set.Data.Company("longi")!.Basis);
    }

    [Fact]
    public void An_entry_carrying_identifiers_of_two_companies_is_reported_as_a_conflict()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "list.csv");
        // A name that agrees with both companies' names: joined to the first, and the second identifier is a conflict.
        File.WriteAllText(path, "# source: https://example.org/list\nname,isin\nZTE Hikvision Co,CNE1000004Y2;CNE100000PM8\n");
        var set = ListSet.Combine(
        [
            ListLoader.Load(ListLoader.Bundled, RepoPaths.ReferenceData),
            ListLoader.Load(path, RepoPaths.ReferenceData),
        ]);
        var conflict = Assert.Single(set.Used.Conflicts);
        Assert.Equal("isin", conflict.Field);
        Assert.Equal("CNE100000PM8", conflict.Value);
        Assert.Equal(["zte", "hikvision"], new[] { conflict.CompanyId, conflict.OtherCompanyId });
        Assert.False(conflict.NamesDiffer);
        Assert.Equal(Fixtures.Bundled.Companies.Count, set.Data.Companies.Count);
    }

    [Fact]
    public void An_entry_carrying_identifiers_of_two_companies_of_other_names_joins_neither_and_both_are_conflicts()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "list.csv");
        File.WriteAllText(path, "# name: Confused list\n# source: https://example.org/list\nname,isin\nConfused Co,CNE1000004Y2;CNE100000PM8\n");
        var set = ListSet.Combine(
        [
            ListLoader.Load(ListLoader.Bundled, RepoPaths.ReferenceData),
            ListLoader.Load(path, RepoPaths.ReferenceData),
        ]);
        Assert.Equal(Fixtures.Bundled.Companies.Count + 1, set.Data.Companies.Count);
        Assert.Equal(["Confused list"], set.Data.AllegationsOf("confused-co").Select(a => a.ListName!));
        Assert.Equal([("CNE1000004Y2", "zte"), ("CNE100000PM8", "hikvision")],
            set.Used.Conflicts.Select(c => (c.Value, c.CompanyId)));
        Assert.All(set.Used.Conflicts, c => Assert.True(c.NamesDiffer && c.OtherCompanyId == "confused-co"));
    }

    [Fact]
    public void Problems_of_every_list_travel_with_the_set()
    {
        var set = ListSet.Combine(
        [
            ListLoader.Load(ListLoader.Bundled, RepoPaths.ReferenceData),
            ListLoader.Load(Fixtures.Path("csl", "consolidated.csv"), RepoPaths.ReferenceData),
        ]);
        var issue = Assert.Single(set.Used.Issues);
        Assert.Equal("US Consolidated Screening List", issue.ListName);
        Assert.Equal(1, set.Used.Lists[1].Problems);
        Assert.Equal(ListFormats.Csl, set.Used.Lists[1].Format);
    }

    [Fact]
    public void One_list_is_screened_as_it_is()
    {
        var set = ListSet.Combine([ListLoader.Load(ListLoader.Bundled, RepoPaths.ReferenceData)]);
        Assert.Equal(Fixtures.Bundled.Companies.Count, set.Data.Companies.Count);
        Assert.All(set.Data.Allegations, a => Assert.Null(a.ListName));
        Assert.Equal("reference-data (bundled)", set.Used.Lists[0].File);
    }

    [Fact]
    public void Two_lists_of_one_name_are_told_apart_in_their_allegations_and_provenance()
    {
        var trustee = Fixtures.Path("spreadsheet", "trustee-list.csv");
        var set = ListSet.Combine(
        [
            ListLoader.Load(trustee, RepoPaths.ReferenceData),
            ListLoader.Load(trustee, RepoPaths.ReferenceData),
        ]);
        const string name = "Example trustee policy list (test fixture)";
        Assert.Equal([name, name + " (2)"], set.Used.Lists.Select(l => l.Name));
        // ZTE is on both: joined by its ISIN, one allegation of each list, each naming its own.
        Assert.Equal([name, name + " (2)"], set.Data.AllegationsOf("zte-corporation").Select(a => a.ListName));
    }
}

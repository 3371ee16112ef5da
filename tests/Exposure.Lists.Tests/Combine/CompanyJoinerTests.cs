using Exposure.Core.Reference;
using Exposure.Lists.Combine;
using Exposure.TestSupport;

namespace Exposure.Lists.Tests.Combine;

/// <summary>Companies of several lists taken for one company, on a shared identifier, listing or legal name in one country, and kept apart where a list tells them apart.</summary>
public sealed class CompanyJoinerTests
{
    private const string Uflpa = "DHS UFLPA Entity List";
    private const string Ngo = "Example NGO list (test fixture)";

    private static LoadedList Bundled() => ListLoader.Load(ListLoader.Bundled, RepoPaths.ReferenceData);

    private static LoadedList Load(params string[] fixture) => ListLoader.Load(Fixtures.Path(["combine", .. fixture]), RepoPaths.ReferenceData);

    private static LoadedList Written(TempFolder temp, string file, string text)
    {
        var path = Path.Combine(temp.Path, file);
        File.WriteAllText(path, text);
        return ListLoader.Load(path, RepoPaths.ReferenceData);
    }

    [Fact]
    public void Two_lists_naming_one_legal_name_in_one_country_are_one_company_carrying_both_lists_allegations()
    {
        // The UFLPA page writes "Co., Ltd.", the NGO "Co. Ltd.": the same legal name.
        var set = ListSet.Combine([Load("uflpa-entity-list.html"), Load("ngo-list.csv")]);

        var daqo = Assert.Single(set.Data.Companies, c => c.NameEn.StartsWith("Xinjiang Daqo", StringComparison.Ordinal));
        var allegations = set.Data.AllegationsOf(daqo.Id).ToList();
        Assert.Equal([(Uflpa, "2022-06-21"), (Ngo, "2026-10-01")], allegations.Select(a => (a.ListName!, a.Date!)));
        Assert.Equal(["https://www.dhs.gov/uflpa-entity-list", "https://example.org/ngo-list"], allegations.Select(a => a.SourceUrl));
        Assert.Contains(set.Data.NamesOf(daqo.Id), n => n.Name == "Xinjiang Daqo New Energy Co. Ltd.");
        Assert.Equal(Basis.Named, daqo.Basis);
        Assert.Empty(set.Used.NamePairs);
        var join = Assert.Single(set.Used.Joined);
        Assert.Equal((daqo.Id, "name+country", "XINJIANG DAQO NEW ENERGY CO LTD (CN)"), (join.CompanyId, join.Key, join.Value));
        Assert.Equal((Uflpa, "Xinjiang Daqo New Energy Co., Ltd.", Ngo, "Xinjiang Daqo New Energy Co. Ltd."), (join.ListName, join.Name, join.OtherListName, join.OtherName));
    }

    [Fact]
    public void The_uflpa_page_beside_the_bundled_list_adds_its_allegations_to_the_bundled_companies_it_names()
    {
        var set = ListSet.Combine([Bundled(), Load("uflpa-entity-list.html")]);

        foreach (var id in new[] { "xinjiang-daqo", "camel-group", "hongyuan-green-energy" })
        {
            var uflpa = Assert.Single(set.Data.AllegationsOf(id), a => a.ListName == Uflpa);
            Assert.Equal("forced-labour", uflpa.Category);
            Assert.Contains(set.Data.AllegationsOf(id), a => a.ListName == ListLoader.BundledName);
            Assert.Contains(set.Used.Joined, j => j is { Key: "name+country", ListName: ListLoader.BundledName, OtherListName: Uflpa } && j.CompanyId == id);
        }
        // Every entry of the page is cited for a company; the bundled company keeps its id, basis, parent and caveats.
        Assert.Equal(5, set.Data.Allegations.Where(a => a.ListName == Uflpa).Select(a => a.CompanyId).Distinct().Count());
        var (daqo, bundled) = (set.Data.Company("xinjiang-daqo"), Fixtures.Bundled.Company("xinjiang-daqo"));
        Assert.Equal((bundled.NameEn, bundled.NameNative, bundled.Country, bundled.ParentId, bundled.Basis, bundled.ReviewNote),
            (daqo.NameEn, daqo.NameNative, daqo.Country, daqo.ParentId, daqo.Basis, daqo.ReviewNote));
        Assert.Equal(bundled.Listings, daqo.Listings);
        // The page names a subsidiary of the bundled Hoshine, by another legal name: not joined.
        Assert.DoesNotContain(set.Data.AllegationsOf("hoshine"), a => a.ListName == Uflpa);
        Assert.Equal(Fixtures.Bundled.Companies.Count + 2, set.Data.Companies.Count);
    }

    [Fact]
    public void A_curated_company_keeps_its_id_and_name_whichever_list_comes_first()
    {
        var set = ListSet.Combine([Load("uflpa-entity-list.html"), Bundled()]);
        var daqo = set.Data.Company("xinjiang-daqo");
        Assert.Equal("Xinjiang Daqo New Energy Co., Ltd.", daqo.NameEn);
        Assert.Equal("daqo", daqo.ParentId);
        Assert.Equal([Uflpa, ListLoader.BundledName], set.Data.AllegationsOf("xinjiang-daqo").Select(a => a.ListName!).Distinct().Order(StringComparer.Ordinal));
        Assert.Null(set.Data.FindCompany("xinjiang-daqo-new-energy-co-ltd"));
    }

    [Fact]
    public void An_entry_giving_the_listing_of_a_bundled_company_is_that_company()
    {
        // OFAC writes BGI's listing as "300676 CH" (China's composite code): XSHE:300676, the bundled company's listing.
        var set = ListSet.Combine([Bundled(), Load("ofac-cons-listing")]);

        var bgi = set.Data.Company("bgi-genomics");
        Assert.Equal(["XSHE:300676"], bgi.Listings.Select(l => l.ToString()));
        Assert.Equal([ListLoader.BundledName, "OFAC Consolidated Sanctions List (non-SDN)"], set.Data.AllegationsOf("bgi-genomics").Select(a => a.ListName).Distinct());
        Assert.Equal(Fixtures.Bundled.AllegationsOf("bgi-genomics").Count() + 1, set.Data.AllegationsOf("bgi-genomics").Count());
        var join = Assert.Single(set.Used.Joined);
        Assert.Equal(("bgi-genomics", "listing", "XSHE:300676", "bgi-genomics-co-ltd"), (join.CompanyId, join.Key, join.Value, join.OtherListCompanyId));
        Assert.Equal(Fixtures.Bundled.Companies.Count, set.Data.Companies.Count);
    }

    [Fact]
    public void One_name_in_one_country_under_two_leis_stays_two_companies_and_a_third_without_one_joins_neither()
    {
        using var temp = new TempFolder();
        var set = ListSet.Combine(
        [
            Written(temp, "a.csv", "# name: List A\n# source: https://example.org/a\nname,country,lei\n\"Example Twin Industries Co., Ltd.\",CN,529900T8BM49AURSDO55\n"),
            Written(temp, "b.csv", "# name: List B\n# source: https://example.org/b\nname,country,lei\nEXAMPLE TWIN INDUSTRIES CO LTD,China,5493001KJTIIGC8Y1R12\n"),
            Written(temp, "c.csv", "# name: List C\n# source: https://example.org/c\nname,country\n\"Example Twin Industries Co., Ltd\",CN\n"),
        ]);

        Assert.Equal(3, set.Data.Companies.Count);
        Assert.Empty(set.Used.Joined);
        Assert.Equal(3, set.Used.NamePairs.Count);
        var conflict = Assert.Single(set.Used.Conflicts);
        Assert.Equal(("lei", "529900T8BM49AURSDO55 / 5493001KJTIIGC8Y1R12"), (conflict.Field, conflict.Value));
        Assert.Contains("kept apart", conflict.Note);
    }

    [Fact]
    public void A_listing_two_lists_give_to_companies_of_different_leis_joins_nothing_and_is_a_conflict()
    {
        using var temp = new TempFolder();
        var set = ListSet.Combine(
        [
            Written(temp, "a.csv", "# name: List A\n# source: https://example.org/a\nname,ticker,exchange,lei\nAlpha Example Co,600001,XSHG,529900T8BM49AURSDO55\n"),
            Written(temp, "b.csv", "# name: List B\n# source: https://example.org/b\nname,listings,lei\nBeta Example Co,XSHG:600001,5493001KJTIIGC8Y1R12\nGamma Example Co,XSHE:000002,\n"),
            Written(temp, "c.csv", "# name: List C\n# source: https://example.org/c\nname,ticker,exchange\nGamma Example Holdings,2,XSHE\n"),
        ]);

        Assert.Equal(3, set.Data.Companies.Count);
        var conflict = Assert.Single(set.Used.Conflicts);
        Assert.Equal(("listing", "XSHG:600001"), (conflict.Field, conflict.Value));
        // A code written without its zeros is the same listing once written as the exchange writes it.
        var join = Assert.Single(set.Used.Joined);
        Assert.Equal(("listing", "XSHE:000002", "gamma-example-co", "gamma-example-holdings"), (join.Key, join.Value, join.ListCompanyId, join.OtherListCompanyId));
    }

    [Fact]
    public void A_list_naming_a_company_the_bundled_list_holds_as_a_parent_makes_it_named_with_the_relation_beside_it()
    {
        using var temp = new TempFolder();
        var set = ListSet.Combine(
        [
            Bundled(),
            Written(temp, "own.csv", "# name: Own list\n# source: https://example.org/own\nname,country\nChina Railway Construction Corporation Limited,China\n"),
        ]);

        var crcc = set.Data.Company("crcc");
        Assert.Equal(Basis.Named, crcc.Basis);
        Assert.Contains("Own list names or lists this company itself, and it is matched as such; Exposure bundled list holds it as the parent of a named company", crcc.ReviewNote);
        Assert.Contains(set.Data.AllegationsOf("crcc"), a => a.ListName == "Own list");
        Assert.Equal(Fixtures.Bundled.Companies.Count, set.Data.Companies.Count);
    }

    [Fact]
    public void A_name_too_short_or_a_country_that_differs_joins_nothing()
    {
        using var temp = new TempFolder();
        var set = ListSet.Combine(
        [
            Written(temp, "a.csv", "# name: List A\n# source: https://example.org/a\nname,country\nAB Co,CN\nExample Holdings Ltd,CN\n"),
            Written(temp, "b.csv", "# name: List B\n# source: https://example.org/b\nname,country\nAB Co,CN\nExample Holdings Ltd,HK\n"),
        ]);
        Assert.Equal(4, set.Data.Companies.Count);
        Assert.Empty(set.Used.Joined);
    }

    [Fact]
    public void A_list_giving_no_country_joins_the_one_company_of_that_legal_name_and_none_where_two_hold_it()
    {
        using var temp = new TempFolder();
        var set = ListSet.Combine(
        [
            Load("uflpa-entity-list.html"),
            Written(temp, "own.csv", "# name: Own list\n# source: https://example.org/own\nname\nXinjiang Daqo New Energy Co. Ltd.\n\"Example Twice Co., Ltd.\"\n"),
            Written(temp, "two.csv", "# name: Two countries\n# source: https://example.org/two\nname,country\n\"Example Twice Co., Ltd.\",CN\n\"Example Twice Co., Ltd.\",US\n"),
        ]);

        var daqo = Assert.Single(set.Data.Companies, c => c.NameEn.StartsWith("Xinjiang Daqo", StringComparison.Ordinal));
        Assert.Equal([Uflpa, "Own list"], set.Data.AllegationsOf(daqo.Id).Select(a => a.ListName!));
        var join = Assert.Single(set.Used.Joined);
        Assert.Equal((daqo.Id, "name"), (join.CompanyId, join.Key));
        // Two companies of that name in two countries: which one the country-less entry means cannot be told.
        Assert.Equal(3, set.Data.Companies.Count(c => c.NameEn.StartsWith("Example Twice", StringComparison.Ordinal)));
    }

    private const string HikvisionIsin = "CNE100000PM8";
    private const string Hikvision = "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.";
    private const string ChinaElectronics = "CHINA ELECTRONICS IMPORT AND EXPORT TRADING COMPANY";

    private static LoadedList Fixture(params string[] parts) => ListLoader.Load(Fixtures.Path(parts), RepoPaths.ReferenceData);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_isin_two_lists_give_to_companies_of_unlike_names_joins_nothing_and_is_a_conflict_whatever_the_order(bool sdnFirst)
    {
        // SDN.XML gives Hikvision's ISIN and listing to another company: matching would send that holding to review
        // ("isin, name differs"), and combining the lists must not make Hikvision that company.
        var (cmic, sdn) = (Fixture("ofac-cmic"), Fixture("ofac-xml", "SDN.XML"));
        var set = ListSet.Combine(sdnFirst ? [sdn, cmic] : [cmic, sdn]);

        var holders = set.Data.Companies.Where(c => c.Isins.Contains(HikvisionIsin)).ToList();
        Assert.Equal([ChinaElectronics, Hikvision], holders.Select(c => c.NameEn).Order(StringComparer.Ordinal));
        Assert.All(holders, c => Assert.Single(set.Data.AllegationsOf(c.Id).Select(a => a.ListName).Distinct()));
        Assert.DoesNotContain(set.Used.Joined, j => j.Value is HikvisionIsin or "XSHE:002415");
        var conflict = Assert.Single(set.Used.Conflicts, c => c.NamesDiffer);
        Assert.Equal(("isin", HikvisionIsin), (conflict.Field, conflict.Value));
        Assert.Equal(holders.Select(c => c.Id).Order(StringComparer.Ordinal), new[] { conflict.CompanyId, conflict.OtherCompanyId }.Order(StringComparer.Ordinal));
        Assert.Contains($"'{Hikvision}'", conflict.Note);
        Assert.Contains($"'{ChinaElectronics}'", conflict.Note);
        Assert.Contains("Decide which company it belongs to", conflict.Note);
    }

    public static TheoryData<int[]> Orders => new() { new[] { 0, 1, 2 }, new[] { 1, 0, 2 }, new[] { 2, 1, 0 }, new[] { 1, 2, 0 } };

    [Theory]
    [MemberData(nameof(Orders))]
    public void An_isin_joins_the_companies_whose_names_agree_and_not_the_one_whose_name_contradicts_it_in_any_order(int[] order)
    {
        using var temp = new TempFolder();
        // A short name agrees with the legal name (the matcher would match a holding so named): joined.
        var own = Written(temp, "own.csv", $"# name: Own list\n# source: https://example.org/own\nname,isin\nHikvision,{HikvisionIsin}\n");
        LoadedList[] lists = [Fixture("ofac-cmic"), Fixture("ofac-xml", "SDN.XML"), own];
        var set = ListSet.Combine(order.Select(i => lists[i]).ToList());

        var hikvision = Assert.Single(set.Data.Companies, c => c.Isins.Contains(HikvisionIsin) && c.NameEn != ChinaElectronics);
        Assert.Equal(["OFAC Consolidated Sanctions List (non-SDN)", "Own list"], set.Data.AllegationsOf(hikvision.Id).Select(a => a.ListName!).Distinct().Order(StringComparer.Ordinal));
        var other = Assert.Single(set.Data.Companies, c => c.NameEn == ChinaElectronics);
        Assert.Equal(["OFAC SDN List"], set.Data.AllegationsOf(other.Id).Select(a => a.ListName!).Distinct());
        var conflict = Assert.Single(set.Used.Conflicts, c => c.NamesDiffer);
        Assert.Equal(new[] { hikvision.Id, other.Id }.Order(StringComparer.Ordinal), new[] { conflict.CompanyId, conflict.OtherCompanyId }.Order(StringComparer.Ordinal));
    }
}

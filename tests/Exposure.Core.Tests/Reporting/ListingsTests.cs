using Exposure.Core.Reference;
using Exposure.Core.Reporting;

namespace Exposure.Core.Tests.Reporting;

/// <summary>
/// An entry of an official list, or of a copy of one, is a listing: the company's basis reads "listed on" the list, and
/// its entries stand under "Listings of"; an allegation of a report or an NGO stays "named by a source". A company with
/// both gets both, each in its own words.
/// </summary>
public sealed class ListingsTests
{
    private static readonly ListInfo Sdn = new("OFAC SDN List", "ofac-xml", "SDN.XML", "2026-11-28", 4, 2, "00", null, "official", 0);
    private static readonly ListInfo Bundled = new("Exposure bundled list", "folder", "reference-data", "2026.12.04", 90, 90, "00", null, null, 0, AboutUyghurForcedLabour: true);
    private static readonly ListInfo Copy = new("OpenSanctions (us_ofac_sdn)", "opensanctions-ftm", "entities.ftm.json", null, 3, 3, "00", null, "copy-of-official-file", 0);
    private static readonly ListInfo Own = new("Example Pension Trust exclusion list", "spreadsheet", "policy.csv", "2026-10-01", 3, 3, "00", null, "official", 0);

    private static AllegationView Listing(string list, string? listName = null) =>
        new("40001", "X CO., LTD.", SubjectRelation.Self, "sanctioned", list, "2026-11-28", $"Listed on {list}", "https://example.org", list, "US Treasury", SourceKinds.Official, listName, Listed: true);

    private static AllegationView Reported(string? listName = null, string kind = SourceKinds.Report) =>
        new("A001", "X Co., Ltd.", SubjectRelation.Self, "forced-labour", "Sheffield Hallam report", "2021-05-14", "Named among suppliers", "https://example.org/r", "Report", "SHU", kind, listName);

    private static CompanyExposure Company(params AllegationView[] allegations) =>
        new("x", "X CO., LTD.", null, "CN", Basis.Named, "", [], [], [], "", [], allegations, [], null, []);

    private static ListsUsed Lists(params ListInfo[] lists) => new(lists, [], [], [], []);

    [Fact]
    public void An_entry_of_an_official_list_is_a_listing_and_its_basis_says_on_which_list()
    {
        var company = Company(Listing("OFAC SDN List"));
        var lists = Lists(Sdn);

        Assert.True(Listings.IsListing(company.Allegations[0], lists));
        Assert.Equal("listed on OFAC SDN List", Wording.BasisLine(company, lists));
        Assert.Equal("listed on OFAC SDN List", Listings.NamedAs(Basis.Named, company, lists));
        var (listings, allegations) = Listings.Split(company, lists);
        Assert.Single(listings);
        Assert.Empty(allegations);
        Assert.Equal("X CO., LTD. on OFAC SDN List, as the list states it", Listings.ListingsHeading(company.NameEn, listings));
    }

    [Fact]
    public void The_uflpa_entity_list_is_not_said_to_name_companies_for_its_own_reasons()
    {
        var uflpa = new ListInfo("DHS UFLPA Entity List", "us-uflpa-html", "uflpa.html", "2025-11-21", 3, 3, "00", null, "official", 0);
        var text = ListFraming.WhyNamed(Lists(uflpa, Sdn))!;
        Assert.Contains("DHS UFLPA Entity List lists companies under the Uyghur Forced Labor Prevention Act", text);
        Assert.Contains("OFAC SDN List names companies for its own reasons", text);
        Assert.DoesNotContain("DHS UFLPA Entity List and OFAC SDN List name", text);
        Assert.DoesNotContain("own reasons", ListFraming.WhyNamed(Lists(uflpa))!);
    }

    [Fact]
    public void The_basis_code_says_listed_named_or_both_as_the_words_do()
    {
        Assert.Equal("listed", Listings.BasisCode(Basis.Named, Company(Listing("OFAC SDN List")), Lists(Sdn)));
        Assert.Equal("named", Listings.BasisCode(Basis.Named, Company(Reported("Exposure bundled list")), Lists(Bundled)));
        Assert.Equal("listed-and-named", Listings.BasisCode(Basis.Named, Company(Reported("Exposure bundled list"), Listing("OFAC SDN List", "OFAC SDN List")), Lists(Bundled, Sdn)));
        Assert.Equal("parent-of-named", Listings.BasisCode(Basis.ParentOfNamed, Company(Listing("OFAC SDN List")), Lists(Sdn)));
    }

    [Fact]
    public void A_company_listed_and_named_by_a_report_gets_both_each_in_its_own_words()
    {
        var company = Company(Reported("Exposure bundled list"), Listing("OFAC SDN List", "OFAC SDN List"));
        var lists = Lists(Bundled, Sdn);

        Assert.Equal("listed on OFAC SDN List and named by a source itself", Wording.BasisLine(company, lists));
        Assert.Equal("listed on OFAC SDN List and named by a source", Listings.NamedAs(Basis.Named, company, lists));
        var (listings, allegations) = Listings.Split(company, lists);
        Assert.Equal("40001", Assert.Single(listings).Id);
        Assert.Equal("A001", Assert.Single(allegations).Id);
    }

    [Fact]
    public void The_bundled_lists_rows_stay_allegations_even_where_their_source_is_an_official_list()
    {
        var company = Company(Reported("Exposure bundled list", SourceKinds.Official), Reported("Exposure bundled list"));
        var lists = Lists(Bundled, Sdn);

        Assert.Equal("named by a source itself", Wording.BasisLine(company, lists));
        Assert.Empty(Listings.Split(company, lists).Listings);
    }

    [Fact]
    public void A_copy_of_official_files_says_whose_lists_it_copies()
    {
        var copied = Reported(kind: SourceKinds.CopyOfOfficialFile) with { ListOrReport = "OpenSanctions (us_ofac_sdn)" };
        var company = Company(copied);
        var lists = Lists(Copy);

        Assert.True(Listings.IsListing(copied, lists));
        Assert.Equal("listed on an official list, per OpenSanctions (us_ofac_sdn)", Wording.BasisLine(company, lists));
    }

    [Fact]
    public void A_row_of_ones_own_list_is_named_by_it_even_where_it_cites_an_official_source()
    {
        var company = Company(Reported(kind: SourceKinds.Official) with { ListOrReport = Own.Name });
        var lists = Lists(Own);

        Assert.False(Listings.IsListing(company.Allegations[0], lists));
        Assert.Equal("named by a source itself", Wording.BasisLine(company, lists));
    }

    [Fact]
    public void A_related_company_and_a_candidate_of_a_company_not_held_keep_the_basis_alone_in_the_runs_words()
    {
        // An official list alone lists its companies: a relative is of an entity on it, a company not held is listed.
        var lists = Lists(Sdn);
        Assert.Equal("parent of an entity on an official list", Listings.NamedAs(Basis.ParentOfNamed, Company(Listing("OFAC SDN List")), lists));
        Assert.Equal("listed on an official list", Listings.NamedAs(Basis.Named, null, lists));
        // A list of one's own names them, as the bundled list does.
        Assert.Equal("parent of a named entity", Listings.NamedAs(Basis.ParentOfNamed, Company(Reported()), Lists(Own)));
        Assert.Equal("named by a source", Listings.NamedAs(Basis.Named, null, Lists(Own)));
        Assert.Equal("named by a source", Listings.NamedAs(Basis.Named, null, null));
    }

    [Fact]
    public void The_companies_of_a_list_other_than_the_bundled_one_are_counted_as_on_the_list_not_as_listed()
    {
        Assert.Equal("companies on the list", ListFraming.CompaniesCounted(12, Lists(Own)));
        Assert.Equal("company on the lists", ListFraming.CompaniesCounted(1, Lists(Bundled, Sdn)));
        Assert.Equal("listed companies", ListFraming.CompaniesCounted(90, Lists(Bundled)));
        Assert.Equal("listed companies", ListFraming.CompaniesCounted(90, null));
        Assert.Equal("listings", ListFraming.AllegationsCounted(3, Lists(Sdn)));
        Assert.Equal("allegations and listings", ListFraming.AllegationsCounted(100, Lists(Bundled, Sdn)));
        Assert.Equal("allegations", ListFraming.AllegationsCounted(3, Lists(Own)));
    }
}

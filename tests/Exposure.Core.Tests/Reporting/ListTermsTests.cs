using Exposure.Core.Holdings;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;

namespace Exposure.Core.Tests.Reporting;

/// <summary>The run's words for its flagged companies, from the kinds of lists it screened against.</summary>
public sealed class ListTermsTests
{
    private static readonly ListInfo Bundled = new("Exposure bundled list", "folder", "reference-data", "2026.12.04", 10, 10, "00", null, null, 0, AboutUyghurForcedLabour: true);
    private static readonly ListInfo Own = new("Example Pension Trust exclusion list", "spreadsheet", "policy.csv", "2026-10-01", 3, 3, "00", null, "official", 0);
    private static readonly ListInfo Ofac = new("OFAC Consolidated Sanctions List (non-SDN)", "ofac-legacy", "cons_prim.csv", "2026-12-01", 3, 3, "00", null, "official", 0);

    private static ListsUsed Lists(params ListInfo[] lists) => new(lists, [], [], [], []);

    [Fact]
    public void The_bundled_list_and_a_list_of_ones_own_keep_todays_words()
    {
        foreach (var terms in new[] { ListTerms.Of(null), ListTerms.Of(Lists(Bundled)), ListTerms.Of(Lists(Own)), ListTerms.Of(Lists(Bundled, Own)) })
        {
            Assert.Equal(ListTerms.NamedOnly, terms);
            Assert.Equal("in companies named by a source", terms.InCompanies);
            Assert.Equal("named company", terms.Companies(1));
            Assert.Equal("named companies", terms.Companies(3));
            Assert.Equal(Wording.Of(Basis.ParentOfNamed), terms.Of(Basis.ParentOfNamed));
            Assert.Equal(Wording.OfCompanyState(RowState.Related), terms.OfCompanyState(RowState.Related));
        }
    }

    [Fact]
    public void An_official_list_alone_lists_its_companies()
    {
        var terms = ListTerms.Of(Lists(Ofac));
        Assert.True(terms.ListedOnly);
        Assert.Equal("in companies listed on an official list", terms.InCompanies);
        Assert.Equal("a company listed on an official list", terms.ACompanyBy);
        Assert.Equal("listed companies", terms.CompaniesPlural);
        Assert.Equal("Listed companies", terms.CompaniesTitle);
        Assert.Equal("subsidiary of an entity on an official list", terms.Of(Basis.SubsidiaryOfNamed));
    }

    [Fact]
    public void Named_and_official_lists_together_say_both()
    {
        var terms = ListTerms.Of(Lists(Bundled, Ofac));
        Assert.False(terms.ListedOnly);
        Assert.Equal("in companies named by a source or listed on an official list", terms.InCompanies);
        Assert.Equal("named or listed company", terms.Companies(1));
        Assert.Equal("parent of a named or listed entity", terms.Of(Basis.ParentOfNamed));
    }

    [Fact]
    public void A_lists_entries_are_allegations_listings_or_both_by_the_kinds_of_lists()
    {
        var named = ListTerms.Of(Lists(Bundled, Own));
        Assert.Equal("allegation", named.Entry);
        Assert.Equal("By category of allegation", named.ByCategory);
        Assert.Equal("Flagged value by category of allegation", named.FlaggedValueByCategory);
        Assert.Equal("94 allegations", $"94 {named.EntriesCounted(94)}");
        Assert.Equal("Named share", named.ShareTitle);

        var listed = ListTerms.Of(Lists(Ofac));
        Assert.Equal("listing", listed.Entry);
        Assert.Equal("listings", listed.EntriesCounted(3));
        Assert.Equal("By category of listing", listed.ByCategory);
        Assert.Equal("categories of listing", listed.Categories);
        Assert.Equal("Listed share", listed.ShareTitle);

        var both = ListTerms.Of(Lists(Bundled, Ofac));
        Assert.Equal("allegation or listing", both.EntriesCounted(1));
        Assert.Equal("allegations and listings", both.Entries);
        Assert.Equal("Flagged value by category of allegation or listing", both.FlaggedValueByCategory);
        Assert.Equal("Named or listed share", both.ShareTitle);

        // The count of a list's entries says the same words.
        Assert.Equal(listed.Entries, ListFraming.AllegationsCounted(3, Lists(Ofac)));
        Assert.Equal(both.Entries, ListFraming.AllegationsCounted(3, Lists(Bundled, Ofac)));
    }

    [Fact]
    public void The_bundled_lists_companies_are_counted_with_those_listed_on_a_stock_exchange_where_some_are_not()
    {
        Assert.Equal("companies (44 listed on a stock exchange)", ListFraming.CompaniesCounted(new ReferenceDataCounts(51, 163, 94, 146, 44), Lists(Bundled)));
        Assert.Equal("listed companies", ListFraming.CompaniesCounted(new ReferenceDataCounts(51, 163, 94, 146, 51), Lists(Bundled)));
        Assert.Equal("companies (none listed on a stock exchange)", ListFraming.CompaniesCounted(new ReferenceDataCounts(2, 2, 2, 0, 0), Lists(Bundled)));
        // Another list's companies are "on the list", listed on an exchange or not.
        Assert.Equal("companies on the list", ListFraming.CompaniesCounted(new ReferenceDataCounts(3, 3, 3, 0, 1), Lists(Ofac)));
        Assert.Equal("The list holds listed companies and 7 unlisted companies its sources name: other unlisted suppliers are not on it",
            ListFraming.WhoIsOnTheList(new ReferenceDataCounts(51, 163, 94, 146, 44), Lists(Bundled)));
        Assert.StartsWith("Only listed companies are on the list", ListFraming.WhoIsOnTheList(new ReferenceDataCounts(51, 163, 94, 146, 51), Lists(Bundled)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_caveat_of_secondary_sources_only_follows_the_sources_the_run_screens()
    {
        const string Note = "OFAC data from third-party copy; rests on secondary sources only (law-firm bulletin, a third party's copy of an official file); the official file itself was not read";
        var bulletin = Entry("a1", "Law-firm bulletin", SourceKinds.LegalBulletin, "Exposure bundled list", listed: false);
        var copy = Entry("a2", "OpenSanctions (us_ofac_sdn)", SourceKinds.CopyOfOfficialFile, "Exposure bundled list", listed: true);
        var sdn = Entry("a3", "OFAC Consolidated Sanctions List (non-SDN)", SourceKinds.Official, Ofac.Name, listed: true);

        // The bundled list alone: its entries are all secondary, and the caveat says so as the list wrote it.
        Assert.True(SecondarySources.Only([bulletin, copy]));
        Assert.Equal(Note, SecondarySources.Caveat(Note, [bulletin, copy], Lists(Bundled)));

        // With the official list's own file screened, the clause says what was screened.
        Assert.False(SecondarySources.Only([bulletin, copy, sdn]));
        Assert.Equal("OFAC data from third-party copy; OFAC Consolidated Sanctions List (non-SDN), screened in this run, lists the company itself; " +
            "its other entries rest on secondary sources (law-firm bulletin, a third party's copy of an official file)",
            SecondarySources.Caveat(Note, [bulletin, copy, sdn], Lists(Bundled, Ofac)));

        // A primary report that is not a listing names the company.
        var report = Entry("a4", "An NGO report", SourceKinds.Report, "Exposure bundled list", listed: false);
        Assert.Equal("An NGO report, screened in this run, names the company itself as a primary source; its other entries rest on secondary sources (trade press)",
            SecondarySources.Caveat("rests on secondary sources only (trade press); the list or report they cite was not read", [bulletin, report], Lists(Bundled)));
    }

    private static AllegationView Entry(string id, string source, string kind, string list, bool listed) =>
        new(id, "HIKVISION", SubjectRelation.Self, "surveillance", source, "2021-06-03", "", "https://example.org/" + id, source, source, kind, list, listed);
}

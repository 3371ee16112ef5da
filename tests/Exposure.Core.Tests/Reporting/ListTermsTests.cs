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
}

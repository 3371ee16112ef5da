using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.Core.Text;
using Exposure.TestSupport;

namespace Exposure.Core.Tests.Matching;

/// <summary>The candidates stage on its own: which of the list's companies a holding's identifiers and name point at.</summary>
public sealed class CandidateIndexTests
{
    private static readonly ReferenceData Reference = BundledReference.Value;
    private static readonly CandidateIndex Index = new(Reference);

    private static NormalisedName Name(string text) => NameNormaliser.Normalise(text);

    [Fact]
    public void Every_isin_and_listing_of_the_list_finds_its_company()
    {
        foreach (var company in Reference.Companies)
        {
            foreach (var isin in company.Isins) Assert.Equal(company.Id, Index.ByIsin(isin)?.Id);
            foreach (var listing in company.Listings)
                Assert.Equal(company.Id, Index.ByListing(listing.Mic, Reference.Exchanges.ByMic(listing.Mic)!.CanonicalTicker(listing.Code)!)?.Id);
        }
        Assert.Null(Index.ByIsin("US0378331005"));
        Assert.Null(Index.ByListing("XNAS", "AAPL"));
    }

    [Fact]
    public void A_name_equal_after_normalisation_is_found_exactly()
    {
        var exact = Index.ExactName(Name("HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD"));
        Assert.Contains(exact, e => e.Company.Id == "hikvision");
        Assert.Empty(Index.ExactName(Name("HANGZHOU SOMETHING ELSE")));
    }

    [Fact]
    public void A_name_cut_at_a_fixed_width_finds_the_names_it_starts()
    {
        var cut = Index.StartingWith(Name("HANGZHOU HIKVISION DIGITAL TECHNO"));
        Assert.NotEmpty(cut);
        Assert.All(cut, e => Assert.Equal("hikvision", e.Company.Id));
        Assert.Empty(Index.StartingWith(Name("ZTE")));
    }

    [Fact]
    public void Similar_names_are_found_by_their_rarer_words_without_looking_at_the_whole_list()
    {
        var similar = Index.SimilarNames(Name("HIKVISION DIGITAL TECH"));
        Assert.Contains(similar, e => e.Company.Id == "hikvision");
        Assert.True(similar.Count < Reference.Names.Count, "blocking returns a few candidates, not the list");
        Assert.Empty(Index.SimilarNames(Name("APPLE INC")));
    }

    [Fact]
    public void A_company_has_its_legal_native_and_listed_names()
    {
        var company = Reference.Company("hikvision");
        var written = new[] { company.NameEn, company.NameNative! }.Concat(Reference.NamesOf("hikvision").Select(n => n.Name));
        var indexed = Index.NamesOf("hikvision");
        Assert.Contains(indexed, n => n.Original == company.NameEn);
        Assert.Contains(indexed, n => n.Original == company.NameNative);
        // Names equal after normalisation are indexed once.
        Assert.Equal(written.Select(n => Name(n).Compact).ToHashSet(), indexed.Select(n => n.Normalised.Compact).ToHashSet());
    }
}

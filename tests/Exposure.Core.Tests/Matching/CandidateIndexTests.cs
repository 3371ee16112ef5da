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
    public void Past_the_candidate_cap_the_names_sharing_most_weight_come_first_then_the_earlier_names()
    {
        // 80 fictional companies: ZORVANE on the first 45, MELQUIST on the last 45, the rarer XERPATH on the last ten.
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "list");
        Directory.CreateDirectory(folder);
        foreach (var f in Directory.GetFiles(RepoPaths.ReferenceData)) File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
        const string source = "https://example.invalid/list";
        var companies = new System.Text.StringBuilder();
        var names = new System.Text.StringBuilder();
        var allegations = new System.Text.StringBuilder();
        for (var n = 0; n < 80; n++)
        {
            var id = $"example-{n:00}";
            var words = string.Join(" ", new[] { n < 45 ? "Zorvane" : null, n >= 35 ? "Melquist" : null, n >= 70 ? "Xerpath" : null }.OfType<string>());
            var name = $"\"{words} {Letters(n)} Co., Ltd.\"";
            companies.Append($"{id},{name},,CN,,,,,named,fictional company for tests\n");
            names.Append($"{id},{name},legal,{source}\n");
            allegations.Append($"T9{n:00},{id},{name},self,forced-labour,Example list (fictional),2024-01-01,Fictional entry for tests.,{source},Example list,Example,official\n");
        }
        File.AppendAllText(Path.Combine(folder, "companies.csv"), companies.ToString());
        File.AppendAllText(Path.Combine(folder, "names.csv"), names.ToString());
        File.AppendAllText(Path.Combine(folder, "allegations.csv"), allegations.ToString());
        var index = new CandidateIndex(Exposure.Readers.Reference.ReferenceDataLoader.Load(folder));

        var similar = index.SimilarNames(Name("ZORVANE MELQUIST XERPATH"));

        // MELQUIST and XERPATH, then ZORVANE and MELQUIST, then one of the two (equal weight: 45 names each) by the
        // order the names were added, until 64.
        var expected = Enumerable.Range(70, 10).Concat(Enumerable.Range(35, 10)).Concat(Enumerable.Range(0, 35)).Concat(Enumerable.Range(45, 9));
        Assert.Equal(expected.Select(n => $"example-{n:00}"), similar.Select(e => e.Company.Id));
    }

    /// <summary>A distinct made-up word per company: AB, AC … from its number.</summary>
    private static string Letters(int n) => string.Concat("Q", (char)('A' + n / 26), (char)('A' + n % 26), "Y");

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

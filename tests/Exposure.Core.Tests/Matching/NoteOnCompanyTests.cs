using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.TestSupport;

namespace Exposure.Core.Tests.Matching;

/// <summary>
/// A note a bank issues on a company's shares is screened on the company its title or description names, as a candidate
/// for review, never a match: the holding is the bank's note. A title that names no company leaves the row as it was.
/// </summary>
public sealed class NoteOnCompanyTests
{
    private static readonly ReferenceData List = SmallList.Of(
        new Company("hikvision", "Hangzhou Hikvision Digital Technology Co., Ltd.", null, "CN", [new Listing("XSHE", "002415")], ["CNE100000PM8"], null, null, Basis.Named, ""));

    [Theory]
    [InlineData("UBS AG P-Note on Hangzhou Hikvision Digital Technology Co Ltd A, 15-JAN-2027", "Hangzhou Hikvision Digital Technology Co Ltd A", "UBS AG")]
    [InlineData("Participation note on Hangzhou Hikvision Digital Technology Co Ltd A due 2027", "Hangzhou Hikvision Digital Technology Co Ltd A", null)]
    [InlineData("CITIGROUP GLOBAL MARKETS HOLDINGS INC LEPO ON ZIJIN MINING GROUP CO LTD (XSHG)", "ZIJIN MINING GROUP CO LTD", "CITIGROUP GLOBAL MARKETS HOLDINGS INC")]
    [InlineData("HSBC Bank PLC, Participation Notes (Linked to Midea Group Co. Ltd., Class A)", "Midea Group Co. Ltd.", "HSBC Bank PLC")]
    public void The_company_and_the_issuer_are_read_from_the_title(string title, string company, string? issuer) =>
        Assert.Equal((company, issuer), NotesOnCompanies.Read(title));

    [Theory]
    [InlineData("UBS AG Structured Note 3% 15-JAN-2027")]
    [InlineData("Hangzhou Hikvision Digital Technology Co Ltd A")]
    [InlineData("Senior note on 2027")]
    public void A_title_that_names_no_company_gives_none(string title) => Assert.Null(NotesOnCompanies.Read(title));

    private static MatchResult Screen(HoldingRow row) => new Matcher(List).Match(new HoldingNormaliser(List.Exchanges).Normalise(row));

    [Fact]
    public void A_data_set_note_of_a_bank_on_a_named_company_goes_to_review_against_the_company()
    {
        var row = new HoldingRow(new SourceLocation("FUND_REPORTED_HOLDING.tsv", 9), "UBS AG London", Isin: "CH1234567894", AssetClass: "Debt - structured note (SN)",
            Country: "CN", MarketValue: 180_000m, Lei: "BFM8T61CT2L1QCEMIK50", IssuerName: "UBS AG London",
            Title: "UBS AG P-Note on Hangzhou Hikvision Digital Technology Co Ltd A, 15-JAN-2027");
        var result = Screen(row);
        Assert.Equal((MatchOutcome.NeedsReview, "hikvision"), (result.Outcome, result.Company?.Id));
        Assert.Equal("name-exact, a note on the company issued by another", result.Rule);
        var note = Assert.Single(result.Evidence, e => e.Feature == "note-on");
        Assert.Contains("a note issued by UBS AG London on Hangzhou Hikvision Digital Technology Co Ltd A", note.Note, StringComparison.Ordinal);

        // The same row without the title is the bank's own holding, as before: no company.
        Assert.Equal(MatchOutcome.NoMatch, Screen(row with { Title = null }).Outcome);
    }

    [Fact]
    public void A_csv_row_describing_a_note_on_a_named_company_goes_to_review_too()
    {
        var result = Screen(new HoldingRow(new SourceLocation("fund.csv", 2), "UBS AG P-Note on Hangzhou Hikvision Digital Technology Co Ltd A", MarketValue: 50_000m));
        Assert.Equal((MatchOutcome.NeedsReview, "hikvision", "name-exact, a note on the company issued by another"), (result.Outcome, result.Company?.Id, result.Rule));
        // The shares themselves still match.
        Assert.Equal(MatchOutcome.Match, Screen(new HoldingRow(new SourceLocation("fund.csv", 3), "Hangzhou Hikvision Digital Technology Co Ltd A")).Outcome);
    }
}

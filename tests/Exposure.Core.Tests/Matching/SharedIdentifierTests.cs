using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.TestSupport;

namespace Exposure.Core.Tests.Matching;

/// <summary>
/// An ISIN or listing the list gives to two companies it keeps apart (two lists whose entries differ in an LEI) cannot
/// say which is meant: review, naming both, rather than the one that happened to be indexed last.
/// </summary>
public sealed class SharedIdentifierTests
{
    private const string Isin = "CNE100000RJ0";

    private static readonly ReferenceData List = SmallList.Of(
        new Company("bgi-a", "BGI Genomics Co., Ltd.", null, "CN", [new Listing("XSHE", "300676")], [Isin], null, null, Basis.Named, ""),
        new Company("bgi-b", "BGI Group", null, "CN", [new Listing("XSHE", "300676")], [Isin], null, null, Basis.Named, ""),
        new Company("other", "Shenzhen Other Example Co., Ltd.", null, "CN", [new Listing("XSHE", "300999")], [], null, null, Basis.Named, ""));

    private readonly Matcher _matcher = new(List);
    private readonly HoldingNormaliser _normaliser = new(List.Exchanges);

    private MatchResult Match(string name, string? ticker, string? exchange, string? isin) =>
        _matcher.Match(_normaliser.Normalise(new HoldingRow(new SourceLocation("test.csv", 1), name, ticker, exchange, isin, Country: "China")));

    [Fact]
    public void A_listing_of_two_companies_goes_to_review_naming_both()
    {
        var result = Match("BGI GENOMICS CO LTD A", "300676", "XSHE", null);
        Assert.Equal((MatchOutcome.NeedsReview, "ticker+exchange, shared by several companies"), (result.Outcome, result.Rule));
        var shared = Assert.Single(result.Evidence, e => e.Feature == "ticker+exchange-shared");
        Assert.Contains(result.Company!.Id == "bgi-a" ? "BGI Group" : "BGI Genomics", shared.ReferenceValue, StringComparison.Ordinal);
    }

    [Fact]
    public void An_isin_of_two_companies_goes_to_review()
    {
        var result = Match("BGI GENOMICS CO LTD A", null, null, Isin);
        Assert.Equal((MatchOutcome.NeedsReview, "isin, shared by several companies"), (result.Outcome, result.Rule));
        Assert.Contains(result.Evidence, e => e.Feature == "isin-shared");
    }

    [Fact]
    public void A_listing_of_one_company_still_matches()
    {
        var result = Match("SHENZHEN OTHER EXAMPLE CO LTD A", "300999", "XSHE", null);
        Assert.Equal((MatchOutcome.Match, "other"), (result.Outcome, result.Company!.Id));
    }
}

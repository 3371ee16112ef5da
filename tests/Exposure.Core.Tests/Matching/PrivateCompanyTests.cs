using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.TestSupport;

namespace Exposure.Core.Tests.Matching;

/// <summary>
/// A company the list marks as a private company (OFAC "Target Type Private Company") has no listed shares: a holding
/// matched to it by name alone may be its listed namesake or subsidiary and goes to review; its bond matched by the ISIN
/// the list gives is still matched.
/// </summary>
public sealed class PrivateCompanyTests
{
    private const string BondIsin = "CND10000KTG5";
    private const string Said = "entry 30942 of OFAC Consolidated: Target Type Private Company";

    private static Company Unicom(string? privateCompany) =>
        new("unicom-group", "China United Network Communications Group Co., Ltd.", null, "CN", [], [BondIsin], null, null, Basis.Named, "")
        {
            PrivateCompany = privateCompany,
        };

    private static MatchResult Match(Company company, string name, string? isin = null)
    {
        var list = SmallList.Of(company);
        return new Matcher(list).Match(new HoldingNormaliser(list.Exchanges).Normalise(
            new HoldingRow(new SourceLocation("test.csv", 1), name, null, null, isin, Country: "China")));
    }

    [Fact]
    public void A_name_equal_to_a_private_companys_goes_to_review_saying_the_list_marks_it_private()
    {
        var result = Match(Unicom(Said), "CHINA UNITED NETWORK COMMUNICATIONS GROUP CO LTD");
        Assert.Equal((MatchOutcome.NeedsReview, "name-exact, the list marks the company as a private company"), (result.Outcome, result.Rule));
        Assert.Equal("unicom-group", result.Company!.Id);
        var marked = Assert.Single(result.Evidence, e => e.Feature == "private-company");
        Assert.Equal(Said, marked.ReferenceValue);
        // The same name, the company not so marked: matched.
        var plain = Match(Unicom(null), "CHINA UNITED NETWORK COMMUNICATIONS GROUP CO LTD");
        Assert.Equal((MatchOutcome.Match, "name-exact"), (plain.Outcome, plain.Rule));
        Assert.DoesNotContain(plain.Evidence, e => e.Feature == "private-company");
    }

    [Fact]
    public void A_cut_name_that_is_the_start_of_a_private_companys_goes_to_review()
    {
        // Long enough and agreeing on enough letters to match as a prefix, were the company not marked private.
        const string cut = "CHINA UNITED NETWORK COMMUNICATIONS GROUP C";
        Assert.Equal(MatchOutcome.Match, Match(Unicom(null), cut).Outcome);
        var result = Match(Unicom(Said), cut);
        Assert.Equal((MatchOutcome.NeedsReview, "name-prefix, the list marks the company as a private company"), (result.Outcome, result.Rule));
    }

    [Fact]
    public void A_bond_of_a_private_company_matched_by_the_isin_the_list_gives_is_matched()
    {
        var result = Match(Unicom(Said), "CHINA UNITED NETWORK COMM GROUP 3.2% 2031", BondIsin);
        Assert.Equal((MatchOutcome.Match, "isin"), (result.Outcome, result.Rule));
    }
}

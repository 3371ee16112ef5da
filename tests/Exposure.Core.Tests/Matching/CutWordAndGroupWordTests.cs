using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.TestSupport;

namespace Exposure.Core.Tests.Matching;

/// <summary>
/// A cut name's last word must still agree with the list's name, and a group or holding word in one name only sends an
/// exact or prefix match to review: a listed subsidiary, or another company, must not be named as the group.
/// </summary>
public sealed class CutWordAndGroupWordTests
{
    private static readonly ReferenceData List = SmallList.Of(
        SmallList.Named("cnc", "China National Chemical Corporation"),
        SmallList.Named("cscec", "China State Construction Group Co., Ltd."),
        SmallList.Named("cmcc", "China Mobile Communications Group Co., Ltd."),
        SmallList.Named("cmcc-short", "China Mobile Group Co., Ltd."),
        SmallList.Named("cec", "China Electronics Corporation"),
        SmallList.Named("dahua", "Zhejiang Dahua Technology Co., Ltd."),
        SmallList.Named("display", "Shenzhen Bright Example Display Technologies Co., Ltd."),
        SmallList.Named("rem", "Rare Earth Magnesium Technology Group Co., Ltd."),
        SmallList.Named("cncec-group", "China National Chemical Engineering Group Corporation"),
        SmallList.Named("bjg", "Beijing Enterprises Group Company Limited"),
        SmallList.Named("unicom-group", "China United Network Communications Group Co., Ltd."));

    private readonly Matcher _matcher = new(List);
    private readonly HoldingNormaliser _normaliser = new(List.Exchanges);

    private MatchResult Match(string name) =>
        _matcher.Match(_normaliser.Normalise(new HoldingRow(new SourceLocation("test.csv", 1), name, null, null, null, Country: "China")));

    [Theory]
    [InlineData("CHINA STATE CONSTRUCTION INTERNATI")]
    [InlineData("CHINA STATE CONSTRUCTION ENGINEERI")]
    public void A_cut_word_that_begins_nothing_in_the_list_name_is_another_company(string name)
    {
        var result = Match(name);
        Assert.NotEqual(MatchOutcome.Match, result.Outcome);
        Assert.DoesNotContain(result.Evidence, e => e.Feature == "name-prefix");
    }

    [Fact]
    public void A_cut_word_that_begins_a_legal_form_is_dropped_and_the_name_matches()
    {
        var result = Match("ZHEJIANG DAHUA TECHNOLOGY CO LT");
        Assert.Equal(MatchOutcome.Match, result.Outcome);
        Assert.Equal(("dahua", "name-prefix"), (result.Company!.Id, result.Rule));
        Assert.Contains("23 letters agree", Assert.Single(result.Evidence, e => e.Feature == "name-prefix").Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_plural_that_normalising_changed_still_agrees()
    {
        var result = Match("SHENZHEN BRIGHT EXAMPLE DISPLAY TECHNOLOGIE");
        Assert.Equal(MatchOutcome.Match, result.Outcome);
        Assert.Equal("display", result.Company!.Id);
    }

    [Theory]
    [InlineData("RARE EARTH MAGNESIUM TECHNOLOGY GR")]
    [InlineData("RARE EARTH MAGNESIUM TECHNOLOGY G")]
    public void A_cut_group_word_counts_as_the_group_word(string name)
    {
        var result = Match(name);
        Assert.Equal(MatchOutcome.Match, result.Outcome);
        Assert.Equal("rem", result.Company!.Id);
    }

    [Theory]
    [InlineData("CHINA MOBILE LTD", "cmcc-short", "name-exact, group or holding words differ")]
    [InlineData("CHINA ELECTRONICS HOLDINGS LTD", "cec", "name-exact, group or holding words differ")]
    [InlineData("CHINA NATIONAL CHEMICAL ENGINEERIN", "cncec-group", "name-prefix, group or holding words differ")]
    [InlineData("BEIJING ENTERPRISES HOLDINGS LTD", "bjg", "name-exact, group or holding words differ")]
    public void A_group_or_holding_word_in_one_name_only_goes_to_review(string name, string company, string rule)
    {
        var result = Match(name);
        Assert.Equal(MatchOutcome.NeedsReview, result.Outcome);
        Assert.Equal((company, rule), (result.Company!.Id, result.Rule));
        Assert.Contains(result.Evidence, e => e.Feature == "group-word" && e.Score < 0);
    }

    [Fact]
    public void The_same_group_word_on_both_sides_still_matches()
    {
        var result = Match("CHINA MOBILE GROUP LTD");
        Assert.Equal(MatchOutcome.Match, result.Outcome);
        Assert.Equal(("cmcc-short", "name-exact"), (result.Company!.Id, result.Rule));
    }

    [Theory]
    [InlineData("CHINA UNITED NETWORK COMMUNICATION", "unicom-group")] // iShares' cut of the listed China United Network Communications Ltd A
    [InlineData("CHINA MOBILE COMMUNICATIONS", "cmcc")]
    public void A_name_that_may_be_cut_and_equals_a_group_name_without_its_group_word_goes_to_review(string name, string company)
    {
        // A name as long as the widths files cut at may have lost the group word, and the legal form, with its end: it
        // cannot be told from the group's listed subsidiary.
        var result = Match(name);
        Assert.Equal(MatchOutcome.NeedsReview, result.Outcome);
        Assert.Equal((company, "name-exact, group or holding words differ"), (result.Company!.Id, result.Rule));
        Assert.Contains(result.Evidence, e => e.Feature == "group-word" && e.Score < 0);
    }

    [Fact]
    public void A_name_that_states_no_legal_form_says_nothing_of_being_the_group()
    {
        // Bond descriptions name issuers without a legal form: ZIJIN MINING is not a claim to be other than the group.
        var result = Match("CHINA MOBILE");
        Assert.Equal(MatchOutcome.Match, result.Outcome);
        Assert.DoesNotContain(result.Evidence, e => e.Feature == "group-word");
    }
}

using Exposure.Core.Families;
using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.TestSupport;

namespace Exposure.Core.Tests.Matching;

public sealed class MatcherTests
{
    private readonly Matcher _matcher = new(BundledReference.Value);
    private readonly HoldingNormaliser _normaliser = new(BundledReference.Value.Exchanges);

    private static HoldingRow Row(string name, string? ticker, string? exchange, string? isin, string? country) =>
        new(new SourceLocation("test.csv", 1), name, ticker, exchange, isin, Country: country);

    private MatchResult Match(string name, string? ticker = null, string? exchange = null, string? isin = null, string? country = null) =>
        _matcher.Match(_normaliser.Normalise(Row(name, ticker, exchange, isin, country)));

    [Theory]
    [InlineData("ZTE CORP H", "763", "Hong Kong Exchanges And Clearing Ltd", "zte")]
    [InlineData("ZTE CORP A", "63", "Shenzhen Stock Exchange", "zte")]
    [InlineData("GOLDWIND SCIENCE&TECHNOLOGY LTD A", "2202", "Shenzhen Stock Exchange", "goldwind")]
    [InlineData("XINJIANG GOLDWIND SCIENCE AND TECH", "2208", "Hong Kong Exchanges And Clearing Ltd", "goldwind")]
    [InlineData("O FILM TECH LTD A", "002456", "Shenzhen Stock Exchange", "o-film")]
    [InlineData("DAQO NEW ENERGY ADR REPRESENTING", "DQ", "New York Stock Exchange Inc.", "daqo")]
    public void Ticker_with_exchange_and_agreeing_name_matches(string name, string ticker, string exchange, string company)
    {
        var result = Match(name, ticker, exchange);
        Assert.Equal(MatchOutcome.Match, result.Outcome);
        Assert.Equal(company, result.Company!.Id);
        Assert.Equal("ticker+exchange", result.Rule);
        Assert.Contains(result.Evidence, e => e.Feature == "ticker+exchange");
        Assert.Contains(result.Evidence, e => e.Feature == "name-agreement" && e.Score >= 0.5);
    }

    [Theory]
    [InlineData("CHINA VANKE LTD H", "2202", "Hong Kong Exchanges And Clearing Ltd")]
    [InlineData("TAIWAN SEMICONDUCTOR MANUFACTURING", "2330", "Taiwan Stock Exchange")]
    [InlineData("ZHONGTAI SECURITIES LTD A", "600918", "Shanghai Stock Exchange")]
    [InlineData("CHINA RAILWAY GROUP LTD H", "390", "Hong Kong Exchanges And Clearing Ltd")]
    [InlineData("CITIC SECURITIES LTD A", "600030", "Shanghai Stock Exchange")]
    [InlineData("CITIC LTD", "267", "Hong Kong Exchanges And Clearing Ltd")]
    [InlineData("WESTERN MINING LTD A", "601168", "Shanghai Stock Exchange")]
    [InlineData("WESTERN SUPERCONDUCTING TECHNOLOGI", "688122", "Shanghai Stock Exchange")]
    [InlineData("DAQIN RAILWAY LTD A", "601006", "Shanghai Stock Exchange")]
    [InlineData("HIKMA PHARMACEUTICALS PLC", "HIK", "London Stock Exchange")]
    [InlineData("ZTO EXPRESS CAYMAN ADR REPRESENTIN", "ZTO", "New York Stock Exchange Inc.")]
    [InlineData("DAH SING FINANCIAL HOLDINGS LTD", "440", "Hong Kong Exchanges And Clearing Ltd")]
    public void Look_alikes_do_not_match(string name, string ticker, string exchange) =>
        Assert.Equal(MatchOutcome.NoMatch, Match(name, ticker, exchange).Outcome);

    [Fact]
    public void A_ticker_alone_never_matches()
    {
        // 2202 is Goldwind in Shenzhen and China Vanke in Hong Kong: without the exchange it says nothing.
        var result = Match("SOME COMPANY", "2202", null);
        Assert.Equal(MatchOutcome.NoMatch, result.Outcome);
    }

    [Fact]
    public void Listed_code_with_a_different_name_goes_to_review()
    {
        var result = Match("SOME OTHER COMPANY LTD", "002415", "Shenzhen Stock Exchange");
        Assert.Equal(MatchOutcome.NeedsReview, result.Outcome);
        Assert.Equal("hikvision", result.Company!.Id);
    }

    [Fact]
    public void Isin_matches_and_records_the_value_compared()
    {
        var result = Match("HIKVISION", isin: "CNE100000PM8");
        Assert.Equal(MatchOutcome.Match, result.Outcome);
        Assert.Equal("isin", result.Rule);
        var e = Assert.Single(result.Evidence, x => x.Feature == "isin");
        Assert.Equal("CNE100000PM8", e.HoldingValue);
    }

    [Fact]
    public void An_isin_under_a_name_with_nothing_alike_goes_to_review_and_says_the_names_disagree()
    {
        // Hikvision's ISIN under a wholly different company's name: a list or a file with a wrong ISIN, not a finding to publish unseen.
        var result = Match("PETROLEO BRASILEIRO SA", isin: "CNE100000PM8");
        Assert.Equal(MatchOutcome.NeedsReview, result.Outcome);
        Assert.Equal("isin, name differs", result.Rule);
        Assert.Equal("hikvision", result.Company!.Id);
        var agreement = Assert.Single(result.Evidence, x => x.Feature == "name-agreement");
        Assert.True(agreement.Score < Matcher.IsinNameFloor);
        Assert.Equal("the names have nothing alike", agreement.Note);
    }

    [Fact]
    public void An_isin_without_a_name_to_compare_still_matches()
    {
        var result = _matcher.Match(_normaliser.Normalise(new HoldingRow(new SourceLocation("test.csv", 1), null, null, null, "CNE100000PM8")));
        Assert.Equal(MatchOutcome.Match, result.Outcome);
        Assert.Equal("isin", result.Rule);
        Assert.Contains(result.Evidence, x => x.Feature == "name-agreement" && x.Note == "no name to compare");
    }

    [Fact]
    public void An_isin_with_a_bad_check_digit_is_not_used()
    {
        var result = Match("ACME", isin: "CNE100000PM9");
        Assert.Equal(MatchOutcome.NoMatch, result.Outcome);
    }

    [Fact]
    public void Exact_legal_name_without_identifiers_matches()
    {
        var result = Match("XINJIANG ZHONGTAI CHEMICAL CO LTD");
        Assert.Equal(MatchOutcome.Match, result.Outcome);
        Assert.Equal("zhongtai-chemical", result.Company!.Id);
        Assert.Equal("name-exact", result.Rule);
    }

    [Theory]
    [InlineData("紫金矿业集团股份有限公司", "zijin-mining")]
    [InlineData("杭州海康威视数字技术股份有限公司", "hikvision")]
    public void Exact_native_legal_name_of_four_chinese_characters_or_more_matches(string name, string company)
    {
        var result = Match(name);
        Assert.Equal(MatchOutcome.Match, result.Outcome);
        Assert.Equal(company, result.Company!.Id);
        Assert.Equal("name-exact", result.Rule);
    }

    [Fact]
    public void Exact_name_too_short_to_rest_on_alone_goes_to_review_saying_so()
    {
        var result = Match("ZTE CORP");
        Assert.Equal(MatchOutcome.NeedsReview, result.Outcome);
        Assert.Equal("zte", result.Company!.Id);
        Assert.Equal("name-exact, too short a name to rest on alone", result.Rule);
    }

    [Fact]
    public void Exact_name_contradicted_by_the_listed_code_goes_to_review()
    {
        var result = Match("ZHEJIANG DAHUA TECHNOLOGY CO LTD", "999999", "Shenzhen Stock Exchange");
        Assert.Equal(MatchOutcome.NeedsReview, result.Outcome);
        Assert.Contains(result.Evidence, e => e.Feature == "ticker-differs");
    }

    [Fact]
    public void Long_name_cut_at_a_fixed_width_matches_its_one_company()
    {
        var result = Match("HANGZHOU HIKVISION DIGITAL TECHNO");
        Assert.Equal(MatchOutcome.Match, result.Outcome);
        Assert.Equal("hikvision", result.Company!.Id);
        Assert.Equal("name-prefix", result.Rule);
    }

    [Fact]
    public void A_short_name_with_its_class_hyphened_on_may_be_cut()
    {
        // Short names are cut to make room for the class: "-A" does not show that the name ended there.
        var result = Match("HANGZHOU HIKVISION DIGITAL TE-A");
        Assert.Equal(MatchOutcome.Match, result.Outcome);
        Assert.Equal(("hikvision", "name-prefix"), (result.Company!.Id, result.Rule));
    }

    [Fact]
    public void Cut_name_contradicted_by_its_code_goes_to_review()
    {
        var result = Match("HANGZHOU HIKVISION DIGITAL TECHNO", "300999", "Shenzhen Stock Exchange");
        Assert.Equal(MatchOutcome.NeedsReview, result.Outcome);
        Assert.Contains(result.Evidence, e => e.Feature == "ticker-differs");
    }

    [Fact]
    public void A_name_ending_in_a_share_class_is_not_read_as_cut()
    {
        // "CHINA RAILWAY" is the start of China Railway Construction's name, but "LTD H" shows the name is complete.
        Assert.Equal(MatchOutcome.NoMatch, Match("CHINA RAILWAY GROUP LTD H").Outcome);
    }

    [Fact]
    public void Similar_name_without_identifiers_goes_to_review_with_its_score()
    {
        var result = Match("HIKVISION DIGITAL TECHNOLOGY");
        Assert.Equal(MatchOutcome.NeedsReview, result.Outcome);
        Assert.Equal("name-similar", result.Rule);
        var e = Assert.Single(result.Evidence, x => x.Feature == "name-similar");
        Assert.InRange(e.Score, Matcher.ReviewThreshold, 1);
    }

    [Fact]
    public void Country_disagreement_keeps_an_exact_name_from_matching()
    {
        var result = Match("ZHEJIANG DAHUA TECHNOLOGY CO LTD", country: "Brazil");
        Assert.Equal(MatchOutcome.NeedsReview, result.Outcome);
        Assert.Contains(result.Evidence, e => e.Feature == "country-differs" && e.HoldingValue == "BR");
    }

    [Fact]
    public void Traditional_chinese_name_matches_the_simplified_one()
    {
        var result = Match("杭州海康威視數字技術股份有限公司");
        Assert.Equal(MatchOutcome.Match, result.Outcome);
        Assert.Equal("hikvision", result.Company!.Id);
    }

    [Fact]
    public void Short_prefixes_do_not_match()
    {
        Assert.Equal(MatchOutcome.NoMatch, Match("WESTERN").Outcome);
        Assert.Equal(MatchOutcome.NoMatch, Match("CHINA RAILWAY").Outcome);
    }

    [Fact]
    public void Parent_and_subsidiary_matches_end_related_not_matched()
    {
        var honHai = Match("HON HAI PRECISION INDUSTRY LTD", "2317", "Taiwan Stock Exchange");
        var jinko = Match("JINKO SOLAR LTD A", "688223", "Shanghai Stock Exchange");
        Assert.Equal(RowState.Related, CorporateFamilies.StateOf(honHai));
        Assert.Equal(RowState.Related, CorporateFamilies.StateOf(jinko));
        Assert.Equal(RowState.Matched, CorporateFamilies.StateOf(Match("ZTE CORP H", "763", "Hong Kong Exchanges And Clearing Ltd")));
    }

    [Fact]
    public void Repeated_securities_are_screened_once()
    {
        var first = Match("ZTE CORP H", "763", "Hong Kong Exchanges And Clearing Ltd");
        var second = Match("ZTE CORP H", "0763", "Hong Kong Exchanges And Clearing Ltd");
        Assert.Same(first, second);
        Assert.Equal(1, _matcher.DistinctSecurities);
    }
}

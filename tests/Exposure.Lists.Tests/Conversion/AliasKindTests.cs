using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.Lists.Conversion;
using Exposure.Lists.Model;
using Exposure.TestSupport;

namespace Exposure.Lists.Tests.Conversion;

/// <summary>
/// Each alias a list gives keeps its kind: an alias the list does not mark is a trading name (a match on it alone goes to
/// review), a former name stays a former name (it matches as the legal name does).
/// </summary>
public sealed class AliasKindTests
{
    private const string ParentList = """
        # name: Parent SOE list
        # source: https://example.org/parents
        # date: 2026-10-01
        Company,Country,Aliases,Reason
        China Telecommunications Corporation,China,China Telecom Group,parent SOE
        China Mobile Communications Group Co. Ltd.,China,China Mobile Group,parent SOE
        """;

    private static MatchResult Screen(ReferenceData data, string name, string country = "CN")
    {
        var normaliser = new HoldingNormaliser(data.Exchanges);
        return new Matcher(data).Match(normaliser.Normalise(new HoldingRow(new SourceLocation("h.csv", 2), name, Country: country)));
    }

    [Fact]
    public void A_parent_s_alias_on_an_own_list_sends_the_listed_subsidiary_to_review_not_to_a_match()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "parents.csv");
        File.WriteAllText(path, ParentList);
        var data = ListConverter.ToReference(Fixtures.Import(path), Fixtures.Exchanges);
        Assert.All(data.Names.Where(n => n.Name is "China Mobile Group" or "China Telecom Group"), n => Assert.Equal(NameKind.Trading, n.Kind));

        var mobile = Screen(data, "CHINA MOBILE LTD");
        Assert.Equal(MatchOutcome.NeedsReview, mobile.Outcome);
        Assert.Equal("china-mobile-communications-group-co-ltd", mobile.Company?.Id);
        Assert.NotEqual(MatchOutcome.Match, Screen(data, "CHINA TELECOM CORP LTD H").Outcome);
    }

    [Fact]
    public void Ofac_fka_names_are_former_names_and_aka_names_trading_names()
    {
        var list = Fixtures.Import(Fixtures.Path("ofac-cmic"));
        var bgi = Fixtures.Entry(list, "BGI GENOMICS CO., LTD.");
        Assert.Contains(ListAlias.Former("BGI"), bgi.Aliases);
        var cetc = Fixtures.Entry(list, "CHINA ELECTRONICS TECHNOLOGY GROUP CORPORATION");
        Assert.Contains(ListAlias.Trading("CHINA ELECTRONICS"), cetc.Aliases);
        var cec = Fixtures.Entry(list, "CHINA ELECTRONICS CORPORATION");
        Assert.Contains(ListAlias.Trading("CEC"), cec.Aliases);

        var data = ListConverter.ToReference(list, Fixtures.Exchanges);
        Assert.DoesNotContain(data.Names, n => n.Kind == NameKind.Transliteration);
        Assert.Contains(data.Names, n => n.Name == "BGI" && n.Kind == NameKind.Former);
    }

    [Fact]
    public void A_former_name_still_matches_as_a_legal_name_does()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "renamed.ftm.json");
        File.WriteAllText(path,
            """{"id":"NK-r","schema":"Company","properties":{"name":["Example Renamed Holdings Co., Ltd."],"previousName":["Example Original Machinery Co., Ltd."],"alias":["Example Brand Machinery"],"country":["cn"],"topics":["sanction"]},"datasets":["us_ofac_sdn"],"first_seen":"2024-01-01T00:00:00","target":true}""" + "\n");
        var entry = Assert.Single(Fixtures.Import(path).Entries);
        Assert.Equal([ListAlias.Trading("Example Brand Machinery"), ListAlias.Former("Example Original Machinery Co., Ltd.")], entry.Aliases);
        var data = ListConverter.ToReference(Fixtures.Import(path), Fixtures.Exchanges);
        Assert.Equal(MatchOutcome.Match, Screen(data, "EXAMPLE ORIGINAL MACHINERY CO LTD").Outcome);
        Assert.Equal(MatchOutcome.NeedsReview, Screen(data, "EXAMPLE BRAND MACHINERY").Outcome);
    }
}

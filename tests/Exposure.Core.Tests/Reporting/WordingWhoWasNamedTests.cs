using Exposure.Core.Reference;
using Exposure.Core.Reporting;

namespace Exposure.Core.Tests.Reporting;

/// <summary>The sentences that say who a source named: the company itself, or a subsidiary, parent or affiliate by the source's name for it.</summary>
public sealed class WordingWhoWasNamedTests
{
    private static readonly DateOnly March2022 = new(2022, 3, 10);

    [Fact]
    public void A_later_allegation_naming_a_subsidiary_says_so_and_names_it()
    {
        var text = Wording.LaterAllegations(
            [new LaterRow(SubjectRelation.Subsidiary, "Xinjiang Daqo New Energy Co., Ltd.", false, "UFLPA Entity List", "2024-11-25")], March2022);
        Assert.Equal("Its subsidiary Xinjiang Daqo New Energy Co., Ltd. named in UFLPA Entity List in November 2024; these holdings are from March 2022 (2022-03-10)", text);
    }

    [Fact]
    public void The_company_itself_comes_first_and_each_relative_is_kept_apart()
    {
        var text = Wording.LaterAllegations(
        [
            new LaterRow(SubjectRelation.Subsidiary, "Xinjiang Habahe Ashele Copper Co", false, "UFLPA Entity List", "2024-08-09"),
            new LaterRow(SubjectRelation.Self, "Zijin Mining Group", false, "UFLPA Entity List", "2025-01-15"),
            new LaterRow(SubjectRelation.Affiliate, "Beijing Liuhe BGI", true, "US Commerce Entity List", "2025-01"),
            new LaterRow(SubjectRelation.Parent, "JinkoSolar", false, "News report", "2025"),
        ], March2022, allHoldings: false);
        Assert.Equal(
            "Named in UFLPA Entity List in January 2025; its subsidiary Xinjiang Habahe Ashele Copper Co named in UFLPA Entity List in August 2024; " +
            "its affiliate Beijing Liuhe BGI listed on US Commerce Entity List in January 2025; its parent JinkoSolar named in News report in 2025; " +
            "its holdings as of 2022-03-10 are from March 2022, its other holdings of another date or of none known",
            text);
    }

    [Fact]
    public void Allegations_naming_the_company_itself_keep_their_wording()
    {
        var text = Wording.LaterAllegations(
        [
            new LaterRow(SubjectRelation.Self, "Zijin Mining Group", true, "UFLPA Entity List", "2025-01-15"),
            new LaterRow(SubjectRelation.Self, "Zijin Mining Group Co., Ltd.", true, "UFLPA Entity List", "2024-08-09"),
        ], March2022);
        Assert.Equal("Listed on UFLPA Entity List in August 2024 and January 2025; these holdings are from March 2022 (2022-03-10)", text);
    }

    [Theory]
    [InlineData("referent ambiguous: sources say 'Foxconn Technology'; attribution inferred; verify before naming", "named by a source itself, attribution inferred: see caveat")]
    [InlineData("UFLPA name matched to 西部黄金 by name; not confirmed", "named by a source itself, attribution inferred: see caveat")]
    [InlineData("named only via press coverage of SHU 2021 report", "named by a source itself")]
    public void The_basis_line_is_qualified_where_the_caveat_says_the_attribution_is_inferred(string note, string expected)
    {
        Assert.Equal(expected, Wording.BasisLine(Company(Basis.Named, note)));
        Assert.Equal("not named itself: parent of a named entity; its holdings are reported as related, never as flagged",
            Wording.BasisLine(Company(Basis.ParentOfNamed, note)));
    }

    [Fact]
    public void The_note_on_a_list_taken_as_of_a_date_gives_counts_that_add_up()
    {
        var cut = new ListCut(March2022, 56, ["A Co."], 1, 94, ["China Railway Construction Corporation Limited"], 1,
            ["OFILM Group Co., Ltd. (parent of a named entity)"], 25, 37);
        Assert.Equal(
            "The list was taken as it stood on 2022-03-10: of its 94 allegations, 56 dated later were left out and 38 dated on or before it, or undated, were kept; " +
            "37 of them were screened against, 1 belongs to a company not screened against. 1 company with no allegation left was not screened against: A Co. " +
            "1 company whose allegations left are all on other grounds than the list carries it on was not screened against either: China Railway Construction Corporation Limited. " +
            "1 company is screened on what the list said by then, a weaker basis than it gives now: OFILM Group Co., Ltd. (parent of a named entity). " +
            "25 companies were screened against. 1 allegation has no date and was kept. A date given only to the month or the year is compared at that precision.",
            Wording.ListCutText(cut));
        Assert.Equal(
            "Screened against the list as it stood on 2022-03-10: 56 of its 94 allegations, dated later, were left out, and 2 companies with none left on the grounds " +
            "the list carries them on were not screened against; 1 company is screened on a weaker basis than the list gives now.",
            Wording.ListCutSummary(cut));
    }

    private static CompanyExposure Company(Basis basis, string note) =>
        new("x", "X Co.", null, "CN", basis, "", [], [], [], note, [], [], [], null, []);
}

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

    [Fact]
    public void A_later_date_that_is_not_a_listing_date_says_what_it_is()
    {
        var text = Wording.LaterAllegations(
        [
            new LaterRow(SubjectRelation.Self, "Example Aero Engine Corporation of China", true, "OFAC Consolidated Sanctions List (non-SDN)", "2023-08-02", DateKinds.Effective),
            new LaterRow(SubjectRelation.Self, "Example Aero Engine Corporation of China", true, "OFAC Consolidated Sanctions List (non-SDN)", "2024-06-03"),
            new LaterRow(SubjectRelation.Self, "Example Aero Engine Corporation of China", false, "OpenSanctions", "2023-05-01", DateKinds.FirstSeen),
        ], March2022);
        Assert.Equal(
            "Listed on OFAC Consolidated Sanctions List (non-SDN), effective August 2023; listed on OFAC Consolidated Sanctions List (non-SDN) in June 2024; " +
            "named in OpenSanctions, first seen May 2023; these holdings are from March 2022 (2022-03-10)",
            text);
    }

    [Theory]
    [InlineData("2021-08-02", DateKinds.Effective, "2021-08-02 (effective)", "effective 2021-08-02")]
    [InlineData("2023-05-01", DateKinds.FirstSeen, "2023-05-01 (first seen by the aggregator)", "first seen 2023-05-01")]
    [InlineData("2021-06-03", null, "2021-06-03", "2021-06-03")]
    public void A_date_is_shown_with_its_kind_in_a_column_and_in_a_sentence(string date, string? kind, string shown, string inWords)
    {
        Assert.Equal(shown, DateKinds.Shown(date, kind));
        Assert.Equal(inWords, DateKinds.InWords(date, kind));
        var view = new AllegationView("a", "X Co., Ltd.", SubjectRelation.Self, "sanctioned", "L", date, "s", "https://example.org", "t", "p", DateKind: kind);
        Assert.Equal(shown, view.DateShown);
    }

    [Fact]
    public void A_list_s_date_shows_whether_it_is_only_the_file_s()
    {
        ListInfo List(string? date, bool fileDate) => new("L", "csl", "f.csv", date, 3, 3, "00", null, null, 0, DateIsFileModified: fileDate);
        Assert.Equal("2026-11-30 (file date)", List("2026-11-30", true).DateShown);
        Assert.Equal("2026-11-30", List("2026-11-30", false).DateShown);
        Assert.Equal("undated", List(null, true).DateShown);
    }

    [Fact]
    public void What_was_left_out_is_said_with_each_reason_and_adds_up_to_the_file()
    {
        var list = new ListInfo("OFAC SDN List", "ofac-legacy", "sdn.csv", "2026-11-30", 5, 5, "00", null, null, 0, DateIsFileModified: true, LeftOut:
        [
            new ListLeftOut("individual", "individuals", 2, "only companies and organisations are imported"),
            new ListLeftOut("entity outside the --program filter", "entities outside the --program filter", 3, "--program keeps only the programs it names"),
            new ListLeftOut("vessel", "vessels", 1, "only companies and organisations are imported"),
        ]);
        Assert.Equal(11, list.EntriesInFile);
        Assert.Equal(
            "11 entries in the file: 5 imported, 6 left out: 2 individuals and 1 vessel (only companies and organisations are imported); " +
            "3 entities outside the --program filter (--program keeps only the programs it names)",
            ListFraming.EntriesAccounted(list));
        Assert.Equal("5 entries in the file, all imported", ListFraming.EntriesAccounted(list with { LeftOut = [] }));
    }

    [Theory]
    [InlineData("referent ambiguous: sources say 'Foxconn Technology'; attribution inferred; verify before naming", "named by a source itself, attribution inferred: see caveat")]
    [InlineData("UFLPA name matched to 西部黄金 by name; not confirmed", "named by a source itself, attribution inferred: see caveat")]
    [InlineData("named only via press coverage of SHU 2021 report", "named by a source itself")]
    public void The_basis_line_is_qualified_where_the_caveat_says_the_attribution_is_inferred(string note, string expected)
    {
        Assert.Equal(expected, Wording.BasisLine(Company(Basis.Named, note), null));
        Assert.Equal("not named itself: parent of a named entity; its holdings are reported as related, never as flagged",
            Wording.BasisLine(Company(Basis.ParentOfNamed, note), null));
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

    [Fact]
    public void What_the_list_said_at_the_holdings_date_is_told_of_the_holdings_of_that_date_only_where_others_are_of_another()
    {
        var later = new LaterAllegation(March2022, ["fund-a"], ["a1", "a2"], "Named in UFLPA Entity List in January 2025; its holdings as of 2022-03-10 are from March 2022, its other holdings of another date or of none known");

        Assert.EndsWith(". At the holdings' date, none of the allegations this list now gives for the company had been made.",
            Wording.LaterThanHoldings([later], 2, allOneDate: true), StringComparison.Ordinal);
        Assert.EndsWith(". At 2022-03-10, the date of those holdings, none of the allegations this list now gives for the company had been made.",
            Wording.LaterThanHoldings([later], 2, allOneDate: false), StringComparison.Ordinal);
        Assert.EndsWith(". At 2022-03-10, the date of those holdings, the list said less of this company than it says now.",
            Wording.LaterThanHoldings([later], 3, allOneDate: false), StringComparison.Ordinal);
        // Two dates, every allegation later than only the first: "none" is not said of both.
        var second = new LaterAllegation(new DateOnly(2024, 12, 31), ["fund-b"], ["a2"], "Named in UFLPA Entity List in January 2025; its holdings as of 2024-12-31 are from December 2024");
        Assert.EndsWith(". At the dates of those holdings, the list said less of this company than it says now.",
            Wording.LaterThanHoldings([later, second], 2, allOneDate: false), StringComparison.Ordinal);
    }
}

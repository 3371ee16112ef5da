using Exposure.Core.Reference;
using Exposure.Core.Reporting;

namespace Exposure.Core.Tests.Reporting;

/// <summary>The notes under the table of the lists screened against, worded once for the PDF and the web page.</summary>
public sealed class ListsNotesTests
{
    private static readonly ListInfo Bundled = new("Exposure bundled list", "folder", "reference-data", "2026.12.04", 10, 10, "00", null, null, 0, AboutUyghurForcedLabour: true);

    private static ListInfo Own(int problems) => new("Example Pension Trust exclusion list", "spreadsheet", "policy.csv", "2026-10-01", 3, 3, "00", null, "official", problems);

    private static ListJoin Join(string company) => new(company, "isin", "CNE000001XX1", Bundled.Name, company, company, "Example Pension Trust exclusion list", "own-" + company, company);

    private static string Text(IReadOnlyList<SentencePart> parts) => SentencePart.Join(parts, p => $"[{p.Path}={p.Text}]");

    [Fact]
    public void Nothing_joined_kept_apart_claimed_or_reported_has_no_notes()
    {
        var used = new ListsUsed([Bundled, Own(0)], [], [], [], []);
        Assert.Empty(Wording.ListsNotes(used, ListTerms.Of(used)));
    }

    [Fact]
    public void One_company_joined_twice_reads_one_company_and_carries_no_figure()
    {
        var used = new ListsUsed([Bundled, Own(0)], [], [Join("camel-group"), Join("camel-group")], [], []);
        var parts = Wording.ListsNotes(used, ListTerms.Of(used));
        Assert.All(parts, p => Assert.Equal(SentencePartKind.Words, p.Kind));
        Assert.StartsWith("The entries of several lists for one company were joined and screened as that company, carrying each list's", Text(parts), StringComparison.Ordinal);
        Assert.EndsWith("JSON run.lists.joined). The workbook's List review sheet lists each one.", Text(parts), StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_the_JSON_gives_are_figures_at_their_JSON_paths_and_the_others_are_words()
    {
        var used = new ListsUsed([Bundled, Own(3)],
            [new ListNamePair("X", "x", Bundled.Name, "x2", "Example Pension Trust exclusion list"), new ListNamePair("Y", "y", Bundled.Name, "y2", "Example Pension Trust exclusion list")],
            [Join("camel-group"), Join("xinjiang-daqo")],
            [new ListConflict("isin", "CNE000001XX1", "a", "b", "note")],
            []);
        var text = Text(Wording.ListsNotes(used, ListTerms.Of(used)));
        Assert.StartsWith("The entries of several lists for [run.lists.joinedCompanies=2] companies were joined, each screened as one company", text, StringComparison.Ordinal);
        Assert.Contains("; 2 pairs of companies from different lists share a name", text, StringComparison.Ordinal);
        Assert.Contains("; one identifier is claimed by two companies the lists keep apart; ", text, StringComparison.Ordinal);
        Assert.Contains("; [run.lists.problems=3] values of the lists were reported", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_that_begins_with_a_count_begins_with_the_figure()
    {
        var used = new ListsUsed([Bundled, Own(2)], [], [], [], []);
        var parts = Wording.ListsNotes(used, ListTerms.Of(used));
        Assert.Equal(new SentencePart(SentencePartKind.Count, "2", "run.lists.problems", 2), parts[0]);
        Assert.StartsWith("2 values of the lists were reported", SentencePart.Join(parts, p => p.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void The_lists_left_out_note_names_only_lists_that_left_entries_out()
    {
        var leaving = Own(0) with { LeftOut = [new ListLeftOut("individual", "individuals", 2, "only companies and organisations are imported")] };
        Assert.Null(Wording.ListsLeftOut(new ListsUsed([Bundled, Own(0) with { LeftOut = [] }], [], [], [], [])));
        var note = Wording.ListsLeftOut(new ListsUsed([Bundled, leaving], [], [], [], []));
        Assert.NotNull(note);
        Assert.StartsWith("The Entries column counts the entries imported;", note, StringComparison.Ordinal);
        Assert.EndsWith("Example Pension Trust exclusion list: 5 entries in the file: 3 imported, 2 left out: " + ListFraming.LeftOut(leaving) + ".", note, StringComparison.Ordinal);
        Assert.DoesNotContain(Bundled.Name, note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_company_s_joins_say_what_each_pair_of_entries_shares_and_leave_out_other_companies()
    {
        var camel = new CompanyExposure("camel-group", "Camel Group Co., Ltd.", null, "CN", Basis.Named, "named", [], [], [], "", [], [], [], null, []);
        var used = new ListsUsed([Bundled, Own(0)], [],
        [
            new ListJoin("camel-group", "isin", "CNE000001XX1", Bundled.Name, "camel-group", "Camel Group Co., Ltd.", "Example Pension Trust exclusion list", "t-1", "CAMEL GROUP"),
            new ListJoin("xinjiang-daqo", "isin", "CNE100000BJ4", Bundled.Name, "xinjiang-daqo", "Daqo", "Example Pension Trust exclusion list", "t-2", "Daqo"),
            new ListJoin("camel-group", "listing", "XSHG:601311", Bundled.Name, "camel-group", "Camel Group Co., Ltd.", "OFAC", "o-1", "Camel Group"),
            new ListJoin("camel-group", "name+country", "CAMEL GROUP CO LTD (CN)", Bundled.Name, "camel-group", "Camel Group Co., Ltd.", "UFLPA", "u-1", "Camel Group Co., Ltd."),
        ], [], []);

        Assert.Equal(
        [
            "'Camel Group Co., Ltd.' (Exposure bundled list) and 'CAMEL GROUP' (Example Pension Trust exclusion list) share the ISIN CNE000001XX1",
            "'Camel Group Co., Ltd.' (Exposure bundled list) and 'Camel Group' (OFAC) share the listing XSHG:601311",
            "'Camel Group Co., Ltd.' (Exposure bundled list) and 'Camel Group Co., Ltd.' (UFLPA) share the legal name and country CAMEL GROUP CO LTD (CN)",
        ], Wording.JoinedAcrossLists(camel, used));
        Assert.Empty(Wording.JoinedAcrossLists(camel, null));
        Assert.Empty(Wording.JoinedAcrossLists(camel with { Id = "hongyuan-green-energy" }, used));
    }
}

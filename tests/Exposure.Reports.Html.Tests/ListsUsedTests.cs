using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Html.Tests;

/// <summary>
/// The lists a run screened against, on the web page as in the PDF: the methodology's table of the lists with the JSON's
/// figures, the notes on companies joined across lists, and each joined company's lists and each entry's list.
/// </summary>
public sealed class ListsUsedTests
{
    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static IElement ListsTable(IHtmlDocument doc, string caption) =>
        Assert.Single(doc.QuerySelectorAll("#methodology table"), t => t.QuerySelector("caption")!.TextContent == caption);

    private static string Fact(IElement scope, string term) =>
        scope.QuerySelectorAll("dl.facts > div").Single(d => d.QuerySelector("dt")!.TextContent == term).QuerySelector("dd")!.TextContent;

    [Theory]
    [InlineData("combined", "The lists screened against", 4)]
    [InlineData("bundled", "The list screened against", 1)]
    public void The_methodology_has_a_row_for_each_list_with_the_JSON_s_format_date_entries_licence_and_hash(string name, string caption, int count)
    {
        var run = SampleRuns.ByName(name);
        var doc = Parse(run.Html);
        using var json = JsonDocument.Parse(run.Json);
        var lists = json.RootElement.GetProperty("run").GetProperty("lists").GetProperty("lists").EnumerateArray().ToList();
        Assert.Equal(count, lists.Count);

        var table = ListsTable(doc, caption);
        Assert.Equal(Wording.ListsColumns, table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(lists.Count, rows.Count);
        for (var i = 0; i < lists.Count; i++)
        {
            var list = lists[i];
            var cells = rows[i].QuerySelectorAll("td").Select(td => td.TextContent).ToList();
            Assert.Equal("row", rows[i].QuerySelector("th")!.GetAttribute("scope"));
            Assert.Equal(list.GetProperty("name").GetString(), rows[i].QuerySelector("th")!.TextContent);
            var entries = rows[i].QuerySelector("data[data-figure]")!;
            Assert.Equal($"run.lists.lists[{i}].entries", entries.GetAttribute("data-figure"));
            Assert.Equal(list.GetProperty("entries").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), entries.GetAttribute("value"));
            Assert.Equal(
                [list.GetProperty("format").GetString()!, list.GetProperty("dateShown").GetString()!, entries.TextContent,
                 list.GetProperty("licence").GetString() ?? "not stated", list.GetProperty("sha256").GetString()!],
                cells);
        }

        // The words before the table are the PDF's: how the lists were combined, or that one list was screened against.
        Assert.Contains(doc.QuerySelectorAll("#methodology p"), p => p.TextContent == Wording.ListsIntro(run.Report.Run.Lists!, run.Report.Terms));
    }

    [Fact]
    public void The_notes_on_joined_companies_give_the_JSON_s_counts_in_the_PDF_s_words()
    {
        var run = SampleRuns.Combined;
        var doc = Parse(run.Html);
        using var json = JsonDocument.Parse(run.Json);
        var lists = json.RootElement.GetProperty("run").GetProperty("lists");
        Assert.Equal(3, lists.GetProperty("joinedCompanies").GetInt32());
        Assert.Equal(2, lists.GetProperty("problems").GetInt32());

        var joined = Assert.Single(doc.QuerySelectorAll("#methodology data[data-figure='run.lists.joinedCompanies']"));
        Assert.Equal(("3", "3"), (joined.GetAttribute("value"), joined.TextContent));
        var problems = Assert.Single(doc.QuerySelectorAll("#methodology data[data-figure='run.lists.problems']"));
        Assert.Equal(("2", "2"), (problems.GetAttribute("value"), problems.TextContent));

        // Every figure of the page, these among them, is the JSON's.
        var figures = doc.QuerySelectorAll("data[data-figure]").Select(d => new PageFigure(d.GetAttribute("data-figure")!, d.GetAttribute("value")!, d.TextContent)).ToList();
        Assert.Empty(PageFigure.Mismatches(figures, json));

        var notes = joined.ParentElement!;
        Assert.Same(notes, problems.ParentElement);
        Assert.Equal("p", notes.LocalName);
        Assert.Equal(
            "The entries of several lists for 3 companies were joined, each screened as one company carrying each list's allegations and listings " +
            "(the lists share an ISIN, an LEI, a USCC or a listing for it, or its legal name in the same country; each join and its key: workbook List review, JSON run.lists.joined); " +
            "one pair of companies from different lists shares a name, but neither an identifier nor its legal name in one known country: they were kept apart, and a holding matching that name exactly goes to review; " +
            "2 values of the lists were reported: left out (a bad check digit, an unknown exchange), or kept as written for review (a name cell not parsed); the list check command names each. " +
            "The workbook's List review sheet lists each one.",
            notes.TextContent);
        // The PDF writes the same sentence from the same words.
        Assert.Equal(SentencePart.Join(Wording.ListsNotes(run.Report.Run.Lists!, run.Report.Terms), p => p.Text), notes.TextContent);
    }

    [Fact]
    public void Each_company_joined_across_lists_names_its_lists_what_each_join_rests_on_and_each_entry_s_list()
    {
        var run = SampleRuns.Combined;
        var doc = Parse(run.Html);
        using var json = JsonDocument.Parse(run.Json);
        var joinedIds = json.RootElement.GetProperty("run").GetProperty("lists").GetProperty("joined").EnumerateArray()
            .Select(j => j.GetProperty("companyId").GetString()!).Distinct().ToList();
        Assert.Equal(["xinjiang-daqo", "camel-group", "hongyuan-green-energy"], joinedIds);

        foreach (var company in json.RootElement.GetProperty("companies").EnumerateArray().Where(c => joinedIds.Contains(c.GetProperty("id").GetString()!)))
        {
            var id = company.GetProperty("id").GetString()!;
            var article = doc.GetElementById("company-" + id)!;
            var lists = company.GetProperty("lists").EnumerateArray().Select(l => l.GetString()!).ToList();
            Assert.True(lists.Count >= 2, $"{id} is named on {lists.Count} list");
            Assert.Equal(string.Join("; ", lists), Fact(article, Wording.NamedOnListsLabel));

            // Why the entries of other lists are this company's: each join of the JSON, with what the two entries share.
            var joins = json.RootElement.GetProperty("run").GetProperty("lists").GetProperty("joined").EnumerateArray()
                .Where(j => j.GetProperty("companyId").GetString() == id)
                .Select(j => $"'{j.GetProperty("name").GetString()}' ({j.GetProperty("listName").GetString()}) and '{j.GetProperty("otherName").GetString()}' " +
                    $"({j.GetProperty("otherListName").GetString()}) share the legal name and country {j.GetProperty("value").GetString()}")
                .ToList();
            Assert.NotEmpty(joins);
            var joined = article.QuerySelectorAll("dl.facts > div").Single(d => d.QuerySelector("dt")!.TextContent == Wording.JoinedAcrossListsLabel);
            Assert.Equal(joins, joined.QuerySelectorAll("dd li").Select(li => li.TextContent));

            // Every entry says which list it comes from: the bundled list by name, another list as it states itself.
            var allegations = company.GetProperty("allegations").EnumerateArray().Select(a => a.GetProperty("listName").GetString()!).ToList();
            var entries = article.QuerySelectorAll("li.allegation").ToList();
            Assert.Equal(allegations.Count, entries.Count);
            Assert.Equal(allegations.Order(StringComparer.Ordinal), entries.Select(e => lists.Single(l => Fact(e, "From list").StartsWith(l, StringComparison.Ordinal))).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void With_one_list_no_company_names_its_lists_and_no_entry_its_list()
    {
        var doc = Parse(SampleRuns.Bundled.Html);
        Assert.NotEmpty(doc.QuerySelectorAll("article.company"));
        Assert.DoesNotContain(doc.QuerySelectorAll("article.company dt"), dt => dt.TextContent is Wording.NamedOnListsLabel or Wording.JoinedAcrossListsLabel or "From list");
        Assert.Empty(doc.QuerySelectorAll("[data-figure^='run.lists.joinedCompanies'], [data-figure^='run.lists.problems']"));
    }
}

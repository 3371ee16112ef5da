using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using Exposure.Core.Holdings;
using Exposure.Pipeline;
using Exposure.Reports.Excel.Tests.Writing;
using Exposure.TestSupport;
using Xunit.Abstractions;
using static Exposure.Reports.Excel.Tests.Report.SampleReports;

namespace Exposure.Reports.Excel.Tests.Report;

/// <summary>The workbook gives review decisions as the PDF and the web page do: the counts on Summary, the rows set aside and the stale decisions on their sheet.</summary>
public sealed class ReviewDecisionsSheetTests(ITestOutputHelper output)
{
    private const string Sheet = "Review decisions";

    [Fact]
    public void A_run_with_decisions_gives_their_counts_rows_set_aside_and_stale_decisions_as_the_model_does()
    {
        using var temp = new TempFolder();
        var first = Illustrative(Path.Combine(temp.Path, "first"));
        var tbea = first.Findings.First(f => f.CompanyId == "tbea" && f.State == RowState.Matched).Key;
        var meiya = first.Findings.First(f => f.CompanyId == "meiya-pico" && f.State == RowState.NeedsReview).Key;
        var log = temp.File("decisions.csv",
            "decision,reviewer,decided_on,reason,company_id,isin,mic,ticker,name\n" +
            $"reject,B. Reviewer,2026-11-21,Not the same TBEA: checked the filing,tbea,{tbea.Isin},{tbea.Mic},{tbea.Ticker},{tbea.Name}\n" +
            $"reject,C. Reviewer,2026-11-22,Another issuer,meiya-pico,{meiya.Isin},{meiya.Mic},{meiya.Ticker},{meiya.Name}\n" +
            "accept,B. Reviewer,2026-11-21,Held last quarter,tbea,,,,NO LONGER HELD CO\n");
        var report = ExposureRun.Execute(new RunRequest([new HoldingsInput(RepoPaths.IllustrativeHoldings, "illustrative-holdings.csv")],
            RepoPaths.ReferenceData, Path.Combine(temp.Path, "second"), [], "test", Decisions: new InputPath(log, "decisions.csv"), ShowReviewers: true)).Report;
        var review = report.Review;
        Assert.Equal((2, 1, 1), (review.SetAside.Count, review.MatchesOverturned, review.Stale.Count));

        var bytes = Render(report);
        Assert.Empty(ReadBack.Validate(bytes, output));
        using var book = new ReadBack(bytes);
        var names = book.SheetNames.ToList();
        Assert.Equal(names.IndexOf("Review") + 1, names.IndexOf(Sheet));

        var summary = Pairs(book);
        Assert.Equal("decisions.csv", summary["Review decisions: decisions file (sheet Review decisions)"]);
        Assert.Equal(review.Decisions.ToString(CultureInfo.InvariantCulture), summary["  Decisions in force"]);
        Assert.Equal("0", summary["  Holding rows matched because a person accepted the candidate"]);
        Assert.Equal("2", summary["  Holding rows set aside (unmatched) by a person's decision"]);
        Assert.Equal("1", summary["    of them, matches a rule had made that a person overturned (the others were candidates a person rejected)"]);
        Assert.Equal("1", summary["  Stale decisions (not applied)"]);

        var rows = book.Rows(Sheet);
        Assert.Equal(["What", "Fund", "File", "Line", "Holding", "Company", "Security", "Finding id", "Rule it had", "Decision", "Decided by", "Reason",
            "Why stale", "Decisions file", "Decision line"], rows[0].Elements<Cell>().Select(book.Text));
        Assert.Equal(review.SetAside.Count + review.Stale.Count + 1, rows.Count);
        for (var i = 0; i < review.SetAside.Count; i++)
        {
            var row = review.SetAside[i];
            var r = i + 2;
            Assert.Equal("row set aside by a person", book.Text(Sheet, $"A{r}"));
            Assert.Equal(report.FundLabel(row.FundId), book.Text(Sheet, $"B{r}"));
            Assert.Equal(row.Line, book.Number(Sheet, $"D{r}"));
            Assert.Equal(row.Holding, book.Text(Sheet, $"E{r}"));
            Assert.Equal(row.CompanyName, book.Text(Sheet, $"F{r}"));
            Assert.Equal(first.Findings.First(f => f.Key == row.Key).Id, book.Text(Sheet, $"H{r}"));
            Assert.Equal(row.Rule, book.Text(Sheet, $"I{r}"));
            Assert.Equal(row.DecisionLine, book.Number(Sheet, $"O{r}"));
        }
        Assert.Equal(["a rule's match, overturned", "B. Reviewer, 2026-11-21", "Not the same TBEA: checked the filing"],
            new[] { "J", "K", "L" }.Select(c => book.Text(Sheet, $"{c}{2 + review.SetAside.ToList().FindIndex(s => s.CompanyId == "tbea")}")));
        Assert.Equal(["a candidate, rejected", "C. Reviewer, 2026-11-22", "Another issuer"],
            new[] { "J", "K", "L" }.Select(c => book.Text(Sheet, $"{c}{2 + review.SetAside.ToList().FindIndex(s => s.CompanyId == "meiya-pico")}")));

        var stale = rows.Count;
        Assert.Equal(["stale decision, not applied", "tbea", "name 'NO LONGER HELD CO'", "accepted", "no holding row met this decision", "decisions.csv"],
            new[] { "A", "F", "G", "J", "M", "N" }.Select(c => book.Text(Sheet, $"{c}{stale}")));
        Assert.Equal(4, book.Number(Sheet, $"O{stale}"));
        Assert.Matches("^[0-9a-f]{10}$", book.Text(Sheet, $"H{stale}"));
    }

    [Fact]
    public void A_stale_decision_on_a_security_the_run_holds_gives_the_id_of_its_finding()
    {
        using var temp = new TempFolder();
        var first = Illustrative(Path.Combine(temp.Path, "first"));
        var tbea = first.Findings.First(f => f.CompanyId == "tbea" && f.State == RowState.Matched);
        var key = tbea.Key;
        // Decided on a holding name the rows no longer give: the decision is stale, and names the finding it was made on.
        var log = temp.File("decisions.csv",
            "decision,reviewer,decided_on,reason,company_id,isin,mic,ticker,name,holding_names,sedol,cusip,rule,state\n" +
            $"reject,B. Reviewer,2026-11-21,Not the same TBEA,tbea,{key.Isin},{key.Mic},{key.Ticker},{key.Name},TBEA OTHER NAME LTD,,,{tbea.Rule},matched\n");
        var report = ExposureRun.Execute(new RunRequest([new HoldingsInput(RepoPaths.IllustrativeHoldings, "illustrative-holdings.csv")],
            RepoPaths.ReferenceData, Path.Combine(temp.Path, "second"), [], "test", Decisions: new InputPath(log, "decisions.csv"))).Report;
        var stale = Assert.Single(report.Review.Stale);
        Assert.StartsWith("the holding now reads", stale.Why, StringComparison.Ordinal);
        Assert.Equal(tbea.Id, stale.FindingId);

        using var book = new ReadBack(Render(report));
        var rows = book.Rows(Sheet);
        Assert.Equal(2, rows.Count);
        Assert.Equal(["stale decision, not applied", tbea.Id], new[] { "A", "H" }.Select(c => book.Text(Sheet, $"{c}2")));
    }

    [Fact]
    public void A_run_without_decisions_has_no_sheet_for_them_and_its_summary_says_none_were_applied()
    {
        using var temp = new TempFolder();
        var report = Illustrative(temp.Path);
        Assert.Null(report.Review.DecisionsFile);
        using var book = new ReadBack(Render(report));
        Assert.DoesNotContain(Sheet, book.SheetNames);
        Assert.Equal("None were applied to this run (no decisions file): every candidate on sheet Review still awaits a person's decision.",
            Pairs(book)["Review decisions"]);
    }

    /// <summary>The Summary sheet's labels and the text or number beside each.</summary>
    private static Dictionary<string, string> Pairs(ReadBack book)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in book.Rows("Summary"))
        {
            var cells = row.Elements<Cell>().ToList();
            if (cells.Count < 2 || cells[0].DataType is null) continue;
            pairs.TryAdd(book.Text(cells[0]), cells[1].DataType is null ? cells[1].CellValue!.Text : book.Text(cells[1]));
        }
        return pairs;
    }
}

using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.Reports.Excel.Report;
using Exposure.Reports.Excel.Tests.Writing;
using Exposure.TestSupport;
using Xunit.Abstractions;
using static Exposure.Reports.Excel.Tests.Report.SampleReports;

namespace Exposure.Reports.Excel.Tests.Report;

/// <summary>
/// What a reader sees in the workbook's cells where the PDF and the web page put words: the key findings, a date that is
/// not known, and a fund with nothing awaiting review.
/// </summary>
public sealed class WorkbookWordsTests(ITestOutputHelper output)
{
    private const string ExcelDate = "yyyy-mm-dd";

    /// <summary>The illustrative holdings, and the same fund as a file that states no date and has no line awaiting review.</summary>
    private static ExposureReport DatedAndUndated(TempFolder temp)
    {
        var lines = File.ReadAllLines(RepoPaths.IllustrativeHoldings).ToList();
        Assert.StartsWith("Fund Holdings as of", lines[1], StringComparison.Ordinal);
        var undated = lines.Where((line, i) => i != 1 && !line.Contains("MEIYA PICO", StringComparison.Ordinal)).ToList();
        undated[0] = "Undated Example Fund";
        var path = Path.Combine(temp.Path, "undated.csv");
        File.WriteAllLines(path, undated);
        return ExposureRun.Execute(new RunRequest(
            [new HoldingsInput(RepoPaths.IllustrativeHoldings, "illustrative-holdings.csv"), new HoldingsInput(path, "undated.csv")],
            RepoPaths.ReferenceData, Path.Combine(temp.Path, "out"), [], "test")).Report;
    }

    /// <summary>The cells under a header of a table sheet's first row, one per row below it, found by column letter (null where a row has no cell).</summary>
    private static List<Cell?> Column(ReadBack book, string sheet, string header)
    {
        static string Letters(Cell cell) => new(cell.CellReference!.Value!.TakeWhile(char.IsAsciiLetter).ToArray());
        var rows = book.Rows(sheet);
        var letters = Letters(rows[0].Elements<Cell>().Single(c => book.Text(c) == header));
        return rows.Skip(1).Select(r => r.Elements<Cell>().FirstOrDefault(c => Letters(c) == letters)).ToList();
    }

    /// <summary>The rows of a key/value sheet, as label and value cell, in order.</summary>
    private static List<(string Label, Cell Value)> Entries(ReadBack book, string sheet) =>
        book.Rows(sheet).Select(r => r.Elements<Cell>().ToList())
            .Where(cells => cells.Count >= 2 && cells[0].DataType is not null)
            .Select(cells => (book.Text(cells[0]), cells[1])).ToList();

    private static double Number(Cell cell) => double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);

    private static string Sentence(IReadOnlyList<FindingRun> finding) => string.Concat(finding.Select(r => r.Text));

    [Fact]
    public void The_summary_sheet_gives_the_key_findings_of_the_pdf_and_the_web_page_above_the_figures()
    {
        using var temp = new TempFolder();
        foreach (var report in new[] { Illustrative(temp.Path), Scheme(temp.Path) })
        {
            var bytes = Render(report);
            Assert.Empty(ReadBack.Validate(bytes, output));
            using var book = new ReadBack(bytes);
            Assert.Equal("Summary", book.SheetNames[0]);
            var entries = Entries(book, "Summary");
            var findings = entries.Where(e => e.Label == SummarySheet.KeyFindingLabel).Select(e => book.Text(e.Value)).ToList();
            Assert.Equal(KeyFindings.Of(report).Select(Sentence), findings);
            Assert.True(findings.Count >= 3, $"{findings.Count} key findings");
            Assert.Contains(findings, f => f.StartsWith("The largest exposure is to ", StringComparison.Ordinal));

            // Below what to read the figures with, above every figure: one block, in the PDF's order.
            var labels = entries.Select(e => e.Label).ToList();
            var first = labels.IndexOf(SummarySheet.KeyFindingLabel);
            Assert.Equal(findings.Count, labels.Skip(first).TakeWhile(l => l == SummarySheet.KeyFindingLabel).Count());
            Assert.True(labels.LastIndexOf("Read the figures with this") < first);
            Assert.True(first < labels.IndexOf(report.Portfolio is null ? "Funds screened" : "The scheme's figures (sheet Scheme)"));
            Assert.All(entries.Skip(first).Take(findings.Count), e => Assert.True(book.Format(e.Value).Alignment!.WrapText!.Value));
        }
    }

    [Fact]
    public void A_date_the_model_does_not_know_reads_unknown_and_a_known_date_stays_a_date()
    {
        using var temp = new TempFolder();
        var report = DatedAndUndated(temp);
        var undated = report.Funds.Single(f => f.SourceFile == "undated.csv");
        var dated = report.Funds.Single(f => f.SourceFile == "illustrative-holdings.csv");
        Assert.Null(undated.AsOf);
        Assert.Equal(new DateOnly(2026, 11, 20), dated.AsOf);
        var bytes = Render(report);
        Assert.Empty(ReadBack.Validate(bytes, output));

        using var book = new ReadBack(bytes);
        var funds = Column(book, "Funds", "Fund").Select(c => book.Text(c!)).ToList();
        var asOf = Column(book, "Funds", "As of");
        var undatedCell = asOf[funds.IndexOf(undated.DisplayName)]!;
        Assert.Equal("unknown", book.Text(undatedCell));
        var datedCell = asOf[funds.IndexOf(dated.DisplayName)]!;
        Assert.Null(datedCell.DataType);
        Assert.Equal(ExcelDate, book.NumberFormat(datedCell));
        Assert.Equal(new DateTime(2026, 11, 20).ToOADate(), Number(datedCell));

        // Each company in each fund: the undated fund's holdings read "unknown", the dated fund's are dates.
        var holders = Column(book, HoldersSheet.Name, "Fund").Select(c => book.Text(c!)).ToList();
        var holderDates = Column(book, HoldersSheet.Name, "As of");
        Assert.Contains(undated.DisplayName, holders);
        Assert.Contains(dated.DisplayName, holders);
        for (var i = 0; i < holders.Count; i++)
        {
            var cell = holderDates[i]!;
            if (holders[i] == undated.DisplayName) Assert.Equal("unknown", book.Text(cell));
            else Assert.Equal(ExcelDate, book.NumberFormat(cell));
        }
    }

    [Fact]
    public void A_list_or_an_allegation_without_a_date_reads_as_the_other_outputs_word_it()
    {
        using var temp = new TempFolder();
        var report = Illustrative(temp.Path);
        var lists = report.Run.Lists!;
        var company = report.Companies.First(c => c.Allegations.Count > 0);
        var undatedAllegation = company.Allegations[0] with { Date = null, DateKind = null };
        var undatedReport = report with
        {
            Run = report.Run with { Lists = lists with { Lists = [lists.Lists[0] with { Date = null }, .. lists.Lists.Skip(1)] } },
            Companies = [.. report.Companies.Select(c => c == company ? c with { Allegations = [undatedAllegation, .. c.Allegations.Skip(1)] } : c)],
        };

        using var book = new ReadBack(Render(undatedReport));
        Assert.Equal("undated", book.Text(Column(book, "Lists", "Date")[0]!));
        var sourceCompanies = Column(book, "Sources", "Company").Select(c => book.Text(c!)).ToList();
        var sourceDates = Column(book, "Sources", "Date");
        var row = sourceCompanies.IndexOf(company.NameEn);
        Assert.Equal("not given", book.Text(sourceDates[row]!));
        // The other allegations keep their dates as the list gives them.
        Assert.Equal(company.Allegations.Skip(1).Select(a => a.DateShown ?? "not given"),
            sourceDates.Skip(row + 1).Take(company.Allegations.Count - 1).Select(c => book.Text(c!)));
    }

    [Fact]
    public void A_fund_with_nothing_awaiting_review_reads_none_where_a_fund_with_holdings_awaiting_review_gives_their_value()
    {
        using var temp = new TempFolder();
        var report = DatedAndUndated(temp);
        var awaiting = report.Funds.Single(f => f.Lines.NeedsReview > 0);
        var none = report.Funds.Single(f => f.Lines.NeedsReview == 0);
        Assert.NotNull(awaiting.ReviewValue);
        Assert.True(awaiting.ReviewValue > 0);

        using var book = new ReadBack(Render(report));
        var funds = Column(book, "Funds", "Fund").Select(c => book.Text(c!)).ToList();
        var review = Column(book, "Funds", "Needs review value");
        Assert.Equal("none", book.Text(review[funds.IndexOf(none.DisplayName)]!));
        var value = review[funds.IndexOf(awaiting.DisplayName)]!;
        Assert.Equal((double)awaiting.ReviewValue!.Value, Number(value), 6);
        Assert.Equal("#,##0.00", book.NumberFormat(value));
    }
}

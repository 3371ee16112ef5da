using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using Exposure.Core.Reporting;
using Exposure.Reports.Excel.Report;
using Exposure.Reports.Excel.Tests.Writing;
using Exposure.Reports.Excel.Writing;
using Exposure.TestSupport;
using Xunit.Abstractions;
using static Exposure.Reports.Excel.Tests.Report.SampleReports;

namespace Exposure.Reports.Excel.Tests.Report;

/// <summary>The workbook has what the PDF and the web page have: their title, each company in each fund, a scheme's headline first, percentages as they show them.</summary>
public sealed class WorkbookParityTests(ITestOutputHelper output)
{
    /// <summary>Each row of a key/value sheet: its label and its value cell.</summary>
    private static Dictionary<string, Cell> Entries(ReadBack book, string sheet)
    {
        var entries = new Dictionary<string, Cell>(StringComparer.Ordinal);
        foreach (var row in book.Rows(sheet))
        {
            var cells = row.Elements<Cell>().ToList();
            if (cells.Count >= 2 && cells[0].DataType is not null) entries.TryAdd(book.Text(cells[0]), cells[1]);
        }

        return entries;
    }

    private static double Number(Cell cell) => double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);

    private static string Ref(string column, int row) => string.Create(CultureInfo.InvariantCulture, $"{column}{row}");

    [Fact]
    public void The_workbook_has_the_title_of_the_pdf_and_the_web_page()
    {
        using var temp = new TempFolder();
        var bytes = Render(Illustrative(temp.Path));

        using var book = new ReadBack(bytes);
        Assert.Equal(Wording.ReportTitle, book.Text("Summary", "A1"));
        Assert.EndsWith("and Xinjiang surveillance", book.Text("Summary", "A1"), StringComparison.Ordinal);
    }

    [Fact]
    public void Companies_by_fund_lists_each_company_in_each_fund_that_holds_it_with_the_models_figures()
    {
        using var temp = new TempFolder();
        var report = Illustrative(temp.Path);
        var bytes = Render(report);
        Assert.Empty(ReadBack.Validate(bytes, output));

        using var book = new ReadBack(bytes);
        Assert.Contains(HoldersSheet.Name, book.SheetNames);
        var expected = report.Companies.SelectMany(c => c.Holdings.Select(h => (c, h))).ToList();
        Assert.True(expected.Count > 1);
        Assert.Equal(expected.Count + 1, book.Rows(HoldersSheet.Name).Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (company, holding) = expected[i];
            var row = i + 2;
            Assert.Equal(company.NameEn, book.Text(HoldersSheet.Name, Ref("A", row)));
            Assert.Equal(report.FundLabel(holding.FundId), book.Text(HoldersSheet.Name, Ref("C", row)));
            if (holding.Value is { } value) Assert.Equal((double)value, book.Number(HoldersSheet.Name, Ref("F", row)), 6);
            else Assert.Equal(Wording.Unknown, book.Text(HoldersSheet.Name, Ref("F", row)));
            if (holding.Weight is { } weight) Assert.Equal((double)weight, book.Number(HoldersSheet.Name, Ref("H", row)), 12);
            Assert.Equal(holding.Rows, book.Number(HoldersSheet.Name, Ref("I", row)));
        }
    }

    [Fact]
    public void Every_percentage_of_the_workbook_shows_the_decimals_the_other_outputs_show()
    {
        using var temp = new TempFolder();
        var report = Illustrative(temp.Path);
        using var book = new ReadBack(Render(report));

        var checkedCells = 0;
        foreach (var sheet in book.SheetNames)
        {
            foreach (var cell in book.Sheet(sheet).Worksheet.Descendants<Cell>().Where(c => c.DataType is null && c.CellValue is not null))
            {
                var format = book.NumberFormat(cell);
                if (!format.EndsWith('%')) continue;
                var value = decimal.Parse(cell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
                // A share that is a lower bound says so in its format ("at least "0.000%), with the same decimals.
                const string atLeast = "\"at least \"";
                Assert.Equal(WorkbookStyles.PercentFormatOf(Wording.DecimalsOf(value)), format.StartsWith(atLeast, StringComparison.Ordinal) ? format[atLeast.Length..] : format);
                checkedCells++;
            }
        }

        Assert.True(checkedCells > 10, $"{checkedCells} percentage cells");
        Assert.DoesNotContain(book.SheetNames, s => book.Sheet(s).Worksheet.Descendants<Cell>().Any(c => c.DataType is null && c.CellValue is not null && book.NumberFormat(c) == "0.00%"));
    }

    [Fact]
    public void A_schemes_first_sheet_gives_the_schemes_headline_and_says_where_the_rest_is()
    {
        using var temp = new TempFolder();
        var report = Scheme(temp.Path);
        var p = report.Portfolio!;
        var bytes = Render(report);
        Assert.Empty(ReadBack.Validate(bytes, output));

        using var book = new ReadBack(bytes);
        var summary = Entries(book, "Summary");
        var c = p.ReportCurrency;
        Assert.Contains("sheet Scheme", book.Text(summary["The scheme's figures (sheet Scheme)"]), StringComparison.Ordinal);
        Assert.Contains(Wording.Money(p.TotalInvested, c), book.Text(summary["The scheme's figures (sheet Scheme)"]), StringComparison.Ordinal);
        Assert.Equal((double)p.TotalInvested, Number(summary[$"Scheme: amount invested ({c})"]), 6);
        // The bundled scheme has a holding that was not looked through: its named value is a lower bound, and says so.
        Assert.True(p.EntriesNotLookedThrough > 0);
        Assert.Equal((double)p.FlaggedValue, Number(summary[$"Scheme: value in companies named by a source ({c}), at least (sheet Scheme says what it covers)"]), 6);
        Assert.Equal((double)p.FlaggedShare!.Value, Number(summary["Scheme: share of amount invested"]), 12);
        Assert.Equal((double)p.Coverage.LookedThroughShare!.Value, Number(summary["Scheme: share looked through to company level"]), 12);

        // A date whose totals the model does not give reads as the other outputs word it, never as a blank cell.
        var withheld = report.Summary.ByDate.Where(d => d.FundValue is null).ToList();
        Assert.NotEmpty(withheld);
        foreach (var d in withheld)
        {
            var label = $"As of {Wording.Date(d.AsOf!.Value)}: value in named companies";
            Assert.Equal(Wording.NoTotal(d.TotalsWithheld), book.Text(summary[label]));
        }
    }
}

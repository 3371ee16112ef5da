using DocumentFormat.OpenXml.Spreadsheet;
using Exposure.Core.Reporting;
using Exposure.TestSupport;
using static Exposure.Reports.Excel.Tests.Report.SampleReports;

namespace Exposure.Reports.Excel.Tests.Report;

/// <summary>
/// The Summary sheet's figures by date are lower bounds where the model says so (<see cref="DateTotals.FlaggedValueAtLeast"/>),
/// as the PDF's and the web page's table by date and the terminal give them: "at least" in the cell's format, the cell a number.
/// </summary>
public sealed class SummaryByDateAtLeastTests
{
    [Fact]
    public void A_dates_bounds_read_at_least_and_an_exact_dates_figures_do_not()
    {
        using var temp = new TempFolder();
        var report = Illustrative(temp.Path);
        var bound = new DateTotals(new DateOnly(2026, 6, 30), 1, "USD", 10_000m, 10_000m, 2_000m, 0.2m, 4, null, FlaggedValueAtLeast: true, FlaggedShareAtLeast: true);
        var exact = new DateTotals(new DateOnly(2026, 9, 30), 1, "USD", 114_000m, 114_000m, 1_000m, 0.00877m, 1);
        report = report with { Summary = report.Summary with { ByDate = [bound, exact] } };

        using var book = new Writing.ReadBack(Render(report));
        var cells = book.Rows("Summary").Select(r => r.Elements<Cell>().ToList()).Where(c => c.Count >= 2)
            .GroupBy(c => book.Text(c[0]), StringComparer.Ordinal).Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().ElementAt(1).CellReference!.Value!, StringComparer.Ordinal);

        var boundValue = cells[$"As of 2026-06-30: value in {report.Terms.CompaniesPlural}"];
        var boundShare = cells["As of 2026-06-30: share of fund value"];
        Assert.Equal(2_000d, book.Number("Summary", boundValue));
        Assert.StartsWith("\"at least \"", book.NumberFormat("Summary", boundValue), StringComparison.Ordinal);
        Assert.Equal(0.2d, book.Number("Summary", boundShare), 12);
        Assert.StartsWith("\"at least \"", book.NumberFormat("Summary", boundShare), StringComparison.Ordinal);

        foreach (var label in new[] { $"As of 2026-09-30: value in {report.Terms.CompaniesPlural}", "As of 2026-09-30: share of fund value" })
            Assert.DoesNotContain("at least", book.NumberFormat("Summary", cells[label]), StringComparison.Ordinal);
    }

    [Fact]
    public void The_value_in_shares_is_a_lower_bound_where_a_holding_in_shares_has_no_value()
    {
        using var temp = new TempFolder();
        // The bundled fund holds one named company in shares whose value could not be read.
        var report = Illustrative(temp.Path);
        var split = report.Summary.FlaggedByInstrument!;
        Assert.Equal(1, split.SharesUnknown);

        using var book = new Writing.ReadBack(Render(report));
        var cells = book.Rows("Summary").Select(r => r.Elements<Cell>().ToList()).Where(c => c.Count >= 2)
            .GroupBy(c => book.Text(c[0]).Trim(), StringComparer.Ordinal).Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().ElementAt(1).CellReference!.Value!, StringComparer.Ordinal);
        var shares = cells.Single(c => c.Key.StartsWith("of it in shares", StringComparison.Ordinal)).Value;
        Assert.Equal((double)split.Shares!.Value, book.Number("Summary", shares));
        Assert.StartsWith("\"at least \"", book.NumberFormat("Summary", shares), StringComparison.Ordinal);
        var bonds = cells.Single(c => c.Key.StartsWith("of it in bonds", StringComparison.Ordinal)).Value;
        Assert.DoesNotContain("at least", book.NumberFormat("Summary", bonds), StringComparison.Ordinal);
    }
}

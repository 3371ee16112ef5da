using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;
using Exposure.Reports.Pdf.Report;

namespace Exposure.Reports.Pdf.Tests.Report;

/// <summary>
/// The screening summary's figures: its columns are fitted to the content, so the flagged value with its share ("at least
/// USD 1,027,000 (at least 5.365%)") is on one line, and no row is taller than with the labels' usual width.
/// </summary>
public sealed class SummaryFiguresTests
{
    private static List<TableRowBlock> SummaryRows(LayoutResult layout) =>
        Layouts.Between(layout, SummarySection.Title, FundsSection.Title).OfType<TableRowBlock>().Where(r => r.Cells.Count == 2).ToList();

    [Fact]
    public void The_flagged_value_and_its_share_are_on_one_line_in_the_illustrative_report()
    {
        var report = Reports.Illustrative;
        var layout = new PdfReportRenderer(new PdfReportOptions(), TestFonts.Set).Compose(report).Layout();

        var flagged = Assert.Single(SummaryRows(layout), r => r.Cells[0][0].Text.StartsWith("Value in companies named by a source (flagged)", StringComparison.Ordinal));
        var line = Assert.Single(flagged.Cells[1]);
        // The model's figures, as the summary words them: a lower bound, with the flagged share.
        Assert.StartsWith("at least " + Typography.Money(report.Summary.FlaggedValue, report.Summary.Currency) + " (at least ", line.Text, StringComparison.Ordinal);
        Assert.EndsWith(Typography.Percent(report.Summary.FlaggedShare) + ")", line.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lower_bound_by_date_is_on_one_line_with_its_at_least()
    {
        var small = SmallReport.Build();
        // The funds of one date: one holding's value unknown, so the date's flagged value and share are lower bounds.
        DateTotals bound = new(null, 1, "EUR", 10_000m, 10_000m, 2_000m, 0.2m, 4, FlaggedValueAtLeast: true, FlaggedShareAtLeast: true);
        var report = small with { Summary = small.Summary with { ByDate = [small.Summary.ByDate[0], bound] } };
        var layout = new PdfReportRenderer(new PdfReportOptions(), TestFonts.Set).Compose(report).Layout();

        // The table by date stands in the executive summary and in the summary: in each, the row's figures are one line each.
        foreach (var (from, to) in new[] { (ExecutiveSummarySection.Title, SummarySection.Title), (SummarySection.Title, FundsSection.Title) })
        {
            var row = Assert.Single(Layouts.Between(layout, from, to).OfType<TableRowBlock>(), r => r.Cells.Count == 6 && r.Cells[0][0].Text == "date unknown");
            Assert.Equal("at least " + Typography.Percent(bound.FlaggedShare), Assert.Single(row.Cells[4]).Text);
            Assert.Equal("at least " + Typography.MoneyCell(bound.FlaggedValue, "EUR", null), Assert.Single(row.Cells[3]).Text);
            Assert.All(row.Cells, cell => Assert.Single(cell));
        }
    }

    [Fact]
    public void A_value_takes_room_from_the_labels_only_where_no_row_grows()
    {
        using var measure = Contexts.NewMeasure();
        var context = Contexts.New(measure);
        const string figure = "at least USD 1,027,000 (at least 5.365%)";
        const string label = "Value in companies named by a source (flagged), share of fund value";

        IReadOnlyList<TableRowBlock> Rows(KeyValueList list) => list.Layout(context, 400).OfType<TableRowBlock>().ToList();

        // Fixed: the figure wraps. Fitted: it is on one line and the label's row is no taller.
        var fixedRows = Rows(new KeyValueList { KeyWidthFraction = 0.6, FontSize = 8.5 }.Add(label, figure).Add("Funds screened", "1"));
        var fitted = Rows(new KeyValueList { KeyWidthFraction = 0.6, MinKeyWidthFraction = 0.3, FontSize = 8.5 }.Add(label, figure).Add("Funds screened", "1"));
        Assert.Equal(2, fixedRows[0].Cells[1].Count);
        Assert.Equal(figure, Assert.Single(fitted[0].Cells[1]).Text);
        Assert.True(fitted[0].Height <= fixedRows[0].Height + 0.01);

        // Another row's label on one line that would wrap if the figure took its room: the figure keeps wrapping.
        const string wide = "A label that takes most of the width of its column";
        var kept = Rows(new KeyValueList { KeyWidthFraction = 0.6, MinKeyWidthFraction = 0.3, FontSize = 8.5 }.Add("Flagged", figure).Add(wide, "1"));
        Assert.Equal(2, kept[0].Cells[1].Count);
        Assert.Single(kept[1].Cells[0]);
    }
}

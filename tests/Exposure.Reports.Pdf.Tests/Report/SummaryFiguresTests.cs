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

using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;
using Exposure.Reports.Pdf.Report;

namespace Exposure.Reports.Pdf.Tests.Report;

/// <summary>The PDF has what the other outputs have (the funds' related weight), and lays a table's last rows out together.</summary>
public sealed class ReportParityTests
{
    private static readonly Lazy<LayoutResult> Illustrative = new(() =>
        new PdfReportRenderer(new PdfReportOptions(), TestFonts.Set).Compose(Reports.Illustrative).Layout());

    private static readonly Lazy<LayoutResult> Scheme = new(() =>
        new PdfReportRenderer(new PdfReportOptions(), TestFonts.Set).Compose(Reports.Scheme).Layout());

    private static string CellText(TableRowBlock row, int column) => string.Join(" ", row.Cells[column].Select(l => l.Text));

    [Fact]
    public void The_funds_table_gives_each_funds_related_weight_as_the_web_page_and_the_workbook_do()
    {
        var rows = Layouts.Between(Illustrative.Value, FundsSection.Title, CompaniesSection.Title).OfType<TableRowBlock>().ToList();
        var header = rows.First(r => r.IsHeader);
        var column = Enumerable.Range(0, header.Cells.Count).Single(i => CellText(header, i) == "Related weight");
        Assert.StartsWith("Related value", CellText(header, column - 1), StringComparison.Ordinal);
        var fund = Reports.Illustrative.Funds[0];
        Assert.NotNull(fund.RelatedWeight);
        var body = rows.First(r => !r.IsHeader && CellText(r, 0).StartsWith(fund.DisplayName, StringComparison.Ordinal));
        Assert.Equal(Wording.Percent(fund.RelatedWeight), CellText(body, column));
    }

    [Theory]
    [InlineData("illustrative")]
    [InlineData("scheme")]
    public void A_table_that_ends_on_a_page_it_continued_on_has_at_least_two_of_its_rows_there(string name)
    {
        var layout = name == "scheme" ? Scheme.Value : Illustrative.Value;
        var continued = 0;
        foreach (var page in layout.Pages)
        {
            var blocks = page.Blocks.ToList();
            for (var i = 0; i < blocks.Count; i++)
            {
                if (!blocks[i].Repeated || blocks[i].Block is not TableRowBlock { IsHeader: true }) continue;
                var rows = blocks.Skip(i + 1).TakeWhile(b => b.Block is TableRowBlock { IsHeader: false }).Count();
                var endsHere = i + 1 + rows < blocks.Count;
                if (!endsHere) continue;
                continued++;
                Assert.True(rows >= 2, $"page {page.Info.Number}: a table continued there ends with {rows} row(s) under its repeated header");
            }
        }

        Assert.True(continued > 0, "no table continued on another page and ended there");
    }

    [Fact]
    public void The_schemes_lines_by_state_total_is_not_alone_under_its_repeated_header()
    {
        var pages = Scheme.Value.Pages.Where(p => p.Blocks.Any(b => b.Block is TableRowBlock r && r.Text.StartsWith("all lines |", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var rows = page.Blocks.Select(b => b.Block).OfType<TableRowBlock>().Where(r => !r.IsHeader).ToList();
            var total = rows.FindIndex(r => r.Text.StartsWith("all lines |", StringComparison.Ordinal));
            Assert.True(total >= 1, $"page {page.Info.Number}: the total row is the first body row of its page");
        }
    }
}

using Exposure.Reports.Pdf.Layout;
using Exposure.Reports.Pdf.Report;
using Exposure.TestSupport;
using Xunit.Abstractions;

namespace Exposure.Reports.Pdf.Tests;

public sealed class PaginationTests(ITestOutputHelper output)
{
    [Fact]
    public void A_200_row_table_spans_pages_with_the_header_first_on_every_page_and_no_row_split()
    {
        var document = new PdfReportDocument(TestFonts.Set);
        document.Add(new Heading("Holdings")).Add(SampleReport.HoldingsTable(200));

        var layout = document.Layout();

        Assert.True(layout.PageCount >= 4, $"{layout.PageCount} pages");
        var placedRows = new List<int>();
        foreach (var page in layout.Pages)
        {
            var rows = page.Blocks.Select(b => b.Block).OfType<TableRowBlock>().ToList();
            Assert.True(rows[0].IsHeader, $"page {page.Info.Number} does not start with the header");
            Assert.Single(rows, r => r.IsHeader);
            placedRows.AddRange(rows.Where(r => !r.IsHeader).Select(r => r.RowIndex));
            AssertInsideBody(page);
            output.WriteLine($"page {page.Info.Number}: rows {rows.Skip(1).First().RowIndex}–{rows[^1].RowIndex}");
        }

        Assert.Equal(Enumerable.Range(0, 200), placedRows);
        Assert.Equal(0, layout.OversizedBlocks);
    }

    [SkippableFact]
    public void The_header_row_text_appears_on_every_page_of_the_rendered_pdf()
    {
        Requires.Program("pdftotext", "poppler-utils");

        var document = new PdfReportDocument(TestFonts.Set);
        document.Add(SampleReport.HoldingsTable(200));
        var path = Path.Combine(Path.GetTempPath(), $"exposure-table-{Guid.NewGuid():N}.pdf");
        try
        {
            var layout = document.Save(path);
            var pages = PdfTools.PageTexts(path);

            Assert.Equal(layout.PageCount, pages.Count);
            Assert.All(pages, text => Assert.Contains("Value (EUR)", text));
            Assert.Contains("LU0000000199", pages[^1]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_across_pages()
    {
        var table = new Table([new TableColumn("Notes", ColumnWidth.Relative(1)), new TableColumn("N", ColumnWidth.Fixed(40), TextAlignment.Right)]);
        table.AddRow(string.Join("\n", Enumerable.Range(1, 150).Select(i => $"Line {i}")), "1");
        var document = new PdfReportDocument(TestFonts.Set) { PageSize = PageSize.Letter };
        document.Add(new Paragraph(SampleReport.Lorem(0))).Add(table);

        var layout = document.Layout();

        Assert.True(layout.PageCount >= 2);
        Assert.Contains(layout.Pages[0].Blocks, b => b.Block is TableRowBlock { IsHeader: false } row && row.Cells[0][0].Text == "Line 1");
        Assert.Equal(0, layout.OversizedBlocks);
        var lines = layout.Pages
            .SelectMany(p => p.Blocks.Select(b => b.Block).OfType<TableRowBlock>().Where(r => !r.IsHeader))
            .SelectMany(r => r.Cells[0].Select(l => l.Text))
            .ToList();
        Assert.Equal(Enumerable.Range(1, 150).Select(i => $"Line {i}"), lines);
        Assert.All(layout.Pages, AssertInsideBody);
    }

    [Theory]
    [InlineData(375)]
    [InlineData(380)]
    [InlineData(385)]
    [InlineData(390)]
    public void A_narrow_column_wraps_between_words_taking_width_from_a_wider_one(double fixedWidth)
    {
        // Wide fixed columns (amounts with their currencies) leave the two relative columns little room: the narrower
        // one, split by weight alone, would cut "unmatched" in two.
        const string fund = "Synthetic fund 01257";
        const string lines = "4 matched · 1 related · 1,980 unmatched · 14 excluded · 2,001 lines in all";
        var table = new Table(
        [
            new TableColumn("Fund", ColumnWidth.Relative(3)),
            new TableColumn("Amounts", ColumnWidth.Fixed(fixedWidth)),
            new TableColumn("Lines", ColumnWidth.Relative(2.2)),
        ]);
        table.AddRow(fund, "USD 64,721,280,962", lines);
        var document = new PdfReportDocument(TestFonts.Set);
        document.Add(table);

        var row = document.Layout().Pages.SelectMany(p => p.Blocks).Select(b => b.Block).OfType<TableRowBlock>().Single(r => !r.IsHeader);

        Assert.All(row.Cells[0].SelectMany(l => l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)), w => Assert.Contains(w, fund.Split(' ')));
        Assert.All(row.Cells[2].SelectMany(l => l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)), w => Assert.Contains(w, lines.Split(' ')));
        Assert.Equal(lines, string.Join(' ', row.Cells[2].Select(l => l.Text.Trim())));
    }

    [Fact]
    public void The_width_a_narrow_column_takes_comes_first_from_a_column_its_lines_do_not_fill()
    {
        // "fund" leaves most of its column unused: the rule column widens from there, and the holding's name, which fills
        // its own column on one line, keeps that line.
        var table = new Table(
        [
            new TableColumn("Holding", ColumnWidth.Relative(1.4)),
            new TableColumn("Fund", ColumnWidth.Relative(1.2)),
            new TableColumn("Amounts", ColumnWidth.Fixed(230)),
            new TableColumn("Rule", ColumnWidth.Relative(0.8)),
        ]);
        table.AddRow("AVARY HOLDING LTD A", "fund", "USD 1,000", "ticker+exchange");
        var document = new PdfReportDocument(TestFonts.Set);
        document.Add(table);

        var row = document.Layout().Pages.SelectMany(p => p.Blocks).Select(b => b.Block).OfType<TableRowBlock>().Single(r => !r.IsHeader);

        Assert.Equal(["AVARY HOLDING LTD A"], row.Cells[0].Select(l => l.Text.Trim()));
        Assert.Equal(["ticker+exchange"], row.Cells[3].Select(l => l.Text.Trim()));
    }

    [Fact]
    public void A_heading_is_never_left_alone_at_the_bottom_of_a_page()
    {
        var document = new PdfReportDocument(TestFonts.Set);
        var probe = document.Layout().Pages[0].Body.Height;
        document.Add(new Paragraph("Top")).Add(new Spacer(probe - 40)).Add(new Heading("Section", 2)).Add(new Paragraph(SampleReport.Lorem(0)));

        var layout = document.Layout();

        var headingPage = layout.Outline.Single().Page;
        var firstLinePage = layout.Pages.First(p => p.Blocks.Any(b => Blocks.TextOf(b.Block).StartsWith("Holdings are taken", StringComparison.Ordinal))).Info.Number;
        Assert.Equal(2, headingPage);
        Assert.Equal(headingPage, firstLinePage);
    }

    [Fact]
    public void A_heading_and_the_note_introducing_a_table_go_to_the_page_of_the_table_s_first_rows()
    {
        var probe = new PdfReportDocument(TestFonts.Set).Layout().Pages[0].Body.Height;
        var pages = new HashSet<int>();
        // The space left at the bottom of the first page shrinks 4 points at a time, in steps smaller than a table's
        // header and first row: somewhere the heading and its note would fit there and the table's first rows would not.
        for (var left = 160; left >= 40; left -= 4)
        {
            var document = new PdfReportDocument(TestFonts.Set);
            document.Add(new Paragraph("Top")).Add(new Spacer(probe - left)).Add(new Heading("Rejected lines"))
                .Add(new Paragraph("Lines that looked like holdings but could not be read. They are not screened and their values are not part of a sum of rows; " +
                    "check them in the source file, since a rejected line may hide an exposure."))
                .Add(SampleReport.HoldingsTable(3));

            var layout = document.Layout();

            var headingPage = layout.Outline.Single().Page;
            var firstRowPage = layout.Pages.First(p => p.Blocks.Any(b => b.Block is TableRowBlock { RowIndex: 0 })).Info.Number;
            var notePage = layout.Pages.First(p => p.Blocks.Any(b => Blocks.TextOf(b.Block).StartsWith("Lines that looked", StringComparison.Ordinal))).Info.Number;
            output.WriteLine($"{left} points left: heading on page {headingPage}, note on {notePage}, first row on {firstRowPage}");
            Assert.Equal(headingPage, notePage);
            Assert.Equal(headingPage, firstRowPage);
            pages.Add(headingPage);
        }

        Assert.Equal([1, 2], pages.Order());
    }

    [Fact]
    public void A_section_s_heading_and_note_go_with_its_first_part_s_heading_to_the_page_of_that_part_s_table()
    {
        var probe = new PdfReportDocument(TestFonts.Set).Layout().Pages[0].Body.Height;
        var pages = new HashSet<int>();
        // Somewhere in these steps the section's heading and note would fit at the foot of the first page and the part's
        // heading with its table's first rows would not.
        for (var left = 220; left >= 40; left -= 4)
        {
            var document = new PdfReportDocument(TestFonts.Set);
            document.Add(new Paragraph("Top")).Add(new Spacer(probe - left)).Add(new Heading("Holdings that need review"))
                .Add(new Paragraph("Candidates a person must confirm or reject before a report is published."))
                .Add(new Heading("Fund One", 2))
                .Add(SampleReport.HoldingsTable(3));

            var layout = document.Layout();

            var section = layout.Outline.Single(o => o.Entry.Title == "Holdings that need review").Page;
            var part = layout.Outline.Single(o => o.Entry.Title == "Fund One").Page;
            var notePage = layout.Pages.First(p => p.Blocks.Any(b => Blocks.TextOf(b.Block).StartsWith("Candidates a person", StringComparison.Ordinal))).Info.Number;
            var firstRowPage = layout.Pages.First(p => p.Blocks.Any(b => b.Block is TableRowBlock { RowIndex: 0 })).Info.Number;
            output.WriteLine($"{left} points left: section on page {section}, note on {notePage}, part on {part}, first row on {firstRowPage}");
            Assert.Equal(section, notePage);
            Assert.Equal(section, part);
            Assert.Equal(section, firstRowPage);
            pages.Add(section);
        }

        Assert.Equal([1, 2], pages.Order());
    }

    [Fact]
    public void A_part_s_short_text_does_not_go_with_the_next_section_s_heading()
    {
        var probe = new PdfReportDocument(TestFonts.Set).Layout().Pages[0].Body.Height;
        var document = new PdfReportDocument(TestFonts.Set);
        document.Add(new Paragraph("Top")).Add(new Spacer(probe - 90)).Add(new Heading("Fund One", 2))
            .Add(new Paragraph("No holding of this fund is of a company on the list."))
            .Add(new Heading("Companies"))
            .Add(SampleReport.HoldingsTable(30));

        var layout = document.Layout();

        // The part's heading and its text end the first page; the next section's heading starts the second with its table.
        Assert.Equal(1, layout.Outline.Single(o => o.Entry.Title == "Fund One").Page);
        Assert.Contains(layout.Pages[0].Blocks, b => Blocks.TextOf(b.Block).StartsWith("No holding of this fund", StringComparison.Ordinal));
        Assert.Equal(2, layout.Outline.Single(o => o.Entry.Title == "Companies").Page);
    }

    [Fact]
    public void A_heading_followed_by_long_text_keeps_with_its_first_lines_only()
    {
        var probe = new PdfReportDocument(TestFonts.Set).Layout().Pages[0].Body.Height;
        var document = new PdfReportDocument(TestFonts.Set);
        var text = string.Join(" ", Enumerable.Range(0, 4).Select(SampleReport.Lorem));
        document.Add(new Paragraph("Top")).Add(new Spacer(probe - 120)).Add(new Heading("Section", 2)).Add(new Paragraph(text)).Add(SampleReport.HoldingsTable(3));

        var layout = document.Layout();

        // More than a short introduction: the heading stays on the first page with the text's first lines.
        Assert.Equal(1, layout.Outline.Single().Page);
        Assert.Contains(layout.Pages[0].Blocks, b => Blocks.TextOf(b.Block).StartsWith("Holdings are taken", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_break_starts_a_new_page_and_space_is_dropped_at_the_top()
    {
        var document = new PdfReportDocument(TestFonts.Set);
        document.Add(new Paragraph("One")).Add(new PageBreak()).Add(new Spacer(50)).Add(new Paragraph("Two"));

        var layout = document.Layout();

        Assert.Equal(2, layout.PageCount);
        var second = layout.Pages[1];
        Assert.Equal("Two", Blocks.TextOf(second.Blocks[0].Block));
        Assert.Equal(second.Body.Top, second.Blocks[0].Position.Y);
    }

    [Fact]
    public void A_short_box_near_the_foot_of_a_page_moves_whole_to_the_next_page()
    {
        var probe = new PdfReportDocument(TestFonts.Set).Layout().Pages[0].Body.Height;
        var split = 0;
        // The room left at the foot of the first page shrinks 4 points at a time: somewhere the box's first lines would
        // fit there and its last would not.
        for (var left = 90; left >= 20; left -= 4)
        {
            var document = new PdfReportDocument(TestFonts.Set);
            document.Add(new Paragraph("Top")).Add(new Spacer(probe - left))
                .Add(new Callout([new TextSpan("Reading these figures. ") { Bold = true }, SampleReport.Lorem(0)], Typography.NoteFill, Typography.NoteBar));

            var layout = document.Layout();

            var pages = layout.Pages.Select(p => p.Blocks.Count(b => Blocks.TextOf(b.Block).Length > 0 && Blocks.TextOf(b.Block) != "Top")).ToList();
            var lines = pages.Sum();
            output.WriteLine($"{left} points left: box lines by page {string.Join(", ", pages)}");
            Assert.InRange(lines, 4, Callout.KeptWhole);
            Assert.Single(pages, n => n > 0);
            split += pages[0] is > 0 and var first && first < lines ? 1 : 0;
        }

        Assert.Equal(0, split);
    }

    [Fact]
    public void A_box_longer_than_a_short_one_may_continue_on_the_next_page()
    {
        var probe = new PdfReportDocument(TestFonts.Set).Layout().Pages[0].Body.Height;
        var document = new PdfReportDocument(TestFonts.Set);
        var text = string.Join(" ", Enumerable.Range(0, 4).Select(SampleReport.Lorem));
        document.Add(new Paragraph("Top")).Add(new Spacer(probe - 60)).Add(new Callout([text], Typography.NoteFill, Typography.NoteBar));

        var layout = document.Layout();

        Assert.Equal(2, layout.PageCount);
        Assert.Contains(layout.Pages[0].Blocks, b => Blocks.TextOf(b.Block).StartsWith("Holdings are taken", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_break_only_after_one_page_lets_what_follows_fill_the_page_a_section_ran_onto(bool spills)
    {
        var probe = new PdfReportDocument(TestFonts.Set).Layout().Pages[0].Body.Height;
        var document = new PdfReportDocument(TestFonts.Set);
        document.Add(new Paragraph("Cover")).Add(new PageBreak())
            .Add(new Paragraph("Summary")).Add(new Spacer(probe - 60)).Add(new Paragraph(spills ? SampleReport.Lorem(0) : "Last line"))
            .Add(new PageBreak { OnlyAfterOnePage = true })
            .Add(new Paragraph("Charts")).Add(new PageBreak()).Add(new Paragraph("Companies"));

        var layout = document.Layout();

        int PageOf(string text) => layout.Pages.First(p => p.Blocks.Any(b => Blocks.TextOf(b.Block) == text)).Info.Number;
        var lastPage = layout.Pages.First(p => p.Blocks.Any(b => Blocks.TextOf(b.Block) is "Last line" || Blocks.TextOf(b.Block).EndsWith("to its source.", StringComparison.Ordinal))).Info.Number;
        // Spilled: the summary's last lines are on page 3 and the charts follow them there; else the charts start page 3.
        Assert.Equal(spills ? 3 : 2, lastPage);
        Assert.Equal(3, PageOf("Charts"));
        Assert.Equal(4, PageOf("Companies"));
    }

    [Fact]
    public void Footers_know_the_page_count()
    {
        var document = new PdfReportDocument(TestFonts.Set)
        {
            Footer = page => new Paragraph($"Page {page.Number} of {page.Count}"),
        };
        document.Add(SampleReport.HoldingsTable(120));

        var layout = document.Layout();

        var footers = layout.Pages.Select(p => Blocks.TextOf(p.Decorations.Single().Block)).ToList();
        Assert.Equal(Enumerable.Range(1, layout.PageCount).Select(n => $"Page {n} of {layout.PageCount}"), footers);
        Assert.All(layout.Pages, p => Assert.True(p.Decorations[0].Position.Y >= p.Body.Bottom));
    }

    [Fact]
    public void Keep_together_moves_a_group_that_does_not_fit_to_the_next_page()
    {
        var document = new PdfReportDocument(TestFonts.Set);
        var body = document.Layout().Pages[0].Body.Height;
        var figures = new KeyValueList().Add("A", "1").Add("B", "2").Add("C", "3");
        document.Add(new Paragraph("Top")).Add(new Spacer(body - 50)).Add(new Paragraph("Before"))
            .Add(new KeepTogether(new Paragraph("Figures"), figures));

        var layout = document.Layout();

        Assert.Equal(2, layout.PageCount);
        Assert.Equal("Figures", Blocks.TextOf(layout.Pages[1].Blocks[0].Block));
    }

    [Fact]
    public void A_table_that_continues_on_another_page_takes_at_least_its_last_two_rows_there()
    {
        // The table starts lower and lower on the page, so that at some start its last row alone would be left for the next page.
        var continued = 0;
        foreach (var offset in Enumerable.Range(0, 40).Select(i => i * 4.0))
        {
            var pages = BodyRowsPerPage(offset, keepLastRows: 2);
            if (pages.Count < 2) continue;
            continued++;
            Assert.True(pages[^1] >= 2, $"start {offset}: the last page holds {pages[^1]} row(s) of the table");
            Assert.Equal(24, pages.Sum());
        }

        Assert.True(continued > 0, "no start made the table continue on another page");
    }

    [Fact]
    public void Without_keeping_the_last_rows_together_a_table_can_leave_its_total_row_alone_under_a_repeated_header()
    {
        // The same tables as above, keeping only the last row: some start leaves it alone on the next page, so the test above can fail.
        Assert.Contains(Enumerable.Range(0, 40).Select(i => BodyRowsPerPage(i * 4.0, keepLastRows: 1)), pages => pages.Count > 1 && pages[^1] == 1);
    }

    /// <summary>How many body rows of a 24-row table each page holds, the table placed <paramref name="offset"/> points lower from a start where it fits on its page.</summary>
    private static List<int> BodyRowsPerPage(double offset, int keepLastRows)
    {
        var document = new PdfReportDocument(TestFonts.Set);
        var body = document.Layout().Pages[0].Body.Height;
        var table = new Table([new TableColumn("State", ColumnWidth.Relative(1)), new TableColumn("Lines", ColumnWidth.Fixed(60), TextAlignment.Right)])
        {
            KeepLastRows = keepLastRows,
        };
        for (var i = 0; i < 23; i++)
        {
            table.AddRow($"state {i}", "1");
        }

        table.AddRow("all lines", "23");
        document.Add(new Paragraph("Top")).Add(new Spacer(body - 480 + offset)).Add(table);
        return document.Layout().Pages
            .Select(p => p.Blocks.Select(b => b.Block).OfType<TableRowBlock>().Count(r => !r.IsHeader))
            .Where(n => n > 0)
            .ToList();
    }

    private static void AssertInsideBody(PageLayout page)
    {
        foreach (var placed in page.Blocks)
        {
            Assert.InRange(placed.Position.Y, page.Body.Top - 0.01, page.Body.Bottom);
            Assert.True(placed.Position.Y + placed.Block.Height <= page.Body.Bottom + 0.01, $"block overflows page {page.Info.Number}");
        }
    }
}

using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;
using Exposure.Reports.Pdf.Report;
using Exposure.TestSupport;
using Xunit.Abstractions;

namespace Exposure.Reports.Pdf.Tests.Report;

/// <summary>
/// A 200-fund report from the real pipeline (and the same funds as a scheme) lays out without anything running off a
/// page; charts show their largest items with a note; the funds are laid out as a market (tables bounded, saying where
/// every row is), the scheme in full; tables continuing on a page start with their header. Not timed:
/// time the renderer with the Scale console project (Scale/README.md).
/// </summary>
public sealed class ScaleTests(ITestOutputHelper output)
{
    private static readonly Lazy<ExposureReport> Funds = new(() => ScaleReport.Build(200, scheme: false));
    private static readonly Lazy<ExposureReport> Scheme = new(() => ScaleReport.Build(200, scheme: true));

    [SkippableFact]
    public void Two_hundred_funds_fit_their_pages_and_pass_qpdf()
    {
        Requires.Program("qpdf", "qpdf");
        var report = Funds.Value;
        Assert.Equal(200, report.Funds.Count);
        using var pdf = RenderedReport.Of(report);
        output.WriteLine($"{pdf.Layout.PageCount} pages");

        AssertFits(pdf.Layout);
        // More than 100 funds: laid out as a market, each table bounded and saying where every row is.
        Assert.True(MarketLayout.Applies(report));
        var charts = Blocks.ReadingText(Layouts.Between(pdf.Layout, ChartsSection.Title, SummarySection.Title));
        Assert.Contains(charts, l => l.Contains("The 12 funds with the most value in named companies are shown, of 200; the workbook's Funds sheet lists every one.", StringComparison.Ordinal));
        Assert.Contains(charts, l => l.Contains("The 8 funds with the largest flagged weight are shown, of 200; the JSON (funds[].byCategory) lists every one.", StringComparison.Ordinal));
        var funds = Blocks.ReadingText(Layouts.Between(pdf.Layout, FundsSection.Title, CompaniesSection.Title));
        var ordered = MarketLayout.FundsInOrder(report);
        Assert.All(ordered.Take(MarketLayout.Rows), f => Assert.Contains(funds, l => l.StartsWith(f.Name, StringComparison.Ordinal)));
        Assert.Contains($"The first {MarketLayout.Rows} of 200 funds are shown; {MarketWording.FundsWhere}.", funds);
        Assert.True(ordered.Zip(ordered.Skip(1)).All(p => p.First.FlaggedValue >= p.Second.FlaggedValue), "funds are listed largest flagged value first");
        AssertInputsBounded(report, pdf.Layout);

        // Funds awaiting review: those with the most value awaiting review first, every one of them counted.
        var awaiting = MarketLayout.AwaitingReviewInOrder(report);
        Assert.Equal(report.Funds.Count(f => f.ReviewValue is null ? f.Lines.NeedsReview > 0 : f.ReviewValue != 0), awaiting.Count);
        Assert.True(awaiting.Count > MarketLayout.Rows);
        Assert.True(awaiting.Zip(awaiting.Skip(1)).All(p => (p.First.ReviewValue ?? 0) >= (p.Second.ReviewValue ?? 0)), "the most awaiting review first");
        Assert.Contains(funds, l => l.StartsWith(awaiting[0].Name + " | ", StringComparison.Ordinal));
        Assert.Contains($"The first {MarketLayout.Rows} of {awaiting.Count} funds with holdings awaiting review, the most awaiting review first, are shown; {MarketWording.FundsWhere}.", funds);

        {
            var (exitCode, check) = PdfTools.Run("qpdf", "--check", pdf.Path);
            Assert.True(exitCode is 0 or 3, check);
        }
    }

    [Fact]
    public void A_two_hundred_fund_scheme_fits_its_pages()
    {
        var report = Scheme.Value;
        var layout = new PdfReportRenderer(new PdfReportOptions { PageSize = PdfPageSize.Letter }, TestFonts.Set).Compose(report).Layout();
        output.WriteLine($"{layout.PageCount} pages");

        AssertFits(layout);
        Assert.Equal(1, layout.Outline.First(o => o.Entry.Title == ExecutiveSummarySection.Title).Page - 1);
        // A scheme of more than 100 funds: its funds' tables bounded as a market's, the scheme's own tables in full.
        Assert.True(MarketLayout.Applies(report));
        var funds = Blocks.ReadingText(Layouts.Between(layout, FundsSection.Title, CompaniesSection.Title));
        Assert.Contains($"The first {MarketLayout.Rows} of {report.Funds.Count} funds are shown; {MarketWording.FundsWhere}.", funds);
        var holdings = Blocks.ReadingText(Layouts.Between(layout, PortfolioSection.HoldingsTitle, PortfolioSection.ManagersTitle));
        Assert.Contains($"The first {MarketLayout.Rows} of {report.Portfolio!.Entries.Count} holdings of the scheme are shown; {MarketWording.SchemeHoldingsWhere}.", holdings);
        Assert.Contains(holdings, l => l.StartsWith(report.Portfolio.Entries[0].Name, StringComparison.Ordinal));
        Assert.DoesNotContain(holdings, l => l.StartsWith(report.Portfolio.Entries[MarketLayout.Rows].Name + " ", StringComparison.Ordinal));
        var charts = Blocks.ReadingText(Layouts.Between(layout, ChartsSection.Title, PortfolioSection.Title));
        Assert.Contains(charts, l => l.Contains("The 12 holdings with the most value in named companies are shown, of 200; the workbook's Scheme holdings sheet lists every one.", StringComparison.Ordinal));
        Assert.Contains(charts, l => l.Contains("Changes between snapshots lists every one.", StringComparison.Ordinal));
        var coverage = Blocks.ReadingText(Layouts.Between(layout, PortfolioSection.CoverageTitle, PortfolioSection.CompaniesTitle));
        const string header = "Holding | Path | Not looked through because | Value (GBP)";
        var gaps = report.Portfolio!.Coverage.Gaps.Count;
        Assert.Equal(Math.Min(gaps, MarketLayout.Rows), coverage.Count(l => l.Split(" | ").Length == 4 && l != header));
        Assert.Contains($"The first {MarketLayout.Rows} of {gaps} amounts not looked through are shown; {MarketWording.CoverageWhere}.", coverage);
        AssertInputsBounded(report, layout);

        // A company's own table of the scheme's paths to it lists the first paths, as the table of companies does.
        var text = Blocks.ReadingText(layout.Pages.SelectMany(pg => pg.Blocks).Select(b => b.Block)).ToList();
        var many = MarketLayout.ProfiledCompanies(report).Where(c => c.Scheme is { Through.Count: > MarketLayout.PathsListed }).ToList();
        Assert.NotEmpty(many);
        Assert.All(many, c => Assert.Contains(text, l => l.StartsWith(
            $"The first {MarketLayout.PathsListed} of {c.Scheme!.Through!.Count} paths are shown; {MarketWording.PathsWhere}. {Wording.SchemePathsTotal(c.Scheme)}", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_market_of_many_dates_lists_the_dates_with_the_most_funds_and_says_where_every_date_is()
    {
        var funds = Funds.Value;
        List<DateTotals> dates = [.. Enumerable.Range(0, 30).Select(n => new DateTotals(new DateOnly(2026, 1, 1).AddDays(n), n % 7 + 1, "USD", 1_000m, 900m, 10m, 0.01m, 1)),
            new DateTotals(null, 3, "USD", 500m, 500m, 0m, 0m, 0)];
        var report = funds with { Summary = funds.Summary with { ByDate = dates } };
        var layout = new PdfReportRenderer(new PdfReportOptions(), TestFonts.Set).Compose(report).Layout();

        var summary = Blocks.ReadingText(Layouts.Between(layout, SummarySection.Title, FundsSection.Title));
        var rows = summary.Where(l => l.Split(" | ").Length == 6 && (l.StartsWith("2026-", StringComparison.Ordinal) || l.StartsWith("date unknown", StringComparison.Ordinal))).ToList();
        var expected = MarketLayout.DatesListed(report).Select(x => x.Date.AsOf is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "date unknown").ToList();
        Assert.Equal(MarketLayout.Rows + 1, expected.Count);
        Assert.Equal(expected, rows.Select(l => l.Split(" | ")[0]));
        Assert.Contains($"The 25 dates with the most funds are shown, of 30, in date order; {MarketWording.DatesWhere}.", summary);
    }

    /// <summary>
    /// A market's table of input files lists every file that is not a holdings file (a scheme's portfolio file) and the
    /// first holdings files, saying how many there are and where every one is.
    /// </summary>
    private static void AssertInputsBounded(ExposureReport report, LayoutResult layout)
    {
        var inputs = Blocks.ReadingText(Layouts.Between(layout, "Run and inputs", null));
        var holdings = report.Run.Inputs.Where(i => i.Role == "holdings").ToList();
        Assert.True(holdings.Count > MarketLayout.Rows);
        var rows = inputs.Where(l => l.Split(" | ").Length == 5 && !l.StartsWith("Input file |", StringComparison.Ordinal)).ToList();
        Assert.Equal(report.Run.Inputs.Count - holdings.Count + MarketLayout.Rows, rows.Count);
        Assert.Equal(MarketLayout.Rows, rows.Count(l => l.Contains(" | holdings | ", StringComparison.Ordinal)));
        Assert.Contains(rows, l => l.StartsWith(holdings[MarketLayout.Rows - 1].Shown + " | ", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, l => l.StartsWith(holdings[MarketLayout.Rows].Shown + " | ", StringComparison.Ordinal));
        Assert.All(report.Run.Inputs.Where(i => i.Role != "holdings"), i => Assert.Contains(rows, l => l.StartsWith(i.Shown + " | " + i.Role + " | ", StringComparison.Ordinal)));
        Assert.Contains($"The first {MarketLayout.Rows} of {holdings.Count} holdings files, in the order read, are shown; {MarketWording.InputsWhere}.", inputs);
    }

    /// <summary>
    /// Nothing runs past a page; the cover and the executive summary start pages 1 and 2; the charts start a page of their
    /// own soon after, their title and introduction with the first chart; continued tables start with their header.
    /// </summary>
    private static void AssertFits(LayoutResult layout)
    {
        Assert.Equal(0, layout.OversizedBlocks);
        Layouts.AssertInsideBodies(layout);
        Assert.Equal(1, layout.Outline.Single(o => o.Entry.Title == CoverSection.Bookmark).Page);
        Assert.Equal(2, layout.Outline.Single(o => o.Entry.Title == ExecutiveSummarySection.Title).Page);
        var charts = layout.Outline.Single(o => o.Entry.Title == ChartsSection.Title).Page;
        Assert.InRange(charts, 3, 4);
        var firstChart = layout.Pages.SelectMany(p => p.Blocks.Select(b => (Page: p.Info.Number, b.Block)))
            .SkipWhile(b => b.Block.Bookmark?.Title != ChartsSection.Title)
            .First(b => b.Block is not (TextLineBlock or SpaceBlock));
        Assert.Equal(charts, firstChart.Page);
        foreach (var page in layout.Pages)
        {
            Assert.False(page.Blocks[0].Block is TableRowBlock { IsHeader: false, ContinuationHeader: not null },
                $"page {page.Info.Number} continues a table without its header");
        }
    }
}

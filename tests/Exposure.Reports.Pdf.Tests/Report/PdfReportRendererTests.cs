using System.Text;
using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Report;
using Exposure.TestSupport;
using Xunit.Abstractions;

namespace Exposure.Reports.Pdf.Tests.Report;

public sealed class PdfReportRendererTests(ITestOutputHelper output)
{
    private static readonly string[] Sections =
    [
        "Cover", "Executive summary", "Exposure at a glance", "Summary", "Funds", "Companies held", "Matched and related holdings",
        "Holdings that need review", "Rejected lines", "Methodology and limits", "Disclaimer",
    ];

    [Fact]
    public void Names_its_format_and_file()
    {
        var renderer = new PdfReportRenderer();

        Assert.Equal("pdf", renderer.Format);
        Assert.Equal("exposure-report.pdf", renderer.FileName);
        Assert.Equal(PdfPageSize.A4, renderer.Options.PageSize);
        Assert.Null(renderer.Options.Timestamp);
    }

    [SkippableFact]
    public void The_headline_figures_of_the_model_appear_on_the_summary_page()
    {
        Requires.Program("pdftotext", "poppler-utils");

        var report = Reports.Illustrative;
        var s = report.Summary;
        var c = s.Currency;
        using var pdf = RenderedReport.Of(report);
        var pages = pdf.Pages();
        var summary = SummaryPage(pages);
        output.WriteLine(summary);

        AssertRow(summary, "Funds screened", Typography.Count(s.Funds));
        AssertRow(summary, "Fund value, the base of the shares", Typography.Money(s.FundValue, c));
        AssertRow(summary, "Value screened against the list", Typography.Money(s.ValueScreened, c));
        // The illustrative fund's Foxconn holding has a weight and no value: the value and the share leave it out, so both are lower bounds.
        Assert.Equal(1, s.ValuesUnknown.MatchedOutOfWeight);
        AssertRow(summary, "Value in companies named by a source", $"at least {Typography.Money(s.FlaggedValue, c)} (at least");
        // The share wraps onto the label's second line ("value   5.365%)").
        Assert.Contains($"{Typography.Percent(s.FlaggedShare)})", summary, StringComparison.Ordinal);
        AssertRow(summary, "Value in related companies", $"{Typography.Money(s.RelatedValue, c)} ({Typography.Percent(s.RelatedShare)})");
        AssertRow(summary, "Value awaiting review", Typography.Money(s.ReviewValue, c));
        AssertRow(summary, "Named companies held", Typography.Count(s.CompaniesFlagged));
        AssertRow(summary, "Related companies held", Typography.Count(s.CompaniesRelated));
        AssertRow(summary, "Companies with holdings awaiting review", Typography.Count(s.CompaniesInReview));
        AssertRow(summary, "resting on a person's review decision", Typography.Count(s.RowsMatchedByDecision));
        AssertRow(summary, "Reference list", $"version {report.Run.ReferenceDataVersion}");
        AssertRow(summary, "Matching algorithm", report.Run.MatchingAlgorithm);
        AssertRow(summary, "in a company named by a source", Typography.Count(s.Lines.Matched));
        AssertRow(summary, "screened, no company on the list matched", Typography.Count(s.Lines.Unmatched));
        AssertRow(summary, Wording.RejectedState(RejectedCounts.Of(report)) + ": Rejected lines", Typography.Count(s.Lines.Rejected));
        AssertRow(summary, "all lines", Typography.Count(s.Lines.Total));
        Assert.StartsWith(Squeeze("Exposure report · Uyghur forced labour and Xinjiang surveillance ILLUSTRATIVE DATA Summary"), Squeeze(summary));
        Assert.StartsWith(Squeeze("ILLUSTRATIVE DATA The bundled holdings file is a made-up fund built to demonstrate the tool. " + Words.Title), Squeeze(pages[0]));
    }

    [SkippableFact]
    public void Every_fund_figure_appears_in_the_funds_table()
    {
        Requires.Program("pdftotext", "poppler-utils");

        var report = Reports.Shared ?? Reports.Illustrative;
        using var pdf = RenderedReport.Of(report);
        var text = pdf.Squeezed();

        Assert.Contains(Squeeze($"Fund value ({report.Summary.Currency})"), text);
        foreach (var fund in report.Funds)
        {
            // Cells are drawn left to right, so a row's figures follow one another in the text.
            var figures = $"{Typography.Date(fund.AsOf)} {Typography.Amount(fund.FundValue)} {Typography.Amount(fund.FlaggedValue)} " +
                $"{Typography.Percent(fund.FlaggedWeight)} {Typography.Amount(fund.RelatedValue)} {Typography.Percent(fund.RelatedWeight)} {Words.Compact(fund.Lines)}";
            Assert.Contains(Squeeze(fund.Name + fund.SourceFile), text);
            Assert.Contains(Squeeze(figures), text);
        }
    }

    [SkippableFact]
    public void Every_company_allegation_source_and_caveat_appears_with_a_link()
    {
        Requires.Program("pdftotext", "poppler-utils");

        foreach (var report in new[] { Reports.Illustrative, Reports.Shared, SmallReport.Build() }.OfType<ExposureReport>())
        {
            using var pdf = RenderedReport.Of(report);
            var text = string.Join("\n", pdf.Pages());
            var squeezed = pdf.Squeezed();
            var raw = Encoding.Latin1.GetString(pdf.Bytes);
            foreach (var company in report.Companies)
            {
                Assert.Contains(company.NameEn, text);
                Assert.Contains(Squeeze("Caveat: " + company.ReviewNote), squeezed);
                Assert.Contains(Squeeze(company.BasisText), squeezed);
                foreach (var source in company.Relations.SelectMany(r => r.Sources))
                {
                    Assert.Contains($"/URI({source.Url})", raw);
                }

                foreach (var allegation in company.Allegations)
                {
                    Assert.Contains(Squeeze(allegation.SourceUrl), squeezed);
                    Assert.Contains($"/URI({allegation.SourceUrl})", raw);
                    Assert.Contains(Squeeze(allegation.Summary), squeezed);
                }
            }
        }
    }

    [Fact]
    public void The_same_report_gives_the_same_bytes()
    {
        var renderer = new PdfReportRenderer(new PdfReportOptions(), TestFonts.Set);
        foreach (var report in new[] { Reports.Illustrative, SmallReport.Build() })
        {
            using var first = new MemoryStream();
            using var second = new MemoryStream();
            renderer.Render(report, first);
            new PdfReportRenderer(new PdfReportOptions(), TestFonts.Set).Render(report, second);

            Assert.Equal(first.ToArray(), second.ToArray());
        }
    }

    [Fact]
    public void Without_a_timestamp_the_file_is_dated_by_the_latest_as_of_date_and_with_one_by_it()
    {
        var report = SmallReport.Build();
        var undated = Encoding.Latin1.GetString(RenderedBytes(report, new PdfReportOptions()));
        var dated = Encoding.Latin1.GetString(RenderedBytes(report, new PdfReportOptions { Timestamp = new DateTimeOffset(2025, 2, 3, 4, 5, 6, TimeSpan.Zero) }));

        Assert.Contains("/CreationDate(D:20240328000000", undated);
        Assert.Contains("/CreationDate(D:20250203040506", dated);
    }

    [Fact]
    public void Sections_and_every_company_have_bookmarks()
    {
        foreach (var report in new[] { Reports.Illustrative, Reports.Shared, SmallReport.Build() }.OfType<ExposureReport>())
        {
            var renderer = new PdfReportRenderer(new PdfReportOptions(), TestFonts.Set);
            var layout = renderer.Compose(report).Layout();
            var outline = layout.Outline.Select(o => (o.Entry.Title, o.Entry.Level)).ToList();
            var raw = Encoding.Latin1.GetString(RenderedBytes(report, new PdfReportOptions()));

            Assert.Equal(Sections, outline.Where(o => o.Level == 1).Select(o => o.Title));
            var companies = layout.Outline
                .SkipWhile(o => o.Entry.Title != "Companies held").Skip(1)
                .TakeWhile(o => o.Entry.Level > 1)
                .Select(o => o.Entry.Title);
            Assert.Equal(report.Companies.Select(c => c.NameEn), companies);
            var titles = System.Text.RegularExpressions.Regex.Matches(raw, @"/Title<FEFF([0-9A-Fa-f\s]*)>")
                .Select(m => Encoding.BigEndianUnicode.GetString(Convert.FromHexString(Squeeze(m.Groups[1].Value))))
                .ToList();
            Assert.Equal(outline.Select(o => o.Title), titles);
            Assert.Subset(titles.ToHashSet(), report.Companies.Select(c => c.NameEn).ToHashSet());

            Assert.Contains("/PageMode/UseOutlines", raw);
            Assert.Equal(1, layout.Outline.First(o => o.Entry.Title == "Cover").Page);
            Assert.Equal(2, layout.Outline.First(o => o.Entry.Title == "Executive summary").Page);
        }
    }

    [Fact]
    public void Metadata_names_the_report_and_the_tool()
    {
        var raw = Encoding.Latin1.GetString(RenderedBytes(Reports.Illustrative, new PdfReportOptions()));

        Assert.Contains("/Title(Exposure to companies named in connection with Uyghur forced labour and Xinjiang surveillance)", raw);
        Assert.Contains("/Creator(Exposure test)", raw);
        Assert.Contains("/Keywords(Uyghur forced labour, Xinjiang", raw);
        Assert.Contains("/Subject(Fund holdings screened against a sourced list of companies named by public sources in connection with alleged Uyghur", raw);
    }

    [Fact]
    public void Letter_paper_is_used_when_asked_for()
    {
        var raw = Encoding.Latin1.GetString(RenderedBytes(Reports.Illustrative, new PdfReportOptions { PageSize = PdfPageSize.Letter }));

        Assert.Matches(@"/MediaBox\s*\[\s*0 0 612 792\s*\]", raw);
    }

    [SkippableFact]
    public void Mixed_currencies_give_no_totals_and_each_amount_its_currency()
    {
        Requires.Program("pdftotext", "poppler-utils");

        using var pdf = RenderedReport.Of(SmallReport.Build());
        var pages = pdf.Pages();
        var text = string.Join("\n", pages);
        output.WriteLine(text);

        var summary = SummaryPage(pages);
        AssertRow(summary, "Report currency", "mixed or not stated: totals across funds");
        AssertRow(summary, "Value screened", Typography.NotGiven);
        AssertRow(summary, "Value in companies named by a source", Typography.NotGiven);
        Assert.Contains("USD 12,345,679", text);
        Assert.Contains("EUR 2,000,000", text);
        Assert.Contains("EUR 75,000", text);
        Assert.Contains("Fund value", text);
        Assert.DoesNotContain("Fund value (", text);
        Assert.Contains("No chart: the funds report in different currencies", text);
    }

    [SkippableFact]
    public void Review_and_rejected_lines_are_listed_apart_with_rule_and_evidence()
    {
        Requires.Program("pdftotext", "poppler-utils");

        using var pdf = RenderedReport.Of(SmallReport.Build());
        var text = pdf.Squeezed();

        var review = text.IndexOf(Squeeze("Candidates a person must confirm or reject"), StringComparison.Ordinal);
        var rejected = text.IndexOf(Squeeze("Lines that were not screened, each with its reason"), StringComparison.Ordinal);
        Assert.True(review > 0 && rejected > review);
        var reviewPart = text[review..rejected];
        Assert.Contains(Squeeze("name-exact, short or trading name only · score 0.50"), reviewPart);
        Assert.Contains(Squeeze("• ticker-differs: '600001 on XSHG' vs 'XSHG:600000' (-0.50) listed under another code"), reviewPart);
        Assert.DoesNotContain("HANGZHOUHIKVISION", reviewPart);
        Assert.Contains(Squeeze("Market Value '12,5OO.00' is not a number"), text[rejected..]);
        Assert.Contains(Squeeze("ticker+exchange · score 0.95"), text[..review]);
        Assert.Contains(Squeeze("review decision: accepted (name-exact, short or trading name only) · score 1.00 decided by A. Reviewer"), text[..review]);
        Assert.Contains(Squeeze("Stale decisions (not applied) 1"), reviewPart);
        Assert.Contains(Squeeze("company 'gone-co' is no longer on the list"), reviewPart);
    }

    [Fact]
    public void A_native_name_no_font_can_draw_shows_the_english_name_with_the_marker()
    {
        var renderer = new PdfReportRenderer(new PdfReportOptions(), TestFonts.Set);
        var layout = renderer.Compose(SmallReport.Build()).Layout();
        var lines = layout.Pages.SelectMany(p => p.Blocks).Select(b => Blocks.TextOf(b.Block)).ToList();

        Assert.Contains("Script Test Trading Co., Ltd.*", lines);
        Assert.Contains(lines, l => l.StartsWith("* The name in its own script cannot be drawn", StringComparison.Ordinal));
        if (TestFonts.Catalog.Cjk is not null)
        {
            Assert.Contains("杭州海康威视数字技术股份有限公司", lines);
            Assert.Empty(layout.UnrenderableCodePoints);
        }
    }

    [SkippableTheory]
    [InlineData(PdfPageSize.A4)]
    [InlineData(PdfPageSize.Letter)]
    public void Pipeline_reports_fit_their_pages_and_pass_qpdf_and_pdffonts(PdfPageSize size)
    {
        Requires.Program("qpdf", "qpdf");
        Requires.Program("pdffonts", "poppler-utils");
        Requires.Program("pdftotext", "poppler-utils");
        Requires.That(Reports.Shared is not null, RepoPaths.Absent(Reports.Eem));
        foreach (var (name, report) in new[] { ("illustrative", Reports.Illustrative), ("shared samples", Reports.Shared!), ("scheme", Reports.Scheme) })
        {

            using var pdf = RenderedReport.Of(report, new PdfReportOptions { PageSize = size });
            output.WriteLine($"{name}, {size}: {pdf.Layout.PageCount} pages");
            Assert.Equal(2, pdf.Layout.Outline.First(o => o.Entry.Title == "Executive summary").Page);
            Assert.Equal(0, pdf.Layout.OversizedBlocks);
            if (TestFonts.Catalog.Cjk is not null)
            {
                Assert.Empty(pdf.Layout.UnrenderableCodePoints);
                Assert.Equal(0, pdf.Layout.FallbacksUsed);
            }

            Layouts.AssertInsideBodies(pdf.Layout);
            {
                var (exitCode, check) = PdfTools.Run("qpdf", "--check", pdf.Path);
                Assert.True(exitCode is 0 or 3, check);
            }

            {
                var (exitCode, fonts) = PdfTools.Run("pdffonts", pdf.Path);
                output.WriteLine(fonts);
                Assert.Equal(0, exitCode);
                var rows = fonts.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
                Assert.NotEmpty(rows);
                Assert.All(rows, row => Assert.Matches(@"\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$", row));
            }

            {
                var pages = pdf.Pages();
                Assert.Equal(pdf.Layout.PageCount, pages.Count);
                // The cover (page 1) has neither header nor footer.
                for (var i = 1; i < pages.Count; i++)
                {
                    Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i]);
                    Assert.Contains(report.Run.IllustrativeNote is null ? $"Reference data {report.Run.ReferenceDataVersion}" : "ILLUSTRATIVE DATA", pages[i]);
                }
            }
        }
    }

    /// <summary>Writes the reports to $EXPOSURE_PDF_REPORTS (or a temp folder) for looking at, e.g. with pdftoppm -png -r 50.</summary>
    [SkippableFact]
    public void Sample_reports_render_on_a4_and_letter_pages_with_every_page_counted()
    {
        Requires.Program("pdfinfo", "poppler-utils");
        // The rendered files stay in this folder, to be looked at (EXPOSURE_PDF_REPORTS chooses another); one of its own
        // for each test run, so that two runs on one machine never write the same file.
        var folder = Environment.GetEnvironmentVariable("EXPOSURE_PDF_REPORTS") is { Length: > 0 } target
            ? target
            : Path.Combine(Path.GetTempPath(), "exposure-pdf-reports", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var reports = new[] { ("illustrative", Reports.Illustrative), ("shared-samples", Reports.Shared), ("small", SmallReport.Build()), ("scheme", Reports.Scheme) };
        foreach (var (name, report) in reports.Where(r => r.Item2 is not null))
        {
            foreach (var (size, points) in new[] { (PdfPageSize.A4, "595.276 x 841.89 pts (A4)"), (PdfPageSize.Letter, "612 x 792 pts (letter)") })
            {
                var path = Path.Combine(folder, $"{name}-{size.ToString().ToLowerInvariant()}.pdf");
                int pages;
                using (var stream = File.Create(path))
                    pages = new PdfReportRenderer(new PdfReportOptions { PageSize = size }, TestFonts.Set).Write(report!, stream).PageCount;
                output.WriteLine($"{path}: {pages} pages");

                var (code, info) = PdfTools.Run("pdfinfo", path);
                Assert.Equal(0, code);
                Assert.Contains($"Pages:           {pages}\n", info);
                Assert.Contains($"Page size:       {points}", info);
                Assert.True(pages >= 5, $"{name}: {pages} pages, fewer than a cover, summary, findings, methodology and disclaimer need");
            }
        }
    }

    private static byte[] RenderedBytes(ExposureReport report, PdfReportOptions options)
    {
        using var stream = new MemoryStream();
        new PdfReportRenderer(options, TestFonts.Set).Render(report, stream);
        return stream.ToArray();
    }

    /// <summary>Some line of <paramref name="page"/> holds both the label and the value (a row of a two-column list).</summary>
    private static void AssertRow(string page, string label, string value) =>
        Assert.True(
            page.Split('\n').Any(l => l.Contains(label, StringComparison.Ordinal) && l.Contains(value, StringComparison.Ordinal)),
            $"no line holds '{label}' and '{value}'");

    /// <summary>The page with the screening summary and its lines by state.</summary>
    private static string SummaryPage(IReadOnlyList<string> pages) =>
        pages.First(p => p.Contains("Lines of input by state", StringComparison.Ordinal));

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}

using System.Globalization;
using System.Text.RegularExpressions;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;
using Exposure.Reports.Pdf.Report;
using Exposure.TestSupport;
using Xunit.Abstractions;

namespace Exposure.Reports.Pdf.Tests.Report;

/// <summary>
/// The bundled illustrative report and scheme as tagged PDFs, checked with tools the project did not write: pdfinfo says
/// they are tagged; qpdf reads a structure tree whose headings are the sections in the PDF's order, figures with
/// alternative text from the charts' data, tables with header cells, Chinese names in their language; pdftotext reads
/// the headings in that order and every word where it was before tagging.
/// </summary>
public sealed partial class TaggedReportTests(ITestOutputHelper output)
{
    private static readonly string[] FundSections =
    [
        Words.Title, ExecutiveSummarySection.Title, ChartsSection.Title, SummarySection.Title, FundsSection.Title,
        CompaniesSection.Title, FindingsSection.HeldTitle, FindingsSection.ReviewTitle, RejectedLinesSection.Title,
        MethodologySection.Title, DisclaimerSection.Title,
    ];

    [SkippableFact]
    public void The_illustrative_report_is_tagged_with_its_sections_as_headings_in_order()
    {
        RequireTools();
        var report = Reports.Illustrative;
        using var rendered = RenderedReport.Of(report);
        var pdf = TaggedPdf.Read(rendered.Path);

        var (exitCode, info) = PdfTools.Run("pdfinfo", rendered.Path);
        Assert.Equal(0, exitCode);
        Assert.Matches(new Regex(@"^Tagged:\s+yes$", RegexOptions.Multiline), info);
        Assert.True(pdf.HasStructureTree);
        Assert.True(pdf.Marked);
        Assert.True(pdf.DisplayDocTitle);
        Assert.Equal("en", pdf.Language);
        Assert.Equal(Words.Title, pdf.Title);

        var headings = pdf.Headings.ToList();
        Assert.Equal(FundSections, headings.Where(h => h.Level == 1).Select(h => h.Text));
        Assert.Equal(
            report.Companies.Select(c => c.NameEn),
            headings.SkipWhile(h => h.Text != CompaniesSection.Title).Skip(1).TakeWhile(h => h.Level > 1).Where(h => h.Level == 2).Select(h => h.Text));
        AssertBookmarksAreHeadings(rendered.Layout, headings);
        AssertNoLevelSkipped(headings);
        AssertReadInOrder(rendered, headings);
        Assert.Empty(pdf.NestingProblems());
        Assert.Equal(rendered.Layout.PageCount, pdf.PagesWithStructParents);
        output.WriteLine($"{pdf.Elements.Count} structure elements, {headings.Count} headings, {rendered.Bytes.Length} bytes");
    }

    [SkippableFact]
    public void The_schemes_headings_figures_and_tables_are_tagged()
    {
        RequireTools();
        var report = Reports.Scheme;
        using var rendered = RenderedReport.Of(report);
        var pdf = TaggedPdf.Read(rendered.Path);

        var headings = pdf.Headings.ToList();
        Assert.Equal(
            [Words.Title, ExecutiveSummarySection.Title, ChartsSection.Title, PortfolioSection.Title, .. FundSections[3..]],
            headings.Where(h => h.Level == 1).Select(h => h.Text));
        AssertBookmarksAreHeadings(rendered.Layout, headings);
        AssertNoLevelSkipped(headings);
        AssertReadInOrder(rendered, headings);
        AssertTablesAndFigures(pdf);
        Assert.Empty(pdf.NestingProblems());
    }

    [SkippableFact]
    public void Every_figure_describes_its_chart_from_the_charts_data()
    {
        RequireTools();
        var report = Reports.Illustrative;
        using var rendered = RenderedReport.Of(report);
        var pdf = TaggedPdf.Read(rendered.Path);

        var figures = pdf.OfType("Figure").ToList();
        var charts = rendered.Layout.Pages.SelectMany(p => p.Blocks)
            .Select(b => b.Block.Structure).OfType<StructureNode>().Where(n => n.Tag == StructureTag.Figure).Distinct().ToList();
        Assert.Equal(charts.Select(c => c.AltText), figures.Select(f => f.Alt));
        AssertTablesAndFigures(pdf);

        // The executive summary's chart: the named companies with the most value, each with its value as the report gives it.
        var currency = report.Summary.Currency!;
        var largest = report.Companies.Where(c => c.Basis == Basis.Named && c.TotalValue > 0)
            .OrderByDescending(c => c.TotalValue).ThenBy(c => c.NameEn, StringComparer.Ordinal).Take(5).ToList();
        Assert.NotEmpty(largest);
        // A named company whose value is unknown comes after them, without a bar: the figure says so.
        var unknown = report.Companies.Where(c => c.Basis == Basis.Named && c.TotalValue is null).Take(ChartsSection.UnknownRows).ToList();
        var summaryChart = figures[0].Alt!;
        Assert.StartsWith($"Bar chart, {(largest.Count + unknown.Count).ToString(CultureInfo.InvariantCulture)} bars: ", summaryChart, StringComparison.Ordinal);
        Assert.Equal(
            string.Join("; ", largest.Select(c => $"{c.NameEn}: {Typography.Money(c.TotalValue, currency)}").Concat(unknown.Select(c => $"{c.NameEn}: value unknown"))),
            summaryChart[(summaryChart.IndexOf(": ", StringComparison.Ordinal) + 2)..summaryChart.IndexOf(". Axis:", StringComparison.Ordinal)]);
    }

    [SkippableFact]
    public void A_chart_of_sixteen_categories_is_tagged_and_draws_the_twelve_of_largest_weight_saying_where_every_one_is()
    {
        RequireTools();
        var report = Reports.SixteenCategories;
        var categories = report.Funds.SelectMany(f => f.ByCategory).GroupBy(c => Wording.Category(c))
            .Select(g => (Name: g.Key, Weight: g.Max(c => c.Weight ?? 0))).ToList();
        Assert.Equal(16, categories.Count);
        using var rendered = RenderedReport.Of(report);
        var pdf = TaggedPdf.Read(rendered.Path);

        var headings = pdf.Headings.ToList();
        AssertBookmarksAreHeadings(rendered.Layout, headings);
        AssertNoLevelSkipped(headings);
        AssertReadInOrder(rendered, headings);
        AssertTablesAndFigures(pdf);
        Assert.Empty(pdf.NestingProblems());

        // The figure names its series: the twelve categories of largest weight in a fund, no other.
        var alt = Assert.Single(pdf.OfType("Figure"), f => f.Alt!.StartsWith("Grouped bar chart of ", StringComparison.Ordinal) && f.Alt.Contains("Example research list B", StringComparison.Ordinal)).Alt!;
        var named = alt["Grouped bar chart of ".Length..alt.IndexOf(", 2 groups", StringComparison.Ordinal)].Split(" and ");
        Assert.Equal(
            categories.OrderByDescending(c => c.Weight).Take(12).Select(c => c.Name).Order(StringComparer.Ordinal),
            named.Order(StringComparer.Ordinal));
        Assert.Contains(
            "Ofthe16categoriesofallegation,the12withthelargestflaggedweightinafundaredrawn,eachinafillofitsown;Flaggedvaluebycategoryofallegationlistseveryone.",
            rendered.Squeezed(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Chinese_names_are_marked_as_chinese()
    {
        RequireTools();
        Requires.That(TestFonts.Catalog.Cjk is not null, "a CJK TrueType font (apt-get install fonts-droid-fallback)");
        var report = Reports.Illustrative;
        using var rendered = RenderedReport.Of(report);
        var pdf = TaggedPdf.Read(rendered.Path);

        var companies = pdf.Headings.SkipWhile(h => h.Text != CompaniesSection.Title).Count(h => h.Level == 2);
        var named = pdf.OfType("H2").Where(h => report.Companies.Any(c => c.NameEn == h.ActualText && c.NameNative is { Length: > 0 })).ToList();
        Assert.NotEmpty(named);
        Assert.True(named.Count <= companies);
        foreach (var heading in named)
        {
            // The native name is the paragraph after the company's heading, as a span in its language.
            var siblings = heading.Parent!.Kids;
            var name = siblings[siblings.IndexOf(heading) + 1];
            Assert.Equal("P", name.Type);
            var span = Assert.Single(name.Kids);
            Assert.Equal("Span", span.Type);
            var native = report.Companies.First(c => c.NameEn == heading.ActualText).NameNative!;
            Assert.Equal(native.Any(c => Core.Text.ChineseScript.ToSimplified(c) != c) ? "zh-Hant" : "zh-Hans", span.Lang);
        }
    }

    [SkippableFact]
    public void Tagging_moves_no_word()
    {
        Requires.Program("pdftotext", "poppler-utils");
        foreach (var report in new[] { Reports.Illustrative, Reports.Scheme, Reports.Shared }.OfType<ExposureReport>())
        {
            var tagged = new PdfReportRenderer(new PdfReportOptions(), TestFonts.Set).Compose(report);
            var untagged = new PdfReportDocument(tagged.Fonts)
            {
                PageSize = tagged.PageSize,
                Margins = tagged.Margins,
                Metadata = tagged.Metadata,
                Timestamp = tagged.Timestamp,
                Styles = tagged.Styles,
                Header = tagged.Header,
                Footer = tagged.Footer,
                Tagged = false,
            }.AddRange(tagged.Content);

            var before = WordsOf(untagged);
            var after = WordsOf(tagged);

            // Matched page by page, each word to one of the same text within a thousandth of a point: pdftotext may order
            // words on (almost) the same baseline differently when positions differ in the last decimal PDFsharp writes.
            Assert.True(before.Count > 1000, $"pdftotext finds only {before.Count} words");
            Assert.Equal(before.Count, after.Count);
            foreach (var page in before.GroupBy(w => w.Page))
            {
                var unmatched = after.Where(w => w.Page == page.Key).ToList();
                foreach (var word in page)
                {
                    var at = unmatched.FindIndex(w => w.Text == word.Text && w.Box.Zip(word.Box).All(p => Math.Abs(p.First - p.Second) < 0.001));
                    Assert.True(at >= 0, $"'{word.Text}' on page {word.Page} at ({string.Join(", ", word.Box)}) is not where it was after tagging");
                    unmatched.RemoveAt(at);
                }
            }

            output.WriteLine($"{after.Count} words in the same places");
        }
    }

    [Fact]
    public void Every_block_with_text_in_the_reports_belongs_to_an_element()
    {
        foreach (var report in new[] { Reports.Illustrative, Reports.Scheme })
        {
            var layout = new PdfReportRenderer(new PdfReportOptions(), TestFonts.Set).Compose(report).Layout();
            var untagged = Blocks.Untagged(layout.Pages.SelectMany(p => p.Blocks));
            Assert.Empty(untagged);
        }
    }

    private static void RequireTools()
    {
        Requires.Program("qpdf", "qpdf");
        Requires.Program("pdfinfo", "poppler-utils");
        Requires.Program("pdftotext", "poppler-utils");
    }

    /// <summary>Every bookmark but the cover's (whose heading is the title) is a heading of its level, in the bookmarks' order.</summary>
    private static void AssertBookmarksAreHeadings(LayoutResult layout, IReadOnlyList<(int Level, string Text)> headings)
    {
        var at = 0;
        foreach (var (entry, _, _) in layout.Outline.Skip(1))
        {
            var found = headings.Skip(at).ToList().IndexOf((entry.Level, entry.Title));
            Assert.True(found >= 0, $"no H{entry.Level} '{entry.Title}' after heading {at}");
            at += found + 1;
        }
    }

    /// <summary>No heading skips a level: an H3 comes after an H2 or an H3, never straight after an H1.</summary>
    private static void AssertNoLevelSkipped(IReadOnlyList<(int Level, string Text)> headings)
    {
        var previous = 0;
        foreach (var (level, text) in headings)
        {
            Assert.True(level <= previous + 1, $"'{text}' is H{level} after an H{previous}");
            previous = level;
        }
    }

    /// <summary>pdftotext reads every heading, in the structure tree's order.</summary>
    private static void AssertReadInOrder(RenderedReport rendered, IReadOnlyList<(int Level, string Text)> headings)
    {
        var text = rendered.Squeezed();
        var at = 0;
        foreach (var (_, heading) in headings)
        {
            var found = text.IndexOf(string.Concat(heading.Where(c => !char.IsWhiteSpace(c))), at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"pdftotext does not read '{heading}' after the heading before it");
            at = found;
        }
    }

    /// <summary>Tables have header cells with a scope and cells in rows; figures have alternative text.</summary>
    private static void AssertTablesAndFigures(TaggedPdf pdf)
    {
        Assert.All(pdf.OfType("Table"), table =>
        {
            var cells = table.Descendants.Where(d => d.Type is "TH" or "TD").ToList();
            Assert.Contains(cells, c => c.Type == "TH");
            Assert.All(cells.Where(c => c.Type == "TH"), th => Assert.Contains(th.Scope, new[] { "Column", "Row" }));
            Assert.All(cells, c => Assert.Equal("TR", c.Parent!.Type));
        });
        Assert.NotEmpty(pdf.OfType("Figure"));
        Assert.All(pdf.OfType("Figure"), f => Assert.False(string.IsNullOrWhiteSpace(f.Alt)));
    }

    /// <summary>Every word pdftotext finds, with its page and box.</summary>
    private static List<(int Page, string Text, double[] Box)> WordsOf(PdfReportDocument document)
    {
        var path = Path.Combine(Path.GetTempPath(), $"exposure-words-{Guid.NewGuid():N}.pdf");
        try
        {
            document.Save(path);
            var (exitCode, html, error) = PdfTools.RunApart("pdftotext", "-bbox", "-enc", "UTF-8", path, "-");
            Assert.True(exitCode == 0, error);
            return html.Split("<page ").Skip(1)
                .SelectMany((page, p) => WordBox().Matches(page).Select(m => (
                    p + 1,
                    m.Groups["text"].Value,
                    new[] { "x0", "y0", "x1", "y1" }.Select(g => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture)).ToArray())))
                .ToList();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex("""<word xMin="(?<x0>[^"]+)" yMin="(?<y0>[^"]+)" xMax="(?<x1>[^"]+)" yMax="(?<y1>[^"]+)">(?<text>[^<]*)</word>""")]
    private static partial Regex WordBox();
}

using System.Globalization;
using System.Text.RegularExpressions;
using Exposure.Reports.Pdf.Fonts;
using Exposure.Reports.Pdf.Layout;
using Exposure.TestSupport;

namespace Exposure.Reports.Pdf.Tests;

/// <summary>
/// The structure tree the layout writes (tagged PDF), read back with qpdf: paragraphs, table rows and cells that break
/// across pages stay one element, a repeated table header is read once, lists and figures have their parts, and marked
/// content nests with text objects.
/// </summary>
public sealed partial class StructureTests
{
    private const string Filler = "Holdings are screened against the list by identifier first and by name only where no identifier agrees. ";

    [SkippableFact]
    public void A_paragraph_broken_across_pages_is_one_element()
    {
        Requires.Program("qpdf", "qpdf");
        var document = Document();
        document.Add(new Spacer(640) { KeepAtPageTop = true });
        document.Add(new Paragraph(string.Concat(Enumerable.Repeat(Filler, 12))));

        var (pdf, layout) = Render(document);

        Assert.All(layout.Pages, page => Assert.Contains(page.Blocks, b => b.Block is TextLineBlock));
        var paragraph = Assert.Single(pdf.OfType("P"));
        Assert.Equal(new HashSet<int> { 1, 2 }, paragraph.Pages);
        Assert.Empty(pdf.NestingProblems());
    }

    [SkippableFact]
    public void A_table_over_several_pages_is_one_table_with_its_header_read_once()
    {
        Requires.Program("qpdf", "qpdf");
        Requires.Program("pdftotext", "poppler-utils");
        var document = Document();
        var table = new Table([new TableColumn("Fund name", ColumnWidth.Relative(1)), new TableColumn("Value held", ColumnWidth.Fixed(80), TextAlignment.Right)]);
        for (var i = 1; i <= 150; i++)
        {
            table.AddRow($"Fund {i.ToString(CultureInfo.InvariantCulture)}", (i * 1000).ToString("#,0", CultureInfo.InvariantCulture));
        }

        document.Add(table);

        var (pdf, layout) = Render(document, out var text);

        Assert.True(layout.PageCount >= 3, $"{layout.PageCount} pages");
        var element = Assert.Single(pdf.OfType("Table"));
        Assert.Equal(Enumerable.Range(1, layout.PageCount).ToHashSet(), element.Pages);
        Assert.Equal(["THead", "TBody"], element.Kids.Select(k => k.Type));
        var headerRow = Assert.Single(element.Kids[0].Kids);
        Assert.Equal(["TH", "TH"], headerRow.Kids.Select(c => c.Type));
        Assert.All(headerRow.Kids, th => Assert.Equal("Column", th.Scope));
        Assert.Equal(150, element.Kids[1].Kids.Count);
        Assert.All(element.Kids[1].Kids, tr => Assert.Equal(["TD", "TD"], tr.Kids.Select(c => c.Type)));
        Assert.Equal(2, pdf.OfType("TH").Count());

        // The header is drawn at the top of every page; only the first is in the structure, the rest are artifacts.
        Assert.Equal(layout.PageCount, Regex.Count(text, "Fund name"));
        Assert.All(headerRow.Kids, th => Assert.Equal([1], th.Content.Select(c => c.Page).Distinct()));
        Assert.Empty(pdf.NestingProblems());
    }

    [SkippableFact]
    public void A_row_taller_than_a_page_keeps_one_element_per_cell()
    {
        Requires.Program("qpdf", "qpdf");
        var document = Document();
        var table = new Table([new TableColumn("Company", ColumnWidth.Relative(1)), new TableColumn("Note", ColumnWidth.Relative(3))]);
        table.AddRow("Short", "After the long row.");
        table.AddRow("Long", string.Concat(Enumerable.Repeat(Filler, 60)));
        table.AddRow("Also short", "The last row.");
        document.Add(table);

        var (pdf, layout) = Render(document);

        Assert.True(layout.PageCount >= 2, $"{layout.PageCount} pages");
        var body = Assert.Single(pdf.OfType("TBody"));
        Assert.Equal(3, body.Kids.Count);
        Assert.Equal(6, pdf.OfType("TD").Count());
        var longCell = body.Kids[1].Kids[1];
        Assert.True(longCell.Pages.Count >= 2, "the long cell's content is on more than one page");
        Assert.Equal(longCell.Content.Count, longCell.Content.Distinct().Count());
        Assert.All(pdf.OfType("TD"), td => Assert.Equal("TR", td.Parent!.Type));
        Assert.Empty(pdf.NestingProblems());
    }

    [SkippableFact]
    public void Headings_lists_figures_and_labelled_figures_have_their_parts()
    {
        Requires.Program("qpdf", "qpdf");
        var document = Document();
        document.Add(new Section(
        [
            new Heading("Exposure report"),
            new Heading("Key findings", 2),
            new BulletList([["One fund holds a named company."], ["Two lines could not be read."]]),
            new BarChart([new BarItem("Hikvision", 5000) { ValueLabel = "USD 5,000" }, new BarItem("Dahua", 250) { ValueLabel = "USD 250" }])
            {
                AxisTitle = "USD",
                Caption = "Related companies are not shown.",
            },
            new KeyValueList().Add("Funds screened", "12"),
        ]));

        var (pdf, _) = Render(document);

        var section = Assert.Single(pdf.OfType("Sect"));
        Assert.Equal(["H1", "H2", "L", "Figure", "P", "Table"], section.Kids.Select(k => k.Type));
        Assert.Equal([(1, "Exposure report"), (2, "Key findings")], pdf.Headings);
        var list = Assert.Single(pdf.OfType("L"));
        Assert.Equal(2, list.Kids.Count);
        Assert.All(list.Kids, li => Assert.Equal(["Lbl", "LBody"], li.Kids.Select(k => k.Type)));
        var figure = Assert.Single(pdf.OfType("Figure"));
        Assert.Equal("Bar chart, 2 bars: Hikvision: USD 5,000; Dahua: USD 250. Axis: USD.", figure.Alt);
        Assert.NotEmpty(figure.Content);
        var facts = pdf.OfType("Table").Last();
        Assert.Equal(["TH", "TD"], Assert.Single(facts.Kids).Kids.Select(k => k.Type));
        Assert.Equal("Row", facts.Kids[0].Kids[0].Scope);
        Assert.Equal("en", pdf.Language);
        Assert.True(pdf.Marked);
        Assert.True(pdf.DisplayDocTitle);
        Assert.Equal(pdf.PageContents.Count, pdf.PagesWithStructParents);
    }

    [SkippableFact]
    public void Links_are_link_elements_with_their_annotation()
    {
        Requires.Program("qpdf", "qpdf");
        var document = Document();
        document.Add(new Paragraph(["Read the methodology at ", new TextSpan("https://example.org/methodology") { Link = "https://example.org/methodology" }, "."]));

        var (pdf, _) = Render(document);

        var link = Assert.Single(pdf.OfType("Link"));
        Assert.Equal("P", link.Parent!.Type);
        Assert.Equal(1, link.Annotations);
        Assert.NotEmpty(link.Content);
    }

    [Theory]
    [InlineData("海康威视", "海康威视数字技术股份有限公司", "zh-Hans")]
    [InlineData("台灣積體電路", "台灣積體電路製造股份有限公司", "zh-Hant")]
    [InlineData("股份有限公司", "iFlytek Co., Ltd. 科大讯飞股份有限公司", "zh-Hans")]
    [InlineData("ソニーグループ", "ソニーグループ株式会社", null)]
    [InlineData("Hikvision", "Hikvision 海康威视", null)]
    public void Chinese_text_is_marked_simplified_or_traditional(string fragment, string whole, string? language) =>
        Assert.Equal(language, ScriptSupport.ChineseLanguage(fragment, whole));

    [SkippableFact]
    public void Chinese_names_are_spans_in_their_language()
    {
        Requires.Program("qpdf", "qpdf");
        Requires.That(TestFonts.Catalog.Cjk is not null, "a CJK TrueType font (apt-get install fonts-droid-fallback)");
        var document = Document();
        document.Add(new Paragraph("浙江大华技术股份有限公司"));
        document.Add(new Paragraph(["Taiwan Semiconductor Manufacturing (", "台灣積體電路製造", ")"]));

        var (pdf, _) = Render(document);

        var spans = pdf.OfType("Span").ToList();
        Assert.Equal(["zh-Hans", "zh-Hant"], spans.Select(s => s.Lang));
        Assert.All(spans, s => Assert.Equal("P", s.Parent!.Type));
    }

    [Fact]
    public void Every_block_with_text_belongs_to_an_element()
    {
        var document = SampleReport.Build(TestFonts.Set);
        var layout = document.Layout();

        var untagged = Blocks.Untagged(layout.Pages.SelectMany(p => p.Blocks));
        Assert.Empty(untagged);
    }

    private static PdfReportDocument Document() =>
        new(TestFonts.Set)
        {
            Metadata = new DocumentMetadata("Structure test"),
            Footer = page => new Paragraph($"Page {page.Number.ToString(CultureInfo.InvariantCulture)}") { SpaceAfter = 0 },
        };

    private static (TaggedPdf Pdf, LayoutResult Layout) Render(PdfReportDocument document) => Render(document, out _);

    private static (TaggedPdf Pdf, LayoutResult Layout) Render(PdfReportDocument document, out string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"exposure-structure-{Guid.NewGuid():N}.pdf");
        try
        {
            var layout = document.Save(path);
            text = PdfTools.IsInstalled("pdftotext") ? string.Join("\f", PdfTools.PageTexts(path)) : "";
            return (TaggedPdf.Read(path), layout);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

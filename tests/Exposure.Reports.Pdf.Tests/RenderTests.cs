using System.Text;
using System.Text.RegularExpressions;
using Exposure.Reports.Pdf.Layout;
using Exposure.TestSupport;
using Xunit.Abstractions;

namespace Exposure.Reports.Pdf.Tests;

public sealed class RenderTests(ITestOutputHelper output)
{
    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        var first = SampleReport.Build(TestFonts.Set).RenderToBytes();
        var second = SampleReport.Build(TestFonts.Set).RenderToBytes();

        Assert.Equal(first, second);
        var text = Encoding.Latin1.GetString(first);
        Assert.DoesNotContain(Convert.ToHexString(Encoding.ASCII.GetBytes("ExposurePdfIdent")), text);
        Assert.Matches(@"/ID\s*\[\s*<[0-9A-F]{32}>\s*<[0-9A-F]{32}>\s*\]", text);
    }

    [Fact]
    public void A_different_timestamp_changes_dates_and_identifiers()
    {
        var may = Encoding.Latin1.GetString(SampleReport.Build(TestFonts.Set, timestamp: new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero)).RenderToBytes());
        var june = Encoding.Latin1.GetString(SampleReport.Build(TestFonts.Set, timestamp: new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero)).RenderToBytes());

        Assert.Contains("D:20240501000000", may);
        Assert.Contains("<xmp:CreateDate>2024-06-01T00:00:00Z</xmp:CreateDate>", june);
        Assert.NotEqual(DocumentId(may), DocumentId(june));
    }

    [Fact]
    public void Metadata_outline_and_links_are_written()
    {
        var document = SampleReport.Build(TestFonts.Set);

        var bytes = document.RenderToBytes();
        var layout = document.Layout();

        var text = Encoding.Latin1.GetString(bytes);
        Assert.Contains("/Title(Exposure sample report)", text);
        Assert.Contains("/Author(Exposure contributors)", text);
        Assert.Contains("/Keywords(exposure, funds, forced labour, Xinjiang)", text);
        Assert.Contains("/Creator(Exposure test suite)", text);
        Assert.Contains("/URI(https://example.org/exposure/methodology)", text);
        Assert.Contains("/PageMode/UseOutlines", text);
        Assert.Equal(
            [("Exposure report", 1), ("Summary", 2), ("Most widely held companies", 2), ("Holdings", 2), ("All matched holdings", 3), ("Methodology", 1), ("Sources", 2), ("Limitations", 2)],
            layout.Outline.Select(o => (o.Entry.Title, o.Entry.Level)));
        Assert.Matches(@"/Catalog.*/Outlines \d+ 0 R", text);
        Assert.Contains($"/Title<FEFF{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes("All matched holdings"))}>", text);
    }

    [Fact]
    public void Letter_pages_have_the_letter_media_box()
    {
        var text = Encoding.Latin1.GetString(SampleReport.Build(TestFonts.Set, PageSize.Letter).RenderToBytes());

        Assert.Matches(@"/MediaBox\s*\[\s*0 0 612 792\s*\]", text);
    }

    [SkippableFact]
    public void Poppler_and_qpdf_accept_the_file_and_every_font_is_embedded()
    {
        Requires.Program("qpdf", "qpdf");
        Requires.Program("pdffonts", "poppler-utils");
        Requires.Program("pdftotext", "poppler-utils");
        Requires.That(TestFonts.Catalog.Cjk is not null, "a CJK TrueType font (apt-get install fonts-droid-fallback)");
        var path = Path.Combine(Path.GetTempPath(), $"exposure-sample-{Guid.NewGuid():N}.pdf");
        try
        {
            var layout = SampleReport.Build(TestFonts.Set).Save(path);
            output.WriteLine($"{layout.PageCount} pages, fallbacks used: {layout.FallbacksUsed}, unrenderable: {string.Join(" ", layout.UnrenderableCodePoints.Select(c => $"U+{c:X4}"))}");

            {
                var (exitCode, report) = PdfTools.Run("qpdf", "--check", path);
                output.WriteLine(report);
                Assert.Contains(exitCode, new[] { 0, 3 });
            }

            {
                var (exitCode, fonts) = PdfTools.Run("pdffonts", path);
                output.WriteLine(fonts);
                Assert.Equal(0, exitCode);
                var rows = fonts.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
                Assert.NotEmpty(rows);
                Assert.All(rows, row => Assert.Matches(@"\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$", row));
            }

            {
                var all = string.Join("\n", PdfTools.PageTexts(path));
                Assert.Contains("浙江大华技术股份有限公司", all);
                Assert.Contains("Uyghur*", all);
                Assert.Contains($"Page {layout.PageCount} of {layout.PageCount}", all);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string DocumentId(string pdf) => Regex.Match(pdf, "<xmpMM:DocumentID>uuid:([^<]+)<").Groups[1].Value;
}

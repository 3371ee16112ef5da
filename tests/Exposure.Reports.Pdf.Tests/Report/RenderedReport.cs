using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;
using Exposure.Reports.Pdf.Report;

namespace Exposure.Reports.Pdf.Tests.Report;

/// <summary>A report rendered to a temporary PDF file, with its layout and (when poppler is installed) its text.</summary>
internal sealed class RenderedReport : IDisposable
{
    private RenderedReport(string path, byte[] bytes, LayoutResult layout)
    {
        Path = path;
        Bytes = bytes;
        Layout = layout;
    }

    public string Path { get; }

    public byte[] Bytes { get; }

    public LayoutResult Layout { get; }

    public static RenderedReport Of(ExposureReport report, PdfReportOptions? options = null)
    {
        var renderer = new PdfReportRenderer(options ?? new PdfReportOptions(), TestFonts.Set);
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"exposure-report-{Guid.NewGuid():N}.pdf");
        LayoutResult layout;
        using (var stream = File.Create(path))
        {
            layout = renderer.Write(report, stream);
        }

        return new RenderedReport(path, File.ReadAllBytes(path), layout);
    }

    /// <summary>Page texts laid out as on the page (pdftotext -layout).</summary>
    public IReadOnlyList<string> Pages() => PdfTools.PageTexts(Path);

    /// <summary>The text in drawing order with all white space removed, so text wrapped over lines (long URLs) reads as one.</summary>
    public string Squeezed()
    {
        var (exitCode, output) = PdfTools.Run("pdftotext", "-raw", "-enc", "UTF-8", Path, "-");
        Assert.Equal(0, exitCode);
        return string.Concat(output.Where(c => !char.IsWhiteSpace(c)));
    }

    public void Dispose() => File.Delete(Path);
}

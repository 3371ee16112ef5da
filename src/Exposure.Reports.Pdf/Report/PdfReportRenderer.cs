using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Fonts;
using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Report;

/// <summary>
/// Lays the report model out as a PDF: a cover, an executive summary, charts, the scheme view when a portfolio was looked
/// through, the screening summary, the funds, a section per company held with its sources and caveat, the matched, related
/// and review findings with their evidence, rejected lines, methodology and a disclaimer. It computes
/// no figures: every number comes from the <see cref="ExposureReport"/>, so the PDF agrees with the JSON and the workbook.
/// The same report, fonts and options give the same bytes.
/// </summary>
public sealed class PdfReportRenderer : IReportRenderer
{
    private readonly Lazy<FontSet> _fonts;

    /// <summary>Fonts are found on first use: the option's folders first, then the system font folders.</summary>
    public PdfReportRenderer(PdfReportOptions? options = null)
    {
        Options = options ?? new PdfReportOptions();
        _fonts = new Lazy<FontSet>(() => FontSet.Discover(Options.FontDirectories));
    }

    /// <summary>Uses fonts already found (<see cref="PdfReportOptions.FontDirectories"/> is then ignored).</summary>
    public PdfReportRenderer(PdfReportOptions options, FontSet fonts)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        Options = options;
        _fonts = new Lazy<FontSet>(fonts);
    }

    public string Format => "pdf";

    public string FileName => "exposure-report.pdf";

    public PdfReportOptions Options { get; }

    /// <summary>The fonts the PDF is drawn with, found on first use.</summary>
    /// <exception cref="FontNotFoundException">No TrueType font covering basic Latin text was found.</exception>
    /// <exception cref="DirectoryNotFoundException">A font folder given in the options does not exist.</exception>
    public FontSet Fonts => _fonts.Value;

    public void Render(ExposureReport report, Stream output) => Write(report, output);

    /// <summary>Writes the PDF and returns its layout: page count, bookmarks, and any text the fonts could not draw.</summary>
    public LayoutResult Write(ExposureReport report, Stream output) => Compose(report).Render(output);

    /// <summary>The document before it is written, for inspecting its layout.</summary>
    public PdfReportDocument Compose(ExposureReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportComposer(Fonts, Options).Compose(report);
    }
}

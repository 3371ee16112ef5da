using System.Globalization;
using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Report;

/// <summary>
/// The header (short title; the illustrative-data mark, the reference data version, or how many lists were screened
/// against) and the "Page X of Y" footer. The cover has neither: it gets blank bands, and the body of every page starts
/// below the tallest header.
/// </summary>
internal sealed class PageFrame(ExposureReport report)
{
    // The header's short title on the left takes three parts of its width; the reference data version or the
    // illustrative-data mark on the right, one.
    private const double TitleShare = 3;
    private const double MarkShare = 1;

    public IElement Header(PageInfo page)
    {
        if (page.Number == 1)
        {
            return new KeepTogether(
                new Paragraph(" ") { FontSize = Typography.BandSize, SpaceAfter = 0 },
                Typography.HeaderRule(PdfSharp.Drawing.XColors.White));
        }

        var right = report.Run.IllustrativeNote is null ? ReferenceData(report.Run) : "ILLUSTRATIVE DATA";
        return new KeepTogether(
            new Columns(
                (new Paragraph(ListFraming.ShortTitle(report.Run.Lists, Words.ShortTitle)) { FontSize = Typography.BandSize, Color = Typography.Muted, SpaceAfter = 0 }, TitleShare),
                (new Paragraph(right)
                {
                    FontSize = Typography.BandSize,
                    Color = Typography.Muted,
                    Bold = report.Run.IllustrativeNote is not null,
                    Alignment = TextAlignment.Right,
                    SpaceAfter = 0,
                }, MarkShare)),
            Typography.HeaderRule());
    }

    /// <summary>
    /// The reference data in the header: "Reference data 2026.12.04" for one list; "3 lists: see Methodology and limits"
    /// for several, whose names and dates are given there and would not fit beside the title. A version too long for the
    /// header's one line ("2026-12-05 (file date)") reads "List 2026-12-05 (file date)", and one longer still sends the
    /// reader to the Methodology, where it is given in full.
    /// </summary>
    public static string ReferenceData(RunInfo run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Lists is { Lists.Count: > 1 } lists) return $"{Typography.Count(lists.Lists.Count)} lists: see {MethodologySection.Title}";
        var full = $"Reference data {run.ReferenceDataVersion}";
        var shorter = $"List {run.ReferenceDataVersion}";
        return full.Length <= HeaderChars ? full : shorter.Length <= HeaderChars ? shorter : $"List: see {MethodologySection.Title}";
    }

    /// <summary>The most characters the header's right-hand part holds on one line at the band's size.</summary>
    internal const int HeaderChars = 32;

    public static IElement Footer(PageInfo page) =>
        new Paragraph(page.Number == 1 ? " " : string.Create(CultureInfo.InvariantCulture, $"Page {page.Number} of {page.Count}"))
        {
            FontSize = Typography.BandSize,
            Color = Typography.Muted,
            Alignment = TextAlignment.Center,
            SpaceAfter = 0,
        };
}

using System.Text;
using Exposure.Core.Reporting;
using Exposure.Reports.Html.Report;

namespace Exposure.Reports.Html;

/// <summary>
/// Lays the report model out as one self-contained web page, <c>exposure-report.html</c>: style, script and charts
/// inline, no fonts, images or anything else fetched, and a content security policy that forbids the page to load
/// anything. It has the PDF's sections in the PDF's order, a stable anchor per company, tables that a small script makes
/// sortable and filterable (and that read as plain tables without it), and a print style sheet. It computes no figures:
/// each is the model's, marked with where it is in the JSON. The same model gives the same bytes.
/// </summary>
public sealed class HtmlReportRenderer : IReportRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Format => "html";

    public string FileName => "exposure-report.html";

    public void Render(ExposureReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var bytes = Utf8.GetBytes(Write(report));
        output.Write(bytes);
    }

    /// <summary>The page as text.</summary>
    public static string Write(ExposureReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ReportDocument.Write(report);
    }
}

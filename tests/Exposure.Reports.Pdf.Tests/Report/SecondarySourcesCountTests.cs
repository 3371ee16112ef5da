using System.Text.RegularExpressions;
using Exposure.Pipeline;
using Exposure.TestSupport;

namespace Exposure.Reports.Pdf.Tests.Report;

/// <summary>
/// The methodology counts the findings whose companies rest on secondary sources only, in words that agree with the
/// counts: the N-PORT fixture's one finding, Hikvision, reads in the singular; the illustrative fund's fourteen in the plural.
/// </summary>
public sealed partial class SecondarySourcesCountTests
{
    private static string Text(Core.Reporting.ExposureReport report)
    {
        using var rendered = RenderedReport.Of(report);
        return Spaces().Replace(string.Join(" ", rendered.Pages()), " ");
    }

    [SkippableFact]
    public void One_finding_of_one_company_reads_in_the_singular()
    {
        Requires.Program("pdftotext", "poppler-utils");
        var file = Path.Combine(RepoPaths.Root, "tests", "Exposure.Readers.Tests", "Fixtures", "nport", "primary_doc.xml");
        using var temp = new TempFolder();
        var report = ExposureRun.Execute(new RunRequest([new HoldingsInput(file, "primary_doc.xml")], RepoPaths.ReferenceData, temp.Path, [], "test")).Report;

        var text = Text(report);
        Assert.Contains("Of the 1 matched or related holding, 1 concerns 1 company whose entries rest on secondary sources only; its caveat says so.", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b1 companies", text);
    }

    [SkippableFact]
    public void Several_read_in_the_plural()
    {
        Requires.Program("pdftotext", "poppler-utils");
        Assert.Contains("Of the 14 matched and related holdings, 5 concern 4 companies whose entries rest on secondary sources only; their caveats say so.",
            Text(Reports.Illustrative), StringComparison.Ordinal);
    }

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}

using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.Pipeline.Schemes;
using Exposure.Reports.Excel.Report;
using Exposure.TestSupport;

namespace Exposure.Reports.Excel.Tests.Report;

/// <summary>The report models of the repository's two sample runs, and a model rendered as a workbook's bytes.</summary>
internal static class SampleReports
{
    /// <summary>The README's run: the illustrative holdings against the bundled list.</summary>
    public static ExposureReport Illustrative(string outDir) =>
        ExposureRun.Execute(new RunRequest([new HoldingsInput(RepoPaths.IllustrativeHoldings, "illustrative-holdings.csv")],
            RepoPaths.ReferenceData, outDir, [], "test")).Report;

    /// <summary>The illustrative scheme of samples/scheme, looked through.</summary>
    public static ExposureReport Scheme(string outDir)
    {
        var plan = PortfolioPlan.Load(Path.Combine(RepoPaths.Root, "samples", "scheme", "scheme.json"), "scheme.json");
        return ExposureRun.Execute(new RunRequest(plan.Inputs(), RepoPaths.ReferenceData, outDir, [], "test", Portfolio: plan)).Report;
    }

    public static byte[] Render(ExposureReport report)
    {
        using var stream = new MemoryStream();
        new ExcelReportRenderer().Render(report, stream);
        return stream.ToArray();
    }
}

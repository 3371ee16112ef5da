using Exposure.Core.Reporting;

namespace Exposure.Reports.Parquet;

/// <summary>
/// Where the Parquet renderers get the unmatched and excluded holdings. Today these rows are not in the report model but
/// come through <see cref="IReportDetails"/>, read back from where the run streamed them; this class is the one place that
/// knows it.
/// </summary>
internal static class ScreenedOutRows
{
    public static IEnumerable<ScreenedOutLine> Unmatched(ExposureReport report, IReportDetails details) => details.Unmatched();

    public static IEnumerable<ScreenedOutLine> Excluded(ExposureReport report, IReportDetails details) => details.Excluded();

    public static InvalidOperationException Missing(string fileName) =>
        new($"{fileName} lists the holdings a run streams aside; render it with the run's details");
}

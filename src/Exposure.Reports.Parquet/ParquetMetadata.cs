using System.Globalization;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Parquet;

/// <summary>The key-value metadata every Parquet file of a report carries: what produced it, from which list, and when only if the run was stamped.</summary>
internal static class ParquetMetadata
{
    public static IReadOnlyDictionary<string, string> Of(ExposureReport report, string table)
    {
        var run = report.Run;
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["exposure.table"] = table,
            ["exposure.tool_version"] = run.ToolVersion,
            ["exposure.reference_data_version"] = run.ReferenceDataVersion,
            ["exposure.matching_algorithm"] = run.MatchingAlgorithm,
            ["exposure.wording"] = "Companies are named by public sources or listed as a parent or subsidiary of a named entity; allegations are the sources', not findings of this tool.",
        };
        if (run.GeneratedAt is { } at) metadata["exposure.generated_at"] = at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        if (run.IllustrativeNote is { } note) metadata["exposure.illustrative_note"] = note;
        return metadata;
    }
}

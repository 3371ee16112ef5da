using Exposure.Core.Reporting;

namespace Exposure.Reports.Parquet;

/// <summary>The <c>parquet</c> format: findings, unmatched and excluded holdings as three Parquet files.</summary>
public static class ParquetFormat
{
    public const string Name = "parquet";

    public static IReadOnlyList<IReportRenderer> Renderers() =>
        [new FindingsParquetRenderer(), ScreenedOutParquetRenderer.Unmatched, ScreenedOutParquetRenderer.Excluded];
}

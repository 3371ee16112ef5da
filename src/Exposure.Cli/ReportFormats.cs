using Exposure.Core.Reporting;
using Exposure.Reports.Csv;
using Exposure.Reports.Excel.Report;
using Exposure.Reports.Html;
using Exposure.Reports.Json;
using Exposure.Reports.Parquet;
using Exposure.Reports.Pdf.Report;

namespace Exposure.Cli;

/// <summary>The formats <c>--format</c> accepts and the renderers behind each.</summary>
public static class ReportFormats
{
    /// <summary>Every format; <c>parquet</c> (findings, unmatched and excluded holdings for DuckDB, Spark or pandas) only when asked for.</summary>
    public static readonly string[] Known = ["pdf", "html", "xlsx", "json", "csv", ParquetFormat.Name];
    public const string Default = "pdf,html,xlsx,json,csv";

    public static IReadOnlyList<IReportRenderer> Renderers(IEnumerable<string> formats, PdfReportOptions pdf, long? workbookDetailRows = ExcelReportRenderer.DefaultDetailRows)
    {
        var set = formats.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var all = new IReportRenderer[]
        {
            new PdfReportRenderer(pdf),
            new HtmlReportRenderer(),
            new ExcelReportRenderer(workbookDetailRows),
            new JsonReportRenderer(),
            new FundsCsvRenderer(),
            new MatchesCsvRenderer(),
            ScreenedOutCsvRenderer.Unmatched(),
            ScreenedOutCsvRenderer.Excluded(),
            new RejectedCsvRenderer(),
            new ReviewCandidatesCsvRenderer(),
            new DecisionsTemplateCsvRenderer(),
            new RegistrantsCsvRenderer(),
            new ChangesCsvRenderer(),
            new SchemeHoldingsCsvRenderer(),
            new SchemeManagersCsvRenderer(),
            new SchemePathsCsvRenderer(),
            new SchemeCoverageCsvRenderer(),
        }.Concat(ParquetFormat.Renderers());
        return all.Where(r => set.Contains(r.Format)).ToList();
    }

    /// <summary>Splits <c>json,csv</c> (or several values) into known format names; null with a message when one is unknown.</summary>
    public static IReadOnlyList<string>? Parse(IEnumerable<string> values, out string? error)
    {
        var result = values
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => v.ToLowerInvariant())
            .Distinct()
            .ToList();
        var unknown = result.Where(f => !Known.Contains(f)).ToList();
        error = unknown.Count > 0 ? $"unknown format '{unknown[0]}' (known: {string.Join(", ", Known)})"
            : result.Count == 0 ? "no format given" : null;
        return error is null ? result : null;
    }
}

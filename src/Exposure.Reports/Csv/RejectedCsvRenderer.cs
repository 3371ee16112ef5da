using Exposure.Core.Reporting;

namespace Exposure.Reports.Csv;

/// <summary>Lines that looked like holdings and could not be read, each with its reason.</summary>
public sealed class RejectedCsvRenderer : IReportRenderer
{
    public static readonly string[] Columns = ["file", "line", "line_count", "reason", "raw_text"];

    public string Format => "csv";
    public string FileName => "rejected.csv";

    public void Render(ExposureReport report, Stream output)
    {
        using var csv = CsvFiles.Open(output);
        csv.Header(Columns);
        foreach (var r in report.Rejected)
        {
            csv.Text(r.File);
            csv.WriteField(r.Line);
            csv.WriteField(r.LineCount);
            csv.Text(r.Reason);
            csv.Text(r.RawText);
            csv.NextRecord();
        }
    }
}

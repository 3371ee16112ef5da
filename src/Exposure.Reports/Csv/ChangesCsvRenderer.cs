using System.Globalization;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Csv;

/// <summary>
/// One line per entry or exit of a named or related company between two reports of a fund of a market (<c>entry</c>,
/// <c>exit</c>, as the workbook's Fund changes sheet says), and per company held in the last report of a fund with no
/// report in the latest data set (<c>no-later-report</c>: the fund's own exit, not a sale); written only for a market.
/// <c>fund_label</c>, last so that a reader taking columns by position finds the others where they were, names the fund
/// as the other reports do (<see cref="ExposureReport.FundLabel"/>): two funds of one name are told apart by it.
/// </summary>
public sealed class ChangesCsvRenderer : IReportRenderer
{
    public static readonly string[] Columns =
    [
        "fund_key", "fund_name", "registrant", "from_as_of", "to_as_of", "company_id", "company_name", "change", "value_before", "value_after", "fund_label",
    ];

    public string Format => "csv";
    public string FileName => "changes.csv";

    public bool Applies(ExposureReport report) => report.Market is not null;

    public void Render(ExposureReport report, Stream output)
    {
        using var csv = CsvFiles.Open(output);
        csv.Header(Columns);
        foreach (var c in report.Market?.Changes ?? [])
        {
            csv.Text(c.FundKey);
            csv.Text(c.FundName);
            csv.Text(c.Registrant);
            csv.WriteField(c.FromAsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(c.ToAsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
            csv.Text(c.CompanyId);
            csv.Text(c.CompanyName);
            csv.WriteField(Wording.Code(c));
            csv.Number(c.ValueBefore);
            csv.Number(c.ValueAfter);
            csv.Text(report.FundLabel(c.FundId));
            csv.NextRecord();
        }
    }
}

using Exposure.Core.Reporting;

namespace Exposure.Reports.Csv;

/// <summary>One line per registrant of a market (funds from SEC N-PORT filings), over its funds' latest reports; written only for a market.</summary>
public sealed class RegistrantsCsvRenderer : IReportRenderer
{
    public static readonly string[] Columns =
    [
        "registrant", "cik", "funds", "funds_holding_named", "companies_held", "currency", "net_assets", "flagged_value", "related_value",
    ];

    public string Format => "csv";
    public string FileName => "registrants.csv";

    public bool Applies(ExposureReport report) => report.Market is not null;

    public void Render(ExposureReport report, Stream output)
    {
        using var csv = CsvFiles.Open(output);
        csv.Header(Columns);
        foreach (var r in report.Market?.Registrants ?? [])
        {
            csv.Text(r.Registrant);
            csv.Text(r.Cik);
            csv.WriteField(r.Funds);
            csv.WriteField(r.FundsHoldingNamed);
            csv.WriteField(r.CompaniesHeld);
            csv.Text(r.Currency);
            csv.Number(r.NetAssets);
            csv.Number(r.FlaggedValue);
            csv.Number(r.RelatedValue);
            csv.NextRecord();
        }
    }
}

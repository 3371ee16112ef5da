using Exposure.Core.Reporting;

namespace Exposure.Reports.Csv;

/// <summary>
/// Matched, related and needs-review holdings with the rule and evidence (columns: docs/csv-files.md); a derivative's
/// notional currency, where the file states the notional in another currency than the fund's; last, for a finding of an
/// SEC N-PORT filing, its accession number and HOLDING_ID; then, where several lists are screened against, those naming the
/// company; last, where the row's value disagrees with the weight its file states, what each says.
/// </summary>
public sealed class MatchesCsvRenderer : IReportRenderer
{
    public static readonly string[] Columns =
    [
        "fund_id", "fund_name", "file", "line", "state", "name", "ticker", "exchange", "mic", "isin",
        "market_value", "weight", "company_id", "company_name", "basis", "rule", "score", "evidence", "value_unknown",
        "instrument", "issuer", "terms", "maturity", "notional", "direction", "fund_label", "registrant", "cik", "series_id",
        "notional_currency", "accession_number", "holding_id", "lists", "value_disagrees",
    ];

    public string Format => "csv";
    public string FileName => "matches.csv";

    public void Render(ExposureReport report, Stream output)
    {
        var funds = report.Funds.ToDictionary(f => f.Id, StringComparer.Ordinal);
        using var csv = CsvFiles.Open(output);
        csv.Header(Columns);
        var basis = Listings.FindingBasisCode(report);
        foreach (var f in report.Findings)
        {
            csv.WriteField(f.FundId);
            var fund = funds[f.FundId];
            csv.Text(fund.Name);
            csv.Text(f.File);
            csv.WriteField(f.Line);
            csv.WriteField(Wording.Code(f.State));
            csv.Text(f.Name);
            csv.Text(f.Ticker);
            csv.Text(f.Exchange);
            csv.Text(f.Mic);
            csv.Text(f.Isin);
            csv.Number(f.Value);
            csv.Fraction(f.Weight);
            csv.Text(f.CompanyId);
            csv.Text(f.CompanyName);
            csv.WriteField(basis(f));
            csv.WriteField(f.Rule);
            csv.Number(f.Score);
            csv.Text(string.Join(" | ", f.Evidence.Select(Wording.Of)));
            csv.Text(f.ValueUnknown);
            csv.WriteField(Wording.Code(f.Instrument));
            csv.Text(f.Issuer);
            csv.Text(f.Terms?.Text);
            csv.WriteField(f.Terms?.Maturity?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "");
            csv.Number(f.Notional);
            csv.Text(f.Direction);
            csv.Text(fund.DisplayName);
            csv.Text(fund.Registrant);
            csv.Text(fund.Cik);
            csv.Text(fund.SeriesId);
            csv.Text(f.NotionalCurrency);
            // Where an N-PORT finding came from: its filing and the data set's key for the holding; empty for other inputs.
            csv.Text(fund.AccessionNumber);
            csv.Text(f.HoldingId);
            // Which of several lists name the company, as the model gives them; empty where one list is screened against.
            csv.Text(f.Lists is null ? null : string.Join("; ", f.Lists));
            // Where the row's value and the weight its file states disagree: both, and what the weight makes of the value.
            csv.Text(f.ValueDisagrees);
            csv.NextRecord();
        }
    }
}

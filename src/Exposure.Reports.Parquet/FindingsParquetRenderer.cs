using Exposure.Core.Reporting;

namespace Exposure.Reports.Parquet;

/// <summary>
/// <c>findings.parquet</c>: one row per matched, related or needs-review holding, with its fund, where it is in the
/// input (file and line), the company, the rule and the evidence (columns: docs/csv-files.md, as matches.csv, plus the
/// fund's as-of date, the normalised name and who decided a review; the fund's label, registrant, CIK and series id, then a
/// derivative's notional currency where it is not the fund's, and last, for a finding of an SEC N-PORT filing, its accession
/// number and HOLDING_ID).
/// </summary>
public sealed class FindingsParquetRenderer : IReportRenderer
{
    public string Format => ParquetFormat.Name;
    public string FileName => "findings.parquet";

    internal static ParquetTable<(HoldingFinding Finding, FundExposure Fund)> Table(Func<HoldingFinding, string>? basis = null) => new ParquetTable<(HoldingFinding Finding, FundExposure Fund)>()
        .Text("fund_id", r => r.Finding.FundId)
        .Text("fund_name", r => r.Fund.Name)
        .Date("fund_as_of", r => r.Fund.AsOf)
        .Text("file", r => r.Finding.File)
        .Integer("line", r => r.Finding.Line)
        .Text("state", r => Wording.Code(r.Finding.State))
        .Text("name", r => r.Finding.Name)
        .Text("ticker", r => r.Finding.Ticker)
        .Text("exchange", r => r.Finding.Exchange)
        .Text("mic", r => r.Finding.Mic)
        .Text("isin", r => r.Finding.Isin)
        .Text("normalised_name", r => r.Finding.NormalisedName)
        .Decimal("market_value", r => r.Finding.Value)
        .Text("currency", r => r.Fund.Currency)
        .Decimal("weight", r => r.Finding.Weight)
        .Text("company_id", r => r.Finding.CompanyId)
        .Text("company_name", r => r.Finding.CompanyName)
        .Text("basis", r => basis is null ? Wording.Code(r.Finding.Basis) : basis(r.Finding))
        .Text("rule", r => r.Finding.Rule)
        .Number("score", r => r.Finding.Score)
        .Text("evidence", r => string.Join(" | ", r.Finding.Evidence.Select(Wording.Of)))
        .Text("decided_by", r => r.Finding.DecidedBy)
        .Text("instrument", r => Wording.Code(r.Finding.Instrument))
        .Text("issuer", r => r.Finding.Issuer)
        .Text("terms", r => r.Finding.Terms?.Text)
        .Date("maturity", r => r.Finding.Terms?.Maturity)
        .Decimal("notional", r => r.Finding.Notional)
        .Text("direction", r => r.Finding.Direction)
        .Text("fund_label", r => r.Fund.DisplayName)
        .Text("registrant", r => r.Fund.Registrant)
        .Text("cik", r => r.Fund.Cik)
        .Text("series_id", r => r.Fund.SeriesId)
        .Text("notional_currency", r => r.Finding.NotionalCurrency)
        .Text("accession_number", r => r.Fund.AccessionNumber)
        .Text("holding_id", r => r.Finding.HoldingId)
        .Text("lists", r => r.Finding.Lists is null ? null : string.Join("; ", r.Finding.Lists))
        .Text("value_disagrees", r => r.Finding.ValueDisagrees);

    public void Render(ExposureReport report, Stream output)
    {
        var funds = report.Funds.ToDictionary(f => f.Id, StringComparer.Ordinal);
        Table(Listings.FindingBasisCode(report)).Write(report.Findings.Select(f => (f, funds[f.FundId])), output, ParquetMetadata.Of(report, "findings"));
    }
}

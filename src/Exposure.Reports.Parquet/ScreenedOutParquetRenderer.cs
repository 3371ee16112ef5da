using Exposure.Core.Reporting;

namespace Exposure.Reports.Parquet;

/// <summary>
/// <c>unmatched.parquet</c> or <c>excluded.parquet</c>: every holding screened without a match, or excluded from
/// screening (no company issuer), with its fund, file, line and reason (columns: docs/csv-files.md, as unmatched.csv, plus the
/// fund's name). Streamed in row groups: millions of rows in bounded memory.
/// </summary>
public sealed class ScreenedOutParquetRenderer : IReportRenderer
{
    private readonly bool _excluded;

    private ScreenedOutParquetRenderer(bool excluded) => _excluded = excluded;

    public static ScreenedOutParquetRenderer Unmatched { get; } = new(excluded: false);
    public static ScreenedOutParquetRenderer Excluded { get; } = new(excluded: true);

    public string Format => ParquetFormat.Name;
    public string FileName => _excluded ? "excluded.parquet" : "unmatched.parquet";
    public bool ListsScreenedOutRows => true;

    internal static ParquetTable<(ScreenedOutLine Line, string? FundName)> Table() => new ParquetTable<(ScreenedOutLine Line, string? FundName)>()
        .Text("fund_id", r => r.Line.FundId)
        .Text("fund_name", r => r.FundName)
        .Text("file", r => r.Line.File)
        .Integer("line", r => r.Line.Line)
        .Text("state", r => Wording.Code(r.Line.State))
        .Text("reason", r => r.Line.Reason)
        .Text("name", r => r.Line.Name)
        .Text("ticker", r => r.Line.Ticker)
        .Text("exchange", r => r.Line.Exchange)
        .Text("isin", r => r.Line.Isin)
        .Text("cusip", r => r.Line.Cusip)
        .Text("sedol", r => r.Line.Sedol)
        .Text("asset_class", r => r.Line.AssetClass)
        .Text("currency", r => r.Line.Currency)
        .Decimal("market_value", r => r.Line.MarketValue)
        .Decimal("weight_percent_in_file", r => r.Line.WeightPercentInFile);

    /// <summary>A report built without its screened-out rows (read back from JSON) has nothing true to write here: it is refused, not written empty.</summary>
    public void Render(ExposureReport report, Stream output)
    {
        if (!report.ScreenedOut.Available)
            throw new InvalidOperationException($"{FileName} lists the holdings a run keeps aside; this report was built without them");
        var funds = report.Funds.ToDictionary(f => f.Id, f => f.Name, StringComparer.Ordinal);
        var rows = _excluded ? report.ScreenedOut.Excluded() : report.ScreenedOut.Unmatched();
        // A fund's rows come one after another: its name is looked up once for them.
        string? fundId = null, fundName = null;
        Table().Write(rows.Select(l =>
        {
            if (!string.Equals(l.FundId, fundId, StringComparison.Ordinal)) (fundId, fundName) = (l.FundId, funds.GetValueOrDefault(l.FundId));
            return (l, fundName);
        }), output, ParquetMetadata.Of(report, _excluded ? "excluded" : "unmatched"));
    }
}

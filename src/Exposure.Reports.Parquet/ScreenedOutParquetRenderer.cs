using Exposure.Core.Holdings;
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

    /// <param name="fundName">The name of the fund a row belongs to (null when the report has none for it).</param>
    internal static ParquetTable<ScreenedOutRecord> Table(Func<ScreenedOutRecord, string?> fundName) => new ParquetTable<ScreenedOutRecord>()
        .Text("fund_id", (ScreenedOutRecord r, out ReadOnlySpan<char> v) => Given(r.FundId, out v))
        .Text("fund_name", fundName)
        .Text("file", (ScreenedOutRecord r, out ReadOnlySpan<char> v) => Given(r.File, out v))
        .Integer("line", r => r.Line)
        .Text("state", r => Wording.Code(r.State))
        .Text("reason", (ScreenedOutRecord r, out ReadOnlySpan<char> v) => Given(r.Reason, out v))
        .Text("name", (ScreenedOutRecord r, out ReadOnlySpan<char> v) => r.TryText(ScreenedOutText.Name, out v))
        .Text("ticker", (ScreenedOutRecord r, out ReadOnlySpan<char> v) => r.TryText(ScreenedOutText.Ticker, out v))
        .Text("exchange", (ScreenedOutRecord r, out ReadOnlySpan<char> v) => r.TryText(ScreenedOutText.Exchange, out v))
        .Text("isin", (ScreenedOutRecord r, out ReadOnlySpan<char> v) => r.TryText(ScreenedOutText.Isin, out v))
        .Text("cusip", (ScreenedOutRecord r, out ReadOnlySpan<char> v) => r.TryText(ScreenedOutText.Cusip, out v))
        .Text("sedol", (ScreenedOutRecord r, out ReadOnlySpan<char> v) => r.TryText(ScreenedOutText.Sedol, out v))
        .Text("asset_class", (ScreenedOutRecord r, out ReadOnlySpan<char> v) => r.TryText(ScreenedOutText.AssetClass, out v))
        .Text("currency", (ScreenedOutRecord r, out ReadOnlySpan<char> v) => r.TryText(ScreenedOutText.Currency, out v))
        .Decimal("market_value", r => r.MarketValue)
        .Decimal("weight_percent_in_file", r => r.WeightPercentInFile);

    /// <summary>Text every row has (it may be empty).</summary>
    private static bool Given(ReadOnlySpan<char> text, out ReadOnlySpan<char> value)
    {
        value = text;
        return true;
    }

    /// <summary>A report built without its screened-out rows (read back from JSON) has nothing true to write here: it is refused, not written empty.</summary>
    public void Render(ExposureReport report, Stream output)
    {
        if (!report.ScreenedOut.Available)
            throw new InvalidOperationException($"{FileName} lists the holdings a run keeps aside; this report was built without them");
        var funds = report.Funds.ToDictionary(f => f.Id, f => f.Name, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        // A fund's rows come one after another: its name is looked up once for them.
        string? fundId = null, fundName = null;
        string? FundName(ScreenedOutRecord r)
        {
            if (fundId is null || !r.FundId.SequenceEqual(fundId))
                (fundId, fundName) = funds.TryGetValue(r.FundId, out var id, out var name) ? (id, name) : (r.FundId.ToString(), null);
            return fundName;
        }
        Table(FundName).Write(report.ScreenedOut.Records(_excluded ? RowState.Excluded : RowState.Unmatched), output,
            ParquetMetadata.Of(report, _excluded ? "excluded" : "unmatched"));
    }
}

using Exposure.Core.Reporting;
using CsvHelper;
using Exposure.Core.Holdings;

namespace Exposure.Reports.Csv;

/// <summary>Streams unmatched or excluded holdings to CSV while files are read, so they are never held in memory.</summary>
public sealed class ScreenedOutCsvWriter : IDisposable
{
    public static readonly string[] Columns =
    [
        "fund_id", "file", "line", "state", "reason", "name", "ticker", "exchange", "isin", "cusip", "sedol",
        "asset_class", "currency", "market_value", "weight_percent_in_file",
    ];

    private readonly Stream _stream;
    private readonly CsvWriter _csv;

    public ScreenedOutCsvWriter(string path)
    {
        _stream = File.Create(path);
        _csv = CsvFiles.Open(_stream);
        _csv.Header(Columns);
    }

    public int Rows { get; private set; }

    public void Write(string fundId, HoldingRow row, RowState state, string reason)
    {
        _csv.WriteField(fundId);
        _csv.Text(row.Source.File);
        _csv.WriteField(row.Source.Line);
        _csv.WriteField(Wording.Code(state));
        _csv.Text(reason);
        _csv.Text(row.Name);
        _csv.Text(row.Ticker);
        _csv.Text(row.ExchangeText);
        _csv.Text(row.Isin);
        _csv.Text(row.Cusip);
        _csv.Text(row.Sedol);
        _csv.Text(row.AssetClass);
        _csv.Text(row.Currency);
        _csv.Number(row.MarketValue);
        _csv.Number(row.WeightPercent);
        _csv.NextRecord();
        Rows++;
    }

    public void Dispose()
    {
        _csv.Dispose();
        _stream.Dispose();
    }
}

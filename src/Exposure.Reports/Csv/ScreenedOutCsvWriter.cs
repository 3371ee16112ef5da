using System.Globalization;
using System.Text;
using Exposure.Core.Holdings;
using Exposure.Core.Reporting;
using Exposure.Core.Text;

namespace Exposure.Reports.Csv;

/// <summary>
/// Streams unmatched or excluded holdings to CSV while files are read, so they are never held in memory. Written by
/// hand rather than through CsvHelper: it is the one output with a line per holding, and the hot path of a large run.
/// </summary>
public sealed class ScreenedOutCsvWriter : IDisposable
{
    public static readonly string[] Columns =
    [
        "fund_id", "file", "line", "state", "reason", "name", "ticker", "exchange", "isin", "cusip", "sedol",
        "asset_class", "currency", "market_value", "weight_percent_in_file",
    ];

    private readonly StreamWriter _writer;

    public ScreenedOutCsvWriter(string path)
    {
        _writer = new StreamWriter(path, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16) { NewLine = "\n" };
        _writer.WriteLine(string.Join(',', Columns));
    }

    public int Rows { get; private set; }

    public void Write(string fundId, HoldingRow row, RowState state, string reason)
    {
        Field(fundId);
        Text(row.Source.File);
        _writer.Write(row.Source.Line.ToString(CultureInfo.InvariantCulture));
        _writer.Write(',');
        Field(Wording.Code(state));
        Text(reason);
        Text(row.Name);
        Text(row.Ticker);
        Text(row.ExchangeText);
        Text(row.Isin);
        Text(row.Cusip);
        Text(row.Sedol);
        Text(row.AssetClass);
        Text(row.Currency);
        Number(row.MarketValue);
        _writer.Write(',');
        Number(row.WeightPercent);
        _writer.Write('\n');
        Rows++;
    }

    private void Text(string? value) => Field(FormulaGuard.ForCsv(value));

    private void Field(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' ')
            {
                _writer.Write('"');
                _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
                _writer.Write('"');
            }
            else
            {
                _writer.Write(value);
            }
        }
        _writer.Write(',');
    }

    private void Number(decimal? value)
    {
        if (value is { } v) _writer.Write(v.ToString(CultureInfo.InvariantCulture));
    }

    public void Dispose() => _writer.Dispose();
}

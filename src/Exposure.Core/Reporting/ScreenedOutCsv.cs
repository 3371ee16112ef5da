using System.Globalization;
using Exposure.Core.Holdings;
using Exposure.Core.Text;

namespace Exposure.Core.Reporting;

/// <summary>
/// The layout of <c>unmatched.csv</c> and <c>excluded.csv</c> (docs/csv-files.md): one line per holding, text from input
/// files guarded against spreadsheet formulas, numbers in the invariant culture. Written by hand rather than through a
/// CSV library: it is the one output with a line per holding, the hot path of a large run.
/// </summary>
public static class ScreenedOutCsv
{
    public const string UnmatchedFile = "unmatched.csv";
    public const string ExcludedFile = "excluded.csv";

    public static readonly string[] Columns =
    [
        "fund_id", "file", "line", "state", "reason", "name", "ticker", "exchange", "isin", "cusip", "sedol",
        "asset_class", "currency", "market_value", "weight_percent_in_file",
    ];

    public static string FileOf(RowState state) => state == RowState.Excluded ? ExcludedFile : UnmatchedFile;

    public static void WriteHeader(TextWriter w) => w.Write(string.Join(',', Columns) + "\n");

    public static void Write(TextWriter w, ScreenedOutLine row) =>
        Write(w, row.FundId, row.File, row.Line, row.State, row.Reason, row.Name, row.Ticker, row.Exchange, row.Isin, row.Cusip, row.Sedol,
            row.AssetClass, row.Currency, row.MarketValue, row.WeightPercentInFile);

    /// <param name="file">The holdings file's name as reports publish it.</param>
    public static void Write(TextWriter w, string fundId, string file, HoldingRow row, RowState state, string reason) =>
        Write(w, fundId, file, row.Source.Line, state, reason, row.Name, row.Ticker, row.ExchangeText, row.Isin, row.Cusip, row.Sedol,
            row.AssetClass, row.Currency, row.MarketValue, row.WeightPercent);

    private static void Write(TextWriter w, string fundId, string file, int line, RowState state, string reason, string? name, string? ticker,
        string? exchange, string? isin, string? cusip, string? sedol, string? assetClass, string? currency, decimal? value, decimal? weight)
    {
        Field(w, fundId);
        Text(w, file);
        Number(w, line);
        w.Write(',');
        Field(w, Wording.Code(state));
        Text(w, reason);
        Text(w, name);
        Text(w, ticker);
        Text(w, exchange);
        Text(w, isin);
        Text(w, cusip);
        Text(w, sedol);
        Text(w, assetClass);
        Text(w, currency);
        Number(w, value);
        w.Write(',');
        Number(w, weight);
        w.Write('\n');
    }

    private static void Text(TextWriter w, string? value) => Field(w, FormulaGuard.ForCsv(value));

    private static void Field(TextWriter w, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' ')
            {
                w.Write('"');
                w.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
                w.Write('"');
            }
            else
            {
                w.Write(value);
            }
        }
        w.Write(',');
    }

    private static void Number(TextWriter w, decimal? value)
    {
        if (value is { } v) Number(w, v);
    }

    /// <summary>Writes a number in the invariant culture without making a string of it.</summary>
    private static void Number<T>(TextWriter w, T value) where T : ISpanFormattable
    {
        Span<char> buffer = stackalloc char[40];
        if (value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture)) w.Write(buffer[..written]);
        else w.Write(value.ToString(null, CultureInfo.InvariantCulture));
    }
}

/// <summary>Screened-out rows kept as the very CSV files the report lists them in: a renderer may copy them as they are.</summary>
public interface IScreenedOutCsvFiles
{
    /// <summary>Copies <c>unmatched.csv</c> (or <c>excluded.csv</c>) as kept, byte for byte.</summary>
    void CopyCsv(RowState state, Stream output);

    /// <summary>
    /// Puts <c>unmatched.csv</c> (or <c>excluded.csv</c>) as kept at <paramref name="path"/>, on the same volume as
    /// the run's working files: the kept file itself is moved there (the rows are read from there afterwards), and
    /// copied if it was placed before.
    /// </summary>
    void PlaceCsv(RowState state, string path);
}

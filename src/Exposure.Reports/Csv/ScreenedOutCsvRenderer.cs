using System.Globalization;
using System.Text;
using Exposure.Core.Holdings;
using Exposure.Core.Reporting;
using Exposure.Core.Text;

namespace Exposure.Reports.Csv;

/// <summary>
/// Writes <c>unmatched.csv</c> or <c>excluded.csv</c>: every unmatched (or excluded) holding, one line each, read back
/// from the report's screened-out rows. Written by hand rather than through CsvHelper: it is the one output with a line
/// per holding, the hot path of a large run.
/// </summary>
public sealed class ScreenedOutCsvRenderer : IReportRenderer
{
    public const string UnmatchedFile = "unmatched.csv";
    public const string ExcludedFile = "excluded.csv";

    public static readonly string[] Columns =
    [
        "fund_id", "file", "line", "state", "reason", "name", "ticker", "exchange", "isin", "cusip", "sedol",
        "asset_class", "currency", "market_value", "weight_percent_in_file",
    ];

    private readonly RowState _state;

    private ScreenedOutCsvRenderer(RowState state) => _state = state;

    public static ScreenedOutCsvRenderer Unmatched() => new(RowState.Unmatched);

    public static ScreenedOutCsvRenderer Excluded() => new(RowState.Excluded);

    public string Format => "csv";
    public string FileName => _state == RowState.Unmatched ? UnmatchedFile : ExcludedFile;

    public void Render(ExposureReport report, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', Columns));
        var rows = _state == RowState.Unmatched ? report.ScreenedOut.Unmatched() : report.ScreenedOut.Excluded();
        foreach (var row in rows) Write(writer, row);
    }

    private static void Write(StreamWriter w, ScreenedOutLine row)
    {
        Field(w, row.FundId);
        Text(w, row.File);
        w.Write(row.Line.ToString(CultureInfo.InvariantCulture));
        w.Write(',');
        Field(w, Wording.Code(row.State));
        Text(w, row.Reason);
        Text(w, row.Name);
        Text(w, row.Ticker);
        Text(w, row.Exchange);
        Text(w, row.Isin);
        Text(w, row.Cusip);
        Text(w, row.Sedol);
        Text(w, row.AssetClass);
        Text(w, row.Currency);
        Number(w, row.MarketValue);
        w.Write(',');
        Number(w, row.WeightPercentInFile);
        w.Write('\n');
    }

    private static void Text(StreamWriter w, string? value) => Field(w, FormulaGuard.ForCsv(value));

    private static void Field(StreamWriter w, string? value)
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

    private static void Number(StreamWriter w, decimal? value)
    {
        if (value is { } v) w.Write(v.ToString(CultureInfo.InvariantCulture));
    }
}

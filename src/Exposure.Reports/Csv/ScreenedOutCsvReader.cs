using System.Globalization;
using CsvHelper;
using Exposure.Core.Holdings;
using Exposure.Core.Reporting;
using Exposure.Core.Text;

namespace Exposure.Reports.Csv;

/// <summary>Reads back, lazily, the unmatched and excluded rows <see cref="ScreenedOutCsvWriter"/> streamed.</summary>
public sealed class ScreenedOutCsvReader(string unmatchedPath, string excludedPath) : IReportDetails
{
    public IEnumerable<ScreenedOutLine> Unmatched() => Read(unmatchedPath);

    public IEnumerable<ScreenedOutLine> Excluded() => Read(excludedPath);

    private static IEnumerable<ScreenedOutLine> Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            string? Text(string column) => FormulaGuard.FromCsv(csv.GetField(column)) is { Length: > 0 } v ? v : null;
            decimal? Number(string column) =>
                csv.GetField(column) is { Length: > 0 } v ? decimal.Parse(v, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture) : null;
            yield return new ScreenedOutLine(
                csv.GetField("fund_id")!,
                Text("file")!,
                int.Parse(csv.GetField("line")!, CultureInfo.InvariantCulture),
                csv.GetField("state") == "excluded" ? RowState.Excluded : RowState.Unmatched,
                Text("reason") ?? "",
                Text("name"),
                Text("ticker"),
                Text("exchange"),
                Text("isin"),
                Text("cusip"),
                Text("sedol"),
                Text("asset_class"),
                Text("currency"),
                Number("market_value"),
                Number("weight_percent_in_file"));
        }
    }
}

using System.Globalization;
using System.Text;
using CsvHelper;
using Exposure.Core.Holdings;
using Exposure.Core.Reporting;
using Exposure.Core.Text;

namespace Exposure.Reports.Tests.Csv;

/// <summary>
/// <c>unmatched.csv</c> as its writer makes it, read by a CSV library of its own: every field comes back as written
/// (text guarded against formulas, quotes, commas, line breaks, spaces at the ends, any script), numbers invariant.
/// </summary>
public sealed class ScreenedOutCsvWriterTests
{
    [Fact]
    public void Every_field_reads_back_as_written_by_an_independent_csv_reader()
    {
        string[] pieces = ["\"", ",", "\n", "\r\n", " ", "'", "=", "+", "-", "@", "\t", "=HYPERLINK(\"http://x\")", "a", "新疆", "é", "\U0001F600"];
        var random = new Random(3);
        string? Hostile()
        {
            if (random.Next(6) == 0) return null;
            var text = new StringBuilder();
            var length = random.Next(1, random.Next(20) == 0 ? 100_000 : 12);
            while (text.Length < length) text.Append(pieces[random.Next(pieces.Length)]);
            return text.ToString();
        }
        decimal? Amount() => random.Next(5) == 0 ? null : new decimal(random.NextDouble() * 1e9) * (random.Next(2) == 0 ? -1 : 1) / (decimal)Math.Pow(10, random.Next(12));

        var lines = new List<ScreenedOutLine>();
        using var output = new MemoryStream();
        using (var writer = new ScreenedOutCsvWriter(output, leaveOpen: true))
        {
            for (var line = 1; line <= 2_000; line++)
            {
                var row = new HoldingRow(new SourceLocation("x", line), Hostile(), Hostile(), Hostile(), Hostile(), Hostile(), Hostile(), Hostile(), Hostile(), Hostile(), null, Amount(), Amount());
                var state = line % 3 == 0 ? RowState.Excluded : RowState.Unmatched;
                var (fund, file, reason) = ("fund-" + (line % 7), Hostile() ?? "f.csv", Hostile() ?? "no company on the list matched");
                writer.Write(fund, file, row, state, reason);
                lines.Add(new ScreenedOutLine(fund, file, line, state, reason, row.Name, row.Ticker, row.ExchangeText, row.Isin, row.Cusip, row.Sedol,
                    row.AssetClass, row.Currency, row.MarketValue, row.WeightPercent));
            }
        }

        var bytes = output.ToArray();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        using var reader = new CsvReader(new StreamReader(new MemoryStream(bytes), Encoding.UTF8), CultureInfo.InvariantCulture);
        Assert.True(reader.Read());
        reader.ReadHeader();
        Assert.Equal(ScreenedOutCsv.Columns, reader.HeaderRecord);
        foreach (var l in lines)
        {
            Assert.True(reader.Read());
            string[] expected =
            [
                l.FundId, Guarded(l.File), l.Line.ToString(CultureInfo.InvariantCulture), Wording.Code(l.State), Guarded(l.Reason), Guarded(l.Name),
                Guarded(l.Ticker), Guarded(l.Exchange), Guarded(l.Isin), Guarded(l.Cusip), Guarded(l.Sedol), Guarded(l.AssetClass), Guarded(l.Currency),
                l.MarketValue?.ToString(CultureInfo.InvariantCulture) ?? "", l.WeightPercentInFile?.ToString(CultureInfo.InvariantCulture) ?? "",
            ];
            Assert.Equal(expected, Enumerable.Range(0, ScreenedOutCsv.Columns.Length).Select(i => reader.GetField(i)!));
        }
        Assert.False(reader.Read());
        // A formula is never left where a spreadsheet would run it.
        Assert.Contains("'=HYPERLINK", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    private static string Guarded(string? text) => FormulaGuard.ForCsv(text) ?? "";
}

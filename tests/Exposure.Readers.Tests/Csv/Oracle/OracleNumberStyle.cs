using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Exposure.Core;
using Exposure.Readers.Csv;
using Exposure.Readers.Mapping;
using Exposure.Readers.Text;

namespace Exposure.Readers.Tests.Csv.Oracle;

/// <summary>
/// The oracle's own look-ahead over a comma-separated file's first rows (a pass of its own with CsvHelper, within the
/// bounds of <see cref="NumberStyleSample"/>), and how it then reads numbers: the span reader's look-ahead is compared
/// with this one by every comparison of the two readers.
/// </summary>
internal static class OracleNumberStyle
{
    private static readonly ColumnRole[] NumberRoles =
        [ColumnRole.MarketValue, ColumnRole.Weight, ColumnRole.Quantity, ColumnRole.Price, ColumnRole.Notional, ColumnRole.Coupon];

    /// <summary>How the rows after the header write numbers; <see cref="NumberStyle.None"/> when the file has no header.</summary>
    public static NumberStyle Of(string path, string displayName, int maxPreambleRecords)
    {
        using var reader = TextEncodings.OpenText(File.OpenRead(path), out _);
        var bad = false;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            IgnoreBlankLines = false,
            DetectDelimiter = false,
            BadDataFound = _ => bad = true,
        }.Limit();
        using var parser = new CsvParser(reader, config);
        ColumnMap? map = null;
        int line = 0, records = 0, lines = 0, chars = 0;
        NumberExample? point = null, comma = null, either = null;
        try
        {
            while (parser.Next(displayName, line + 1))
            {
                var record = parser.Record ?? [];
                var count = bad ? CsvRecords.PhysicalLines(parser.RawRecord) : parser.RawRow - line;
                var first = line + 1;
                line += count;
                if (map is null)
                {
                    bad = false;
                    map = ColumnMap.TryDetect(record);
                    if (map is null && ++records > maxPreambleRecords) return NumberStyle.None;
                    continue;
                }
                if (!bad && record.Length == map.FieldCount)
                {
                    for (var i = 0; i < record.Length; i++)
                    {
                        if (!NumberRoles.Any(r => map.IndexOf(r) == i)) continue;
                        var v = record[i].Trim().Trim('\u00A0').Trim();
                        switch (NumberForms.Of(v))
                        {
                            case NumberForm.DecimalPoint: point ??= new(first, map.Headers[i], v); break;
                            case NumberForm.DecimalComma: comma ??= new(first, map.Headers[i], v); break;
                            case NumberForm.Either: either ??= new(first, map.Headers[i], v); break;
                        }
                    }
                }
                bad = false;
                lines += count;
                chars += parser.RawRecord.Length;
                if (lines >= NumberStyleSample.MaxLines || chars >= NumberStyleSample.MaxChars || (point is not null && comma is not null)) break;
            }
        }
        catch (DataException)
        {
            // A field past the size limit ends the look-ahead; the reading stops there.
        }
        return point is null && comma is null && either is null ? NumberStyle.None : new NumberStyle(point, comma, either);
    }

    /// <summary>How the oracle reads the file's numbers in the style its rows show.</summary>
    public static HoldingRecords.NumberParse Parse(NumberStyle style) =>
        style.DecimalComma ? new NumberFormat(",", ".").TryParse
        : style.RefusesEither ? (string? text, out decimal? value) =>
        {
            value = null;
            return NumberForms.Of(text) != NumberForm.Either && OracleNumberParser.TryParse(text, out value);
        }
        : OracleNumberParser.TryParse;
}

using Exposure.Core;

namespace Exposure.Readers.Csv;

/// <summary>
/// Looks ahead over the first rows after the header (at most <see cref="MaxLines"/> lines and <see cref="MaxChars"/>
/// characters, read once more afterwards from the reader's buffer) and notes how their number columns write numbers:
/// the file's <see cref="NumberStyle"/>.
/// </summary>
internal static class NumberStyleSample
{
    public const int MaxLines = 250;
    public const int MaxChars = 16 * 1024;

    private static readonly ColumnRole[] NumberRoles =
        [ColumnRole.MarketValue, ColumnRole.Weight, ColumnRole.Quantity, ColumnRole.Price, ColumnRole.Notional, ColumnRole.Coupon];

    /// <summary>Reads ahead from the record after the header and goes back to it.</summary>
    /// <param name="records">The reader, its current record the header.</param>
    /// <param name="line">The line the record after the header starts on.</param>
    public static NumberStyle Take(CsvRecordReader records, ColumnMap map, int line)
    {
        Span<int> columns = stackalloc int[NumberRoles.Length];
        var n = 0;
        foreach (var role in NumberRoles)
            if (map.IndexOf(role) is >= 0 and var i) columns[n++] = i;
        columns = columns[..n];

        NumberExample? point = null, comma = null, either = null;
        records.Mark();
        try
        {
            for (var lines = 0; lines < MaxLines && records.SinceMark < MaxChars && (point is null || comma is null) && records.Read(line); )
            {
                if (records.BadField is null && records.Count == map.FieldCount)
                {
                    foreach (var i in columns)
                    {
                        var v = CsvFields.Trim(records[i]);
                        var form = NumberForms.Of(v);
                        if (form == NumberForm.Plain) continue;
                        ref var seen = ref form == NumberForm.DecimalPoint ? ref point : ref form == NumberForm.DecimalComma ? ref comma : ref either;
                        seen ??= new NumberExample(line, map.Headers[i], v.ToString());
                    }
                }
                var count = records.BadField is null ? records.Lines : CsvRecords.PhysicalLines(records.RawRecord);
                lines += count;
                line += count;
            }
        }
        catch (DataException)
        {
            // A field past the size limit: the rows are read again after the look-ahead, and stop there with the same message.
        }
        records.Rewind();
        return point is null && comma is null && either is null ? NumberStyle.None : new NumberStyle(point, comma, either);
    }
}

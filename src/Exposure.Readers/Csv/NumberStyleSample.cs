namespace Exposure.Readers.Csv;

/// <summary>
/// Looks ahead over the first rows after the header (<see cref="RowsAhead"/>: at most <see cref="MaxLines"/> lines and
/// <see cref="MaxChars"/> characters, read once more afterwards from the reader's buffer) and notes how their number columns write numbers:
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
        var columns = NumberRoles.Select(map.IndexOf).Where(i => i >= 0).ToArray();
        NumberExample? point = null, comma = null, either = null;
        RowsAhead.Visit(records, map, line, rowLine =>
        {
            foreach (var i in columns)
            {
                var v = CsvFields.Trim(records[i]);
                var form = NumberForms.Of(v);
                if (form == NumberForm.Plain) continue;
                ref var seen = ref form == NumberForm.DecimalPoint ? ref point : ref form == NumberForm.DecimalComma ? ref comma : ref either;
                seen ??= new NumberExample(rowLine, map.Headers[i], v.ToString());
            }
            return point is null || comma is null;
        });
        return point is null && comma is null && either is null ? NumberStyle.None : new NumberStyle(point, comma, either);
    }
}

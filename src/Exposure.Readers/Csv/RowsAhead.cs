using Exposure.Core;

namespace Exposure.Readers.Csv;

/// <summary>
/// The look-ahead over the first rows after the header that the readers take a file's traits from (its number style,
/// an ISIN column found by its values): at most <see cref="NumberStyleSample.MaxLines"/> lines and
/// <see cref="NumberStyleSample.MaxChars"/> characters, read once more afterwards from the reader's buffer.
/// </summary>
internal static class RowsAhead
{
    /// <summary>
    /// Calls <paramref name="row"/> with the line of each row after the header that is well formed and as wide as the
    /// header, until it returns false or the look-ahead's bounds are reached, and goes back to the header.
    /// </summary>
    /// <param name="records">The reader, its current record the header.</param>
    /// <param name="line">The line the record after the header starts on.</param>
    /// <param name="row">Reads the reader's current record; false when nothing more is wanted.</param>
    public static void Visit(CsvRecordReader records, ColumnMap map, int line, Func<int, bool> row)
    {
        records.Mark();
        try
        {
            var more = true;
            for (var lines = 0; lines < NumberStyleSample.MaxLines && records.SinceMark < NumberStyleSample.MaxChars && more && records.Read(line); )
            {
                if (records.BadField is null && records.Count == map.FieldCount) more = row(line);
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
    }
}

using Exposure.Core.Identifiers;

namespace Exposure.Readers.Csv;

/// <summary>
/// Finds the ISIN column of a file whose header names none: a column under a header the reader does not know
/// (<c>Ident</c>, <c>Security ID</c>) whose values are ISINs by their check digit. Looks ahead over the first rows
/// after the header, as <see cref="NumberStyleSample"/> does, and goes back.
/// </summary>
/// <remarks>
/// A column is taken only where no header gives the ISIN role, only from columns whose header gives no role at all, and
/// only when at least <see cref="MinShare"/> of its non-empty values are valid ISINs (a cash line or a future may have
/// none, or a code of its own). A value that is not an ISIN is then reported as such on its row, as in an ISIN column.
/// </remarks>
internal static class IdentifierColumns
{
    /// <summary>The share of a column's non-empty values that must be valid ISINs for the column to be read as the ISIN.</summary>
    public const double MinShare = 0.9;

    /// <summary>The map with the ISIN column found by content, or the map as it was.</summary>
    /// <param name="records">The reader, its current record the header.</param>
    /// <param name="line">The line the record after the header starts on.</param>
    public static ColumnMap Take(CsvRecordReader records, ColumnMap map, int line)
    {
        if (map.Has(ColumnRole.Isin)) return map;
        var known = new HashSet<int>(map.Roles.Select(map.IndexOf));
        var open = Enumerable.Range(0, map.FieldCount).Where(i => !known.Contains(i)).ToArray();
        if (open.Length == 0) return map;

        var filled = new int[map.FieldCount];
        var valid = new int[map.FieldCount];
        RowsAhead.Visit(records, map, line, _ =>
        {
            foreach (var i in open)
            {
                var v = CsvFields.Trim(records[i]);
                if (v.IsEmpty || v is "-") continue;
                filled[i]++;
                if (Isin.IsValid(Isin.Normalise(v.ToString()))) valid[i]++;
            }
            return true;
        });

        return Chosen(map, open, filled, valid);
    }

    /// <summary>The map with the ISIN column found by content among <paramref name="rows"/> (a worksheet's first rows after its header, each row's cells as text), or the map as it was.</summary>
    public static ColumnMap Take(ColumnMap map, IEnumerable<IReadOnlyList<string>> rows)
    {
        if (map.Has(ColumnRole.Isin)) return map;
        var known = new HashSet<int>(map.Roles.Select(map.IndexOf));
        var open = Enumerable.Range(0, map.FieldCount).Where(i => !known.Contains(i)).ToArray();
        if (open.Length == 0) return map;

        var filled = new int[map.FieldCount];
        var valid = new int[map.FieldCount];
        foreach (var row in rows)
        {
            foreach (var i in open)
            {
                if (i >= row.Count || HoldingRecords.Clean(row[i]) is not { } v) continue;
                filled[i]++;
                if (Isin.IsValid(Isin.Normalise(v))) valid[i]++;
            }
        }
        return Chosen(map, open, filled, valid);
    }

    private static ColumnMap Chosen(ColumnMap map, int[] open, int[] filled, int[] valid)
    {
        var best = open.Where(i => valid[i] > 0 && valid[i] >= MinShare * filled[i]).OrderByDescending(i => valid[i]).FirstOrDefault(-1);
        return best < 0 ? map : map.WithContentRole(ColumnRole.Isin, best, $"column '{HoldingRecords.Shorten(map.Headers[best])}' read as ISIN: its values are ISINs");
    }
}

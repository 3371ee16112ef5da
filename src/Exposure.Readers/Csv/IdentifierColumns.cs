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
        if (Tally.Of(map) is not { } tally) return map;
        RowsAhead.Visit(records, map, line, _ =>
        {
            foreach (var i in tally.Open)
            {
                var v = CsvFields.Trim(records[i]);
                if (!v.IsEmpty && v is not "-") tally.Add(i, v.ToString());
            }
            return true;
        });
        return tally.Chosen();
    }

    /// <summary>The map with the ISIN column found by content among <paramref name="rows"/> (a worksheet's first rows after its header, each row's cells as text), or the map as it was.</summary>
    public static ColumnMap Take(ColumnMap map, IEnumerable<IReadOnlyList<string>> rows)
    {
        if (Tally.Of(map) is not { } tally) return map;
        foreach (var row in rows)
            foreach (var i in tally.Open)
                if (i < row.Count && HoldingRecords.Clean(row[i]) is { } v) tally.Add(i, v);
        return tally.Chosen();
    }

    /// <summary>The columns whose header gives no role, each with how many of its values are filled and how many are valid ISINs.</summary>
    private sealed class Tally
    {
        private readonly ColumnMap _map;
        private readonly int[] _filled;
        private readonly int[] _valid;

        private Tally(ColumnMap map, int[] open)
        {
            _map = map;
            Open = open;
            _filled = new int[map.FieldCount];
            _valid = new int[map.FieldCount];
        }

        public int[] Open { get; }

        /// <summary>A tally of the map's open columns; null where a header gives the ISIN role already, or no column is open.</summary>
        public static Tally? Of(ColumnMap map)
        {
            if (map.Has(ColumnRole.Isin)) return null;
            var known = new HashSet<int>(map.Roles.Select(map.IndexOf));
            var open = Enumerable.Range(0, map.FieldCount).Where(i => !known.Contains(i)).ToArray();
            return open.Length == 0 ? null : new Tally(map, open);
        }

        /// <summary>Counts a non-empty value of an open column.</summary>
        public void Add(int column, string value)
        {
            _filled[column]++;
            if (Isin.IsValid(Isin.Normalise(value))) _valid[column]++;
        }

        public ColumnMap Chosen()
        {
            var best = Open.Where(i => _valid[i] > 0 && _valid[i] >= MinShare * _filled[i]).OrderByDescending(i => _valid[i]).FirstOrDefault(-1);
            return best < 0 ? _map : _map.WithContentRole(ColumnRole.Isin, best, $"column '{HoldingRecords.Shorten(_map.Headers[best])}' read as ISIN: its values are ISINs");
        }
    }
}

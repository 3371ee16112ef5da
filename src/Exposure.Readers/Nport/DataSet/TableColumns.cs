using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Exposure.Core;

namespace Exposure.Readers.Nport.DataSet;

/// <summary>The columns of one data set table, found by name in its header line (the SEC's readme names them).</summary>
internal sealed class TableColumns
{
    private readonly Dictionary<string, int> _index;

    private TableColumns(string[] names)
    {
        Names = names;
        _index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++) _index.TryAdd(names[i], i);
    }

    public string[] Names { get; }

    public int Count => Names.Length;

    /// <summary>Reads the header line; fails naming the table when a column it needs is missing.</summary>
    public static TableColumns Read(TsvLines lines, string table, params string[] required)
    {
        if (!lines.Next()) throw new DataException(table, null, "the table is empty (no header line)");
        var names = Encoding.UTF8.GetString(lines.Current).Split('\t').Select(n => n.Trim()).ToArray();
        var columns = new TableColumns(names);
        var missing = required.Where(r => !columns._index.ContainsKey(r)).ToList();
        if (missing.Count > 0)
            throw new DataException(table, 1, $"the header has no {string.Join(", ", missing)} column{(missing.Count > 1 ? "s" : "")}; not a table of an SEC N-PORT data set");
        return columns;
    }

    public int this[string name] => _index[name];

    /// <summary>The column's position, or -1 when the table does not have it.</summary>
    public int Optional(string name) => _index.TryGetValue(name, out var i) ? i : -1;

    /// <summary>
    /// Splits a row of a table keyed by HOLDING_ID into <paramref name="fields"/> (at least <paramref name="columns"/> + 1
    /// long) and returns its HOLDING_ID. A row with another number of fields than the header, or whose HOLDING_ID is not a
    /// number, fails naming the table and line: the holding it describes cannot be known, and what it says (an ISIN, debt
    /// terms, a derivative's reference) would be lost without a word.
    /// </summary>
    public static long RowId(ReadOnlySpan<byte> line, Span<Range> fields, int columns, int holdingAt, string table, int lineNumber)
    {
        var n = TsvLines.Split(line, fields);
        if (n != columns) throw new DataException(table, lineNumber, string.Create(CultureInfo.InvariantCulture, $"the row has {n} fields, the header {columns}"));
        var field = line[fields[holdingAt]].Trim((byte)' ');
        if (Utf8Parser.TryParse(field, out long id, out var used) && used == field.Length) return id;
        throw new DataException(table, lineNumber, $"HOLDING_ID '{HoldingRecords.Shorten(Encoding.UTF8.GetString(field))}' is not a number");
    }
}

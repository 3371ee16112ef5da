using System.Buffers.Text;
using Exposure.Core.Identifiers;

namespace Exposure.Readers.Nport.DataSet;

/// <summary>
/// The identifiers of IDENTIFIERS.tsv that screening uses (ISIN, ticker, and a SEDOL given as an "other" identifier), by
/// HOLDING_ID, held compactly: rows that carry none of them are not kept; each distinct set of identifiers is stored
/// once, and each holding keeps an 8-byte id and a 4-byte reference to its set, in arrays sorted by id. A holding with
/// several rows (several tickers, say) keeps the first value of each kind, in file order. Look-ups in holdings order
/// walk forward from the last hit, so a table sorted like the holdings is read at no search cost.
/// </summary>
internal sealed class IdentifierIndex
{
    public const string Table = "IDENTIFIERS.tsv";
    private const int ChunkSize = 1 << 20;

    private readonly long[] _ids;
    private readonly int[] _sets;
    private readonly (string? Isin, string? Ticker, string? Sedol)[] _distinct;
    private int _hint;

    private IdentifierIndex(long[] ids, int[] sets, (string?, string?, string?)[] distinct)
    {
        _ids = ids;
        _sets = sets;
        _distinct = distinct;
    }

    public static IdentifierIndex Empty { get; } = new([], [], []);

    /// <summary>Rows read from the table.</summary>
    public int RowsRead { get; private set; }


    public int Count => _ids.Length;

    public (string? Isin, string? Ticker, string? Sedol) Find(long holdingId)
    {
        var i = Locate(holdingId);
        return i < 0 ? default : _distinct[_sets[i]];
    }

    private int Locate(long id)
    {
        var ids = _ids;
        if (ids.Length == 0) return -1;
        var h = _hint;
        if (h < ids.Length && ids[h] == id) return h;
        if (h + 1 < ids.Length && ids[h + 1] == id) return _hint = h + 1;
        var found = Array.BinarySearch(ids, id);
        if (found < 0) return -1;
        return _hint = found;
    }

    public static IdentifierIndex Read(DataSetSource source)
    {
        if (!source.Has(Table)) return Empty;
        var name = source.Name(Table);
        using var lines = source.Open(Table);
        var columns = TableColumns.Read(lines, name, "HOLDING_ID");
        int holding = columns["HOLDING_ID"], isinAt = columns.Optional("IDENTIFIER_ISIN"), tickerAt = columns.Optional("IDENTIFIER_TICKER"),
            otherAt = columns.Optional("OTHER_IDENTIFIER"), otherDescAt = columns.Optional("OTHER_IDENTIFIER_DESC");

        var distinct = new Dictionary<(string?, string?, string?), int>();
        var list = new List<(string?, string?, string?)>();
        var isins = new Dictionary<string, string>(StringComparer.Ordinal);
        var idChunks = new List<long[]>();
        var setChunks = new List<int[]>();
        var count = 0;
        var rows = 0;
        var sorted = true;
        var last = long.MinValue;
        Span<Range> f = stackalloc Range[16];

        while (lines.Next())
        {
            var line = lines.Current;
            if (line.IsEmpty) continue;
            rows++;
            var n = TsvLines.Split(line, f);
            if (n > f.Length || n < columns.Count) continue; // a malformed row gives no identifiers; it is not a holding line
            if (!Utf8Parser.TryParse(line[f[holding]].Trim((byte)' '), out long id, out var used) || used != line[f[holding]].Trim((byte)' ').Length) continue;

            string? isin = null, ticker = null, sedol = null;
            if (isinAt >= 0 && Field(line[f[isinAt]]) is { } i && Isin.IsValid(i)) isin = Intern(isins, i);
            if (tickerAt >= 0) ticker = Field(line[f[tickerAt]]);
            if (otherAt >= 0 && otherDescAt >= 0 && Field(line[f[otherDescAt]]) is { } desc && desc.Contains("SEDOL", StringComparison.OrdinalIgnoreCase))
                sedol = Field(line[f[otherAt]]);
            if (isin is null && ticker is null && sedol is null) continue;

            var key = (isin, ticker, sedol);
            if (!distinct.TryGetValue(key, out var set))
            {
                set = list.Count;
                distinct[key] = set;
                list.Add(key);
            }
            if (count % ChunkSize == 0)
            {
                idChunks.Add(new long[ChunkSize]);
                setChunks.Add(new int[ChunkSize]);
            }
            idChunks[^1][count % ChunkSize] = id;
            setChunks[^1][count % ChunkSize] = set;
            if (id < last) sorted = false;
            last = id;
            count++;
        }

        var ids = new long[count];
        var sets = new int[count];
        for (var c = 0; c < idChunks.Count; c++)
        {
            var take = Math.Min(ChunkSize, count - c * ChunkSize);
            Array.Copy(idChunks[c], 0, ids, c * ChunkSize, take);
            Array.Copy(setChunks[c], 0, sets, c * ChunkSize, take);
        }
        idChunks.Clear();
        setChunks.Clear();
        if (!sorted) Array.Sort(ids, sets);
        var index = Merge(ids, sets, distinct, list);
        index.RowsRead = rows;
        return index;
    }

    /// <summary>
    /// One entry per holding: several rows for one holding are folded, keeping of each kind the ordinally first value, so
    /// that the result does not depend on the order of the rows.
    /// </summary>
    private static IdentifierIndex Merge(long[] ids, int[] sets, Dictionary<(string?, string?, string?), int> distinct, List<(string?, string?, string?)> list)
    {
        var write = 0;
        for (var read = 0; read < ids.Length; read++)
        {
            if (write > 0 && ids[write - 1] == ids[read])
            {
                var (i1, t1, s1) = list[sets[write - 1]];
                var (i2, t2, s2) = list[sets[read]];
                var folded = (First(i1, i2), First(t1, t2), First(s1, s2));
                if (!distinct.TryGetValue(folded, out var set))
                {
                    set = list.Count;
                    distinct[folded] = set;
                    list.Add(folded);
                }
                sets[write - 1] = set;
                continue;
            }
            ids[write] = ids[read];
            sets[write] = sets[read];
            write++;
        }
        if (write < ids.Length)
        {
            Array.Resize(ref ids, write);
            Array.Resize(ref sets, write);
        }
        return new IdentifierIndex(ids, sets, list.ToArray());
    }

    private static string? First(string? a, string? b) => a is null ? b : b is null ? a : string.CompareOrdinal(a, b) <= 0 ? a : b;

    private static string? Field(ReadOnlySpan<byte> field)
    {
        var text = TsvLines.Text(field);
        return text is null || text.Equals("N/A", StringComparison.OrdinalIgnoreCase) ? null : text;
    }

    private static string Intern(Dictionary<string, string> pool, string s)
    {
        if (pool.TryGetValue(s, out var known)) return known;
        pool[s] = s;
        return s;
    }
}

using System.Text;
using Exposure.Core.Identifiers;

namespace Exposure.Readers.Nport.DataSet;

/// <summary>
/// The identifiers of IDENTIFIERS.tsv that screening uses (ISIN, ticker, and a SEDOL or ISIN given as an "other" identifier), by
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

    private IdentifierIndex(long[] ids, int[] sets, (string?, string?, string?)[] distinct)
    {
        _ids = ids;
        _sets = sets;
        _distinct = distinct;
    }

    public static IdentifierIndex Empty { get; } = new([], [], []);

    /// <summary>What a data set without IDENTIFIERS.tsv is read without, and what its holdings are matched by instead.</summary>
    public const string MissingNote =
        $"the data set has no {Table}: holdings were matched without ISINs, tickers or SEDOLs (by CUSIP, LEI and name only), " +
        "so a holding that only its ISIN would have matched is not matched.";

    /// <summary>Rows read from the table.</summary>
    public int RowsRead { get; private set; }


    public int Count => _ids.Length;

    /// <param name="holdingId">The holding.</param>
    /// <param name="hint">Where the caller's last look-up ended (0 to start): one per thread, so that look-ups in holdings order cost no search.</param>
    public (string? Isin, string? Ticker, string? Sedol) Find(long holdingId, ref int hint)
    {
        var i = Locate(holdingId, ref hint);
        return i < 0 ? default : _distinct[_sets[i]];
    }

    private int Locate(long id, ref int hint)
    {
        var ids = _ids;
        if (ids.Length == 0) return -1;
        var h = hint;
        if (h < ids.Length && ids[h] == id) return h;
        if (h + 1 < ids.Length && ids[h + 1] == id) return hint = h + 1;
        var found = Array.BinarySearch(ids, id);
        if (found < 0) return -1;
        return hint = found;
    }

    // Called once and loops over millions of lines: compiled optimised at once rather than waiting for tiering.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static IdentifierIndex Read(DataSetSource source)
    {
        if (!source.Has(Table)) return Empty;
        var name = source.Name(Table);
        using var lines = source.Open(Table);
        // A header without a column read here would lose every holding's ISIN, ticker or SEDOL: the table is refused.
        var columns = TableColumns.Read(lines, name, "HOLDING_ID", "IDENTIFIER_ISIN", "IDENTIFIER_TICKER", "OTHER_IDENTIFIER", "OTHER_IDENTIFIER_DESC");
        int holding = columns["HOLDING_ID"], isinAt = columns["IDENTIFIER_ISIN"], tickerAt = columns["IDENTIFIER_TICKER"],
            otherAt = columns["OTHER_IDENTIFIER"], otherDescAt = columns["OTHER_IDENTIFIER_DESC"];

        // Identifiers repeat across funds holding the same security: each distinct set of the three is decoded and stored
        // once, found by one look-up of the fields' text (decoded into a reused buffer, so a known set allocates nothing).
        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        var list = new List<(string?, string?, string?)>();
        var key = new char[1024];
        var idChunks = new List<long[]>();
        var setChunks = new List<int[]>();
        var count = 0;
        var rows = 0;
        var sorted = true;
        var last = long.MinValue;
        var f = new Range[columns.Count + 1];

        while (lines.Next())
        {
            var line = lines.Current;
            if (line.IsEmpty) continue;
            rows++;
            // A row that cannot be read would lose a holding's identifiers without a word: the table is refused, as the main tables are.
            var id = TableColumns.RowId(line, f, columns.Count, holding, name, lines.Line);

            var isinBytes = Value(line[f[isinAt]]);
            var tickerBytes = Value(line[f[tickerAt]]);
            var otherDesc = line[f[otherDescAt]];
            var sedolBytes = Contains(otherDesc, "SEDOL"u8) ? Value(line[f[otherAt]]) : default;
            // An ISIN given as the "other" identifier (OTHER_IDENTIFIER_DESC says ISIN), as DESC_REF_OTHER's is read; kept
            // only with a valid check digit, like any ISIN.
            if (isinBytes.IsEmpty && Contains(otherDesc, "ISIN"u8)) isinBytes = Value(line[f[otherAt]]);
            if (isinBytes.IsEmpty && tickerBytes.IsEmpty && sedolBytes.IsEmpty) continue;
            if (isinBytes.Length + tickerBytes.Length + sedolBytes.Length + 2 > key.Length) continue; // no identifier is that long

            var k = Encoding.UTF8.GetChars(isinBytes, key);
            key[k++] = '\t';
            k += Encoding.UTF8.GetChars(tickerBytes, key.AsSpan(k));
            key[k++] = '\t';
            k += Encoding.UTF8.GetChars(sedolBytes, key.AsSpan(k));
            if (!lookup.TryGetValue(key.AsSpan(0, k), out var set))
            {
                var isin = isinBytes.IsEmpty ? null : Encoding.UTF8.GetString(isinBytes);
                if (!Isin.IsValid(isin)) isin = null;
                var ticker = tickerBytes.IsEmpty ? null : Encoding.UTF8.GetString(tickerBytes);
                var sedol = sedolBytes.IsEmpty ? null : Encoding.UTF8.GetString(sedolBytes);
                set = isin is null && ticker is null && sedol is null ? -1 : list.Count;
                if (set >= 0) list.Add((isin, ticker, sedol));
                known[new string(key.AsSpan(0, k))] = set;
            }
            if (set < 0) continue;
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
        var index = Merge(ids, sets, list);
        index.RowsRead = rows;
        return index;
    }

    /// <summary>
    /// One entry per holding: several rows for one holding are folded, keeping of each kind the ordinally first value, so
    /// that the result does not depend on the order of the rows.
    /// </summary>
    private static IdentifierIndex Merge(long[] ids, int[] sets, List<(string?, string?, string?)> list)
    {
        var folds = new Dictionary<(string?, string?, string?), int>();
        var write = 0;
        for (var read = 0; read < ids.Length; read++)
        {
            if (write > 0 && ids[write - 1] == ids[read])
            {
                var (i1, t1, s1) = list[sets[write - 1]];
                var (i2, t2, s2) = list[sets[read]];
                var folded = (First(i1, i2), First(t1, t2), First(s1, s2));
                if (!folds.TryGetValue(folded, out var set))
                {
                    set = list.Count;
                    folds[folded] = set;
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

    /// <summary>A field trimmed of spaces; empty for an empty or "N/A" field.</summary>
    private static ReadOnlySpan<byte> Value(ReadOnlySpan<byte> field)
    {
        var v = field.Trim((byte)' ');
        return v.SequenceEqual("N/A"u8) || v.SequenceEqual("n/a"u8) ? default : v;
    }

    /// <summary>Whether <paramref name="text"/> contains <paramref name="word"/> (upper-case ASCII), in any case, without decoding it.</summary>
    private static bool Contains(ReadOnlySpan<byte> text, ReadOnlySpan<byte> word)
    {
        for (var i = 0; i + word.Length <= text.Length; i++)
        {
            var j = 0;
            while (j < word.Length && (text[i + j] & 0xDF) == word[j]) j++;
            if (j == word.Length) return true;
        }
        return false;
    }

    private static string? First(string? a, string? b) => a is null ? b : b is null ? a : string.CompareOrdinal(a, b) <= 0 ? a : b;

}

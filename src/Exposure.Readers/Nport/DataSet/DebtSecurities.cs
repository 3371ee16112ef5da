using System.Buffers.Text;

namespace Exposure.Readers.Nport.DataSet;

/// <summary>
/// The holdings DEBT_SECURITY.tsv describes (Form N-PORT item C.9, answered for debt securities only), as a sorted array
/// of HOLDING_IDs. A holding whose asset category does not say what it is, but which has debt terms, is a debt security.
/// </summary>
internal sealed class DebtSecurities
{
    public const string Table = "DEBT_SECURITY.tsv";

    private readonly long[] _ids;
    private int _hint;

    private DebtSecurities(long[] ids) => _ids = ids;

    public static DebtSecurities Empty { get; } = new([]);

    public int Count => _ids.Length;

    public bool Contains(long holdingId)
    {
        var ids = _ids;
        if (ids.Length == 0) return false;
        var h = _hint;
        if (h < ids.Length && ids[h] == holdingId) return true;
        if (h + 1 < ids.Length && ids[h + 1] == holdingId)
        {
            _hint = h + 1;
            return true;
        }
        var found = Array.BinarySearch(ids, holdingId);
        if (found < 0) return false;
        _hint = found;
        return true;
    }

    // Called once and loops over millions of lines: compiled optimised at once rather than waiting for tiering.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static DebtSecurities Read(DataSetSource source)
    {
        if (!source.Has(Table)) return Empty;
        using var lines = source.Open(Table);
        var columns = TableColumns.Read(lines, source.Name(Table), "HOLDING_ID");
        var at = columns["HOLDING_ID"];
        var ids = new List<long>();
        var sorted = true;
        var f = new Range[16];
        while (lines.Next())
        {
            var line = lines.Current;
            if (line.IsEmpty) continue;
            var n = TsvLines.Split(line, f);
            if (at >= Math.Min(n, f.Length)) continue;
            var field = line[f[at]].Trim((byte)' ');
            if (!Utf8Parser.TryParse(field, out long id, out var used) || used != field.Length) continue;
            if (ids.Count > 0 && id < ids[^1]) sorted = false;
            ids.Add(id);
        }
        var array = ids.ToArray();
        if (!sorted) Array.Sort(array);
        return new DebtSecurities(array);
    }
}

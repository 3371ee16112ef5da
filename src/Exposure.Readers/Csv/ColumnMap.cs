namespace Exposure.Readers.Csv;

/// <summary>Which field of a record holds which role, found from a header row.</summary>
public sealed class ColumnMap
{
    private readonly Dictionary<ColumnRole, int> _index;

    private ColumnMap(Dictionary<ColumnRole, int> index, int fieldCount, IReadOnlyList<string> headers)
    {
        _index = index;
        FieldCount = fieldCount;
        Headers = headers;
    }

    public int FieldCount { get; }
    public IReadOnlyList<string> Headers { get; }
    public IReadOnlyCollection<ColumnRole> Roles => _index.Keys;

    public bool Has(ColumnRole role) => _index.ContainsKey(role);

    public string HeaderOf(ColumnRole role) => Headers[_index[role]];

    /// <summary>The field for a role, trimmed, with empty and <c>-</c> as null.</summary>
    public string? Get(IReadOnlyList<string> record, ColumnRole role)
    {
        if (!_index.TryGetValue(role, out var i) || i >= record.Count) return null;
        var v = record[i].Trim().Trim('\u00A0').Trim();
        return v.Length == 0 || v == "-" ? null : v;
    }

    /// <summary>A map when the record reads as a holdings header: a name column and an identifier, value or weight column.</summary>
    public static ColumnMap? TryDetect(IReadOnlyList<string> record)
    {
        var index = new Dictionary<ColumnRole, int>();
        for (var i = 0; i < record.Count; i++)
            if (HeaderNames.RoleOf(record[i]) is { } role) index.TryAdd(role, i);

        var hasKey = index.Keys.Any(r => r is ColumnRole.Ticker or ColumnRole.Isin or ColumnRole.Cusip or ColumnRole.Sedol or ColumnRole.MarketValue or ColumnRole.Weight);
        if (!index.ContainsKey(ColumnRole.Name) || !hasKey) return null;
        return new ColumnMap(index, record.Count, record.Select(h => h.Trim().Trim('\uFEFF')).ToList());
    }
}

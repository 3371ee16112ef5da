namespace Exposure.Readers.Csv;

/// <summary>Which field of a record holds which role, found from a header row.</summary>
public sealed class ColumnMap
{
    private readonly Dictionary<ColumnRole, int> _index;
    private readonly int[] _byRole;

    private ColumnMap(Dictionary<ColumnRole, int> index, int fieldCount, IReadOnlyList<string> headers)
    {
        _index = index;
        _byRole = new int[Enum.GetValues<ColumnRole>().Length];
        Array.Fill(_byRole, -1);
        foreach (var (role, i) in index) _byRole[(int)role] = i;
        FieldCount = fieldCount;
        Headers = headers;
        if (index.TryGetValue(ColumnRole.MarketValue, out var value)) ValueCurrency = CurrencyText.InHeader(headers[value]);
    }

    /// <summary>What was found of a column by its values rather than its header, for the input's layout; null when nothing was.</summary>
    public string? ReadByContent { get; private init; }

    /// <summary>This map with a column its header does not name read in a role for what its values are (<see cref="IdentifierColumns"/>).</summary>
    public ColumnMap WithContentRole(ColumnRole role, int column, string note)
    {
        if (_index.ContainsKey(role) || _index.ContainsValue(column)) throw new InvalidOperationException("the column or the role is taken already");
        return new ColumnMap(new Dictionary<ColumnRole, int>(_index) { [role] = column }, FieldCount, Headers) { ReadByContent = note };
    }

    public int FieldCount { get; }
    public IReadOnlyList<string> Headers { get; }
    public IReadOnlyCollection<ColumnRole> Roles => _index.Keys;

    /// <summary>The currency the market value's header names (<c>Mkt Val (GBP)</c>): the rows' currency when the file has no currency column.</summary>
    public string? ValueCurrency { get; }

    /// <summary>True when the header has a market value or a weight column: without either, the file says nothing of how much is held.</summary>
    public bool HasValueOrWeight => Has(ColumnRole.MarketValue) || Has(ColumnRole.Weight);

    public bool Has(ColumnRole role) => _index.ContainsKey(role);

    /// <summary>
    /// True when the weight column's header says its weights are percentages (<c>Weight (%)</c>, <c>% of net assets</c>,
    /// <c>Weight percent</c>, <c>Weight pct</c>), or there is no weight column; false for <c>Weight</c>, <c>Allocation</c>.
    /// </summary>
    public bool WeightsMarkedPercent =>
        !Has(ColumnRole.Weight) || HeaderOf(ColumnRole.Weight) is var h && (h.Contains('%', StringComparison.Ordinal)
            || h.Contains("percent", StringComparison.OrdinalIgnoreCase) || h.Contains("pct", StringComparison.OrdinalIgnoreCase));

    public string HeaderOf(ColumnRole role) => Headers[_index[role]];

    /// <summary>The field that holds a role, or -1 when the header has no column for it.</summary>
    public int IndexOf(ColumnRole role) => _byRole[(int)role];

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
        {
            if (HeaderNames.RoleOf(record[i]) is not { } role) continue;
            // Of several market value columns, the one in a stated currency (Mkt Val (USD)) is read before a plain one, and
            // a plain one before the local one (Market Value (Local)), whose values are in each security's own currency.
            if (!index.TryAdd(role, i) && role == ColumnRole.MarketValue && ValueRank(record[i]) > ValueRank(record[index[role]])) index[role] = i;
        }

        // A file whose only name column is its issuer's: the issuer is the name.
        if (!index.ContainsKey(ColumnRole.Name) && index.Remove(ColumnRole.Issuer, out var issuer)) index[ColumnRole.Name] = issuer;
        var hasKey = index.Keys.Any(r => r is ColumnRole.Ticker or ColumnRole.Isin or ColumnRole.Cusip or ColumnRole.Sedol or ColumnRole.MarketValue or ColumnRole.Weight);
        if (!index.ContainsKey(ColumnRole.Name) || !hasKey) return null;
        return new ColumnMap(index, record.Count, record.Select(h => h.Trim().Trim('\uFEFF')).ToList());
    }

    /// <summary>How a market value column ranks among several: 2 when its header names a currency, 0 when it says its values are local, else 1.</summary>
    private static int ValueRank(string header) =>
        CurrencyText.InHeader(header.Trim().Trim('\uFEFF')) is not null ? 2
        : header.Contains("local", StringComparison.OrdinalIgnoreCase) ? 0
        : 1;

    /// <summary>
    /// The one-line problem of a header without a market value or a weight column: the columns it has, the names looked
    /// for, and the way out (a mapping file).
    /// </summary>
    public string NoValueColumn()
    {
        static string Some(ColumnRole role) => string.Join(", ", HeaderNames.For(role).Take(8).Select(n => $"'{n}'")) + ", ...";
        var seen = string.Join(", ", Headers.Where(h => h.Length > 0).Select(h => $"'{HoldingRecords.Shorten(h)}'"));
        return $"no market value or weight column found: the header has {seen}; looked for a market value ({Some(ColumnRole.MarketValue)}, " +
               $"also with a currency, e.g. 'Market Value (GBP)') or a weight ({Some(ColumnRole.Weight)}); " +
               "name the columns in a mapping file and give it with --mapping (see docs/mapping-file.md)";
    }
}

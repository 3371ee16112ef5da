namespace Exposure.Readers.Csv;

/// <summary>
/// One string per distinct value of the columns whose values repeat from row to row (exchange, currency, country, sector,
/// asset class, direction), so that a file of thousands of rows makes a few dozen of them rather than one per row.
/// </summary>
internal sealed class FieldStrings
{
    /// <summary>Distinct values kept at most; past this, values are made afresh.</summary>
    private const int MaxKept = 4096;

    private readonly Dictionary<string, string> _kept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public FieldStrings() => _lookup = _kept.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a role's values repeat enough to be kept.</summary>
    public static bool Repeats(ColumnRole role) =>
        role is ColumnRole.Exchange or ColumnRole.Currency or ColumnRole.Country or ColumnRole.Sector or ColumnRole.AssetClass or ColumnRole.Direction;

    /// <summary>The value as a string, the same string for the same value.</summary>
    public string Get(ReadOnlySpan<char> value)
    {
        if (_lookup.TryGetValue(value, out var kept)) return kept;
        var made = value.ToString();
        if (_kept.Count < MaxKept) _kept.Add(made, made);
        return made;
    }
}

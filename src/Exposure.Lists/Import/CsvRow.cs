namespace Exposure.Lists.Import;

/// <summary>One record of a <see cref="CsvTable"/>, its fields by (lower-case) column name.</summary>
internal sealed class CsvRow(IReadOnlyDictionary<string, int> columns, string[] fields)
{
    public string? this[string column] =>
        columns.TryGetValue(column, out var i) && i < fields.Length ? ListText.Clean(fields[i]) : null;
}

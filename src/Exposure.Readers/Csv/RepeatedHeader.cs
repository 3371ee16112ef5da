namespace Exposure.Readers.Csv;

/// <summary>
/// The header row again among the holdings (a table pasted twice in a spreadsheet): a record whose every field equals the
/// header's, case and surrounding spaces aside. It is not a holding.
/// </summary>
internal static class RepeatedHeader
{
    /// <summary>What a repeated header is called among the lines that are not holdings.</summary>
    public const string What = "header repeated";

    /// <summary>True when the current record of <paramref name="records"/> repeats the header <paramref name="map"/> was found from.</summary>
    public static bool Is(CsvRecordReader records, ColumnMap map)
    {
        if (records.Count != map.Headers.Count) return false;
        // The name column first: a holding differs there, so most rows are told apart without looking further.
        var name = map.IndexOf(ColumnRole.Name);
        if (!Same(records[name], map.Headers[name])) return false;
        for (var i = 0; i < records.Count; i++)
            if (!Same(records[i], map.Headers[i])) return false;
        return true;
    }

    /// <summary>True when the row's texts repeat the header <paramref name="map"/> was found from.</summary>
    public static bool Is(IReadOnlyList<string> texts, ColumnMap map)
    {
        var count = map.Headers.Count;
        for (var i = 0; i < Math.Max(count, texts.Count); i++)
        {
            var text = i < texts.Count ? texts[i] : "";
            var header = i < count ? map.Headers[i] : "";
            if (!Same(text, header)) return false;
        }
        return true;
    }

    private static bool Same(ReadOnlySpan<char> field, string header) =>
        CsvFields.Trim(field).Trim('\uFEFF').Equals(header.AsSpan().Trim().Trim('\u00A0'), StringComparison.OrdinalIgnoreCase);
}

namespace Exposure.Lists.Import;

/// <summary>The columns of a spreadsheet list, found by name: case, spaces, hyphens and underscores do not matter.</summary>
internal sealed class SpreadsheetColumns
{
    private static readonly Dictionary<string, string> Roles = Build(new()
    {
        ["name"] = ["name", "company", "company name", "entity", "entity name", "issuer", "issuer name", "legal name", "name en", "name english", "name of entity"],
        ["isin"] = ["isin", "isins", "isin code", "isin codes"],
        ["lei"] = ["lei", "lei code"],
        ["ticker"] = ["ticker", "symbol", "local code", "stock code"],
        ["exchange"] = ["exchange", "market", "mic", "exchange mic"],
        ["listings"] = ["listings", "listing"],
        ["country"] = ["country", "country code", "jurisdiction", "location"],
        ["native_name"] = ["native name", "name native", "local name", "chinese name", "name zh"],
        ["aliases"] = ["aliases", "alias", "aka", "also known as", "other names"],
        ["parent"] = ["parent", "parent company", "parent name"],
        ["category"] = ["category", "categories"],
        ["reason"] = ["reason", "summary", "allegation", "description", "grounds"],
        ["source_url"] = ["source url", "url", "source", "link", "source link"],
        ["source_title"] = ["source title", "title"],
        ["publisher"] = ["publisher", "source publisher"],
        ["date"] = ["date", "listed date", "listing date", "effective date", "source date"],
        ["source_kind"] = ["source kind", "kind of source"],
        ["type"] = ["type", "entity type", "schema", "sdn type"],
    });

    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public SpreadsheetColumns(IReadOnlyList<string> header)
    {
        for (var i = 0; i < header.Count; i++)
            if (Roles.TryGetValue(Key(header[i]), out var role)) _index.TryAdd(role, i);
    }

    public bool HasName => _index.ContainsKey("name");

    /// <summary>Whether the header has a column for <paramref name="role"/>.</summary>
    public bool Has(string role) => _index.ContainsKey(role);

    public string? Get(IReadOnlyList<string> row, string role) =>
        _index.TryGetValue(role, out var i) && i < row.Count ? ListText.Clean(row[i]) : null;

    public static bool LooksLikeHeader(IReadOnlyList<string> row) => row.Any(c => Roles.TryGetValue(Key(c), out var r) && r == "name");

    private static string Key(string header) =>
        new(header.Trim().ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());

    private static Dictionary<string, string> Build(Dictionary<string, string[]> roles)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (role, names) in roles)
            foreach (var n in names) result[Key(n)] = role;
        return result;
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using Exposure.Core;
using Exposure.Core.Inputs;
using Exposure.Readers.Csv;
using Exposure.Readers.Text;

namespace Exposure.Readers.Mapping;

/// <summary>A column named by its header text or by its 1-based number.</summary>
public sealed record ColumnRef(string? Header, int? Number)
{
    public override string ToString() => Header is not null ? $"'{Header}'" : $"column {Number}";
}

/// <summary>
/// A mapping file: which column of a CSV file holds which role, where the header is, the delimiter, how numbers are
/// written, and what the file itself does not say about the fund. See docs/mapping-file.md.
/// </summary>
public sealed class HoldingsMapping
{
    private static readonly string[] Settings = ["delimiter", "skipLines", "header", "culture", "decimalSeparator", "groupSeparator", "encoding", "columns", "fund", "comment"];
    private static readonly string[] FundSettings = ["name", "asOf", "netAssets", "currency"];

    private HoldingsMapping(string displayName) => DisplayName = displayName;

    /// <summary>How errors name the mapping file.</summary>
    public string DisplayName { get; }

    public char Delimiter { get; private set; } = ',';

    /// <summary>Physical lines before the header row (or before the first data row when there is no header).</summary>
    public int SkipLines { get; private set; }

    public bool HasHeader { get; private set; } = true;

    public NumberFormat Numbers { get; private set; } = NumberFormat.Invariant;

    /// <summary>The file's encoding when the mapping names one; null to detect it.</summary>
    public Encoding? Encoding { get; private set; }

    public IReadOnlyDictionary<ColumnRole, ColumnRef> Columns { get; private set; } = new Dictionary<ColumnRole, ColumnRef>();

    public string? FundName { get; private set; }
    public DateOnly? AsOf { get; private set; }
    public decimal? NetAssets { get; private set; }

    /// <summary>The currency of every row that does not state one.</summary>
    public string? Currency { get; private set; }

    /// <summary>Reads and checks a mapping file; every problem is a <see cref="DataException"/> naming the mapping file.</summary>
    /// <param name="path">The mapping file.</param>
    /// <param name="displayName">How errors name it; the path when null.</param>
    public static HoldingsMapping Load(string path, string? displayName = null) =>
        Load(new InputSource(path, displayName ?? path, "mapping"));

    /// <summary>Reads and checks a mapping file, hashing it as it is read.</summary>
    public static HoldingsMapping Load(InputSource source)
    {
        if (!File.Exists(source.Path)) throw new DataException(source.DisplayName, null, "mapping file not found");
        var json = BoundedText.ReadAll(source, InputLimits.MappingBytes, "a mapping file");
        var mapping = Parse(json, source.DisplayName);
        mapping.Lines = json.Length == 0 ? 0 : json.AsSpan().Count('\n') + (json.EndsWith('\n') ? 0 : 1);
        return mapping;
    }

    /// <summary>Physical lines of the mapping file, when it was read from one.</summary>
    public int Lines { get; private set; }

    /// <summary>Reads and checks a mapping from its JSON text.</summary>
    public static HoldingsMapping Parse(string json, string displayName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 8 });
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? (int)l + 1 : (int?)null;
            throw new DataException(displayName, line, $"not valid JSON ({FirstSentence(e.Message)})");
        }

        using (document)
        {
            var m = new HoldingsMapping(displayName);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw m.Error("the mapping must be a JSON object { ... }");
            try
            {
                m.Read(root);
            }
            catch (InvalidOperationException)
            {
                // A string holding an escape no text can have (a lone surrogate, "\ud800").
                throw m.Error("a string in the mapping is not valid text (an escape such as \\ud800 that stands for no character)");
            }
            return m;
        }
    }

    /// <summary>
    /// The 0-based field of each role, given the header record (null when the file has none). A column named by header text
    /// that the header does not have is an error naming the mapping file.
    /// </summary>
    /// <param name="header">The header row's fields, or null for a file without one.</param>
    /// <param name="dataFile">How errors name the holdings file.</param>
    /// <param name="headerLine">The header's line in the holdings file, for errors.</param>
    public IReadOnlyDictionary<ColumnRole, int> Resolve(IReadOnlyList<string>? header, string dataFile, int headerLine)
    {
        var resolved = new Dictionary<ColumnRole, int>();
        foreach (var (role, column) in Columns)
        {
            if (column.Number is { } number)
            {
                if (header is not null && number > header.Count)
                    throw Error(string.Create(CultureInfo.InvariantCulture, $"column {number} for {RoleName(role)} is beyond the {header.Count} columns of the header of {dataFile} (line {headerLine})"));
                resolved[role] = number - 1;
                continue;
            }
            var wanted = Fold(column.Header!);
            var index = header is null ? -1 : IndexOf(header, h => Fold(h) == wanted);
            if (index < 0)
                throw Error($"column '{column.Header}' for {RoleName(role)} is not in the header of {dataFile} " +
                            string.Create(CultureInfo.InvariantCulture, $"(line {headerLine} reads '{HoldingRecords.Shorten(string.Join(Delimiter == '\t' ? " | " : Delimiter + " ", header ?? []))}')"));
            resolved[role] = index;
        }
        return resolved;
    }

    /// <summary>How messages name a role: its name in the mapping file.</summary>
    public static string RoleName(ColumnRole role) => JsonNamingPolicy.CamelCase.ConvertName(role.ToString());

    internal DataException Error(string problem) => new(DisplayName, null, problem);

    private void Read(JsonElement root)
    {
        foreach (var p in root.EnumerateObject())
            if (!Settings.Contains(p.Name, StringComparer.Ordinal))
                throw Error($"unknown setting '{p.Name}' (known: {string.Join(", ", Settings)})");

        if (root.TryGetProperty("delimiter", out var d))
        {
            var text = String(d, "delimiter");
            Delimiter = text switch
            {
                "," => ',',
                ";" => ';',
                "|" => '|',
                "\t" or "tab" or "\\t" => '\t',
                _ => throw Error($"delimiter must be \",\", \";\", \"|\" or \"tab\", not \"{text}\""),
            };
        }
        if (root.TryGetProperty("skipLines", out var skip))
        {
            if (skip.ValueKind != JsonValueKind.Number || !skip.TryGetInt32(out var n) || n < 0 || n > 10_000)
                throw Error($"skipLines must be a whole number from 0 to 10000, not {skip.GetRawText()}");
            SkipLines = n;
        }
        if (root.TryGetProperty("header", out var header))
        {
            if (header.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                throw Error($"header must be true or false, not {header.GetRawText()}");
            HasHeader = header.GetBoolean();
        }

        ReadNumbers(root);

        if (root.TryGetProperty("encoding", out var enc))
        {
            var name = String(enc, "encoding");
            TextEncodings.EnsureCodePages();
            try
            {
                Encoding = System.Text.Encoding.GetEncoding(name);
            }
            catch (ArgumentException)
            {
                throw Error($"unknown encoding '{name}' (for example utf-8, utf-16, windows-1252, iso-8859-1, shift_jis, gb18030)");
            }
        }

        if (!root.TryGetProperty("columns", out var columns) || columns.ValueKind != JsonValueKind.Object)
            throw Error("'columns' is missing: it names the column of each role, e.g. \"columns\": { \"name\": \"Security\", \"isin\": \"ISIN\", \"marketValue\": 5 }");
        Columns = ReadColumns(columns);

        if (root.TryGetProperty("fund", out var fund)) ReadFund(fund);
    }

    private void ReadNumbers(JsonElement root)
    {
        var format = NumberFormat.Invariant;
        if (root.TryGetProperty("culture", out var c))
        {
            var name = String(c, "culture");
            try
            {
                var culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
                format = NumberFormat.Of(culture);
            }
            catch (CultureNotFoundException)
            {
                throw Error($"unknown culture '{name}' (for example en-US, de-DE, fr-FR, de-CH)");
            }
        }
        if (root.TryGetProperty("decimalSeparator", out var ds))
        {
            var sep = String(ds, "decimalSeparator");
            if (sep is not ("." or ",")) throw Error($"decimalSeparator must be \".\" or \",\", not \"{sep}\"");
            format = format with { DecimalSeparator = sep };
        }
        if (root.TryGetProperty("groupSeparator", out var gs))
        {
            var sep = String(gs, "groupSeparator", allowEmpty: true);
            if (sep is not ("" or "," or "." or " " or "'" or "\u00A0" or "\u202F" or "’"))
                throw Error($"groupSeparator must be \",\", \".\", \" \", \"'\" or \"\" (none), not \"{sep}\"");
            format = format with { GroupSeparator = sep };
        }
        if (format.DecimalSeparator == format.GroupSeparator)
            throw Error($"the decimal and group separators are both \"{format.DecimalSeparator}\"");
        Numbers = format;
    }

    private Dictionary<ColumnRole, ColumnRef> ReadColumns(JsonElement columns)
    {
        var roles = Enum.GetValues<ColumnRole>().ToDictionary(r => FoldRole(r.ToString()), r => r);
        var result = new Dictionary<ColumnRole, ColumnRef>();
        foreach (var p in columns.EnumerateObject())
        {
            if (!roles.TryGetValue(FoldRole(p.Name), out var role))
                throw Error($"unknown column role '{p.Name}' (known: {string.Join(", ", Enum.GetValues<ColumnRole>().Select(RoleName))})");
            if (result.ContainsKey(role)) throw Error($"column role '{p.Name}' is given twice");
            ColumnRef column = p.Value.ValueKind switch
            {
                JsonValueKind.String when p.Value.GetString()!.Trim().Length > 0 => new ColumnRef(p.Value.GetString()!.Trim(), null),
                JsonValueKind.Number when p.Value.TryGetInt32(out var n) && n is >= 1 and <= 16_384 => new ColumnRef(null, n),
                _ => throw Error($"column for {RoleName(role)} must be a header text or a column number from 1, not {p.Value.GetRawText()}"),
            };
            if (!HasHeader && column.Header is not null)
                throw Error($"column '{column.Header}' for {RoleName(role)} is given by header text, but the mapping says the file has no header row: give its number");
            result[role] = column;
        }
        if (!result.Keys.Any(r => r is ColumnRole.Name or ColumnRole.Isin or ColumnRole.Ticker or ColumnRole.Cusip or ColumnRole.Sedol))
            throw Error("'columns' names no column for the name or an identifier (name, isin, ticker, cusip or sedol)");
        var duplicates = result.GroupBy(c => c.Value).Where(g => g.Count() > 1).Select(g => g.Key).FirstOrDefault();
        if (duplicates is not null)
            throw Error($"{duplicates} is given for more than one role ({string.Join(", ", result.Where(c => c.Value == duplicates).Select(c => RoleName(c.Key)))})");
        return result;
    }

    private void ReadFund(JsonElement fund)
    {
        if (fund.ValueKind != JsonValueKind.Object) throw Error("'fund' must be an object with name, asOf, netAssets and currency");
        foreach (var p in fund.EnumerateObject())
            if (!FundSettings.Contains(p.Name, StringComparer.Ordinal))
                throw Error($"unknown fund setting '{p.Name}' (known: {string.Join(", ", FundSettings)})");

        if (fund.TryGetProperty("name", out var name)) FundName = String(name, "fund.name");
        if (fund.TryGetProperty("asOf", out var asOf))
        {
            var text = String(asOf, "fund.asOf");
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw Error($"fund.asOf must be a date written yyyy-MM-dd, not \"{text}\"");
            AsOf = date;
        }
        if (fund.TryGetProperty("netAssets", out var net))
        {
            if (net.ValueKind == JsonValueKind.Number && net.TryGetDecimal(out var n)) NetAssets = n;
            else if (net.ValueKind == JsonValueKind.String && Numbers.TryParse(net.GetString(), out var parsed) && parsed is not null) NetAssets = parsed;
            else throw Error($"fund.netAssets must be a number, not {net.GetRawText()}");
            if (!InputLimits.InRange(NetAssets)) throw Error(InputLimits.OutOfRange("fund.netAssets", net.GetRawText()));
        }
        if (fund.TryGetProperty("currency", out var currency))
        {
            var code = String(currency, "fund.currency").ToUpperInvariant();
            if (code.Length != 3 || !code.All(char.IsAsciiLetter)) throw Error($"fund.currency must be a three-letter code such as USD or EUR, not \"{code}\"");
            Currency = code;
        }
    }

    private string String(JsonElement e, string setting, bool allowEmpty = false)
    {
        if (e.ValueKind != JsonValueKind.String) throw Error($"{setting} must be text in quotes, not {e.GetRawText()}");
        var s = e.GetString()!;
        if (!allowEmpty && s.Trim().Length == 0) throw Error($"{setting} is empty");
        return allowEmpty ? s : s.Trim();
    }

    private static int IndexOf(IReadOnlyList<string> list, Func<string, bool> predicate)
    {
        for (var i = 0; i < list.Count; i++)
            if (predicate(list[i])) return i;
        return -1;
    }

    /// <summary>Header text compared without case, surrounding space, byte-order mark or repeated inner spaces.</summary>
    private static string Fold(string header) =>
        string.Join(' ', header.Trim().Trim('\uFEFF', '\u00A0').Replace('\u00A0', ' ').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string FoldRole(string role) =>
        new(role.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static string FirstSentence(string message)
    {
        var text = string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var path = text.IndexOf(" Path:", StringComparison.Ordinal);
        return (path > 0 ? text[..path] : text).TrimEnd('.', ' ');
    }
}

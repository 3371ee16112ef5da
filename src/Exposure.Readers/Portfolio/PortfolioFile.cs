using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Exposure.Core;
using Exposure.Core.Inputs;
using Exposure.Core.Portfolio;
using Exposure.Readers.Csv;

namespace Exposure.Readers.Portfolio;

/// <summary>
/// Reads a portfolio file (JSON, docs/portfolio.md) and its exchange-rates file, resolving paths against the portfolio
/// file's folder. Every problem, from a file too large to a value of the wrong kind, is one <see cref="DataException"/>
/// naming the file, the line and the problem.
/// </summary>
public static class PortfolioFile
{
    /// <summary>The largest portfolio or exchange-rates file read: both are short descriptions, never data sets.</summary>
    public const int MaxBytes = 16 << 20;

    private static readonly string[] RootFields = ["title", "reportCurrency", "asOf", "fxRates", "illustrativeNote", "holdings"];
    private static readonly string[] HoldingFields = ["id", "kind", "name", "manager", "file", "files", "mapping", "amount", "currency", "identifiers", "sheet"];
    private static readonly string[] IdentifierFields = ["isin", "ticker", "name"];

    /// <param name="Files">The portfolio file and its exchange-rates file, each with its SHA-256.</param>
    public sealed record Loaded(PortfolioDefinition Definition, FxRates Fx, string Folder, IReadOnlyList<InputFile> Files);

    public static Loaded Read(string path, string displayName)
    {
        if (Directory.Exists(path)) throw new DataException(displayName, null, "is a folder: --portfolio takes the portfolio file (JSON) itself, which names the holdings files");
        if (!File.Exists(path)) throw new DataException(displayName, null, "file not found");
        var source = new InputSource(path, displayName, "portfolio");
        var text = ReadBounded(source, "a portfolio file");
        var inputs = new List<InputFile> { source.Describe(LineCount(text)) };
        if (text.Trim().Length == 0) throw new DataException(displayName, null, "the file is empty");

        var json = LocatedJson.Parse(Encoding.UTF8.GetBytes(text), displayName);
        if (json.Kind != JsonValueKind.Object)
            throw new DataException(displayName, json.Line, $"the portfolio must be a JSON object {{ \"title\": ..., \"holdings\": [ ... ] }}, not {json.KindName}");
        var root = new JsonFields(json, displayName, "", RootFields);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";

        var title = root.Text("title") ?? throw root.Error("'title' is missing");
        var currency = Currency(root, "reportCurrency") ?? throw root.Error("'reportCurrency' is missing");
        DateOnly? asOf = root.Text("asOf") is { } a
            ? DateOnly.TryParseExact(a, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                : throw root.Error($"'asOf' '{JsonFields.Printable(a)}' is not a date written YYYY-MM-DD", root.LineOf("asOf"))
            : null;
        var note = root.Text("illustrativeNote");
        var entries = Holdings(root, folder, displayName);

        var fxName = root.Text("fxRates");
        FxRates rates;
        if (fxName is null)
        {
            rates = new FxRates(displayName, []);
        }
        else
        {
            var fxPath = Resolve(root, folder, fxName, root.LineOf("fxRates"), "exchange-rates file");
            if (!File.Exists(fxPath)) throw root.Error($"exchange-rates file '{JsonFields.Printable(fxName)}' not found", root.LineOf("fxRates"));
            rates = new FxRates(fxName, ReadRates(new InputSource(fxPath, fxName, "exchange rates"), inputs));
        }

        return new Loaded(new PortfolioDefinition(title, currency, asOf, entries, displayName, note), rates, folder, inputs);
    }

    private static List<PortfolioEntry> Holdings(JsonFields root, string folder, string displayName)
    {
        var holdings = root.Node("holdings");
        if (holdings is null || (holdings.Kind == JsonValueKind.Array && holdings.Items.Count == 0))
            throw root.Error("'holdings' is missing or empty: list the funds and mandates of the scheme", holdings?.Line);
        if (holdings.Kind != JsonValueKind.Array)
            throw root.Error($"'holdings' must be a list [ ... ] of the scheme's funds and mandates, not {holdings.KindName}", holdings.Line);

        var entries = new List<PortfolioEntry>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var claimed = new Dictionary<(string Kind, string Value), (string Id, int Line)>();
        for (var index = 1; index <= holdings.Items.Count; index++)
        {
            var item = holdings.Items[index - 1];
            var at = string.Create(CultureInfo.InvariantCulture, $"holding {index}");
            if (item.Kind != JsonValueKind.Object)
                throw root.Error($"{at} must be an object {{ \"id\": ..., \"amount\": ... }}, not {item.KindName}", item.Line);
            var idNode = item["id"];
            if (idNode is { Kind: not JsonValueKind.String and not JsonValueKind.Null })
                throw root.Error($"{at}: 'id' must be text, not {idNode.KindName}", idNode.Line);
            var id = idNode?.Text?.Trim() is { Length: > 0 } given ? given : throw root.Error($"{at} has no 'id'", item.Line);
            var line = idNode!.Line;
            if (id.Any(c => char.IsControl(c) || c == '>'))
                throw root.Error($"{at}: id '{JsonFields.Printable(id)}' must not contain '>' or control characters (paths are written 'a > b')", line);
            if (!ids.TryAdd(id, line))
                throw root.Error(string.Create(CultureInfo.InvariantCulture, $"holding id '{JsonFields.Printable(id)}' is used twice (first on line {ids[id]}): give each holding its own id"), line);
            var h = new JsonFields(item, displayName, $"holding '{JsonFields.Printable(id)}'", HoldingFields);

            var kindText = h.Text("kind") ?? "fund";
            var kind = kindText switch
            {
                "fund" => EntryKind.Fund,
                "index" => EntryKind.Index,
                _ => throw h.Error($"kind '{JsonFields.Printable(kindText)}' is neither 'fund' nor 'index'", h.LineOf("kind")),
            };

            var files = Files(h, folder);
            var sheet = Sheet(h, files.Count);
            var mapping = h.Text("mapping") is { } m ? Resolve(h, folder, m, h.LineOf("mapping"), "mapping file") : null;
            if (mapping is not null && !File.Exists(mapping)) throw h.Error($"mapping file '{JsonFields.Printable(h.Text("mapping")!)}' not found", h.LineOf("mapping"));

            var amount = Amount(h);
            var ccy = Currency(h, "currency");
            if (amount is not null && ccy is null) throw h.Error("amount given without its currency", h.LineOf("amount"));

            var identifiers = FundIdentifiers.None;
            if (h.Object("identifiers", $"holding '{JsonFields.Printable(id)}': identifiers", IdentifierFields) is { } idf)
            {
                identifiers = new FundIdentifiers(idf.Text("isin")?.ToUpperInvariant(), idf.Text("ticker")?.ToUpperInvariant(), idf.Text("name"));
                Claim(h, claimed, "isin", identifiers.Isin, id, idf.LineOf("isin"));
                Claim(h, claimed, "ticker", identifiers.Ticker, id, idf.LineOf("ticker"));
                Claim(h, claimed, "name", FundNames.Key(identifiers.Name), id, idf.LineOf("name"));
            }

            entries.Add(new PortfolioEntry(id, kind, h.Text("name") ?? id, h.Text("manager"), files, mapping, amount, ccy, identifiers, line, sheet));
        }
        if (entries.All(e => e.Amount is null)) throw root.Error("no holding has an 'amount': say how much the scheme has invested in each", holdings.Line);
        return entries;
    }

    /// <summary>The holding's files, from <c>file</c> and <c>files</c>, resolved and checked to exist.</summary>
    private static List<string> Files(JsonFields h, string folder)
    {
        var files = new List<(string Name, int Line)>();
        if (h.Text("file") is { } single) files.Add((single, h.LineOf("file")));
        if (h.Node("files") is { } many)
        {
            if (many.Kind != JsonValueKind.Array) throw h.Error($"'files' must be a list [ ... ] of file names, not {many.KindName}", many.Line);
            for (var i = 0; i < many.Items.Count; i++)
            {
                var f = many.Items[i];
                if (f.Kind != JsonValueKind.String || f.Text!.Trim().Length == 0)
                    throw h.Error(string.Create(CultureInfo.InvariantCulture, $"'files' item {i + 1} must be a file name, not {(f.Kind == JsonValueKind.String ? "blank text" : f.KindName)}"), f.Line);
                files.Add((f.Text.Trim(), f.Line));
            }
        }
        var resolved = new List<string>();
        foreach (var (name, line) in files)
        {
            var full = Resolve(h, folder, name, line, "file");
            if (!File.Exists(full)) throw h.Error($"file '{JsonFields.Printable(name)}' not found", line);
            resolved.Add(full);
        }
        return resolved;
    }

    /// <summary>The sheet the holding's workbooks are read from; null when none is named.</summary>
    private static string? Sheet(JsonFields h, int files)
    {
        if (h.Node("sheet") is { Kind: JsonValueKind.String } blank && blank.Text!.Trim().Length == 0)
            throw h.Error("'sheet' is blank: name the workbook's sheet to read, or leave 'sheet' out to read its first sheet with holdings", blank.Line);
        if (h.Text("sheet") is not { } sheet) return null;
        if (files == 0) throw h.Error($"'sheet' '{JsonFields.Printable(sheet)}' is given without a 'file' to read it from", h.LineOf("sheet"));
        return sheet;
    }

    private static decimal? Amount(JsonFields h)
    {
        if (h.Node("amount") is not { } am) return null;
        if (am.Kind != JsonValueKind.Number)
            throw h.Error($"amount must be a number of zero or more, not {am.KindName}{(am.Kind == JsonValueKind.String ? $" '{JsonFields.Printable(am.Text!)}'" : "")}", am.Line);
        if (!decimal.TryParse(am.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
            throw h.Error($"amount {am.Text} is too large to be an amount of money", am.Line);
        if (amount < 0) throw h.Error($"amount {am.Text} is negative: give what the scheme has invested, zero or more", am.Line);
        return amount;
    }

    /// <summary>Records that an identifier names this holding; the same identifier naming two holdings is an error.</summary>
    private static void Claim(JsonFields h, Dictionary<(string Kind, string Value), (string Id, int Line)> claimed, string kind, string? value, string id, int line)
    {
        if (value is null) return;
        if (claimed.TryGetValue((kind, value), out var first))
            throw h.Error(string.Create(CultureInfo.InvariantCulture,
                $"identifiers: {kind} '{JsonFields.Printable(value)}' also names holding '{first.Id}' (line {first.Line}): a row of a holdings file could not say which fund it is"), line);
        claimed[(kind, value)] = (id, line);
    }

    private static string? Currency(JsonFields fields, string name) =>
        fields.Text(name) is not { } text ? null
        : text.Length == 3 && text.All(char.IsAsciiLetter) ? text.ToUpperInvariant()
        : throw fields.Error($"currency '{JsonFields.Printable(text)}' is not a three-letter ISO 4217 code", fields.LineOf(name));

    /// <summary>A file name from the portfolio file, as a full path relative to the portfolio file's folder.</summary>
    private static string Resolve(JsonFields fields, string folder, string name, int line, string what)
    {
        try
        {
            return Path.GetFullPath(Path.Combine(folder, name));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw fields.Error($"{what} '{JsonFields.Printable(name)}' is not a usable file name", line);
        }
    }

    /// <summary>The lines of a text: its line feeds, and one more for a last line without an ending.</summary>
    private static int LineCount(string text) => text.Length == 0 ? 0 : text.AsSpan().Count('\n') + (text.EndsWith('\n') ? 0 : 1);

    private static List<(string, string, decimal, int)> ReadRates(InputSource source, List<InputFile> files)
    {
        var displayName = source.DisplayName;
        var text = ReadBounded(source, "an exchange-rates file");
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = false }.Limit());
        var rates = new List<(string, string, decimal, int)>();
        var last = 0;
        var start = 1;
        try
        {
            if (!csv.Read()) throw new DataException(displayName, null, "the file is empty");
            csv.ReadHeader();
            foreach (var column in new[] { "from", "to", "rate" })
                if (!(csv.HeaderRecord ?? []).Contains(column)) throw new DataException(displayName, 1, $"missing column '{column}' (expected from,to,rate)");
            last = csv.Parser.RawRow;
            while (true)
            {
                start = last + 1;
                if (!csv.Read()) break;
                var line = start;
                last = csv.Parser.RawRow;
                if (csv.Parser.Record is not { Length: > 0 } record || record.All(string.IsNullOrWhiteSpace)) continue;
                var from = Field(csv, "from", line);
                var to = Field(csv, "to", line);
                var rateText = Field(csv, "rate", line);
                if (!NumberParser.TryParse(rateText, out var rate) || rate is not > 0)
                    throw new DataException(displayName, line, $"rate '{JsonFields.Printable(rateText)}' is not a positive number");
                rates.Add((from, to, rate.Value, line));
            }
        }
        catch (CsvHelperException)
        {
            throw new DataException(displayName, start, "the line cannot be read as CSV (a quote not closed?)");
        }
        files.Add(source.Describe(LineCount(text)));
        return rates;

        string Field(CsvReader r, string column, int line) =>
            r.TryGetField<string>(column, out var value) && value is not null
                ? value.Trim()
                : throw new DataException(displayName, line, $"the line has no '{column}' value (expected from,to,rate)");
    }

    /// <summary>
    /// Reads a whole file as text, stopping with a one-line error past <see cref="MaxBytes"/>: an endless or huge file
    /// (<c>/dev/zero</c>) is refused after 16 MiB, not read into memory.
    /// </summary>
    private static string ReadBounded(InputSource source, string what)
    {
        try
        {
            using var stream = source.OpenRead();
            using var buffer = new MemoryStream();
            var chunk = new byte[1 << 16];
            int n;
            while ((n = stream.Read(chunk)) > 0)
            {
                if (buffer.Length + n > MaxBytes)
                    throw new DataException(source.DisplayName, null, $"larger than {MaxBytes >> 20} MiB: not {what}");
                buffer.Write(chunk, 0, n);
            }
            buffer.Position = 0;
            using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataException(source.DisplayName, null, "the file cannot be read");
        }
    }
}

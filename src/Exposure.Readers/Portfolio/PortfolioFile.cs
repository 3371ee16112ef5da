using System.Globalization;
using System.Text;
using System.Text.Json;
using Exposure.Core;
using Exposure.Core.Inputs;
using Exposure.Core.Portfolio;
using Exposure.Readers.Csv;
using Exposure.Readers.Text;

namespace Exposure.Readers.Portfolio;

/// <summary>Reads a portfolio file (JSON, docs/portfolio.md) and its exchange-rates file, resolving paths against the portfolio file's folder.</summary>
public static class PortfolioFile
{
    /// <param name="Files">The portfolio file and its exchange-rates file, each with its SHA-256.</param>
    public sealed record Loaded(PortfolioDefinition Definition, FxRates Fx, string Folder, IReadOnlyList<InputFile> Files);

    public static Loaded Read(string path, string displayName)
    {
        if (!File.Exists(path)) throw new DataException(displayName, null, "file not found");
        var source = new InputSource(path, displayName, "portfolio");
        string text;
        using (var reader = new StreamReader(source.OpenRead(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true)) text = reader.ReadToEnd();
        var inputs = new List<InputFile> { source.Describe(text.Length == 0 ? 0 : text.AsSpan().Count('\n') + (text.EndsWith('\n') ? 0 : 1)) };
        if (text.Trim().Length == 0) throw new DataException(displayName, null, "the file is empty");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new DataException(displayName, (int?)e.LineNumber + 1, $"not valid JSON: {e.Message.Split(" Path:")[0].Split(" LineNumber:")[0]}");
        }

        using (doc)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new DataException(displayName, 1, "the portfolio must be a JSON object");
            DataException Bad(string problem, string? near = null) => new(displayName, near is null ? null : LineOf(text, near), problem);

            var title = String(root, "title") ?? throw Bad("'title' is missing");
            var currency = Currency(String(root, "reportCurrency") ?? throw Bad("'reportCurrency' is missing"), Bad, "reportCurrency");
            var asOf = String(root, "asOf") is { } a ? Date(a, Bad("'asOf' is not a date written YYYY-MM-DD", "asOf")) : (DateOnly?)null;
            if (!root.TryGetProperty("holdings", out var holdings) || holdings.ValueKind != JsonValueKind.Array || holdings.GetArrayLength() == 0)
                throw Bad("'holdings' is missing or empty: list the funds and mandates of the scheme");

            var entries = new List<PortfolioEntry>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var h in holdings.EnumerateArray())
            {
                index++;
                var id = String(h, "id") ?? throw Bad(string.Create(CultureInfo.InvariantCulture, $"holding {index} has no 'id'"), "holdings");
                var near = $"\"{id}\"";
                if (!ids.Add(id)) throw Bad($"holding id '{id}' is used twice", near);
                var kindText = String(h, "kind") ?? "fund";
                var kind = kindText switch
                {
                    "fund" => EntryKind.Fund,
                    "index" => EntryKind.Index,
                    _ => throw Bad($"holding '{id}': kind '{kindText}' is neither 'fund' nor 'index'", near),
                };
                var files = new List<string>();
                if (String(h, "file") is { } single) files.Add(single);
                if (h.TryGetProperty("files", out var many) && many.ValueKind == JsonValueKind.Array)
                    files.AddRange(many.EnumerateArray().Select(f => f.GetString() ?? ""));
                var resolved = files.Select(f => Path.GetFullPath(Path.Combine(folder, f))).ToList();
                foreach (var (f, full) in files.Zip(resolved))
                    if (!File.Exists(full)) throw Bad($"holding '{id}': file '{f}' not found", near);
                var mapping = String(h, "mapping") is { } m ? Path.GetFullPath(Path.Combine(folder, m)) : null;
                if (mapping is not null && !File.Exists(mapping)) throw Bad($"holding '{id}': mapping file '{String(h, "mapping")}' not found", near);

                decimal? amount = null;
                if (h.TryGetProperty("amount", out var am) && am.ValueKind != JsonValueKind.Null)
                {
                    if (am.ValueKind != JsonValueKind.Number || !am.TryGetDecimal(out var d) || d < 0)
                        throw Bad($"holding '{id}': amount must be a number of zero or more", near);
                    amount = d;
                }
                var ccy = String(h, "currency") is { } c ? Currency(c, Bad, near) : null;
                if (amount is not null && ccy is null) throw Bad($"holding '{id}': amount given without its currency", near);

                var identifiers = FundIdentifiers.None;
                if (h.TryGetProperty("identifiers", out var idf) && idf.ValueKind == JsonValueKind.Object)
                    identifiers = new FundIdentifiers(String(idf, "isin")?.ToUpperInvariant(), String(idf, "ticker")?.ToUpperInvariant(), String(idf, "name"));

                entries.Add(new PortfolioEntry(id, kind, String(h, "name") ?? id, String(h, "manager"), resolved, mapping, amount, ccy, identifiers, LineOf(text, near) ?? 1));
            }
            if (entries.All(e => e.Amount is null)) throw Bad("no holding has an 'amount': say how much the scheme has invested in each");

            var fxPath = String(root, "fxRates") is { } fx ? Path.GetFullPath(Path.Combine(folder, fx)) : null;
            var fxName = String(root, "fxRates") ?? displayName;
            if (fxPath is not null && !File.Exists(fxPath)) throw Bad($"exchange-rates file '{fxName}' not found", "fxRates");
            var rates = fxPath is null ? new FxRates(displayName, []) : new FxRates(fxName, ReadRates(new InputSource(fxPath, fxName, "exchange rates"), inputs));

            return new Loaded(new PortfolioDefinition(title, currency, asOf, entries, displayName, String(root, "illustrativeNote")), rates, folder, inputs);
        }
    }

    private static List<(string, string, decimal)> ReadRates(InputSource source, List<InputFile> files)
    {
        var displayName = source.DisplayName;
        using var csv = new GuardedCsvReader(BoundedText.OpenText(source, InputLimits.ExchangeRatesBytes, "an exchange-rates file"), displayName);
        if (!csv.ReadHeader()) throw new DataException(displayName, null, "the file is empty");
        foreach (var column in new[] { "from", "to", "rate" })
            if (!(csv.HeaderRecord ?? []).Contains(column)) throw new DataException(displayName, 1, $"missing column '{column}' (expected from,to,rate)");
        var rates = new List<(string, string, decimal)>();
        while (csv.Read())
        {
            var line = csv.Line;
            var from = csv.GetField("from")?.Trim() ?? "";
            var to = csv.GetField("to")?.Trim() ?? "";
            var rateText = csv.GetField("rate");
            if (from.Length != 3 || to.Length != 3) throw new DataException(displayName, line, "currencies must be three-letter ISO 4217 codes");
            if (!NumberParser.TryParse(rateText, out var rate) || rate is not > 0)
                throw new DataException(displayName, line, $"rate '{rateText}' is not a positive number");
            rates.Add((from, to, rate.Value));
        }
        files.Add(source.Describe(csv.Lines));
        return rates;
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Trim() is { Length: > 0 } s ? s : null;

    private static string Currency(string text, Func<string, string?, DataException> bad, string near) =>
        text.Length == 3 && text.All(char.IsAsciiLetter) ? text.ToUpperInvariant() : throw bad($"currency '{text}' is not a three-letter ISO 4217 code", near);

    private static DateOnly Date(string text, DataException error) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw error;

    private static int? LineOf(string text, string needle)
    {
        var at = text.IndexOf(needle, StringComparison.Ordinal);
        return at < 0 ? null : text.AsSpan(0, at).Count('\n') + 1;
    }
}

using System.Text.Json;
using Exposure.Core;
using Exposure.Core.Reference;
using Exposure.Lists.Model;

namespace Exposure.Lists.Import;

/// <summary>
/// OpenSanctions exports of FollowTheMoney entities as JSON lines (<c>entities.ftm.json</c>, <c>targets.nested.json</c>):
/// one entity a line, <c>{id, schema, properties, datasets, first_seen, last_seen, last_change, target}</c>. Companies
/// and organisations that are targets become entries; ISINs come from <c>Security</c> entities naming them as issuer,
/// programs and dates from <c>Sanction</c> entities (separate, or nested in <c>targets.nested.json</c>). Streamed: only
/// the entries kept and the securities and sanctions that attach to them are held. With a dataset or topic filter the
/// file is read twice, first for the ids of the entities kept, so that the securities and sanctions of the entities
/// left out are never held.
/// </summary>
internal static class OpenSanctionsFtmReader
{
    public const string Licence = "CC BY-NC 4.0 (OpenSanctions; free for non-commercial use, commercial users need a licence)";
    private static readonly HashSet<string> Organisations = new(StringComparer.Ordinal) { "Company", "Organization", "LegalEntity", "PublicBody" };
    private static readonly string[] UsccProperties = ["uscCode", "usccCode", "unifiedSocialCreditCode"];

    public static ImportedList Read(string path, string displayName, ImportOptions options)
    {
        var log = new ProblemLog(displayName);
        var datasets = Set(options.Datasets);
        var topics = Set(options.Topics);
        var programs = Set(options.Programs);
        var kept = new List<(ListEntry Entry, List<string> RawIsins)>();
        var securities = new Dictionary<string, List<(string Isin, int Line)>>(StringComparer.Ordinal);
        var sanctions = new Dictionary<string, (string? Program, string? Date)>(StringComparer.Ordinal);
        var entities = 0;
        var wanted = datasets is null && topics is null ? null : KeptIds(path, displayName, datasets, topics);

        foreach (var (line, bytes) in JsonLines.Read(path, displayName))
        {
            if (bytes.IsEmpty) continue;
            entities++;
            using var doc = Parse(bytes, displayName, line);
            try
            {
                var root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object || Str(root, "id") is not { } id || Str(root, "schema") is not { } schema)
                    throw new DataException(displayName, line, "not a FollowTheMoney entity: it needs 'id' and 'schema'");
                var props = root.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
                if (schema == "Security")
                {
                    foreach (var issuer in Values(props, "issuer"))
                        if (wanted is null || wanted.Contains(issuer))
                            foreach (var isin in Values(props, "isin"))
                            (securities.TryGetValue(issuer, out var l) ? l : securities[issuer] = []).Add((isin, line));
                    continue;
                }
                if (schema == "Sanction")
                {
                    foreach (var entity in Values(props, "entity"))
                        if (wanted is null || wanted.Contains(entity))
                            Sanction(sanctions, entity, props);
                    continue;
                }
                if (!Organisations.Contains(schema)) continue;
                if (root.TryGetProperty("target", out var target) && target.ValueKind == JsonValueKind.False) continue;
                var entityDatasets = Array(root, "datasets");
                if (datasets is not null && !entityDatasets.Any(datasets.Contains)) continue;
                if (topics is not null && !Values(props, "topics").Any(topics.Contains)) continue;
                var entityPrograms = Values(props, "programId").Concat(Values(props, "program")).ToList();
                var names = Values(props, "name").ToList();
                if (names.Count == 0) { log.Add(line, $"entity {id} has no name: left out"); continue; }

                var rawIsins = Values(props, "isinCode").ToList();
                foreach (var nested in Nested(props))
                {
                    var nestedProps = nested.TryGetProperty("properties", out var np) ? np : default;
                    if (Str(nested, "schema") == "Security") rawIsins.AddRange(Values(nestedProps, "isin"));
                    if (Str(nested, "schema") == "Sanction") Sanction(sanctions, id, nestedProps);
                }
                if (programs is not null && !entityPrograms.Any(programs.Contains) && !(sanctions.TryGetValue(id, out var s0) && s0.Program is { } sp && programs.Contains(sp)))
                    continue;
                var name = names[0];
                var firstSeen = Str(root, "first_seen");
                kept.Add((new ListEntry
                {
                    Line = line,
                    EntryId = id,
                    Name = name,
                    Aliases = names.Skip(1).Concat(Values(props, "alias")).Concat(Values(props, "previousName"))
                        .Where(a => a != name).Distinct(StringComparer.Ordinal).ToList(),
                    Lei = EntryChecks.Lei(Values(props, "leiCode").FirstOrDefault(), log, line, name),
                    Uscc = UsccProperties.SelectMany(u => Values(props, u)).FirstOrDefault(),
                    Country = Values(props, "country").Concat(Values(props, "jurisdiction")).Select(Countries.Code).OfType<string>().FirstOrDefault(),
                    Program = string.Join("; ", entityDatasets.Concat(entityPrograms).Distinct(StringComparer.Ordinal)),
                    Category = entityDatasets.Any(d => d.Contains("uflpa", StringComparison.OrdinalIgnoreCase)) ? "forced-labour" : "sanctioned",
                    Reason = Values(props, "notes").FirstOrDefault() is { } note ? Clip(note) : null,
                    SourceUrl = $"https://www.opensanctions.org/entities/{Uri.EscapeDataString(id)}/",
                    SourceTitle = $"OpenSanctions entity {id}",
                    Date = ListText.Date(firstSeen?.Length >= 10 ? firstSeen[..10] : firstSeen),
                }, rawIsins));
            }
            catch (InvalidOperationException)
            {
                throw NotText(displayName, line);
            }
        }
        if (entities == 0) throw new DataException(displayName, null, "the file holds no entities");

        var entries = new List<ListEntry>(kept.Count);
        foreach (var (entry, rawIsins) in kept)
        {
            var isins = rawIsins.ToList();
            if (securities.TryGetValue(entry.EntryId, out var linked)) isins.AddRange(linked.Select(l => l.Isin));
            var sanction = sanctions.GetValueOrDefault(entry.EntryId);
            entries.Add(entry with
            {
                Isins = EntryChecks.Isins(isins, log, entry.Line, entry.Name),
                Program = sanction.Program is { } program && !entry.Program!.Contains(program, StringComparison.Ordinal)
                    ? $"{entry.Program}; {program}" : entry.Program,
                Date = ListText.Date(sanction.Date) ?? entry.Date,
            });
        }

        var provenance = new ListProvenance(
            options.Name ?? "OpenSanctions" + (datasets is null ? "" : $" ({string.Join(", ", datasets.Order(StringComparer.Ordinal))})"),
            ListFormats.OpenSanctionsFtm,
            displayName,
            options.Date ?? FileFacts.ModifiedDate(path),
            ListFiles.Sha256(path),
            options.Licence ?? Licence,
            options.SourceUrl ?? "https://www.opensanctions.org/datasets/",
            options.SourceTitle ?? "OpenSanctions datasets",
            options.Publisher ?? "OpenSanctions",
            options.SourceKind ?? SourceKinds.CopyOfOfficialFile);
        return new ImportedList(provenance, entries, log.Problems);
    }

    /// <summary>One line as a JSON entity: UTF-8 text, nested at most 16 deep.</summary>
    private static JsonDocument Parse(ReadOnlyMemory<byte> bytes, string displayName, int line)
    {
        if (!System.Text.Unicode.Utf8.IsValid(bytes.Span)) throw NotText(displayName, line);
        try
        {
            return JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new DataException(displayName, line, $"not a JSON entity ({e.Message.Split('.')[0]})");
        }
    }

    /// <summary>A string that is not text: invalid UTF-8, or an escape such as <c>\ud800</c> that stands for no character.</summary>
    private static DataException NotText(string displayName, int line) =>
        new(displayName, line, "not a JSON entity: it holds bytes that are not UTF-8 text, or an escape such as \\ud800 that stands for no character");

    /// <summary>First pass: the ids of the target organisations the filters keep.</summary>
    private static HashSet<string> KeptIds(string path, string displayName, HashSet<string>? datasets, HashSet<string>? topics)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, bytes) in JsonLines.Read(path, displayName))
        {
            if (bytes.IsEmpty) continue;
            using var doc = Parse(bytes, displayName, line);
            try
            {
                var root = doc.RootElement;
                if (Str(root, "schema") is not { } schema || !Organisations.Contains(schema) || Str(root, "id") is not { } id) continue;
                if (root.TryGetProperty("target", out var target) && target.ValueKind == JsonValueKind.False) continue;
                if (datasets is not null && !Array(root, "datasets").Any(datasets.Contains)) continue;
                var props = root.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
                if (topics is not null && !Values(props, "topics").Any(topics.Contains)) continue;
                ids.Add(id);
            }
            catch (InvalidOperationException)
            {
                throw NotText(displayName, line);
            }
        }
        return ids;
    }

    private static void Sanction(Dictionary<string, (string? Program, string? Date)> sanctions, string entity, JsonElement props)
    {
        var program = Values(props, "programId").Concat(Values(props, "program")).FirstOrDefault();
        var date = Values(props, "listingDate").Concat(Values(props, "startDate")).Order(StringComparer.Ordinal).FirstOrDefault();
        var known = sanctions.GetValueOrDefault(entity);
        sanctions[entity] = (known.Program ?? program, known.Date is null || (date is not null && string.CompareOrdinal(date, known.Date) < 0) ? date ?? known.Date : known.Date);
    }

    private static string Clip(string text) => text.Length > 500 ? text[..500] + "…" : text;

    private static HashSet<string>? Set(IReadOnlyList<string>? values) =>
        values is { Count: > 0 } ? new HashSet<string>(values, StringComparer.OrdinalIgnoreCase) : null;

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IEnumerable<string> Array(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Array) yield break;
        foreach (var item in v.EnumerateArray())
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s) yield return s.Trim();
    }

    /// <summary>A property's string values (FtM properties are arrays of strings; nested entities are skipped here).</summary>
    private static IEnumerable<string> Values(JsonElement props, string name) => Array(props, name);

    /// <summary>Entities nested in the properties (targets.nested.json).</summary>
    private static IEnumerable<JsonElement> Nested(JsonElement props)
    {
        if (props.ValueKind != JsonValueKind.Object) yield break;
        foreach (var prop in props.EnumerateObject())
        {
            if (prop.Value.ValueKind != JsonValueKind.Array) continue;
            foreach (var item in prop.Value.EnumerateArray())
                if (item.ValueKind == JsonValueKind.Object) yield return item;
        }
    }
}

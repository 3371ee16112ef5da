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

    /// <summary>Properties only a company or organisation has: a LegalEntity with one of them is not a person.</summary>
    private static readonly string[] CompanyProperties =
        ["isinCode", "leiCode", "registrationNumber", "incorporationDate", "legalForm", "uscCode", "usccCode", "unifiedSocialCreditCode", "ogrnCode", "swiftBic", "dunsCode", "permId", "ticker"];

    /// <summary>Schemas of targets that are not organisations, named as a count says them (any other: "CryptoWallet entity").</summary>
    internal static readonly Dictionary<string, (string One, string Many)> LeftOutSchemas = new(StringComparer.Ordinal)
    {
        ["Person"] = ("individual", "individuals"),
        ["Vessel"] = ("vessel", "vessels"),
        ["Airplane"] = ("aircraft", "aircraft"),
    };

    public static ImportedList Read(string path, string displayName, ImportOptions options)
    {
        var log = new ProblemLog(displayName);
        var leftOut = new LeftOutCounts();
        var datasets = Set(options.Datasets);
        var topics = Set(options.Topics);
        var programs = Set(options.Programs);
        var kept = new List<Candidate>();
        var securities = new Dictionary<string, List<(string Isin, int Line)>>(StringComparer.Ordinal);
        var sanctions = new Dictionary<string, List<SanctionFact>>(StringComparer.Ordinal);
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
                            AddSanction(sanctions, entity, props, Array(root, "datasets").ToList());
                    continue;
                }
                var isTarget = !(root.TryGetProperty("target", out var target) && target.ValueKind == JsonValueKind.False);
                if (!Organisations.Contains(schema))
                {
                    // A target of any other schema is an entry of the list too: counted, so that every entry is accounted for.
                    if (isTarget)
                    {
                        var kind = LeftOutSchemas.TryGetValue(schema, out var k) ? k : (One: $"{schema} entity", Many: $"{schema} entities");
                        leftOut.Add(kind.One, kind.Many, LeftOutCounts.NotAnOrganisation);
                    }
                    continue;
                }
                if (!isTarget) continue;
                var entityDatasets = Array(root, "datasets").ToList();
                if (datasets is not null && !entityDatasets.Any(datasets.Contains)) { leftOut.AddFiltered("--dataset"); continue; }
                var entityTopics = Values(props, "topics").ToList();
                if (topics is not null && !entityTopics.Any(topics.Contains)) { leftOut.AddFiltered("--topic"); continue; }
                var names = Values(props, "name").ToList();
                if (names.Count == 0) { log.Add(line, $"entity {id} has no name: left out"); leftOut.Add("entity without a name", "entities without a name", LeftOutCounts.NoName); continue; }
                if (schema == "LegalEntity" && !CompanyProperties.Any(c => Values(props, c).Any()) && !names.Concat(Values(props, "alias")).Any(OrganisationSignals.InName))
                {
                    log.Add(line, $"entity {id} '{names[0]}' is a LegalEntity with no company property (isinCode, leiCode, registrationNumber, incorporationDate, ...) and no legal-form word in its name: it looks like a person; left out");
                    AddLooksLikeAPerson(leftOut);
                    continue;
                }

                var rawIsins = Values(props, "isinCode").ToList();
                foreach (var nested in Nested(props))
                {
                    var nestedProps = nested.TryGetProperty("properties", out var np) ? np : default;
                    if (Str(nested, "schema") == "Security") rawIsins.AddRange(Values(nestedProps, "isin"));
                    if (Str(nested, "schema") == "Sanction") AddSanction(sanctions, id, nestedProps, Array(nested, "datasets").ToList());
                }
                var name = names[0];
                var firstSeen = Str(root, "first_seen");
                kept.Add(new Candidate(new ListEntry
                {
                    Line = line,
                    EntryId = id,
                    Name = name,
                    Aliases = ListText.Aliases(name, names.Skip(1).Concat(Values(props, "alias")).Concat(Values(props, "weakAlias")).Select(ListAlias.Trading)
                        .Concat(Values(props, "previousName").Select(ListAlias.Former))),
                    Lei = EntryChecks.Lei(Values(props, "leiCode").FirstOrDefault(), log, line, name),
                    Uscc = UsccProperties.SelectMany(u => Values(props, u)).FirstOrDefault(),
                    Countries = Values(props, "country").Concat(Values(props, "jurisdiction")).Select(Countries.Code).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
                    Reason = Values(props, "notes").FirstOrDefault() is { } note ? Clip(note) : null,
                    SourceUrl = $"https://www.opensanctions.org/entities/{Uri.EscapeDataString(id)}/",
                    SourceTitle = $"OpenSanctions entity {id}",
                }, rawIsins, entityDatasets, entityTopics, Values(props, "programId").Concat(Values(props, "program")).ToList(),
                    ListText.Date(firstSeen?.Length >= 10 ? firstSeen[..10] : firstSeen)));
            }
            catch (InvalidOperationException)
            {
                throw NotText(displayName, line);
            }
        }
        if (entities == 0) throw new DataException(displayName, null, "the file holds no entities");

        // Sanctions may come before or after their entity: the program filter is applied once the whole file is read.
        var entries = new List<ListEntry>(kept.Count);
        var listDate = options.Date ?? FileFacts.ModifiedDate(path);
        var cited = options.Name ?? "OpenSanctions";
        foreach (var c in kept)
        {
            var own = sanctions.GetValueOrDefault(c.Entry.EntryId) ?? [];
            // A sanction that ended on or before the list's date is not a listing now: reported, never screened as one.
            var ended = own.Where(s => s.End is { } end && string.CompareOrdinal(end, listDate) <= 0).ToList();
            if (ended.Count > 0)
            {
                foreach (var s in ended)
                    log.Add(c.Entry.Line, $"entity {c.Entry.EntryId} '{c.Entry.Name}': its sanction {Described(s)} ended before the list's date {listDate}: not a current listing, not used");
                own = own.Except(ended).ToList();
                if (own.Count == 0)
                {
                    AddEnded(leftOut);
                    continue;
                }
            }
            if (programs is not null)
            {
                own = own.Where(s => s.Programs.Any(programs.Contains)).ToList();
                if (own.Count == 0 && !c.Programs.Any(programs.Contains))
                {
                    leftOut.AddFiltered("--program");
                    continue;
                }
            }
            var isins = c.RawIsins.ToList();
            if (securities.TryGetValue(c.Entry.EntryId, out var linked)) isins.AddRange(linked.Select(l => l.Isin));
            var entry = c.Entry with { Isins = EntryChecks.Isins(isins, log, c.Entry.Line, c.Entry.Name) };
            var datasetText = string.Join(", ", c.Datasets);
            if (own.Count == 0)
            {
                // OpenSanctions is not a list: an entity it names without a sanction is "named in its data", dated when first seen.
                entries.Add(entry with
                {
                    Program = string.Join("; ", c.Datasets.Concat(c.Programs).Distinct(StringComparer.Ordinal)),
                    ListOrReport = CitedAs(cited, c.Datasets),
                    Category = Category(null, c.Datasets, c.Topics),
                    Date = c.FirstSeen,
                    DateKind = c.FirstSeen is null ? null : DateKinds.FirstSeen,
                    Statement = $"Named in OpenSanctions data (datasets {(datasetText.Length > 0 ? datasetText : "not stated")})"
                        + (c.FirstSeen is { } seen ? $", first seen by OpenSanctions on {seen}" : ""),
                });
                continue;
            }
            // Each sanction is an allegation of its own, with its own program and date.
            foreach (var s in own)
            {
                var program = s.Programs.Count > 0 ? s.Programs[0] : s.Authority;
                entries.Add(entry with
                {
                    Program = program is null ? datasetText : $"{program}; datasets {datasetText}",
                    // The datasets that record the sanction, where it names them; else those the entity is in.
                    ListOrReport = CitedAs(cited, s.Datasets.Count > 0 ? s.Datasets : c.Datasets),
                    Category = Category(s, c.Datasets, c.Topics),
                    Date = s.Date,
                    // A sanction with a start date and no listing date is dated with the start, said to be when it took effect.
                    DateKind = s.Date is not null && s.Listed is null ? DateKinds.Effective : null,
                    EffectiveDate = s.StartDate != s.Date ? s.StartDate : null,
                    Statement = (program is null ? "Named in a sanction recorded by OpenSanctions" : $"Listed on {program}")
                        + (s.Date is not { } d ? "" : s.Listed is null ? $", effective {d}" : $" ({d})") + ", per OpenSanctions" + (c.FirstSeen is { } seen ? $" (first seen by OpenSanctions on {seen})" : ""),
                });
            }
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
            options.SourceKind ?? SourceKinds.CopyOfOfficialFile,
            FileDateStated: options.Date is not null);
        return new ImportedList(provenance, entries, log.Problems, leftOut);
    }

    /// <summary>
    /// The category of an allegation: forced labour for the UFLPA Entity List; export control for the Commerce Entity
    /// List, the Military End-User and Unverified lists (a licensing requirement, not a sanction) or an entity whose only
    /// topic is <c>export.control</c>; sanctioned where the entity's topics hold <c>sanction</c>; else not stated (a Sanction
    /// entity of a list that is not a sanction, such as the Defense Department's 1260H list, is not made one).
    /// </summary>
    private static string Category(SanctionFact? sanction, IReadOnlyList<string> datasets, IReadOnlyList<string> topics)
    {
        if (sanction is not null)
        {
            var text = string.Join(" ", sanction.Programs.Append(sanction.Authority ?? "").Concat(sanction.Datasets));
            if (text.Contains("uflpa", StringComparison.OrdinalIgnoreCase)) return AllegationCategories.ForcedLabour;
            if (ExportControl.IsList(text)) return AllegationCategories.ExportControl;
            if (sanction.Datasets.Any(d => d.Contains("trade_csl", StringComparison.Ordinal)) && !topics.Contains("sanction")) return AllegationCategories.ExportControl;
            // The schema is called Sanction for any listing (a Defense Department 1260H designation, a debarment): only the
            // topic says it is a sanction.
            if (topics.Contains("sanction")) return AllegationCategories.Sanctioned;
            return topics.Contains("export.control") ? AllegationCategories.ExportControl : AllegationCategories.NotStated;
        }
        if (datasets.Any(d => d.Contains("uflpa", StringComparison.OrdinalIgnoreCase))) return AllegationCategories.ForcedLabour;
        if (topics.Contains("sanction")) return AllegationCategories.Sanctioned;
        if (topics.Contains("export.control")) return AllegationCategories.ExportControl;
        return AllegationCategories.NotStated;
    }

    /// <summary>
    /// What an entry of OpenSanctions data cites: the list's name with the datasets the data puts the entry in, as it gives
    /// them ("OpenSanctions (us_ofac_sdn, us_trade_csl)"; in <c>targets.simple.csv</c> the datasets' titles); null where it
    /// gives none, so that the entry cites the list's name alone and no dataset is guessed.
    /// </summary>
    internal static string? CitedAs(string list, IEnumerable<string> datasets)
    {
        var named = datasets.Select(d => d.Trim()).Where(d => d.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return named.Count == 0 ? null : $"{list} ({string.Join(", ", named)})";
    }

    /// <summary>Counts one more LegalEntity left out as a person's (the same in every OpenSanctions format).</summary>
    internal static void AddLooksLikeAPerson(LeftOutCounts leftOut) =>
        leftOut.Add("legal entity that looks like a person", "legal entities that look like people",
            "a LegalEntity with no company property and no legal-form or organisation word in a name: it looks like a person's");

    /// <summary>Counts one more entity left out because every sanction recorded for it has ended.</summary>
    internal static void AddEnded(LeftOutCounts leftOut) =>
        leftOut.Add("entity whose sanctions have all ended", "entities whose sanctions have all ended",
            "every sanction recorded for it has an end date on or before the list's date: it is not listed now");

    /// <summary>A target the filters keep so far: the program filter is applied once every sanction is known.</summary>
    private sealed record Candidate(ListEntry Entry, List<string> RawIsins, IReadOnlyList<string> Datasets, IReadOnlyList<string> Topics, IReadOnlyList<string> Programs, string? FirstSeen);

    /// <summary>One Sanction entity: its program (name and id), authority, listing and start dates, datasets.</summary>
    /// <param name="Date">The listing date, else the start date.</param>
    /// <param name="Listed">The listing date, where the sanction gives one.</param>
    /// <param name="End">The end date, where the sanction has one: after it the entity is no longer listed.</param>
    private sealed record SanctionFact(IReadOnlyList<string> Programs, string? Authority, string? Date, string? StartDate, IReadOnlyList<string> Datasets, string? Listed, string? End = null);

    /// <summary>A sanction as a problem line names it: "(Section 1260H list, 2021-01-14 until 2021-05-25)".</summary>
    private static string Described(SanctionFact s) =>
        $"({(s.Programs.Count > 0 ? s.Programs[0] : s.Authority ?? "program not stated")}, {s.Date ?? "start not stated"} until {s.End})";

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

    private static void AddSanction(Dictionary<string, List<SanctionFact>> sanctions, string entity, JsonElement props, IReadOnlyList<string> datasets)
    {
        var listing = Values(props, "listingDate").Select(ListText.Date).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault();
        var start = Values(props, "startDate").Select(ListText.Date).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault();
        var end = Values(props, "endDate").Select(ListText.Date).OfType<string>().Order(StringComparer.Ordinal).LastOrDefault();
        var fact = new SanctionFact(
            Values(props, "program").Concat(Values(props, "programId")).Distinct(StringComparer.Ordinal).ToList(),
            Values(props, "authority").FirstOrDefault(),
            listing ?? start,
            start,
            datasets,
            listing,
            end);
        (sanctions.TryGetValue(entity, out var list) ? list : sanctions[entity] = []).Add(fact);
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

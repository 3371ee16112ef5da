using Exposure.Core;
using Exposure.Core.Identifiers;
using Exposure.Core.Reference;
using Exposure.Lists.Model;

namespace Exposure.Lists.Import;

/// <summary>
/// OpenSanctions' CSV exports: <c>targets.simple.csv</c> (<c>id, schema, name, aliases, countries, identifiers,
/// sanctions, dataset, first_seen, ...</c>) and the securities table (<c>caption, lei, perm_id, isins, ric, countries,
/// sanctioned, ...</c>).
/// </summary>
internal static class OpenSanctionsCsvReader
{
    private static readonly HashSet<string> Organisations = new(StringComparer.Ordinal) { "Company", "Organization", "LegalEntity", "PublicBody" };

    public static ImportedList ReadSimple(string path, string displayName, ImportOptions options)
    {
        var log = new ProblemLog(displayName);
        var datasets = options.Datasets is { Count: > 0 } d ? new HashSet<string>(d, StringComparer.OrdinalIgnoreCase) : null;
        var entries = new List<ListEntry>();
        var leftOut = new LeftOutCounts();
        foreach (var (line, row) in CsvTable.Rows(path, displayName))
        {
            var id = row["id"] ?? throw new DataException(displayName, line, "the row has no id");
            if (row["schema"] is { } schema && !Organisations.Contains(schema))
            {
                var kind = OpenSanctionsFtmReader.LeftOutSchemas.TryGetValue(schema, out var k) ? k : (One: $"{schema} entity", Many: $"{schema} entities");
                leftOut.Add(kind.One, kind.Many, LeftOutCounts.NotAnOrganisation);
                continue;
            }
            var rowDatasets = ListText.Split(row["dataset"] ?? row["datasets"]);
            if (datasets is not null && !rowDatasets.Any(datasets.Contains)) { leftOut.AddFiltered("--dataset"); continue; }
            var name = row["name"];
            if (name is null) { log.Add(line, $"entity {id} has no name: left out"); leftOut.Add("entity without a name", "entities without a name", LeftOutCounts.NoName); continue; }
            var isins = new List<string>();
            string? lei = null;
            foreach (var identifier in ListText.Split(row["identifiers"]))
            {
                var value = identifier.ToUpperInvariant();
                if (value.Length == 12 && char.IsAsciiLetter(value[0]) && char.IsAsciiLetter(value[1]) && value.All(char.IsAsciiLetterOrDigit) && char.IsAsciiDigit(value[^1]))
                    isins.Add(value);
                else if (value.Length == 20 && Lei.IsValid(value)) lei ??= value;
            }
            var firstSeen = row["first_seen"];
            var seen = ListText.Date(firstSeen?.Length >= 10 ? firstSeen[..10] : firstSeen);
            entries.Add(new ListEntry
            {
                Line = line,
                EntryId = id,
                Name = name,
                Aliases = ListText.Aliases(name, ListText.Split(row["aliases"]).Select(ListAlias.Trading)),
                Isins = EntryChecks.Isins(isins, log, line, name),
                Lei = lei,
                Countries = ListText.Split(row["countries"]).Select(Countries.Code).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
                Program = string.Join("; ", rowDatasets.Concat(ListText.Split(row["sanctions"])).Distinct(StringComparer.Ordinal)),
                Category = rowDatasets.Any(x => x.Contains("UFLPA", StringComparison.OrdinalIgnoreCase)) ? AllegationCategories.ForcedLabour
                    : ListText.Split(row["sanctions"]).Count > 0 && ListText.Split(row["sanctions"]).All(ExportControl.IsList) ? AllegationCategories.ExportControl
                    : AllegationCategories.Sanctioned,
                SourceUrl = $"https://www.opensanctions.org/entities/{Uri.EscapeDataString(id)}/",
                SourceTitle = $"OpenSanctions entity {id}",
                // first_seen is when OpenSanctions first saw the entity, not a listing date: the allegation says so.
                Date = seen,
                DateKind = seen is null ? null : DateKinds.FirstSeen,
                Statement = $"Named in OpenSanctions data (datasets {(rowDatasets.Count > 0 ? string.Join(", ", rowDatasets) : "not stated")})"
                    + (ListText.Split(row["sanctions"]) is { Count: > 0 } named ? $", which records: {string.Join("; ", named)}" : "")
                    + (seen is not null ? $"; first seen by OpenSanctions on {seen}" : ""),
            });
        }
        return new ImportedList(Provenance(path, displayName, options, ListFormats.OpenSanctionsSimple, datasets), entries, log.Problems, leftOut);
    }

    public static ImportedList ReadSecurities(string path, string displayName, ImportOptions options)
    {
        var log = new ProblemLog(displayName);
        var entries = new List<ListEntry>();
        var leftOut = new LeftOutCounts();
        foreach (var (line, row) in CsvTable.Rows(path, displayName))
        {
            var name = row["caption"] ?? row["name"];
            if (name is null) { log.Add(line, "the row has no caption: left out"); leftOut.Add("row without a caption", "rows without a caption", LeftOutCounts.NoName); continue; }
            if (row["sanctioned"] is { } sanctioned && sanctioned.ToLowerInvariant() is "false" or "0" or "no" or "f")
            {
                leftOut.Add("issuer not sanctioned", "issuers not sanctioned", "the table marks it as not sanctioned");
                continue;
            }
            var id = row["id"] ?? row["lei"] ?? row["perm_id"] ?? ListText.Slug(name);
            entries.Add(new ListEntry
            {
                Line = line,
                EntryId = id,
                Name = name,
                Isins = EntryChecks.Isins(ListText.Split(row["isins"]), log, line, name),
                Lei = EntryChecks.Lei(row["lei"], log, line, name),
                Country = ListText.Split(row["countries"]).Select(Countries.Code).OfType<string>().FirstOrDefault(),
                Program = row["datasets"] ?? "OpenSanctions securities of sanctioned issuers",
                Category = AllegationCategories.Sanctioned,
                SourceUrl = row["id"] is { } entity ? $"https://www.opensanctions.org/entities/{Uri.EscapeDataString(entity)}/" : null,
                SourceTitle = row["id"] is { } e2 ? $"OpenSanctions entity {e2}" : null,
            });
        }
        return new ImportedList(Provenance(path, displayName, options, ListFormats.OpenSanctionsSecurities, null), entries, log.Problems, leftOut);
    }

    private static ListProvenance Provenance(string path, string displayName, ImportOptions options, string format, HashSet<string>? datasets) => new(
        options.Name ?? (format == ListFormats.OpenSanctionsSecurities ? "OpenSanctions securities" : "OpenSanctions")
            + (datasets is null ? "" : $" ({string.Join(", ", datasets.Order(StringComparer.Ordinal))})"),
        format,
        displayName,
        options.Date ?? FileFacts.ModifiedDate(path),
        ListFiles.Sha256(path),
        options.Licence ?? OpenSanctionsFtmReader.Licence,
        options.SourceUrl ?? "https://www.opensanctions.org/datasets/",
        options.SourceTitle ?? "OpenSanctions datasets",
        options.Publisher ?? "OpenSanctions",
        options.SourceKind ?? SourceKinds.CopyOfOfficialFile,
        FileDateStated: options.Date is not null);
}

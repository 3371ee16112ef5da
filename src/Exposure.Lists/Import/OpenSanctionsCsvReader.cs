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
        var listDate = options.Date ?? FileFacts.ModifiedDate(path);
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
            var identifiers = ListText.Split(row["identifiers"]);
            var aliases = ListText.Split(row["aliases"]);
            // As in the FollowTheMoney reader: a LegalEntity with no identifier and no organisation word in a name is a person's.
            if (row["schema"] == "LegalEntity" && identifiers.Count == 0 && !aliases.Prepend(name).Any(OrganisationSignals.InName))
            {
                log.Add(line, $"entity {id} '{name}' is a LegalEntity with no identifier and no legal-form word in its name: it looks like a person; left out");
                OpenSanctionsFtmReader.AddLooksLikeAPerson(leftOut);
                continue;
            }
            // Each sanction is written "program - reason - status - start date - end date", the parts it has: one that
            // ended on or before the list's date is not a listing now.
            var sanctions = new List<string>();
            foreach (var sanction in ListText.Split(row["sanctions"]))
            {
                if (EndDate(sanction) is { } end && string.CompareOrdinal(end, listDate) <= 0)
                    log.Add(line, $"entity {id} '{name}': its sanction '{sanction}' ended on {end}, before the list's date {listDate}: not a current listing, not used");
                else sanctions.Add(sanction);
            }
            if (sanctions.Count == 0 && ListText.Split(row["sanctions"]).Count > 0)
            {
                OpenSanctionsFtmReader.AddEnded(leftOut);
                continue;
            }
            var isins = new List<string>();
            string? lei = null;
            foreach (var identifier in identifiers)
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
                Aliases = ListText.Aliases(name, aliases.Select(ListAlias.Trading)),
                Isins = EntryChecks.Isins(isins, log, line, name),
                Lei = lei,
                Countries = ListText.Split(row["countries"]).Select(Countries.Code).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
                Program = string.Join("; ", rowDatasets.Concat(sanctions).Distinct(StringComparer.Ordinal)),
                ListOrReport = OpenSanctionsFtmReader.CitedAs(options.Name ?? "OpenSanctions", rowDatasets),
                Category = Category(rowDatasets, sanctions),
                SourceUrl = $"https://www.opensanctions.org/entities/{Uri.EscapeDataString(id)}/",
                SourceTitle = $"OpenSanctions entity {id}",
                // first_seen is when OpenSanctions first saw the entity, not a listing date: the allegation says so.
                Date = seen,
                DateKind = seen is null ? null : DateKinds.FirstSeen,
                Statement = $"Named in OpenSanctions data (datasets {(rowDatasets.Count > 0 ? string.Join(", ", rowDatasets) : "not stated")})"
                    + (sanctions is { Count: > 0 } named ? $", which records: {string.Join("; ", named)}" : "")
                    + (seen is not null ? $"; first seen by OpenSanctions on {seen}" : ""),
            });
        }
        return new ImportedList(Provenance(path, displayName, options, ListFormats.OpenSanctionsSimple, datasets), entries, log.Problems, leftOut);
    }

    /// <summary>
    /// The category the row's data gives: forced labour for a UFLPA dataset; export control where every sanction is on an
    /// export-control list; sanctioned where a sanction is recorded that is not a Defense Department 1260H designation
    /// (a list of Chinese military companies, not a sanction); else not stated. The file has no topics column.
    /// </summary>
    private static string Category(IReadOnlyList<string> datasets, IReadOnlyList<string> sanctions)
    {
        if (datasets.Any(x => x.Contains("UFLPA", StringComparison.OrdinalIgnoreCase))) return AllegationCategories.ForcedLabour;
        if (sanctions.Count > 0 && sanctions.All(ExportControl.IsList)) return AllegationCategories.ExportControl;
        return sanctions.Any(x => !ExportControl.IsList(x) && !x.Contains("1260H", StringComparison.OrdinalIgnoreCase))
            ? AllegationCategories.Sanctioned
            : AllegationCategories.NotStated;
    }

    /// <summary>The end date of a sanction written "program - … - start date - end date": the second of two dates it ends with.</summary>
    internal static string? EndDate(string sanction)
    {
        var parts = sanction.Split(" - ", StringSplitOptions.TrimEntries);
        return parts.Length >= 3 && IsDay(parts[^1]) && IsDay(parts[^2]) ? ListText.Date(parts[^1]) : null;
    }

    private static bool IsDay(string text) => text.Length >= 10 && ListText.Date(text[..10]) is { Length: 10 };

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
                ListOrReport = OpenSanctionsFtmReader.CitedAs(options.Name ?? "OpenSanctions securities", ListText.Split(row["datasets"])),
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

using System.Globalization;
using CsvHelper.Configuration;
using Exposure.Core;
using Exposure.Core.Reference;
using Exposure.Lists.Model;

namespace Exposure.Lists.Import;

/// <summary>
/// OFAC's legacy delimited files (dat_spec): the SDN list (<c>sdn.csv</c>, <c>alt.csv</c>, <c>add.csv</c>,
/// <c>sdn_comments.csv</c>) or the consolidated non-SDN lists (<c>cons_prim.csv</c>, <c>cons_alt.csv</c>,
/// <c>cons_add.csv</c>, <c>cons_comments.csv</c>). No header row; <c>-0-</c> means empty; remarks are cut at 1,000
/// characters and continued in the comments file. Only entities are imported (not individuals, vessels or aircraft).
/// </summary>
internal static class OfacLegacyReader
{
    public const string SdnUrl = "https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists";
    public const string ConsolidatedUrl = "https://ofac.treasury.gov/consolidated-sanctions-list-non-sdn-lists";
    private const int PrimaryColumns = 12;

    /// <summary>Program codes of the consolidated file and the list each belongs to.</summary>
    private static readonly Dictionary<string, string> ConsolidatedLists = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CMIC-EO13959"] = "OFAC Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC)",
        ["UKRAINE-EO13662"] = "OFAC Sectoral Sanctions Identifications List (SSI)",
        ["RUSSIA-EO14024"] = "OFAC Non-SDN Menu-Based Sanctions List (NS-MBS)",
        ["561-Related"] = "OFAC List of Foreign Financial Institutions Subject to Correspondent Account or Payable-Through Account Sanctions (CAPTA)",
        ["PLC"] = "OFAC Non-SDN Palestinian Legislative Council List (NS-PLC)",
    };

    /// <summary>The primary file of the set <paramref name="path"/> belongs to (a folder, or any of the set's files), or null.</summary>
    public static (string Primary, bool Consolidated)? Locate(string path)
    {
        var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path))!;
        var name = Directory.Exists(path) ? null : Path.GetFileName(path).ToLowerInvariant();
        string? Find(string file) => Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).FirstOrDefault(f => Path.GetFileName(f).Equals(file, StringComparison.OrdinalIgnoreCase))
            : null;
        var consolidated = name is null ? Find("cons_prim.csv") is not null && Find("sdn.csv") is null : name.StartsWith("cons_", StringComparison.Ordinal);
        if (name is not null && !consolidated && name is not ("sdn.csv" or "alt.csv" or "add.csv" or "sdn_comments.csv")) return null;
        var primary = Find(consolidated ? "cons_prim.csv" : "sdn.csv");
        return primary is null ? null : (primary, consolidated);
    }

    private static readonly string[] PrimaryFiles = ["sdn.csv", "cons_prim.csv"];

    /// <summary>
    /// The primary files of the sets a folder holds, the SDN set's first: <c>sdn.csv</c>, <c>cons_prim.csv</c>, or both
    /// (OFAC's download page offers both sets, and a folder may hold them side by side: two lists).
    /// </summary>
    public static IReadOnlyList<string> Primaries(string folder) =>
        Directory.Exists(folder)
            ? PrimaryFiles
                .Select(file => Directory.EnumerateFiles(folder).FirstOrDefault(f => Path.GetFileName(f).Equals(file, StringComparison.OrdinalIgnoreCase)))
                .OfType<string>().ToList()
            : [];

    /// <summary>A folder holding both sets is two lists: read as one, it would be one of them, silently.</summary>
    public static DataException BothSets(string displayName) =>
        new(displayName, null, "the folder holds both OFAC sets, the SDN List (sdn.csv, alt.csv, add.csv, sdn_comments.csv) and the non-SDN lists " +
            $"(cons_prim.csv, cons_alt.csv, cons_add.csv, cons_comments.csv): give each on its own, as {Path.Combine(displayName, "sdn.csv")} and {Path.Combine(displayName, "cons_prim.csv")}");

    public static ImportedList Read(string path, string displayName, ImportOptions options, ExchangeDirectory exchanges)
    {
        if (Primaries(path).Count > 1) throw BothSets(displayName);
        var (primary, consolidated) = Locate(path) ?? throw new DataException(displayName, null, "no sdn.csv or cons_prim.csv beside the file");
        var folder = Path.GetDirectoryName(primary)!;
        string? Sibling(string file) => Directory.EnumerateFiles(folder).FirstOrDefault(f => Path.GetFileName(f).Equals(file, StringComparison.OrdinalIgnoreCase));
        var altPath = Sibling(consolidated ? "cons_alt.csv" : "alt.csv");
        var commentsPath = Sibling(consolidated ? "cons_comments.csv" : "sdn_comments.csv");
        var addPath = Sibling(consolidated ? "cons_add.csv" : "add.csv");
        var shownFolder = Directory.Exists(path) ? displayName : Path.GetDirectoryName(displayName) ?? "";
        string Shown(string file) => Path.Combine(shownFolder, Path.GetFileName(file));

        var log = new ProblemLog(Shown(primary));
        var comments = new Dictionary<string, string>(StringComparer.Ordinal);
        if (commentsPath is not null)
            foreach (var (line, f) in Records(commentsPath, Shown(commentsPath), 2))
                comments[f[0]] = (comments.GetValueOrDefault(f[0]) ?? "") + (Value(f[1]) ?? "");
        var aliases = new Dictionary<string, List<ListAlias>>(StringComparer.Ordinal);
        if (altPath is not null)
            foreach (var (line, f) in Records(altPath, Shown(altPath), 4))
                if (Value(f[3]) is { } alt)
                    (aliases.TryGetValue(f[0], out var l) ? l : aliases[f[0]] = []).Add(AltType(f[2]) == "fka" ? ListAlias.Former(alt) : ListAlias.Trading(alt));
        // Every country of an entry's addresses, in the file's order (an entity with addresses in the UAE and in China has both).
        var countries = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (addPath is not null)
            foreach (var (line, f) in Records(addPath, Shown(addPath), 5))
                if (Value(f[4]) is { } country && Countries.Code(country) is { } code)
                {
                    var of = countries.TryGetValue(f[0], out var l) ? l : countries[f[0]] = [];
                    if (!of.Contains(code)) of.Add(code);
                }
        var leftOut = new LeftOutCounts();

        var programs = options.Programs is { Count: > 0 } p ? new HashSet<string>(p, StringComparer.OrdinalIgnoreCase) : null;
        var entries = new List<ListEntry>();
        foreach (var (line, f) in Records(primary, Shown(primary), PrimaryColumns))
        {
            var id = f[0];
            if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                throw new DataException(Shown(primary), line, $"ent_num '{id}' is not a number: not an OFAC {(consolidated ? "cons_prim" : "sdn")}.csv row");
            var type = Value(f[2]);
            if (type is not null && !type.Equals("entity", StringComparison.OrdinalIgnoreCase))
            {
                leftOut.AddType(type);
                continue;
            }
            var name = Value(f[1]) ?? throw new DataException(Shown(primary), line, $"entry {id} has no name");
            var entryPrograms = (Value(f[3]) ?? "").Split("] [", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(x => x.Trim('[', ']', ' ')).Where(x => x.Length > 0).ToList();
            if (programs is not null && !entryPrograms.Any(programs.Contains))
            {
                leftOut.AddFiltered("--program");
                continue;
            }
            var remarksText = (Value(f[11]) ?? "") + comments.GetValueOrDefault(id);
            var remarks = OfacRemarks.Parse(remarksText);
            var listings = remarks.Listings(exchanges, log, line, name);
            var program = string.Join("; ", entryPrograms);
            entries.Add(new ListEntry
            {
                Line = line,
                EntryId = id,
                Name = name,
                Aliases = ListText.Aliases(name, remarks.Aliases.Select(ListAlias.Trading)
                    .Concat(remarks.FormerNames.Select(ListAlias.Former))
                    .Concat(aliases.GetValueOrDefault(id) ?? [])
                    .Concat(remarks.IssuerNames.Select(ListAlias.Trading))),
                Isins = EntryChecks.Isins(remarks.Isins, log, line, name),
                Lei = EntryChecks.Lei(remarks.Lei, log, line, name),
                Listings = listings,
                Uscc = remarks.Uscc,
                Countries = countries.GetValueOrDefault(id) ?? [],
                Country = Countries.Code(remarks.Nationality),
                Parent = remarks.LinkedTo,
                Program = consolidated
                    ? string.Join("; ", entryPrograms.Select(x => ConsolidatedLists.TryGetValue(x, out var list) ? $"{list}, program {x}" : $"program {x}"))
                    : $"SDN List, program {program}",
                Category = "sanctioned",
                Reason = remarks.TargetType is { } t ? $"target type: {t}" : null,
                PrivateCompany = remarks.PrivateCompany,
                AsWritten = remarksText.Length > 0 ? remarksText : null,
                // "Listed on" is the listing date; the effective date (NS-CMIC: about two months later) is given as such.
                Date = ListText.Date(remarks.ListingDate) ?? ListText.Date(remarks.EffectiveDate),
                // An entry that gives only its effective date is dated with it, said to be one: never read as a listing date.
                DateKind = ListText.Date(remarks.ListingDate) is null && ListText.Date(remarks.EffectiveDate) is not null ? DateKinds.Effective : null,
                EffectiveDate = ListText.Date(remarks.EffectiveDate),
            });
        }

        var files = new[] { primary, altPath, addPath, commentsPath }.OfType<string>().ToList();
        var provenance = new ListProvenance(
            options.Name ?? (consolidated ? "OFAC Consolidated Sanctions List (non-SDN)" : "OFAC SDN List"),
            ListFormats.OfacLegacy,
            Shown(primary) + (files.Count > 1 ? $" (+{string.Join(", ", files.Skip(1).Select(Path.GetFileName))})" : ""),
            options.Date ?? FileFacts.ModifiedDate(primary),
            ListFiles.Sha256(files),
            options.Licence ?? "US government work (public domain)",
            options.SourceUrl ?? (consolidated ? ConsolidatedUrl : SdnUrl),
            options.SourceTitle ?? (consolidated ? "Consolidated Sanctions List (Non-SDN Lists)" : "Specially Designated Nationals And Blocked Persons List (SDN)"),
            options.Publisher ?? "US Treasury, Office of Foreign Assets Control",
            options.SourceKind ?? SourceKinds.Official,
            FileDateStated: options.Date is not null);
        return new ImportedList(provenance, entries, log.Problems, leftOut);
    }

    /// <summary>The alternate's type as OFAC writes it (<c>aka</c>, <c>fka</c>, <c>nka</c>, or with dots), lower case without dots.</summary>
    private static string AltType(string field) => (Value(field) ?? "").Replace(".", "", StringComparison.Ordinal).ToLowerInvariant();

    private static string? Value(string field)
    {
        var v = field.Trim().Trim('\u001a').Trim();
        return v.Length == 0 || v == "-0-" ? null : v;
    }

    /// <summary>The file's records: its line and fields, at least <paramref name="columns"/> of them; the closing 0x1A is skipped.</summary>
    private static IEnumerable<(int Line, string[] Fields)> Records(string path, string displayName, int columns)
    {
        using var reader = ListFiles.OpenText(path);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            MissingFieldFound = null,
            Delimiter = ",",
        };
        foreach (var (start, record) in CsvTable.Records(reader, config, displayName))
        {
            if (record.All(f => f.Trim().Trim('\u001a').Length == 0)) continue;
            if (record.Length < columns)
                throw new DataException(displayName, start, string.Create(CultureInfo.InvariantCulture, $"{record.Length} fields where OFAC's layout has {columns}: not an OFAC legacy file, or a damaged one"));
            yield return (start, record);
        }
    }
}

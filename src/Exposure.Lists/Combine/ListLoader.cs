using System.Globalization;
using Exposure.Core;
using Exposure.Core.Inputs;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Lists.Conversion;
using Exposure.Lists.Import;
using Exposure.Lists.Model;
using Exposure.Readers;
using Exposure.Readers.Csv;
using Exposure.Readers.Reference;
using Exposure.Readers.Text;

namespace Exposure.Lists.Combine;

/// <summary>
/// Loads a list given on the command line: <c>bundled</c> (the list shipped with Exposure), a list folder, or a file in
/// any supported format. Imported files take their exchanges from the bundled list.
/// </summary>
public static class ListLoader
{
    public const string Bundled = "bundled";
    public const string BundledName = "Exposure bundled list";
    public const string ProvenanceFile = "provenance.csv";
    public const string ProblemsFile = "problems.csv";

    /// <summary>A list folder's record of the source file's entries left out (kind, count, reason), written by <c>list import</c>.</summary>
    public const string LeftOutFile = "left_out.csv";

    /// <summary>
    /// The lists <paramref name="spec"/> gives: one, except for a folder holding both of OFAC's legacy sets (the SDN list's
    /// <c>sdn.csv</c> and the non-SDN lists' <c>cons_prim.csv</c>, each with its alternates, addresses and comments),
    /// which is two lists, the SDN list first, each with its own files, date and SHA-256.
    /// </summary>
    public static IReadOnlyList<LoadedList> LoadAll(string spec, string bundledFolder, ImportOptions? options = null)
    {
        options ??= ImportOptions.None;
        if (!spec.Equals(Bundled, StringComparison.OrdinalIgnoreCase) && Directory.Exists(spec) && (options.Format ?? ListImporter.Detect(spec, spec)) == ListFormats.OfacLegacy
            && OfacLegacyReader.Primaries(spec) is { Count: > 1 } primaries)
            return primaries.Select(p => Load(Path.Combine(spec, Path.GetFileName(p)), bundledFolder, options)).ToList();
        return [Load(spec, bundledFolder, options)];
    }

    /// <summary>One list; a folder holding both of OFAC's legacy sets stops with a line saying how to give each (<see cref="LoadAll"/> reads both).</summary>
    public static LoadedList Load(string spec, string bundledFolder, ImportOptions? options = null)
    {
        options ??= ImportOptions.None;
        if (spec.Equals(Bundled, StringComparison.OrdinalIgnoreCase)) return LoadFolder(bundledFolder, BundledName, options, "reference-data (bundled)");
        var format = options.Format ?? ListImporter.Detect(spec, spec);
        if (format == ListFormats.Folder) return LoadFolder(spec, null, options);
        if (format == ListFormats.OfacLegacy && OfacLegacyReader.Primaries(spec).Count > 1) throw OfacLegacyReader.BothSets(spec);
        var exchanges = ReferenceDataLoader.Load(bundledFolder).Exchanges;
        var imported = ListImporter.Import(spec, spec, options with { Format = format }, exchanges);
        return FromImported(imported, exchanges);
    }

    public static LoadedList FromImported(ImportedList imported, ExchangeDirectory exchanges)
    {
        var data = ListConverter.ToReference(imported, exchanges);
        var p = imported.Provenance;
        // An OpenSanctions entity with several sanctions is one entry of the file, read as one entry per sanction.
        var entries = imported.Entries.DistinctBy(e => (e.EntryId, e.Line)).Count();
        var info = new ListInfo(p.Name, p.Format, p.File, p.FileDate, entries, data.Companies.Count, p.Sha256, p.Licence, p.SourceKind, imported.Problems.Count, p.Publisher,
            DateIsFileModified: p.FileDate is not null && !p.FileDateStated,
            LeftOut: imported.LeftOut?.ToList() ?? [],
            EntriesStated: p.EntriesStated);
        return new LoadedList(data, info, imported.Problems.Select(x => new ListIssue(p.Name, x.File, x.Line, x.Problem)).ToList());
    }

    private static LoadedList LoadFolder(string folder, string? name, ImportOptions options, string? shownAs = null)
    {
        var data = ReferenceDataLoader.Load(folder);
        var sha = FileFacts.Sha256(data.Files);
        var recorded = ReadProvenance(folder);
        var issues = ReadProblems(folder);
        var listName = options.Name ?? name ?? recorded?.GetValueOrDefault("name") ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        var info = new ListInfo(
            listName,
            recorded?.GetValueOrDefault("format") is { } f ? $"{ListFormats.Folder} (imported from {f})" : ListFormats.Folder,
            shownAs ?? folder,
            recorded?.GetValueOrDefault("file_date") ?? VersionDate(data.Version),
            int.TryParse(recorded?.GetValueOrDefault("entries"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : data.Companies.Count,
            data.Companies.Count,
            sha,
            options.Licence ?? recorded?.GetValueOrDefault("licence"),
            recorded?.GetValueOrDefault("source_kind"),
            issues.Count,
            recorded?.GetValueOrDefault("publisher"),
            AboutUyghurForcedLabour: recorded?.GetValueOrDefault("format") is null,
            DateIsFileModified: recorded?.GetValueOrDefault("file_date_stated") == "false",
            // The bundled list and a folder in its schema are written as entries: nothing is left out of them. A folder
            // written by 'list import' records what was left out of its source file; an older one does not (unknown).
            LeftOut: recorded is null ? [] : ReadLeftOut(folder),
            EntriesStated: int.TryParse(recorded?.GetValueOrDefault("entries_stated"), NumberStyles.None, CultureInfo.InvariantCulture, out var stated) ? stated : null);
        return new LoadedList(data, info, issues.Select(i => i with { ListName = listName }).ToList());
    }

    /// <summary>A folder's VERSION as its date: <c>2026.12.04</c> (the date the data was last changed) is <c>2026-12-04</c>; any other version as written.</summary>
    private static string VersionDate(string version) =>
        DateOnly.TryParseExact(version, "yyyy.MM.dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : version;

    private static Dictionary<string, string?>? ReadProvenance(string folder)
    {
        var path = Path.Combine(folder, ProvenanceFile);
        if (!File.Exists(path)) return null;
        using var csv = Open(path);
        if (!csv.ReadHeader() || !csv.Read()) throw new DataException(path, null, "no list described");
        return (csv.HeaderRecord ?? []).Distinct(StringComparer.Ordinal)
            .ToDictionary(h => h, h => csv.GetField(h) is { Length: > 0 } v ? v : null, StringComparer.Ordinal);
    }

    private static List<ListLeftOut>? ReadLeftOut(string folder)
    {
        var path = Path.Combine(folder, LeftOutFile);
        if (!File.Exists(path)) return null;
        var result = new List<ListLeftOut>();
        using var csv = Open(path);
        if (!csv.ReadHeader()) return result;
        var line = 1;
        while (csv.Read())
        {
            line++;
            var kind = csv.GetField("kind") is { Length: > 0 } k ? k : throw new DataException(path, line, "no kind");
            if (!int.TryParse(csv.GetField("count"), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                throw new DataException(path, line, $"count '{csv.GetField("count")}' is not a whole number");
            result.Add(new ListLeftOut(kind, csv.GetField("kind_plural") is { Length: > 0 } many ? many : kind, count, csv.GetField("reason") ?? ""));
        }
        return result;
    }

    private static List<ListIssue> ReadProblems(string folder)
    {
        var path = Path.Combine(folder, ProblemsFile);
        var result = new List<ListIssue>();
        if (!File.Exists(path)) return result;
        using var csv = Open(path);
        if (!csv.ReadHeader()) return result;
        while (csv.Read())
            result.Add(new ListIssue("", csv.GetField("file") ?? "", int.TryParse(csv.GetField("line"), NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : null, csv.GetField("problem") ?? ""));
        return result;
    }

    /// <summary>A list folder's own CSV file, read as strictly as its list files (one-line errors, a bound on its size).</summary>
    private static GuardedCsvReader Open(string path) =>
        new(BoundedText.OpenText(new InputSource(path, path, "list"), InputLimits.ListFileBytes, "a list file"), path);
}

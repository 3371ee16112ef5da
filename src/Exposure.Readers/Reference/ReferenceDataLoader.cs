using System.Globalization;
using Exposure.Core;
using Exposure.Core.Inputs;
using Exposure.Core.Reference;
using Exposure.Core.Text;
using Exposure.Readers.Csv;
using Exposure.Readers.Text;

namespace Exposure.Readers.Reference;

/// <summary>Loads and validates the reference-data folder (see reference-data/README.md for the schema).</summary>
public static class ReferenceDataLoader
{
    /// <summary>The longest version a list's VERSION file may give.</summary>
    public const int MaxVersionLength = 64;

    /// <summary>Loads a list folder; every file is hashed as it is read (<see cref="ReferenceData.Files"/>).</summary>
    public static ReferenceData Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new DataException(folder, null, "reference data folder not found");
        var files = new List<InputFile>();
        var versionFile = Path.Combine(folder, "VERSION");
        if (!File.Exists(versionFile)) throw new DataException(versionFile, null, "file not found");
        var versionSource = new InputSource(versionFile, ListFileName(folder, "VERSION"), "list");
        var version = BoundedText.ReadAll(versionSource, InputLimits.VersionBytes, "a list's VERSION file");
        files.Add(versionSource.Describe(version.Length == 0 ? 0 : version.AsSpan().Count('\n') + (version.EndsWith('\n') ? 0 : 1)));
        version = version.Trim();
        if (version.Length == 0) throw new DataException(versionFile, 1, "no version given");
        if (version.Length > MaxVersionLength || version.Any(c => char.IsControl(c) || c == '\uFFFD'))
            throw new DataException(versionFile, 1, string.Create(CultureInfo.InvariantCulture,
                $"not a version: VERSION holds one short line of text such as 2026.12.04 (at most {MaxVersionLength} characters, no control characters)"));

        var exchanges = Read(folder, "exchanges.csv", files, r => new Exchange(
            r.Mic("mic"), r.Required("name"), r.Required("country"), r.Enum<TickerRule>("ticker_rule")));
        var mics = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in exchanges)
            if (!mics.TryAdd(e.Value.Mic, e.Line))
                throw new DataException(e.File, e.Line, string.Create(CultureInfo.InvariantCulture, $"MIC '{e.Value.Mic}' is defined twice (first on line {mics[e.Value.Mic]})"));
        var aliases = Read(folder, "exchange_aliases.csv", files, r => new KeyValuePair<string, string>(r.Required("alias"), r.Mic("mic")));
        var aliased = new Dictionary<string, Located<KeyValuePair<string, string>>>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in aliases)
        {
            if (!mics.ContainsKey(a.Value.Value))
                throw new DataException(a.File, a.Line, $"alias '{a.Value.Key}' points at MIC '{a.Value.Value}' that exchanges.csv does not define");
            var key = string.Join(' ', a.Value.Key.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (aliased.TryGetValue(key, out var before) && !before.Value.Value.Equals(a.Value.Value, StringComparison.OrdinalIgnoreCase))
                throw new DataException(a.File, a.Line, string.Create(CultureInfo.InvariantCulture,
                    $"alias '{a.Value.Key}' is given to both {before.Value.Value} (line {before.Line}) and {a.Value.Value}"));
            aliased.TryAdd(key, a);
        }
        var directory = new ExchangeDirectory(exchanges.Select(e => e.Value), aliases.Select(a => a.Value));

        var companies = Read(folder, "companies.csv", files, r => new Company(
            r.Required("id"),
            r.Required("name_en"),
            r.Optional("name_native"),
            r.Optional("country") ?? "",
            r.List("listings").Select(l => ParseListing(r, l)).ToList(),
            r.List("isins"),
            r.Optional("lei"),
            r.Optional("parent_id"),
            r.Enum<Basis>("basis"),
            r.Optional("review_note") ?? "")
        {
            PrivateCompany = r.IfColumn("private_company"),
        });
        var names = Read(folder, "names.csv", files, r => new CompanyName(
            r.Required("company_id"), r.Required("name"), r.Enum<NameKind>("kind"), r.Optional("source_url")));
        var allegations = Read(folder, "allegations.csv", files, r => new Allegation(
            r.Required("id"),
            r.Required("company_id"),
            r.Required("subject_name"),
            r.Enum<SubjectRelation>("subject_relation"),
            r.Category(),
            r.Required("list_or_report"),
            r.Date("date"),
            r.Required("summary"),
            r.Required("source_url"),
            r.Required("source_title"),
            r.Required("publisher"),
            r.SourceKind(),
            null,
            r.Flag("listed"),
            r.DateKind()));
        var sources = Read(folder, "identifier_sources.csv", files, r => new IdentifierSource(
            r.Required("company_id"), r.Required("field"), r.Required("value"), r.Required("source_url"),
            r.Required("source_title"), r.Required("publisher"), r.Date("date")));

        // A folder written by 'exposure list import' (it has provenance.csv) may give one name to two entries: the source
        // list did, and no identifier says they are one company. The matcher sends such a name to review.
        var imported = File.Exists(Path.Combine(folder, "provenance.csv"));
        return ReferenceData.Create(version, companies, names, allegations, sources, directory, files, sharedNames: imported);
    }

    /// <summary>How run information names a list file: the folder's own name and the file's, never a local path.</summary>
    private static string ListFileName(string folder, string file) =>
        $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)))}/{file}";

    private static Listing ParseListing(Row r, string text)
    {
        var i = text.IndexOf(':');
        if (i <= 0 || i == text.Length - 1) throw r.Error($"listing '{text}' is not written MIC:code");
        return new Listing(text[..i], text[(i + 1)..]);
    }

    private static List<Located<T>> Read<T>(string folder, string fileName, List<InputFile> files, Func<Row, T> map)
    {
        var path = Path.Combine(folder, fileName);
        if (!File.Exists(path)) throw new DataException(path, null, "file not found");
        var source = new InputSource(path, ListFileName(folder, fileName), "list");
        using var csv = new GuardedCsvReader(BoundedText.OpenText(source, InputLimits.ListFileBytes, "a list file"), path);
        if (!csv.ReadHeader()) throw new DataException(path, null, "the file is empty");
        var headers = csv.HeaderRecord ?? [];
        var result = new List<Located<T>>();
        while (csv.Read())
        {
            var row = new Row(csv, headers, path, csv.Line);
            result.Add(new Located<T>(map(row), path, csv.Line));
        }
        files.Add(source.Describe(csv.Lines));
        return result;
    }

    private sealed class Row(GuardedCsvReader csv, string[] headers, string path, int line)
    {
        public string Required(string column) =>
            Optional(column) ?? throw Error($"column '{column}' is empty");

        /// <summary>A column a folder may leave out (one written before the column was added): null where it is not there.</summary>
        public string? IfColumn(string column) => headers.Contains(column) ? Optional(column) : null;

        public string? Optional(string column)
        {
            if (!headers.Contains(column)) throw new DataException(path, 1, $"missing column '{column}'");
            // Files written by 'exposure list import' keep text that a spreadsheet would read as a formula behind an apostrophe.
            var v = FormulaGuard.FromCsv(csv.GetField(column)?.Trim());
            return string.IsNullOrEmpty(v) ? null : v;
        }

        /// <summary>The optional <c>source_kind</c> column: one of <see cref="SourceKinds.All"/>, or null where the column or value is absent.</summary>
        public string? SourceKind()
        {
            if (!headers.Contains("source_kind")) return null;
            var kind = Optional("source_kind");
            return kind is null || SourceKinds.IsKnown(kind)
                ? kind
                : throw Error($"'{kind}' is not a valid source_kind (one of {string.Join(", ", SourceKinds.All)})");
        }

        /// <summary>An optional yes/no column (<c>true</c>/<c>false</c>); false where the column or value is absent.</summary>
        /// <summary>The optional <c>date_kind</c> column: one of <see cref="DateKinds.All"/>, or null where the column or value is absent.</summary>
        public string? DateKind()
        {
            if (!headers.Contains("date_kind")) return null;
            var kind = Optional("date_kind");
            return DateKinds.IsKnown(kind)
                ? kind
                : throw Error($"'{kind}' is not a valid date_kind (one of {string.Join(", ", DateKinds.All)}, or empty for a listing or publication date)");
        }

        public bool Flag(string column) =>
            headers.Contains(column) && Optional(column) is { } v && (bool.TryParse(v, out var b) ? b : throw Error($"'{v}' is not true or false"));

        public IReadOnlyList<string> List(string column) =>
            (Optional(column) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        /// <summary>An exchange's ISO 10383 MIC: four letters or digits.</summary>
        public string Mic(string column)
        {
            var mic = Required(column);
            return mic.Length == 4 && mic.All(char.IsAsciiLetterOrDigit) ? mic : throw Error($"{column} '{mic}' is not an ISO 10383 MIC (four letters or digits, such as XSHG)");
        }

        /// <summary>The <c>category</c> column: one of <see cref="AllegationCategories.All"/>.</summary>
        public string Category()
        {
            var category = Required("category");
            return AllegationCategories.IsKnown(category)
                ? category
                : throw Error($"'{category}' is not a valid category (one of {string.Join(", ", AllegationCategories.All)})");
        }

        /// <summary>An optional date, written as a day, month or year (<see cref="ListDates"/>).</summary>
        public string? Date(string column)
        {
            var date = Optional(column);
            return date is null || ListDates.IsValid(date) ? date : throw Error($"{column} '{date}' is not a date written YYYY-MM-DD, YYYY-MM or YYYY");
        }

        public TEnum Enum<TEnum>(string column) where TEnum : struct, System.Enum
        {
            var text = Required(column);
            return System.Enum.TryParse<TEnum>(text.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var v) && System.Enum.IsDefined(v)
                ? v
                : throw Error($"'{text}' is not a valid {column} (one of {string.Join(", ", System.Enum.GetNames<TEnum>().Select(Kebab))})");
        }

        public DataException Error(string problem) => new(path, line, problem);

        private static string Kebab(string s) =>
            string.Concat(s.Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }
}

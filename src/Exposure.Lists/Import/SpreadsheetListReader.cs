using System.Globalization;
using CsvHelper.Configuration;
using Exposure.Core;
using Exposure.Core.Reference;
using Exposure.Core.Text;
using Exposure.Lists.Model;
using Exposure.Readers;
using Exposure.Readers.Xlsx;

namespace Exposure.Lists.Import;

/// <summary>
/// A list a person writes in a spreadsheet: one row per company, columns found by name (docs/lists.md). Lines starting
/// with <c>#</c> before the header say what the whole list is: <c># source: URL</c>, <c># name:</c>, <c># publisher:</c>,
/// <c># title:</c>, <c># date:</c>, <c># licence:</c>, <c># source_kind:</c>. The header is the first row with a name
/// column; rows above it that are not <c>#</c> lines (a title, "as of" line, a blank line) are passed over, as a holdings
/// file's preamble is (<see cref="HeaderRows"/>).
/// </summary>
internal static class SpreadsheetListReader
{
    private const int MaxLineLength = 1 << 16;

    private const string NoNameColumn = "the list needs a header row with at least a column named name, company, entity or name of entity";

    public static ImportedList Read(string path, string displayName, ImportOptions options, ExchangeDirectory exchanges)
    {
        var xlsx = Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);
        var rows = xlsx ? XlsxTable.Rows(path, displayName) : CsvRows(path, displayName);
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var log = new ProblemLog(displayName);
        var entries = new List<ListEntry>();
        SpreadsheetColumns? columns = null;
        RowWidth? width = null;
        var dates = new WrittenDates();
        var written = new List<string?>();
        var titleRows = 0;
        int? firstRow = null;
        var leftOut = new LeftOutCounts();
        foreach (var (line, cells) in rows)
        {
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            var first = cells[0].Trim();
            if (columns is null && first.StartsWith('#'))
            {
                var text = string.Join(",", cells.Where(c => c.Length > 0)).TrimStart('#').Trim();
                var colon = text.IndexOf(':');
                if (colon > 0) meta[text[..colon].Trim().Replace(' ', '_')] = text[(colon + 1)..].Trim();
                continue;
            }
            if (columns is null)
            {
                // The header is the first row with a name column: rows above it are the list's title ("Entity List — as of
                // 2026-10-01"), as a holdings file's preamble is, up to as many as a holdings file may have.
                if (!SpreadsheetColumns.LooksLikeHeader(cells))
                {
                    firstRow ??= line;
                    if (++titleRows > HeaderRows.MaxLinesAbove)
                        throw new DataException(displayName, firstRow, $"no header row found in the first {HeaderRows.MaxLinesAbove} lines from here: {NoNameColumn}");
                    continue;
                }
                columns = new SpreadsheetColumns(cells);
                // A workbook's cells are its columns; a CSV row's values are put in them by counting commas.
                width = xlsx ? null : new RowWidth(cells);
                continue;
            }
            width?.Check(cells, displayName, line);
            // A list that types its rows names its people too: a person (or a vessel, an aircraft) is not a company and is left out, counted.
            if (NotAnOrganisation(columns.Get(cells, "type")) is { } type)
            {
                leftOut.AddType(type);
                continue;
            }
            entries.Add(Entry(columns, cells, line, displayName, log, exchanges));
            written.Add(columns.Get(cells, "date"));
            dates.See(written[^1]);
        }
        if (columns is null) throw new DataException(displayName, firstRow, $"no header row found{(firstRow is null ? "" : " from here to the end of the file")}: {NoNameColumn}");

        var licence = options.Licence ?? meta.GetValueOrDefault("licence") ?? meta.GetValueOrDefault("license");
        var kind = options.SourceKind ?? meta.GetValueOrDefault("source_kind");
        if (kind is not null && !SourceKinds.IsKnown(kind))
            throw new DataException(displayName, null, $"'{kind}' is not a valid source kind (one of {string.Join(", ", SourceKinds.All)})");
        // Dates are read once the whole file has shown the order it writes them in (WrittenDates); one that could be two
        // days is left unknown, with a problem line, and is not given the list's date: that would be a guess too.
        var metaDate = meta.GetValueOrDefault("date");
        dates.See(metaDate);
        for (var i = 0; i < entries.Count; i++)
        {
            if (written[i] is not { } text) continue;
            var date = dates.Read(text, out var doubt);
            if (date is not null) entries[i] = entries[i] with { Date = date };
            else log.Add(entries[i].Line, doubt is not null
                ? $"date '{text}' of '{entries[i].Name}' {doubt}: left empty (write it as YYYY-MM-DD, or with the month's name)"
                : $"date '{text}' of '{entries[i].Name}' is not a date Exposure reads (2024-05-31, 31 May 2024, ...): left empty");
        }
        var listDate = dates.Read(metaDate, out var listDoubt);
        if (listDoubt is not null) log.Add(null, $"the list's date '{metaDate}' {listDoubt}: the list's date is left unknown (write it as YYYY-MM-DD, or give it with --date)");
        // The date the list states for itself (or the user gives) is the date it names each row that states none;
        // the file's modification date is not a date the list states and is never given to a row.
        var statedDate = options.Date ?? listDate;
        if (statedDate is not null)
            for (var i = 0; i < entries.Count; i++)
                if (entries[i].Date is null && written[i] is null) entries[i] = entries[i] with { Date = statedDate };
        var provenance = new ListProvenance(
            options.Name ?? meta.GetValueOrDefault("name") ?? Path.GetFileNameWithoutExtension(path),
            ListFormats.Spreadsheet,
            displayName,
            statedDate ?? FileFacts.ModifiedDate(path),
            ListFiles.Sha256(path),
            licence,
            options.SourceUrl ?? meta.GetValueOrDefault("source") ?? meta.GetValueOrDefault("source_url"),
            options.SourceTitle ?? meta.GetValueOrDefault("title") ?? meta.GetValueOrDefault("source_title"),
            options.Publisher ?? meta.GetValueOrDefault("publisher"),
            kind,
            FileDateStated: statedDate is not null);
        if (provenance.SourceUrl is null && entries.FirstOrDefault(e => e.SourceUrl is null) is { } unsourced)
            throw new DataException(displayName, unsourced.Line,
                $"'{unsourced.Name}' has no source_url and the list names no source: add a source_url column, a '# source: URL' line before the header, or --source-url");
        // Where the list types its rows, every row is accounted for: imported, or left out as no organisation.
        return new ImportedList(provenance, entries, log.Problems.OrderBy(p => p.Line ?? 0).ToList(), columns.Has("type") ? leftOut : null);
    }

    private static ListEntry Entry(SpreadsheetColumns c, IReadOnlyList<string> row, int line, string displayName, ProblemLog log, ExchangeDirectory exchanges)
    {
        var name = c.Get(row, "name") ?? throw new DataException(displayName, line, "the row has no name");
        var isins = EntryChecks.Isins(ListText.Split(c.Get(row, "isin")), log, line, name);
        var lei = EntryChecks.Lei(c.Get(row, "lei"), log, line, name);
        var listings = new List<Listing>();
        if (EntryChecks.Listing(c.Get(row, "ticker"), c.Get(row, "exchange"), exchanges, log, line, name) is { } l) listings.Add(l);
        foreach (var text in ListText.Split(c.Get(row, "listings")))
            if (EntryChecks.Listing(text, exchanges, log, line, name) is { } listed && !listings.Contains(listed)) listings.Add(listed);
        var kind = c.Get(row, "source_kind");
        if (kind is not null && !SourceKinds.IsKnown(kind))
            throw new DataException(displayName, line, $"'{kind}' is not a valid source_kind (one of {string.Join(", ", SourceKinds.All)})");
        // A bare legal form ("Co., Ltd.") or a name too short to tell companies apart is kept, but never matched on.
        if (NameNormaliser.NotMatchedOn(name) is { } why)
            log.Add(line, $"name '{name}' {why}: it is not matched on" + (isins.Count > 0 || lei is not null || listings.Count > 0
                ? "; the row's ISIN, LEI or listing still is"
                : "; the row gives no ISIN, LEI or listing, so it matches no holding (write the company's full name)"));
        return new ListEntry
        {
            Line = line,
            EntryId = ListText.Slug(name),
            Name = name,
            Aliases = ListText.Aliases(name, ListText.Split(c.Get(row, "aliases")).Select(ListAlias.Trading)),
            NativeName = c.Get(row, "native_name"),
            Isins = isins,
            Lei = lei,
            Listings = listings,
            Country = EntryChecks.Country(c.Get(row, "country"), log, line, name),
            Parent = c.Get(row, "parent"),
            Category = Category(c.Get(row, "category"), log, line, name),
            Reason = c.Get(row, "reason"),
            SourceUrl = c.Get(row, "source_url"),
            SourceTitle = c.Get(row, "source_title"),
            Publisher = c.Get(row, "publisher"),
            SourceKind = kind,
        };
    }

    /// <summary>The type a row's type column gives when it is no organisation ("individual", "vessel", "aircraft"), else null.</summary>
    private static string? NotAnOrganisation(string? type)
    {
        var key = type?.Trim().ToLowerInvariant();
        return key switch
        {
            null or "" => null,
            "person" or "individual" or "natural person" or "people" => "individual",
            "vessel" or "ship" => "vessel",
            "aircraft" => "aircraft",
            _ => null,
        };
    }

    /// <summary>The first category of the cell that Exposure knows (<see cref="AllegationCategories"/>); any other is reported and not used.</summary>
    private static string? Category(string? text, ProblemLog log, int line, string name)
    {
        string? category = null;
        foreach (var part in ListText.Split(text?.Replace(',', ';')))
        {
            if (AllegationCategories.Parse(part) is { } known) category ??= known;
            else log.Add(line, $"category '{part}' of '{name}' is not one of {string.Join(", ", AllegationCategories.All)}: not used");
        }
        return category;
    }

    private static IEnumerable<(int Line, IReadOnlyList<string> Cells)> CsvRows(string path, string displayName)
    {
        if (!File.Exists(path)) throw new DataException(displayName, null, "file not found");
        using var reader = ListFiles.OpenText(path, out var detected);
        if (detected.LooksBinary) throw new DataException(displayName, null, "not a text file");
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            HasHeaderRecord = false,
            MissingFieldFound = null,
        };
        foreach (var (line, record) in CsvTable.Records(reader, config, displayName))
        {
            if (record.Sum(f => f.Length) > MaxLineLength * 16)
                throw new DataException(displayName, line, "the row is longer than a list row can be");
            yield return (line, record);
        }
    }
}

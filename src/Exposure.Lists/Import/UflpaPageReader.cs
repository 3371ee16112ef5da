using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Exposure.Core;
using Exposure.Core.Reference;
using Exposure.Lists.Model;

namespace Exposure.Lists.Import;

/// <summary>
/// The DHS UFLPA Entity List as the HTML page saved from the site: one table per section of the law, with columns such
/// as "Name of Entity" and "Effective Date". The section is the heading before each table. Name cells are parsed by
/// <see cref="UflpaNameCell"/>; the sentence as written is kept with every entry.
/// </summary>
internal static partial class UflpaPageReader
{
    public const string Url = "https://www.dhs.gov/uflpa-entity-list";
    private const long MaxBytes = 32L << 20;

    public static ImportedList Read(string path, string displayName, ImportOptions options)
    {
        if (new FileInfo(path).Length > MaxBytes) throw new DataException(displayName, null, $"larger than {MaxBytes >> 20} MiB: not a saved UFLPA Entity List page");
        var html = ListFiles.ReadAll(path, displayName, MaxBytes, "a saved UFLPA Entity List page");
        var log = new ProblemLog(displayName);
        var entries = new List<ListEntry>();
        var leftOut = new LeftOutCounts();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var tables = 0;
        var counted = (Index: 0, Line: 1);
        int LineAt(int index)
        {
            for (var i = counted.Index; i < index && i < html.Length; i++) if (html[i] == '\n') counted.Line++;
            counted.Index = Math.Max(counted.Index, index);
            return counted.Line;
        }
        foreach (Match block in Blocks().Matches(html))
        {
            if (block.Groups["heading"].Success) continue;
            var section = LastHeading(html, block.Index);
            var rows = Rows().Matches(block.Value);
            int? nameColumn = null, dateColumn = null;
            string? dateKind = null;
            foreach (Match row in rows)
            {
                var cells = Cells().Matches(row.Value).Select(c => Text(c.Groups["cell"].Value)).ToList();
                if (nameColumn is null)
                {
                    var n = cells.FindIndex(c => c.Contains("Name of Entity", StringComparison.OrdinalIgnoreCase) || c.Equals("Entity", StringComparison.OrdinalIgnoreCase) || c.Equals("Name", StringComparison.OrdinalIgnoreCase));
                    if (n >= 0)
                    {
                        nameColumn = n;
                        var d = cells.FindIndex(c => c.Contains("Date", StringComparison.OrdinalIgnoreCase));
                        dateColumn = d >= 0 ? d : null;
                        // The page's "Effective Date" is the date each listing took effect: said so wherever it is shown.
                        dateKind = d >= 0 && cells[d].Contains("Effective", StringComparison.OrdinalIgnoreCase) ? DateKinds.Effective : null;
                        tables++;
                    }
                    continue;
                }
                var line = LineAt(block.Index + row.Index);
                if (nameColumn.Value >= cells.Count || cells[nameColumn.Value].Length == 0)
                {
                    // Every row of a table ends somewhere: a row without a name of entity is reported and left out, never dropped unsaid.
                    var written = cells.Where(c => c.Length > 0).ToList();
                    log.Add(line, written.Count == 0
                        ? "the row has no name of entity and no other text: left out"
                        : $"the row has no name of entity ('{Short(string.Join(" | ", written))}'): left out");
                    leftOut.Add("row without a name of entity", "rows without a name of entity", "the row names no entity");
                    continue;
                }
                var cell = cells[nameColumn.Value];
                var parsed = UflpaNameCell.Parse(cell);
                if (parsed.Review is { } review) log.Add(line, $"'{Short(cell)}': {review}");
                var dateText = dateColumn is { } dc && dc < cells.Count ? cells[dc] : null;
                var date = ListText.Date(dateText);
                if (dateText is { Length: > 0 } && date is null) log.Add(line, $"effective date '{dateText}' of '{Short(parsed.Name)}' could not be read: left empty");
                var id = ListText.Slug(parsed.Name);
                for (var k = 2; !ids.Add(id); k++) id = string.Create(CultureInfo.InvariantCulture, $"{ListText.Slug(parsed.Name)}-{k}");
                entries.Add(new ListEntry
                {
                    Line = line,
                    EntryId = id,
                    Name = parsed.Name,
                    // Subsidiaries the cell names with the entity are names to review: a match on one alone goes to review.
                    Aliases = ListText.Aliases(parsed.Name, parsed.Aliases.Concat(parsed.Subsidiaries.Select(ListAlias.Trading))),
                    Country = "CN",
                    Program = section,
                    Category = section is not null && section.Contains("(ii)", StringComparison.Ordinal) ? "labour-transfer" : "forced-labour",
                    Reason = parsed.Scope is { } scope ? $"listed with {scope}" : null,
                    AsWritten = cell,
                    Date = date,
                    DateKind = date is null ? null : dateKind,
                    ReviewNote = parsed.Review is not null ? "name cell not parsed: kept as written"
                        : parsed.Subsidiaries.Count > 0 ? $"listed with its subsidiaries named in the cell ({string.Join("; ", parsed.Subsidiaries)}): a holding matching one of them by name goes to review"
                        : null,
                });
            }
        }
        if (tables == 0) throw new DataException(displayName, null, "no table with a 'Name of Entity' column: not a saved UFLPA Entity List page");
        var updated = LastUpdated(html);
        var provenance = new ListProvenance(
            options.Name ?? "DHS UFLPA Entity List",
            ListFormats.Uflpa,
            displayName,
            options.Date ?? updated ?? FileFacts.ModifiedDate(path),
            ListFiles.Sha256(path),
            options.Licence ?? "US government work (public domain)",
            options.SourceUrl ?? Url,
            options.SourceTitle ?? "UFLPA Entity List",
            options.Publisher ?? "US Department of Homeland Security, Forced Labor Enforcement Task Force",
            options.SourceKind ?? SourceKinds.Official,
            FileDateStated: options.Date is not null || updated is not null);
        return new ImportedList(provenance, entries, log.Problems, leftOut);
    }

    /// <summary>The date the page says it was last updated ("Last Updated: 01/15/2025", "Last Reviewed/Updated: …"), or null.</summary>
    private static string? LastUpdated(string html)
    {
        var m = Updated().Match(html);
        if (!m.Success) return null;
        return m.Groups["datetime"].Success && ListText.Date(m.Groups["datetime"].Value[..Math.Min(10, m.Groups["datetime"].Value.Length)]) is { } stamp
            ? stamp
            : ListText.Date(WebUtility.HtmlDecode(m.Groups["date"].Value).Trim());
    }

    private static string? LastHeading(string html, int before)
    {
        string? last = null;
        foreach (Match h in Headings().Matches(html[..before]))
        {
            var text = Text(h.Groups["text"].Value);
            if (text.Length > 0) last = text.Length > 300 ? text[..300] : text;
        }
        return last;
    }

    private static string Short(string text) => text.Length > 80 ? text[..80] + "…" : text;

    private static string Text(string html)
    {
        var noTags = Tags().Replace(Breaks().Replace(html, " "), "");
        return string.Join(' ', WebUtility.HtmlDecode(noTags).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('\u00a0', ' ').Trim();
    }

    [GeneratedRegex(@"<table\b.*?</table\s*>|(?<heading><h[1-6]\b)", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex Blocks();

    [GeneratedRegex(@"<h[1-6]\b[^>]*>(?<text>.*?)</h[1-6]\s*>|<(?:p|strong|caption)\b[^>]*>(?<text>\s*Section\s+2\(d\).*?)</(?:p|strong|caption)\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Headings();

    [GeneratedRegex(@"Last\s+(?:Reviewed\s*/\s*)?Updated\s*:?\s*(?:<(?:time\b[^>]*?datetime=""(?<datetime>[^""]+)""[^>]*|[^>]*)>\s*)*(?<date>[^<]{4,40}?)\s*<", RegexOptions.IgnoreCase)]
    private static partial Regex Updated();

    [GeneratedRegex(@"<tr\b.*?</tr\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex Rows();

    [GeneratedRegex(@"<t[hd]\b[^>]*>(?<cell>.*?)</t[hd]\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Cells();

    [GeneratedRegex(@"<br\s*/?>|</p\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex Breaks();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();
}

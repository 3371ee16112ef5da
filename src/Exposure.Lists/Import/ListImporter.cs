using Exposure.Core;
using Exposure.Core.Reference;
using Exposure.Lists.Model;

namespace Exposure.Lists.Import;

/// <summary>Reads a list file in any supported format (docs/lists.md), detecting the format from the file.</summary>
public static class ListImporter
{
    /// <summary>The format of the list at <paramref name="path"/> (one of <see cref="ListFormats.All"/>).</summary>
    public static string Detect(string path, string displayName)
    {
        if (Directory.Exists(path))
        {
            if (File.Exists(Path.Combine(path, "companies.csv"))) return ListFormats.Folder;
            if (OfacLegacyReader.Locate(path) is not null) return ListFormats.OfacLegacy;
            throw new DataException(displayName, null, "a folder with neither companies.csv (a list folder) nor sdn.csv / cons_prim.csv (OFAC files)");
        }
        if (!File.Exists(path)) throw new DataException(displayName, null, "file not found");
        if (new FileInfo(path).Length == 0) throw new DataException(displayName, null, "the file is empty");
        var name = Path.GetFileName(path).ToLowerInvariant();
        var extension = Path.GetExtension(name);
        if (extension == ".xlsx") return ListFormats.Spreadsheet;
        if (extension == ".xml" || StartsLikeXml(path)) return OfacXmlReader.IsSdnList(path) ? ListFormats.OfacXml : throw NotRead(path, displayName);
        if (extension is ".html" or ".htm") return ListFormats.Uflpa;
        if (extension is ".json" or ".jsonl" or ".ndjson")
            return IsCslJson(path) ? throw new DataException(displayName, null, CslJson) : ListFormats.OpenSanctionsFtm;
        if (name is "sdn.csv" or "alt.csv" or "add.csv" or "sdn_comments.csv" || name.StartsWith("cons_", StringComparison.Ordinal))
            return ListFormats.OfacLegacy;
        var header = CsvTable.Header(path, displayName);
        bool Has(params string[] columns) => columns.All(header.Contains);
        if (Has("_id", "source", "name", "ids")) return ListFormats.Csl;
        if (Has("id", "schema", "name")) return ListFormats.OpenSanctionsSimple;
        if (Has("caption", "isins")) return ListFormats.OpenSanctionsSecurities;
        return ListFormats.Spreadsheet;
    }

    /// <summary>Why the CSL's JSON download is not read, and what to use instead.</summary>
    internal const string CslJson =
        "the US Consolidated Screening List's JSON download ({\"results\": [...]}), which Exposure does not read; use the CSV download of the same list (consolidated.csv, from https://www.trade.gov/consolidated-screening-list)";

    /// <summary>
    /// Whether a JSON file is the CSL's JSON download, one document <c>{"results": [...], "sources_used": ...}</c>, rather
    /// than JSON lines of FollowTheMoney entities (each line an entity with <c>id</c> and <c>schema</c>).
    /// </summary>
    private static bool IsCslJson(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var head = new char[4096];
        var text = new string(head, 0, reader.ReadBlock(head, 0, head.Length)).TrimStart();
        if (!text.StartsWith('{')) return false;
        var results = text.IndexOf("\"results\"", StringComparison.Ordinal);
        var schema = text.IndexOf("\"schema\"", StringComparison.Ordinal);
        return results >= 0 && (schema < 0 || results < schema) && text.AsSpan(1).TrimStart().StartsWith("\"results\"", StringComparison.Ordinal)
            || text.Contains("\"sources_used\"", StringComparison.Ordinal) && schema < 0;
    }

    /// <summary>Whether the file's first characters (after a byte-order mark and white space) open an XML document.</summary>
    private static bool StartsLikeXml(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[64];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var text = System.Text.Encoding.UTF8.GetString(buffer, 0, read).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An XML file other than OFAC's classic SDN.XML is not read: OFAC's advanced XML is named as such, with the files to use instead.</summary>
    private static DataException NotRead(string path, string displayName)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var head = new char[4096];
        var text = new string(head, 0, reader.ReadBlock(head, 0, head.Length));
        var ofac = text.Contains("sdnList", StringComparison.Ordinal) || text.Contains("treasury.gov", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<Sanctions", StringComparison.Ordinal);
        return new DataException(displayName, null, ofac
            ? "an OFAC XML file in the advanced format, which Exposure does not read; use SDN.XML or the CSV files sdn.csv, alt.csv, add.csv, sdn_comments.csv (or cons_prim.csv, cons_alt.csv, cons_add.csv, cons_comments.csv) from the same page"
            : "an XML file, which is not a list format Exposure reads (docs/lists.md lists the formats)");
    }

    /// <summary>Reads a list file (not a folder: see <see cref="Combine.ListLoader"/>).</summary>
    public static ImportedList Import(string path, string displayName, ImportOptions options, ExchangeDirectory exchanges)
    {
        var format = options.Format ?? Detect(path, displayName);
        if (!ListFormats.All.Contains(format))
            throw new DataException(displayName, null, $"'{format}' is not a list format (one of {string.Join(", ", ListFormats.All)})");
        if (options.SourceKind is { } kind && !SourceKinds.IsKnown(kind))
            throw new DataException(displayName, null, $"'{kind}' is not a valid source kind (one of {string.Join(", ", SourceKinds.All)})");
        var list = format switch
        {
            ListFormats.Spreadsheet => SpreadsheetListReader.Read(path, displayName, options, exchanges),
            ListFormats.OfacLegacy => OfacLegacyReader.Read(path, displayName, options, exchanges),
            ListFormats.OfacXml => OfacXmlReader.Read(path, displayName, options, exchanges),
            ListFormats.OpenSanctionsFtm => OpenSanctionsFtmReader.Read(path, displayName, options),
            ListFormats.OpenSanctionsSimple => OpenSanctionsCsvReader.ReadSimple(path, displayName, options),
            ListFormats.OpenSanctionsSecurities => OpenSanctionsCsvReader.ReadSecurities(path, displayName, options),
            ListFormats.Csl => CslReader.Read(path, displayName, options, exchanges),
            ListFormats.Uflpa => UflpaPageReader.Read(path, displayName, options),
            _ => throw new DataException(displayName, null, "a list folder is loaded, not imported"),
        };
        if (list.Entries.Count == 0) throw NoCompany(displayName, list.LeftOut);
        return format == ListFormats.Spreadsheet ? list : WithNamesNotMatchedOn(list, displayName);
    }

    /// <summary>
    /// An entry whose name is only a legal form ("Co., Ltd.", "有限公司") or too short to tell companies apart is kept, but
    /// never matched on by that name: each format reports it on its line, as the reader of a list a person writes does.
    /// </summary>
    private static ImportedList WithNamesNotMatchedOn(ImportedList list, string displayName)
    {
        var added = new List<ListProblem>();
        foreach (var e in list.Entries.DistinctBy(e => (e.EntryId, e.Line)))
            if (Core.Text.NameNormaliser.NotMatchedOn(e.Name) is { } why)
                added.Add(new ListProblem(displayName, e.Line, $"name '{e.Name}' {why}: it is not matched on" + (e.Isins.Count > 0 || e.Lei is not null || e.Listings.Count > 0
                    ? "; the entry's ISIN, LEI or listing still is"
                    : "; the entry gives no ISIN, LEI or listing, so it matches no holding by this name")));
        return added.Count == 0 ? list : list with { Problems = list.Problems.Concat(added).ToList() };
    }

    /// <summary>
    /// A list that yields no company is not screened against: an empty result would read as "no exposure". The error
    /// says what was left out ("2 individuals and 1 vessel were left out; no company or organisation remains").
    /// </summary>
    private static DataException NoCompany(string displayName, LeftOutCounts? leftOut) =>
        new(displayName, null, leftOut is { Total: > 0 } counts
            ? $"{counts} {(counts.Total == 1 ? "was" : "were")} left out; no company or organisation remains"
            : "the file holds no entry; no company or organisation remains");
}

using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Exposure.Core;
using Exposure.Core.Reference;
using Exposure.Lists.Model;

namespace Exposure.Lists.Import;

/// <summary>
/// OFAC's classic XML file of the SDN list (<c>SDN.XML</c>; the consolidated list's <c>CONSOLIDATED.XML</c> has the same
/// layout): a root <c>sdnList</c> with <c>publshInformation/Publish_Date</c> and one <c>sdnEntry</c> per entry, holding
/// <c>uid</c>, <c>lastName</c> (an entity's name), <c>sdnType</c>, <c>programList/program</c>, <c>akaList/aka</c>
/// (<c>type</c> a.k.a. or f.k.a., <c>lastName</c>), <c>addressList/address</c> (<c>country</c>), <c>idList/id</c>
/// (<c>idType</c>, <c>idNumber</c>: the facts the CSV files write in the remarks) and <c>remarks</c>. Read as a stream,
/// one entry at a time, without a DTD or external entities. Only entities are imported, as from the CSV files.
/// </summary>
internal static class OfacXmlReader
{
    private const long MaxBytes = 512L << 20;

    /// <summary>Whether the file's root element is OFAC's classic <c>sdnList</c>.</summary>
    public static bool IsSdnList(string path)
    {
        try
        {
            using var reader = XmlReader.Create(path, Settings());
            return reader.MoveToContent() == XmlNodeType.Element && reader.LocalName == "sdnList";
        }
        catch (XmlException)
        {
            return false;
        }
    }

    public static ImportedList Read(string path, string displayName, ImportOptions options, ExchangeDirectory exchanges)
    {
        if (new FileInfo(path).Length > MaxBytes) throw new DataException(displayName, null, $"larger than {MaxBytes >> 20} MiB: not an OFAC SDN.XML file");
        var log = new ProblemLog(displayName);
        var leftOut = new LeftOutCounts();
        var programs = options.Programs is { Count: > 0 } p ? new HashSet<string>(p, StringComparer.OrdinalIgnoreCase) : null;
        var entries = new List<ListEntry>();
        string? published = null;
        string? statedCount = null;
        int? statedAt = null;
        var counted = 0;
        var consolidated = Path.GetFileName(path).Contains("cons", StringComparison.OrdinalIgnoreCase);
        var reader = XmlReader.Create(path, Settings());
        try
        {
            using (reader)
            {
                reader.MoveToContent();
                if (reader.LocalName != "sdnList") throw new DataException(displayName, Line(reader), "the root element is not sdnList: not an OFAC SDN.XML file");
                reader.Read();
                while (!reader.EOF)
                {
                    if (reader.NodeType != XmlNodeType.Element) { reader.Read(); continue; }
                    var line = Line(reader);
                    if (reader.LocalName == "publshInformation")
                    {
                        var info = (XElement)XNode.ReadFrom(reader);
                        published = ListText.Date(Child(info, "Publish_Date"));
                        (statedCount, statedAt) = (Child(info, "Record_Count"), line);
                        continue;
                    }
                    if (reader.LocalName != "sdnEntry") { reader.Skip(); continue; }
                    var entry = (XElement)XNode.ReadFrom(reader);
                    counted++;
                    if (Read(entry, line, programs, log, leftOut, exchanges, displayName, consolidated) is { } read) entries.Add(read);
                }
            }
        }
        catch (XmlException e)
        {
            throw new DataException(displayName, e.LineNumber > 0 ? e.LineNumber : null, $"not well-formed XML ({e.Message.Split('.')[0]})");
        }

        // The file states how many entries it holds: a file that holds fewer (cut short, or edited) or more is said to, in
        // list check and beside the list in every report, never read as the whole list.
        int? stated = null;
        if (statedCount is not null)
        {
            if (int.TryParse(statedCount, NumberStyles.None, CultureInfo.InvariantCulture, out var count)) stated = count;
            else log.Add(statedAt, $"Record_Count '{statedCount}' is not a whole number: the entries the file states it holds are not known");
        }
        if (stated is { } n && n != counted)
            log.Add(statedAt, string.Create(CultureInfo.InvariantCulture, $"the file states {n:N0} {(n == 1 ? "entry" : "entries")} (Record_Count); {counted:N0} {(counted == 1 ? "was" : "were")} read: the file is not the whole list it says it is"));

        var provenance = new ListProvenance(
            options.Name ?? (consolidated ? "OFAC Consolidated Sanctions List (non-SDN)" : "OFAC SDN List"),
            ListFormats.OfacXml,
            displayName,
            options.Date ?? published ?? FileFacts.ModifiedDate(path),
            ListFiles.Sha256(path),
            options.Licence ?? "US government work (public domain)",
            options.SourceUrl ?? (consolidated ? OfacLegacyReader.ConsolidatedUrl : OfacLegacyReader.SdnUrl),
            options.SourceTitle ?? (consolidated ? "Consolidated Sanctions List (Non-SDN Lists)" : "Specially Designated Nationals And Blocked Persons List (SDN)"),
            options.Publisher ?? "US Treasury, Office of Foreign Assets Control",
            options.SourceKind ?? SourceKinds.Official,
            FileDateStated: options.Date is not null || published is not null,
            EntriesStated: stated);
        return new ImportedList(provenance, entries, log.Problems, leftOut);
    }

    private static ListEntry? Read(XElement e, int? line, HashSet<string>? programs, ProblemLog log, LeftOutCounts leftOut, ExchangeDirectory exchanges, string displayName, bool consolidated)
    {
        var id = Child(e, "uid") ?? throw new DataException(displayName, line, "an sdnEntry without a uid");
        var type = Child(e, "sdnType");
        if (type is not null && !type.Equals("Entity", StringComparison.OrdinalIgnoreCase))
        {
            leftOut.AddType(type);
            return null;
        }
        var entryPrograms = Children(e, "programList", "program").ToList();
        if (programs is not null && !entryPrograms.Any(programs.Contains))
        {
            leftOut.AddFiltered("--program");
            return null;
        }
        var name = Join(Child(e, "firstName"), Child(e, "lastName")) ?? throw new DataException(displayName, line, $"entry {id} has no name");

        // The identifiers are the facts the CSV files write in the remarks ("ISIN CNE100000PM8; Equity Ticker 002415 CS"):
        // read as such, with the remarks themselves.
        var facts = Elements(e, "idList", "id")
            .Select(x => (Type: Child(x, "idType"), Number: Child(x, "idNumber")))
            .Where(x => x.Type is not null && x.Number is not null)
            .Select(x => $"{x.Type} {x.Number}");
        var remarksText = string.Join("; ", facts.Append(Child(e, "remarks") ?? "").Where(t => t.Length > 0));
        var remarks = OfacRemarks.Parse(remarksText);
        var listings = remarks.Listings(exchanges, log, line, name);
        var aliases = Elements(e, "akaList", "aka")
            .Select(a => (Type: (Child(a, "type") ?? "").Replace(".", "", StringComparison.Ordinal).ToLowerInvariant(), Name: Join(Child(a, "firstName"), Child(a, "lastName"))))
            .Where(a => a.Name is not null)
            .Select(a => a.Type == "fka" ? ListAlias.Former(a.Name!) : ListAlias.Trading(a.Name!));
        var countries = Elements(e, "addressList", "address").Select(a => Countries.Code(Child(a, "country"))).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return new ListEntry
        {
            Line = line,
            EntryId = id,
            Name = name,
            Aliases = ListText.Aliases(name, remarks.Aliases.Select(ListAlias.Trading).Concat(remarks.FormerNames.Select(ListAlias.Former))
                .Concat(aliases).Concat(remarks.IssuerNames.Select(ListAlias.Trading))),
            Isins = EntryChecks.Isins(remarks.Isins, log, line, name),
            Lei = EntryChecks.Lei(remarks.Lei, log, line, name),
            Listings = listings,
            Uscc = remarks.Uscc,
            Countries = countries,
            Country = Countries.Code(remarks.Nationality),
            Parent = remarks.LinkedTo,
            Program = (consolidated ? "program " : "SDN List, program ") + string.Join("; ", entryPrograms),
            Category = AllegationCategories.Sanctioned,
            Reason = remarks.TargetType is { } t ? $"target type: {t}" : null,
            PrivateCompany = remarks.PrivateCompany,
            AsWritten = remarksText.Length > 0 ? remarksText : null,
            Date = ListText.Date(remarks.ListingDate) ?? ListText.Date(remarks.EffectiveDate),
            // An entry that gives only its effective date is dated with it, said to be one: never read as a listing date.
            DateKind = ListText.Date(remarks.ListingDate) is null && ListText.Date(remarks.EffectiveDate) is not null ? DateKinds.Effective : null,
            EffectiveDate = ListText.Date(remarks.EffectiveDate),
        };
    }

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        MaxCharactersInDocument = MaxBytes,
    };

    private static int? Line(XmlReader reader) => reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    private static string? Child(XElement e, string name) =>
        ListText.Clean(e.Elements().FirstOrDefault(x => x.Name.LocalName == name)?.Value);

    private static IEnumerable<XElement> Elements(XElement e, string list, string item) =>
        e.Elements().Where(x => x.Name.LocalName == list).SelectMany(x => x.Elements().Where(y => y.Name.LocalName == item));

    private static IEnumerable<string> Children(XElement e, string list, string item) =>
        Elements(e, list, item).Select(x => ListText.Clean(x.Value)).OfType<string>();

    private static string? Join(string? first, string? last) =>
        first is null ? last : last is null ? first : string.Create(CultureInfo.InvariantCulture, $"{first} {last}");
}

using System.Globalization;
using Exposure.Core.Reference;
using Exposure.Lists.Import;
using Exposure.Lists.Model;

namespace Exposure.Lists.Conversion;

/// <summary>
/// Turns an imported list into the list model the matcher screens against. Entries that share an ISIN, an LEI or a USCC
/// are one company (OFAC writes an alias of a company as an entry of its own); each entry stays an allegation of its
/// own, citing the list. So are entries of the same name in the same country that no LEI or USCC tells apart (a list
/// that enters a company twice, under two sections or by mistake): the company says how many times it is entered. The
/// name is compared as <see cref="LegalName"/> writes it (case, punctuation and spacing aside); names that agree only
/// after matching's normalisation, or entries whose countries differ or are not given, stay apart.
/// </summary>
public static class ListConverter
{
    public static ReferenceData ToReference(ImportedList list, ExchangeDirectory exchanges)
    {
        var p = list.Provenance;
        var entries = list.Entries;
        // An OpenSanctions entity with several sanctions is one entry per sanction, all with the entity's id.
        var groups = Group(entries, byEntryId: p.Format == ListFormats.OpenSanctionsFtm);

        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var groupIds = new string[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            var slug = ListText.Slug(entries[groups[g][0]].Name);
            var id = slug;
            for (var k = 2; !usedIds.Add(id); k++) id = string.Create(CultureInfo.InvariantCulture, $"{slug}-{k}");
            groupIds[g] = id;
        }
        // A parent is found by its name as LegalName compares names (case, punctuation and spacing aside): OFAC ends its
        // remarks with a dot, so "Linked To: … CO., LTD." reads as "… CO., LTD" once the sentence's dot is taken off.
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
            foreach (var i in groups[g])
                foreach (var n in entries[i].Aliases.Select(a => a.Name).Prepend(entries[i].Name))
                    if (LegalName.Key(n) is { Length: > 0 } key) byName.TryAdd(key, g);

        var companies = new List<Located<Company>>(groups.Count);
        var names = new List<Located<CompanyName>>();
        var allegations = new List<Located<Allegation>>(entries.Count);
        var sources = new List<Located<IdentifierSource>>();
        var allegationIds = new HashSet<string>(StringComparer.Ordinal);
        var listed = p.Format != ListFormats.Spreadsheet;
        // OpenSanctions aggregates lists and lists nothing itself: its allegations say "named by OpenSanctions", never
        // "listed on OpenSanctions" (each summary names the program a sanction is of).
        var aggregator = p.Format is ListFormats.OpenSanctionsFtm or ListFormats.OpenSanctionsSimple or ListFormats.OpenSanctionsSecurities;

        for (var g = 0; g < groups.Count; g++)
        {
            var id = groupIds[g];
            var members = groups[g].Select(i => entries[i]).ToList();
            var first = members[0];
            var notes = new List<string>();
            string? parentId = null;
            foreach (var e in members)
            {
                if (e.ReviewNote is { } note && !notes.Contains(note)) notes.Add(note);
                if (e.Parent is { } parent)
                {
                    if (byName.TryGetValue(LegalName.Key(parent), out var pg) && pg != g) parentId ??= groupIds[pg];
                    else if (pg != g)
                    {
                        var text = $"linked on the list to {parent}, which is not an entry of it";
                        if (!notes.Contains(text)) notes.Add(text);
                    }
                }
            }
            // One entry may stand for several listings of one entity (an OpenSanctions entity with two sanctions): that
            // is one entry, not an entity entered twice.
            var sameName = members.Where(e => LegalName.Key(e.Name) == LegalName.Key(first.Name)).DistinctBy(e => (e.EntryId, e.Line)).ToList();
            if (sameName.Count > 1)
            {
                var at = sameName.Select(e => e.Line).OfType<int>().Distinct().ToList();
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"entered {sameName.Count} times on the list") +
                    (at.Count > 0 ? $" (lines {string.Join(", ", at.Select(l => l.ToString(CultureInfo.InvariantCulture)))})" : "") + ": screened as one company");
            }
            var country = Country(members, notes);
            var isins = members.SelectMany(e => e.Isins).Distinct(StringComparer.Ordinal).ToList();
            var lei = members.Select(e => e.Lei).FirstOrDefault(l => l is not null);
            var listings = members.SelectMany(e => e.Listings).Distinct().ToList();
            var line = first.Line ?? 0;
            companies.Add(new(new Company(
                id,
                first.Name,
                members.Select(e => e.NativeName).FirstOrDefault(n => n is not null),
                country,
                listings,
                isins,
                lei,
                parentId,
                Basis.Named,
                string.Join("; ", notes))
            {
                PrivateCompany = PrivateCompany(p, members, listings),
            }, p.File, line));

            var seenNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var e in members)
            {
                var url = e.SourceUrl ?? p.SourceUrl;
                if (seenNames.Add(e.Name)) names.Add(new(new CompanyName(id, e.Name, NameKind.Legal, url), p.File, e.Line ?? 0));
                if (e.NativeName is { } native && seenNames.Add(native)) names.Add(new(new CompanyName(id, native, NameKind.Native, url), p.File, e.Line ?? 0));
                foreach (var alias in e.Aliases)
                    if (seenNames.Add(alias.Name)) names.Add(new(new CompanyName(id, alias.Name, alias.Kind, url), p.File, e.Line ?? 0));

                var allegationId = e.EntryId;
                for (var k = 2; !allegationIds.Add(allegationId); k++) allegationId = string.Create(CultureInfo.InvariantCulture, $"{e.EntryId}-{k}");
                allegations.Add(new(new Allegation(
                    allegationId,
                    id,
                    e.AsWritten is { Length: <= 500 } written && p.Format == ListFormats.Uflpa ? written : e.Name,
                    SubjectRelation.Self,
                    e.Category ?? "not-stated",
                    e.ListOrReport ?? p.Name,
                    e.Date,
                    Summary(p, e, listed),
                    url ?? "",
                    e.SourceTitle ?? p.SourceTitle ?? p.Name,
                    e.Publisher ?? p.Publisher ?? "not stated",
                    e.SourceKind ?? p.SourceKind,
                    null,
                    listed && !aggregator,
                    e.DateKind), p.File, e.Line ?? 0));

                foreach (var (field, value) in Identifiers(e))
                    sources.Add(new(new IdentifierSource(id, field, value, url ?? "", e.SourceTitle ?? p.SourceTitle ?? p.Name,
                        e.Publisher ?? p.Publisher ?? "not stated", e.Date ?? p.FileDate), p.File, e.Line ?? 0));
            }
            if (parentId is not null)
                sources.Add(new(new IdentifierSource(id, "parent_link", $"{id} -> {parentId}", first.SourceUrl ?? p.SourceUrl ?? "",
                    p.SourceTitle ?? p.Name, p.Publisher ?? "not stated", p.FileDate), p.File, line));
        }

        // The list's version is its date; a file's modification date is said to be one wherever the version is shown.
        var version = p.FileDate is not { } date ? "undated" : p.FileDateStated ? date : $"{date} (file date)";
        return ReferenceData.Create(version, companies, names, allegations, sources, exchanges, sharedNames: true);
    }

    /// <summary>
    /// The company's country: the one its entries give, or, where they give several that do not agree (addresses in the
    /// UAE and in China), none: a list that places a company in several countries does not contradict a holding in any
    /// of them, so the matcher is given no country to compare (and the caveat says which the list gives).
    /// </summary>
    private static string Country(List<ListEntry> members, List<string> notes)
    {
        var all = members.SelectMany(e => e.AllCountries).Distinct(StringComparer.Ordinal).ToList();
        if (all.Count == 0) return "";
        if (all.All(c => Countries.Agree(c, all[0]))) return all[0];
        var text = $"the list gives addresses in several countries ({string.Join(", ", all)}): no one country is used to match it";
        if (!notes.Contains(text)) notes.Add(text);
        return "";
    }

    /// <summary>
    /// What the list says where it marks an entry of the company a private company, naming the entry ("entry 30942 of
    /// OFAC Consolidated: Target Type Private Company"); null where none is so marked, or where an entry gives the company
    /// a listing (a company the list gives an equity ticker has listed shares, whatever another entry says).
    /// </summary>
    private static string? PrivateCompany(ListProvenance p, List<ListEntry> members, IReadOnlyList<Listing> listings) =>
        listings.Count > 0 || members.FirstOrDefault(e => e.PrivateCompany is not null) is not { } marked
            ? null
            : $"entry {marked.EntryId} of {p.Name}: {marked.PrivateCompany}";

    private static IEnumerable<(string Field, string Value)> Identifiers(ListEntry e)
    {
        foreach (var l in e.Listings) yield return ("ticker", l.ToString());
        foreach (var i in e.Isins) yield return ("isin", i);
        if (e.Lei is { } lei) yield return ("lei", lei);
        if (e.Uscc is { } uscc) yield return ("uscc", uscc);
        if (e.NativeName is { } native) yield return ("name_native", native);
    }

    private static string Summary(ListProvenance p, ListEntry e, bool listed)
    {
        var parts = new List<string>();
        if (listed)
        {
            // A date that is not the listing date says what it is: "Listed on OFAC SDN List, effective 2021-08-02".
            var lead = e.Statement ?? $"Listed on {p.Name}" + (e.Date is not { } d ? "" : e.DateKind is null ? $" ({d})" : $", {DateKinds.InWords(d, e.DateKind)}");
            if (e.EffectiveDate is { } effective && effective != e.Date) lead += $", effective {effective}";
            if (e.Statement is null && e.Program is { Length: > 0 } program) lead += $", under {program}";
            parts.Add($"{lead}; entry {e.EntryId} of {FileDated(p)}");
            if (e.Reason is { } reason) parts.Add(reason);
            if (e.AsWritten is { } written && written != e.Name) parts.Add($"as written: {(written.Length > 600 ? written[..600] + "…" : written)}");
        }
        else
        {
            parts.Add(e.Reason ?? $"Named on {p.Name}");
        }
        return string.Join("; ", parts);
    }

    /// <summary>
    /// The file's date as the summary gives it: "the file dated 2026-11-28" where the file states its date (or the user
    /// gives one), else "the file downloaded or last modified on 2026-12-05 (the file's own date is not stated)".
    /// </summary>
    public static string FileDated(ListProvenance p) => p.FileDate is not { } date
        ? "the file (undated)"
        : p.FileDateStated ? $"the file dated {date}" : $"the file downloaded or last modified on {date} (the file's own date is not stated)";

    /// <summary>Entries grouped by any shared ISIN, LEI or USCC (union-find), in file order; with <paramref name="byEntryId"/>, also by a shared entry id.</summary>
    private static List<List<int>> Group(IReadOnlyList<ListEntry> entries, bool byEntryId)
    {
        var parent = Enumerable.Range(0, entries.Count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        }
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var keys = e.Isins.Select(x => "isin:" + x);
            if (e.Lei is { } lei) keys = keys.Append("lei:" + lei);
            if (e.Uscc is { } uscc) keys = keys.Append("uscc:" + uscc.ToUpperInvariant());
            if (byEntryId) keys = keys.Append("id:" + e.EntryId);
            foreach (var key in keys)
            {
                if (owner.TryGetValue(key, out var j))
                {
                    var a = Find(i);
                    var b = Find(j);
                    if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
                }
                else owner[key] = i;
            }
        }
        // The same legal name in the same country, with no LEI or USCC that differs: the same entry written again.
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (e.AllCountries is not [var country]) continue;
            var key = country.ToUpperInvariant() + "|" + LegalName.Key(e.Name);
            if (!byName.TryGetValue(key, out var j))
            {
                byName[key] = i;
                continue;
            }
            var other = entries[j];
            if (Differ(e.Lei, other.Lei) || Differ(e.Uscc, other.Uscc)) continue;
            var a = Find(i);
            var b = Find(j);
            if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
        }
        var groups = new Dictionary<int, List<int>>();
        var order = new List<int>();
        for (var i = 0; i < entries.Count; i++)
        {
            var root = Find(i);
            if (!groups.TryGetValue(root, out var list))
            {
                groups[root] = list = [];
                order.Add(root);
            }
            list.Add(i);
        }
        return order.Select(r => groups[r]).ToList();
    }

    private static bool Differ(string? a, string? b) => a is not null && b is not null && !string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

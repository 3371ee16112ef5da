using System.Globalization;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Core.Text;

namespace Exposure.Lists.Combine;

/// <summary>
/// Several lists combined into one screening set. Companies of different lists are one company when they share an ISIN,
/// an LEI, a USCC or a listing, or the same legal name in the same country (<see cref="CompanyJoiner"/>); the company
/// carries every list's allegations, names and identifiers, and where one of them comes from a curated list (the bundled
/// one, or a list folder in its schema) it keeps that company's id, basis, relations and caveats. Every join is recorded
/// with its key. Companies whose names agree but that are not joined are listed as pairs for a person to decide; an
/// identifier that would join two companies one list keeps apart is reported as a conflict.
/// </summary>
public sealed class ListSet
{
    private const int MaxHoldersPerName = 50;

    private ListSet(ReferenceData data, ListsUsed used)
    {
        Data = data;
        Used = used;
    }

    public ReferenceData Data { get; }
    public ListsUsed Used { get; }

    public static ListSet Combine(IReadOnlyList<LoadedList> lists)
    {
        if (lists.Count == 0) throw new ArgumentException("no list given", nameof(lists));
        if (lists.Count == 1)
            return new ListSet(lists[0].Data, new ListsUsed([lists[0].Info], [], [], [], lists[0].Issues.ToList()));
        // A list's name is what tells its allegations and its categories from another list's: two lists of one name are told apart.
        lists = UniqueNames(lists);
        var infos = lists.Select(l => l.Info).ToList();
        var issues = lists.SelectMany(l => l.Issues).ToList();

        var joiner = CompanyJoiner.Join(lists);
        var groups = joiner.Groups;
        var groupOf = new Dictionary<(int List, string Company), CompanyGroup>();
        foreach (var g in groups)
            foreach (var m in g.Members) groupOf[(m.List, m.Company.Id)] = g;
        bool Curated(Member m) => lists[m.List].Info.AboutUyghurForcedLabour;
        // The company that speaks for a group: a curated list's, else the first list's; then the others in list order.
        var ordered = groups.ToDictionary(g => g, g => g.Members.FirstOrDefault(Curated) is { } lead ? g.Members.Where(m => m != lead).Prepend(lead).ToList() : g.Members);

        // Ids: a curated list's companies keep theirs, then the first list's; a later company whose id is taken gets a suffix.
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in groups.OrderBy(g => Curated(ordered[g][0]) ? 0 : 1))
        {
            var id = ordered[g][0].Company.Id;
            var candidate = id;
            for (var k = 2; !used.Add(candidate); k++) candidate = string.Create(CultureInfo.InvariantCulture, $"{id}-{k}");
            g.Id = candidate;
        }

        var parents = Parents(groups, ordered, groupOf);
        var companies = new List<Located<Company>>();
        var names = new List<Located<CompanyName>>();
        var allegations = new List<Located<Allegation>>();
        var sources = new List<Located<IdentifierSource>>();
        var allegationIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var members = ordered[g];
            var lead = members[0];
            var companiesOf = members.Select(m => m.Company).ToList();
            var notes = companiesOf.Select(m => m.ReviewNote).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            var (basis, basisNote) = BasisOf(members, Curated, lists);
            if (basisNote is not null) notes.Add(basisNote);
            companies.Add(new(new Company(
                g.Id,
                lead.Company.NameEn,
                companiesOf.Select(m => m.NameNative).FirstOrDefault(n => n is not null),
                companiesOf.Select(m => m.Country).FirstOrDefault(x => x.Length > 0) ?? "",
                companiesOf.SelectMany(m => m.Listings).Distinct().ToList(),
                companiesOf.SelectMany(m => m.Isins).Distinct(StringComparer.Ordinal).ToList(),
                companiesOf.Select(m => m.Lei).FirstOrDefault(l => l is not null),
                parents.GetValueOrDefault(g)?.Id,
                basis,
                string.Join("; ", notes))
            {
                // A private company as one list marks it, unless another list gives it a listing.
                PrivateCompany = companiesOf.Any(m => m.Listings.Count > 0) ? null : companiesOf.Select(m => m.PrivateCompany).FirstOrDefault(x => x is not null),
            }, lists[lead.List].Info.File, 0));

            var seen = new HashSet<(string, NameKind)>();
            foreach (var (li, _, c) in members)
            {
                var data = lists[li].Data;
                var file = lists[li].Info.File;
                foreach (var n in data.NamesOf(c.Id))
                    if (seen.Add((n.Name, n.Kind))) names.Add(new(n with { CompanyId = g.Id }, file, 0));
                foreach (var a in data.AllegationsOf(c.Id))
                {
                    var id = a.Id;
                    if (!allegationIds.Add(id))
                    {
                        id = string.Create(CultureInfo.InvariantCulture, $"L{li + 1}-{a.Id}");
                        for (var k = 2; !allegationIds.Add(id); k++) id = string.Create(CultureInfo.InvariantCulture, $"L{li + 1}-{a.Id}-{k}");
                    }
                    allegations.Add(new(a with { Id = id, CompanyId = g.Id, ListName = lists[li].Info.Name }, file, 0));
                }
                foreach (var s in data.SourcesOf(c.Id))
                {
                    var value = s.Value;
                    if (s.Field == "parent_link" && c.ParentId is { } pid && groupOf.TryGetValue((li, pid), out var pg)
                        && value.StartsWith($"{c.Id} -> {pid}", StringComparison.Ordinal))
                        value = $"{g.Id} -> {pg.Id}" + value[$"{c.Id} -> {pid}".Length..];
                    sources.Add(new(s with { CompanyId = g.Id, Value = value }, file, 0));
                }
            }
        }

        var pairs = NamePairs(groups, lists);
        var version = string.Join(" + ", lists.Select(l => $"{l.Info.Name} {l.Data.Version}"));
        var merged = ReferenceData.Create(version, companies, names, allegations, sources, lists[0].Data.Exchanges, sharedNames: true);
        return new ListSet(merged, new ListsUsed(infos, pairs, joiner.Joins(groupOf), joiner.AllConflicts(groupOf), issues));
    }

    /// <summary>
    /// Each company's parent, as the lists state it: the curated list's link first, then the others in list order. A link
    /// that would close a circle (two lists that state the relation each the other way) is left out.
    /// </summary>
    private static Dictionary<CompanyGroup, CompanyGroup> Parents(
        IReadOnlyList<CompanyGroup> groups, Dictionary<CompanyGroup, List<Member>> ordered, Dictionary<(int List, string Company), CompanyGroup> groupOf)
    {
        var parents = new Dictionary<CompanyGroup, CompanyGroup>();
        foreach (var g in groups)
        {
            foreach (var m in ordered[g])
            {
                if (m.Company.ParentId is not { } pid || !groupOf.TryGetValue((m.List, pid), out var parent) || parent == g) continue;
                var up = parent;
                while (up is not null && up != g) up = parents.GetValueOrDefault(up);
                if (up == g) continue;
                parents[g] = parent;
                break;
            }
        }
        return parents;
    }

    /// <summary>
    /// A company's basis: named where any list names or lists the company itself, whatever another list joined to it
    /// says; else the curated list's (parent or subsidiary of a named company, as it says), else the first list's. Where a
    /// list names a company the curated list holds only as related, a note says both, so that a person checks which
    /// entity the list means; the curated list's relation stays beside it (its parent link, its caveats).
    /// </summary>
    private static (Basis Basis, string? Note) BasisOf(List<Member> members, Func<Member, bool> curated, IReadOnlyList<LoadedList> lists)
    {
        var fromCurated = members.Where(curated).ToList();
        if (fromCurated.Count == 0)
            return (members.Any(m => m.Company.Basis == Basis.Named) ? Basis.Named : members[0].Company.Basis, null);
        if (fromCurated.Any(m => m.Company.Basis == Basis.Named)) return (Basis.Named, null);
        var basis = fromCurated[0].Company.Basis;
        var naming = members.Where(m => !curated(m) && m.Company.Basis == Basis.Named).Select(m => lists[m.List].Info.Name).Distinct(StringComparer.Ordinal).ToList();
        if (naming.Count == 0) return (basis, null);
        var related = basis == Basis.ParentOfNamed ? "the parent of a named company" : "a subsidiary of a named company";
        return (Basis.Named, $"{string.Join(" and ", naming)} {(naming.Count == 1 ? "names or lists" : "name or list")} this company itself, and it is matched as such; " +
            $"{lists[fromCurated[0].List].Info.Name} holds it as {related}: check which entity the list means");
    }

    /// <summary>The lists, each with a name of its own: a list whose name an earlier list already has is called "Name (2)", "Name (3)", ...</summary>
    private static List<LoadedList> UniqueNames(IReadOnlyList<LoadedList> lists)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var named = new List<LoadedList>(lists.Count);
        foreach (var list in lists)
        {
            var name = list.Info.Name;
            for (var k = 2; !taken.Add(name); k++) name = string.Create(CultureInfo.InvariantCulture, $"{list.Info.Name} ({k})");
            named.Add(name == list.Info.Name ? list
                : list with { Info = list.Info with { Name = name }, Issues = list.Issues.Select(i => i with { ListName = name }).ToList() });
        }
        return named;
    }

    private static List<ListNamePair> NamePairs(IReadOnlyList<CompanyGroup> groups, IReadOnlyList<LoadedList> lists)
    {
        var byName = new Dictionary<string, List<(CompanyGroup Group, int List, string Name)>>(StringComparer.Ordinal);
        foreach (var g in groups)
            foreach (var (li, _, c) in g.Members)
                foreach (var n in lists[li].Data.NamesOf(c.Id).Select(n => n.Name).Append(c.NameEn).Distinct(StringComparer.Ordinal))
                {
                    var key = NameNormaliser.Normalise(n).Compact;
                    if (key.Length < 5) continue;
                    (byName.TryGetValue(key, out var l) ? l : byName[key] = []).Add((g, li, n));
                }
        var pairs = new List<ListNamePair>();
        var seen = new HashSet<(string, string)>();
        foreach (var all in byName.Values)
        {
            // A name held by very many companies (a hostile or broken list) would give pairs by the million: the first ones are enough to see it.
            var holders = all.Count > MaxHoldersPerName ? all.GetRange(0, MaxHoldersPerName) : all;
            for (var i = 0; i < holders.Count; i++)
                for (var j = i + 1; j < holders.Count; j++)
                {
                    var (a, b) = (holders[i], holders[j]);
                    if (a.Group == b.Group || a.List == b.List) continue;
                    if (!seen.Add((a.Group.Id, b.Group.Id)) || seen.Contains((b.Group.Id, a.Group.Id))) continue;
                    pairs.Add(new ListNamePair(a.Name, a.Group.Id, lists[a.List].Info.Name, b.Group.Id, lists[b.List].Info.Name));
                }
        }
        return pairs;
    }
}

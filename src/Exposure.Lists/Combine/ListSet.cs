using System.Globalization;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Core.Text;

namespace Exposure.Lists.Combine;

/// <summary>
/// Several lists combined into one screening set. Companies that share an ISIN, an LEI or a USCC are one company
/// carrying every list's allegations; companies whose names alone agree are never merged but listed as pairs for a
/// person to decide; an identifier that would join two companies one list keeps apart is reported as a conflict.
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
            return new ListSet(lists[0].Data, new ListsUsed([lists[0].Info], [], [], lists[0].Issues.ToList()));
        // A list's name is what tells its allegations and its categories from another list's: two lists of one name are told apart.
        lists = UniqueNames(lists);
        var infos = lists.Select(l => l.Info).ToList();
        var issues = lists.SelectMany(l => l.Issues).ToList();

        var groups = new List<Group>();
        var byKey = new Dictionary<string, Group>(StringComparer.Ordinal);
        var conflicts = new List<ListConflict>();
        var groupOf = new Dictionary<(int List, string Company), Group>();

        for (var li = 0; li < lists.Count; li++)
        {
            var data = lists[li].Data;
            foreach (var c in data.Companies)
            {
                var keys = Keys(data, c).ToList();
                var found = keys.Select(k => byKey.GetValueOrDefault(k.Key)).OfType<Group>().Distinct().ToList();
                var joinable = found.Where(g => g.Members.All(m => m.List != li)).ToList();
                foreach (var g in found.Except(joinable))
                {
                    var k = keys.First(k => byKey.GetValueOrDefault(k.Key) == g);
                    conflicts.Add(new ListConflict(k.Field, k.Value, g.Members[0].Company.Id, c.Id,
                        $"{lists[li].Info.Name} gives this {k.Field} to two of its companies ({g.Members.First(m => m.List == li).Company.Id} and {c.Id}); they are kept apart"));
                }
                Group target;
                if (joinable.Count == 0)
                {
                    target = new Group();
                    groups.Add(target);
                }
                else
                {
                    target = joinable[0];
                    foreach (var other in joinable.Skip(1))
                    {
                        var k = keys.First(k => byKey.GetValueOrDefault(k.Key) == other);
                        conflicts.Add(new ListConflict(k.Field, k.Value, target.Members[0].Company.Id, other.Members[0].Company.Id,
                            $"{c.Id} of {lists[li].Info.Name} carries identifiers of both; it was joined to {target.Members[0].Company.Id} only"));
                    }
                    if (c.Lei is { } lei && target.Members.Select(m => m.Company.Lei).OfType<string>().FirstOrDefault() is { } known && known != lei)
                        conflicts.Add(new ListConflict("lei", lei, target.Members[0].Company.Id, c.Id,
                            $"joined by another identifier, but {lists[li].Info.Name} gives LEI {lei} where another list gives {known}"));
                }
                target.Members.Add((li, c));
                groupOf[(li, c.Id)] = target;
                foreach (var k in keys) byKey.TryAdd(k.Key, target);
            }
        }

        // Ids: the first list's ids stay as they are; a later company whose id is taken gets a suffix.
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var id = g.Members[0].Company.Id;
            var candidate = id;
            for (var k = 2; !used.Add(candidate); k++) candidate = string.Create(CultureInfo.InvariantCulture, $"{id}-{k}");
            g.Id = candidate;
        }

        var companies = new List<Located<Company>>();
        var names = new List<Located<CompanyName>>();
        var allegations = new List<Located<Allegation>>();
        var sources = new List<Located<IdentifierSource>>();
        var allegationIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var first = g.Members[0];
            var members = g.Members.Select(m => m.Company).ToList();
            var parent = g.Members.Select(m => m.Company.ParentId is { } pid && groupOf.TryGetValue((m.List, pid), out var pg) && pg != g ? pg.Id : null)
                .FirstOrDefault(p => p is not null);
            var basis = members.Any(m => m.Basis == Basis.Named) ? Basis.Named : first.Company.Basis;
            companies.Add(new(new Company(
                g.Id,
                first.Company.NameEn,
                members.Select(m => m.NameNative).FirstOrDefault(n => n is not null),
                members.Select(m => m.Country).FirstOrDefault(x => x.Length > 0) ?? "",
                members.SelectMany(m => m.Listings).Distinct().ToList(),
                members.SelectMany(m => m.Isins).Distinct(StringComparer.Ordinal).ToList(),
                members.Select(m => m.Lei).FirstOrDefault(l => l is not null),
                parent,
                basis,
                string.Join("; ", members.Select(m => m.ReviewNote).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal))), lists[first.List].Info.File, 0));

            var seen = new HashSet<(string, NameKind)>();
            foreach (var (li, c) in g.Members)
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
        return new ListSet(merged, new ListsUsed(infos, pairs, conflicts, issues));
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

    private static List<ListNamePair> NamePairs(List<Group> groups, IReadOnlyList<LoadedList> lists)
    {
        var byName = new Dictionary<string, List<(Group Group, int List, string Name)>>(StringComparer.Ordinal);
        foreach (var g in groups)
            foreach (var (li, c) in g.Members)
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

    private static IEnumerable<(string Key, string Field, string Value)> Keys(ReferenceData data, Company c)
    {
        foreach (var isin in c.Isins) yield return ("isin:" + isin, "isin", isin);
        if (c.Lei is { } lei) yield return ("lei:" + lei, "lei", lei);
        foreach (var s in data.SourcesOf(c.Id))
            if (s.Field == "uscc") yield return ("uscc:" + s.Value.ToUpperInvariant(), "uscc", s.Value);
    }

    private sealed class Group
    {
        public List<(int List, Company Company)> Members { get; } = [];
        public string Id { get; set; } = "";
    }
}

using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Lists.Conversion;

namespace Exposure.Lists.Combine;

/// <summary>
/// Takes the companies of several lists for one company where the lists say so: a shared ISIN, LEI or USCC; a shared
/// listing (MIC and code in the exchange's canonical form) that no LEI or USCC contradicts — either only where the two
/// companies' names do not contradict it (<see cref="NameCheck"/>, as matching's "isin, name differs"); or the same legal name
/// (<see cref="LegalName"/>) in the same known country, where no company holding that name and country is told apart from
/// another by a list (two companies of one list, or an LEI or USCC that differs). Two companies of one list are never
/// joined: the list keeps them apart. Every join is recorded with its key; what a join would contradict is a conflict.
/// </summary>
internal sealed class CompanyJoiner
{
    /// <summary>A name and country held by more companies than this (a hostile or broken list) joins none of them.</summary>
    private const int MaxHoldersPerName = 50;

    private readonly IReadOnlyList<LoadedList> _lists;
    private readonly List<CompanyGroup> _all = [];
    private readonly List<(string Key, string Value, Member Joined, Member Joining)> _joins = [];
    /// <summary>Identifiers two lists give to companies whose names contradict them: kept apart, each to be named as a conflict once the companies have their ids.</summary>
    private readonly List<(string Field, string Value, Member Holder, Member Other)> _nameConflicts = [];
    private readonly NameCheck _names;

    private CompanyJoiner(IReadOnlyList<LoadedList> lists)
    {
        _lists = lists;
        _names = new NameCheck(lists);
    }

    /// <summary>What a join would contradict, found while joining: an identifier one list gives to two of its companies, LEIs that differ.</summary>
    public List<ListConflict> Conflicts { get; } = [];

    /// <summary>The companies of the run, in the order of their first company on the lists.</summary>
    public IReadOnlyList<CompanyGroup> Groups { get; private set; } = [];

    public static CompanyJoiner Join(IReadOnlyList<LoadedList> lists)
    {
        var joiner = new CompanyJoiner(lists);
        joiner.JoinOnIdentifiers();
        joiner.JoinOnNames();
        joiner.JoinWithoutCountry();
        joiner.Groups = joiner._all.Where(g => g.JoinedInto is null).OrderBy(g => g.Order).ToList();
        foreach (var g in joiner.Groups) g.Members.Sort((a, b) => a.List != b.List ? a.List.CompareTo(b.List) : a.Index.CompareTo(b.Index));
        return joiner;
    }

    /// <summary>The joins made, each naming the company of the run it made (call once the groups have their ids).</summary>
    public List<ListJoin> Joins(IReadOnlyDictionary<(int List, string Company), CompanyGroup> groupOf) =>
        _joins.Select(j => new ListJoin(
            groupOf[(j.Joined.List, j.Joined.Company.Id)].Id,
            j.Key,
            j.Value,
            _lists[j.Joined.List].Info.Name,
            j.Joined.Company.Id,
            j.Joined.Company.NameEn,
            _lists[j.Joining.List].Info.Name,
            j.Joining.Company.Id,
            j.Joining.Company.NameEn)).ToList();

    /// <summary>
    /// Every conflict, with those of identifiers shared by companies whose names have next to nothing alike: one for each
    /// identifier and pair of companies of the run, naming each side's list, id and name (call once the groups have their ids).
    /// </summary>
    public List<ListConflict> AllConflicts(IReadOnlyDictionary<(int List, string Company), CompanyGroup> groupOf)
    {
        var all = new List<ListConflict>(Conflicts);
        var said = new HashSet<(string, string, CompanyGroup, CompanyGroup)>();
        foreach (var (field, value, holder, other) in _nameConflicts)
        {
            var (a, b) = (groupOf[(holder.List, holder.Company.Id)], groupOf[(other.List, other.Company.Id)]);
            if (a == b || !said.Add((field, value, a, b)) || said.Contains((field, value, b, a))) continue;
            // Named in the order of the lists, whichever came first: the same conflict, whatever the order given.
            var (first, second) = holder.List <= other.List ? (holder, other) : (other, holder);
            var (firstGroup, secondGroup) = first == holder ? (a, b) : (b, a);
            all.Add(new ListConflict(field, value, firstGroup.Id, secondGroup.Id,
                $"{ListName(first.List)} gives this {Field(field)} to '{first.Company.NameEn}', {ListName(second.List)} to '{second.Company.NameEn}': " +
                "names with next to nothing alike (compared as matching compares a holding's name), so they were not joined; they stay two companies, each keeping the " +
                $"{Field(field)} its list gives{(field is "isin" or "listing" ? ", and a holding with it goes to review" : "")}. Decide which company it belongs to",
                NamesDiffer: true));
        }
        return all;
    }

    private string ListName(int list) => _lists[list].Info.Name;

    private List<string> Usccs(Member m) =>
        _lists[m.List].Data.SourcesOf(m.Company.Id).Where(s => s.Field == "uscc").Select(s => s.Value.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();

    private void JoinOnIdentifiers()
    {
        // Every company holding a key, in the order of the lists: a company kept apart from the first holder (its names
        // contradict the identifier) may still be joined to a later one.
        var byKey = new Dictionary<string, List<(CompanyGroup Group, Member Owner)>>(StringComparer.Ordinal);
        var order = 0;
        for (var li = 0; li < _lists.Count; li++)
        {
            var data = _lists[li].Data;
            for (var ci = 0; ci < data.Companies.Count; ci++)
            {
                var c = data.Companies[ci];
                var m = new Member(li, ci, c);
                var usccs = Usccs(m);
                var leis = c.Lei is { } l ? new[] { l } : [];
                var keys = Keys(data, c, usccs).ToList();
                var joinable = new List<(CompanyGroup Group, (string Key, string Field, string Value) Key, Member Owner)>();
                var seen = new HashSet<CompanyGroup>();
                foreach (var k in keys)
                {
                    if (!byKey.TryGetValue(k.Key, out var holders)) continue;
                    foreach (var g in holders.Select(h => h.Group).Distinct().ToList())
                    {
                        if (!seen.Add(g)) continue;
                        var owners = holders.Where(h => h.Group == g).Select(h => h.Owner).ToList();
                        var owner = owners[0];
                        if (g.Lists.Contains(li))
                        {
                            Conflicts.Add(new ListConflict(k.Field, k.Value, g.Members[0].Company.Id, c.Id,
                                $"{ListName(li)} gives this {k.Field} to two of its companies ({g.Members.First(x => x.List == li).Company.Id} and {c.Id}); they are kept apart"));
                            continue;
                        }
                        if (k.Field == "listing" && g.Differs(leis, usccs) is { } differs)
                        {
                            Conflicts.Add(new ListConflict(k.Field, k.Value, owner.Company.Id, c.Id,
                                $"{c.Id} of {ListName(li)} shares this listing with {owner.Company.Id} of {ListName(owner.List)}, but their {Field(differs.Field)}s differ " +
                                $"({differs.Mine} and {differs.Theirs}); they are kept apart"));
                            continue;
                        }
                        // An identifier that two companies of names with next to nothing alike share is an error of one
                        // list or the other: which, no file says. They stay two companies, and a person decides.
                        if (owners.FirstOrDefault(o => !_names.Contradict(o, m)) is { } agreeing) owner = agreeing;
                        else
                        {
                            _nameConflicts.Add((k.Field, k.Value, owner, m));
                            continue;
                        }
                        joinable.Add((g, k, owner));
                    }
                }

                CompanyGroup target;
                if (joinable.Count == 0)
                {
                    target = new CompanyGroup(order);
                    _all.Add(target);
                }
                else
                {
                    var (first, key, owner) = joinable[0];
                    target = first;
                    foreach (var (other, _, _) in joinable.Skip(1))
                    {
                        var k = keys.First(k => byKey.TryGetValue(k.Key, out var hs) && hs.Exists(h => h.Group == other));
                        Conflicts.Add(new ListConflict(k.Field, k.Value, target.Members[0].Company.Id, other.Members[0].Company.Id,
                            $"{c.Id} of {ListName(li)} carries identifiers of both; it was joined to {target.Members[0].Company.Id} only"));
                    }
                    if (c.Lei is { } lei && target.Leis.Count > 0 && !target.Leis.Contains(lei))
                        Conflicts.Add(new ListConflict("lei", lei, target.Members[0].Company.Id, c.Id,
                            $"joined by another identifier, but {ListName(li)} gives LEI {lei} where another list gives {target.Leis.Order(StringComparer.Ordinal).First()}"));
                    _joins.Add((key.Field, key.Value, owner, m));
                }
                target.Add(m, c.Lei, usccs);
                foreach (var k in keys) (byKey.TryGetValue(k.Key, out var hs) ? hs : byKey[k.Key] = []).Add((target, m));
                order++;
            }
        }
    }

    private void JoinOnNames()
    {
        // Every legal or native name of every company whose country is known, written as compared, with its country.
        var holders = new Dictionary<string, List<(CompanyGroup Group, Member Owner)>>(StringComparer.Ordinal);
        var keyOrder = new List<string>();
        foreach (var g in _all)
        {
            foreach (var m in g.Members)
            {
                if (m.Company.Country is not { Length: > 0 } country) continue;
                foreach (var legal in LegalNameKeys(m))
                {
                    var key = country.ToUpperInvariant() + "|" + legal;
                    if (!holders.TryGetValue(key, out var list))
                    {
                        holders[key] = list = [];
                        keyOrder.Add(key);
                    }
                    if (!list.Exists(x => x.Group == g)) list.Add((g, m));
                }
            }
        }

        var contestedPairs = new HashSet<(CompanyGroup, CompanyGroup)>();
        foreach (var key in keyOrder)
        {
            var all = holders[key];
            if (all.Count is < 2 or > MaxHoldersPerName) continue;
            // A name and country that a list gives to two companies it keeps apart, or that an LEI or USCC tells apart, is
            // contested: no company is joined on it (which of them would it be?), and a holding of that name goes to review.
            var contested = false;
            for (var i = 0; i < all.Count; i++)
                for (var j = i + 1; j < all.Count; j++)
                {
                    var (a, b) = (all[i], all[j]);
                    var (ra, rb) = (a.Group.Root, b.Group.Root);
                    if (ra == rb) continue;
                    if (ra.Lists.Overlaps(rb.Lists))
                    {
                        contested = true;
                        continue;
                    }
                    if (ra.Differs(rb) is not { } differs) continue;
                    contested = true;
                    if (contestedPairs.Add((ra, rb)))
                        Conflicts.Add(new ListConflict(differs.Field, $"{differs.Mine} / {differs.Theirs}", a.Owner.Company.Id, b.Owner.Company.Id,
                            $"{ListName(a.Owner.List)} and {ListName(b.Owner.List)} give the same legal name in {Country(key)}, but {Field(differs.Field)}s that differ; " +
                            "they are kept apart, and a holding matching that name goes to review"));
                }
            if (contested) continue;

            var (firstGroup, firstOwner) = all[0];
            foreach (var (g, owner) in all.Skip(1))
            {
                var (into, from) = (firstGroup.Root, g.Root);
                if (into == from) continue;
                if (into.Order > from.Order) (into, from) = (from, into);
                // Joined on another name since: what the first join brought in may tell these two apart.
                if (into.Lists.Overlaps(from.Lists) || into.Differs(from) is not null) continue;
                into.Absorb(from);
                _joins.Add(("name+country", $"{Name(key)} ({Country(key)})", firstOwner, owner));
            }
        }
    }

    /// <summary>
    /// A company a list gives no country (an OFAC entry without its address, an own list without the column) is joined on
    /// its legal name to the one company of another list that has that name, in whatever country; where the name is
    /// held by several companies the lists keep apart (two countries, or an identifier that differs), or by another
    /// company of its own list, it is joined to none.
    /// </summary>
    private void JoinWithoutCountry()
    {
        var byName = new Dictionary<string, List<(CompanyGroup Group, Member Owner)>>(StringComparer.Ordinal);
        var without = new List<(CompanyGroup Group, Member Owner, List<string> Names)>();
        foreach (var g in _all)
        {
            foreach (var m in g.Members)
            {
                var names = LegalNameKeys(m);
                foreach (var name in names)
                {
                    if (!byName.TryGetValue(name, out var list)) byName[name] = list = [];
                    list.Add((g, m));
                }
                if (m.Company.Country is not { Length: > 0 }) without.Add((g, m, names));
            }
        }
        foreach (var (g, owner, names) in without)
        {
            var roots = names.SelectMany(n => byName[n]).Select(x => x.Group.Root).Where(r => r != g.Root).Distinct().ToList();
            if (roots.Count != 1) continue;
            var (into, from) = (roots[0], g.Root);
            var joined = byName[names.First(n => byName[n].Any(x => x.Group.Root == into))].First(x => x.Group.Root == into).Owner;
            if (into.Order > from.Order) (into, from) = (from, into);
            if (into.Lists.Overlaps(from.Lists) || into.Differs(from) is not null) continue;
            into.Absorb(from);
            _joins.Add(("name", $"{owner.Company.NameEn} (one list gives no country)", joined, owner));
        }
    }

    /// <summary>A company's legal and native-script names as compared for a join (<see cref="LegalName.Key"/>), those long enough to join on, once each.</summary>
    private List<string> LegalNameKeys(Member m) =>
        _lists[m.List].Data.NamesOf(m.Company.Id)
            .Where(n => n.Kind is NameKind.Legal or NameKind.Native)
            .Select(n => n.Name)
            .Prepend(m.Company.NameEn)
            .Select(LegalName.Key).Where(LegalName.Joinable).Distinct(StringComparer.Ordinal).ToList();

    private static string Country(string key) => key[..key.IndexOf('|', StringComparison.Ordinal)];

    private static string Name(string key) => key[(key.IndexOf('|', StringComparison.Ordinal) + 1)..];

    private static string Field(string field) => field == "listing" ? "listing" : field.ToUpperInvariant();

    private static IEnumerable<(string Key, string Field, string Value)> Keys(ReferenceData data, Company c, IEnumerable<string> usccs)
    {
        foreach (var isin in c.Isins) yield return ("isin:" + isin, "isin", isin);
        if (c.Lei is { } lei) yield return ("lei:" + lei, "lei", lei);
        foreach (var uscc in usccs) yield return ("uscc:" + uscc, "uscc", uscc);
        foreach (var l in c.Listings)
            if (data.Exchanges.ByMic(l.Mic)?.CanonicalTicker(l.Code) is { } code)
                yield return ($"listing:{l.Mic}:{code}", "listing", $"{l.Mic}:{code}");
    }
}

using Exposure.Core.Reference;
using Exposure.Core.Text;

namespace Exposure.Synthetic;

/// <summary>
/// What the documented matching rules (docs/matching.md, <c>exposure-match 2.6</c>) say a planted row must give, worked
/// out independently of <c>Matcher</c> from the list alone (names normalised with <see cref="NameNormaliser"/>, as the
/// rules define). The generator only plants rows whose outcome is clear-cut by these rules: one company, one rule, a
/// country that agrees. Fuzzy similarity (<c>name-similar</c>) is never relied on. No synthetic company is marked a
/// private company (<see cref="Company.PrivateCompany"/>), so the rule that sends a name match to one to review never applies.
/// </summary>
internal sealed class ExpectationOracle
{
    private const int MinExactCompactLength = 5;
    private const int MinExactCompactLengthCjk = 4;
    /// <summary>A cut name must keep this many letters to be looked up by prefix at all…</summary>
    private const int MinPrefixReviewLength = 12;
    /// <summary>…and this many to match on its own (shorter: review).</summary>
    private const int MinPrefixMatchLength = 20;
    /// <summary>Names this long or longer may have been cut at a fixed width.</summary>
    private const int MinCutNameLength = 25;

    private readonly Dictionary<string, List<(int Company, NameKind Kind, NormalisedName Name)>> _byCompact = new(StringComparer.Ordinal);
    private readonly (string Compact, int Company, LegalForms GroupWords)[] _sortedLong;
    private readonly Dictionary<int, List<NormalisedName>> _namesOf = [];
    private readonly Dictionary<(string Mic, string Code), HashSet<int>> _byListing = [];
    private readonly Dictionary<string, HashSet<int>> _byIsin = new(StringComparer.Ordinal);

    public ExpectationOracle(SyntheticReference reference)
    {
        var sorted = new List<(string, int, LegalForms)>();
        for (var i = 0; i < reference.Companies.Count; i++)
        {
            var c = reference.Companies[i];
            var own = _namesOf[i] = [];
            foreach (var (name, kind) in c.IndexedNames())
            {
                var n = NameNormaliser.Normalise(name);
                if (n.IsEmpty) continue;
                own.Add(n);
                if (!_byCompact.TryGetValue(n.Compact, out var list)) _byCompact[n.Compact] = list = [];
                list.Add((i, kind, n));
                if (kind is not (NameKind.Short or NameKind.Trading)) sorted.Add((n.Compact, i, n.GroupWords));
            }
            foreach (var l in c.Company.Listings)
                if (reference.Exchanges.Find(l.Mic)?.Exchange.CanonicalTicker(l.Code) is { } code)
                    Add(_byListing, (l.Mic, code), i);
            foreach (var isin in c.Company.Isins) Add(_byIsin, isin, i);
        }
        _sortedLong = sorted.OrderBy(x => x.Item1, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The one company a valid listing belongs to, or null when none or several.</summary>
    public int? ListingOwner(string mic, string canonicalCode) =>
        _byListing.TryGetValue((mic, canonicalCode), out var owners) && owners.Count == 1 ? owners.First() : null;

    public int? IsinOwner(string isin) => _byIsin.TryGetValue(isin, out var owners) && owners.Count == 1 ? owners.First() : null;

    /// <summary>
    /// The names agree beyond doubt: equal after normalisation, or one the start of the other (four letters or more), with
    /// a name of the company. (The matcher also accepts similar names; planted rows never rely on that.)
    /// </summary>
    public bool NamesAgree(string rawName, int company)
    {
        var a = NameNormaliser.Normalise(rawName);
        if (a.IsEmpty) return false;
        foreach (var b in _namesOf[company])
        {
            if (a.Compact == b.Compact) return true;
            var (shorter, longer) = a.Compact.Length <= b.Compact.Length ? (a.Compact, b.Compact) : (b.Compact, a.Compact);
            if (shorter.Length >= 4 && longer.StartsWith(shorter, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>True when the name shares no word with any name of the company and neither begins the other.</summary>
    public bool NamesUnrelated(string rawName, int company)
    {
        var a = NameNormaliser.Normalise(rawName);
        foreach (var b in _namesOf[company])
        {
            if (a.Compact.StartsWith(b.Compact, StringComparison.Ordinal) || b.Compact.StartsWith(a.Compact, StringComparison.Ordinal)) return false;
            if (a.Tokens.Intersect(b.Tokens, StringComparer.Ordinal).Any()) return false;
        }
        return true;
    }

    /// <summary>
    /// The outcome for a row that has this name, no identifier and a country that agrees: <c>name-exact</c> (match, or
    /// review for a short or trading name), <c>name-prefix</c> for a name that looks cut (match when it keeps 20 letters,
    /// else review), or null when neither applies or more than one company could.
    /// </summary>
    public (int Company, bool Review, string Rule)? ForNameOnly(string rawName)
    {
        var name = NameNormaliser.Normalise(rawName);
        if (name.IsEmpty) return null;
        if (_byCompact.TryGetValue(name.Compact, out var entries))
        {
            var companies = entries.Select(e => e.Company).Distinct().ToList();
            if (companies.Count != 1) return null;
            var onlyShort = entries.All(e => e.Kind is NameKind.Short or NameKind.Trading);
            // Four Chinese characters make a full name; four letters do not.
            var tooShort = name.Compact.Length < (NameNormaliser.HasCjk(name.Compact) ? MinExactCompactLengthCjk : MinExactCompactLength);
            if (onlyShort) return (companies[0], true, "name-exact, short or trading name only");
            // A group or holding word in one name only: review; names of the company that disagree on it are left unplanted.
            // (A name that states no legal form says nothing either way, unless it may be cut: then it may have lost its
            // group word with its end.)
            var full = entries.Where(e => e.Kind is not (NameKind.Short or NameKind.Trading))
                .Select(e => (e.Name.GroupWords, e.Name.StatesLegalForm)).Distinct().ToList();
            if (full.Count != 1) return null;
            var mayBeCut = !name.EndsComplete && rawName.Trim().Length >= MinCutNameLength;
            var groupDiffers = full[0].GroupWords != name.GroupWords
                && (name.GroupWords != LegalForms.None || name.StatesLegalForm || mayBeCut) && (full[0].GroupWords != LegalForms.None || full[0].StatesLegalForm);
            return groupDiffers ? (companies[0], true, "name-exact, group or holding words differ")
                : tooShort ? (companies[0], true, "name-exact, too short a name to rest on alone")
                : (companies[0], false, "name-exact");
        }
        if (name.EndsComplete || rawName.Trim().Length < MinCutNameLength) return null;
        var prefixed = name.Compact.Length >= MinPrefixReviewLength ? PrefixedBy(name.Compact) : [];
        var agreed = name.Compact.Length;
        var holdingGroupWord = name.GroupWords;
        if (prefixed.Count == 0 && name.Tokens.Count > 2)
        {
            // Without its last word, which must still agree: begin the list name's next word (all but a plural's two
            // letters, four at least), or, where the list name ends, begin a legal form or share class.
            var stem = string.Concat(name.Tokens.SkipLast(1));
            var cut = name.Tokens[^1];
            if (stem.Length >= MinPrefixReviewLength)
            {
                var agreeing = new List<(string Compact, int Company, LegalForms GroupWords)>();
                foreach (var entry in PrefixedEntries(stem))
                {
                    var rest = entry.Compact[stem.Length..];
                    var common = 0;
                    while (common < rest.Length && common < cut.Length && rest[common] == cut[common]) common++;
                    if (rest.Length == 0 ? !NameNormaliser.IsStartOfDroppedWord(cut) : common < Math.Max(4, cut.Length - 2)) continue;
                    agreeing.Add(entry);
                    agreed = Math.Min(agreed, stem.Length + (rest.Length == 0 ? 0 : common));
                    if (rest.Length == 0) holdingGroupWord |= NameNormaliser.GroupWordStartedBy(cut);
                }
                prefixed = agreeing.Select(e => e.Company).ToHashSet();
                if (agreeing.Select(e => e.GroupWords).Distinct().Count() > 1) return null;
                if (agreeing.Count > 0 && agreeing[0].GroupWords != holdingGroupWord) return (agreeing[0].Company, true, "name-prefix");
            }
        }
        else if (prefixed.Count > 0)
        {
            var groups = PrefixedEntries(name.Compact).Select(e => e.GroupWords).Distinct().ToList();
            if (groups.Count > 1) return null;
            if (prefixed.Count == 1 && groups[0] != holdingGroupWord) return (prefixed.First(), true, "name-prefix");
        }
        if (prefixed.Count != 1) return null;
        return (prefixed.First(), agreed < MinPrefixMatchLength, "name-prefix");
    }

    /// <summary>
    /// True when no name rule can apply to a row with this name, whatever its length: it equals no name of the list and
    /// neither it nor it without its last word begins one.
    /// </summary>
    public bool Unknown(string rawName)
    {
        var name = NameNormaliser.Normalise(rawName);
        if (name.IsEmpty) return true;
        if (_byCompact.ContainsKey(name.Compact) || PrefixedBy(name.Compact).Count > 0) return false;
        return name.Tokens.Count <= 2 || PrefixedBy(string.Concat(name.Tokens.SkipLast(1))).Count == 0;
    }

    private HashSet<int> PrefixedBy(string compact) => PrefixedEntries(compact).Select(e => e.Company).ToHashSet();

    private List<(string Compact, int Company, LegalForms GroupWords)> PrefixedEntries(string compact)
    {
        var lo = 0;
        var hi = _sortedLong.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (string.CompareOrdinal(_sortedLong[mid].Compact, compact) < 0) lo = mid + 1;
            else hi = mid;
        }
        var result = new List<(string, int, LegalForms)>();
        for (var i = lo; i < _sortedLong.Length && _sortedLong[i].Compact.StartsWith(compact, StringComparison.Ordinal); i++)
            result.Add(_sortedLong[i]);
        return result;
    }

    private static void Add<TKey>(Dictionary<TKey, HashSet<int>> map, TKey key, int company) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var set)) map[key] = set = [];
        set.Add(company);
    }
}

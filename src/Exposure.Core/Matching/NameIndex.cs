using Exposure.Core.Reference;
using Exposure.Core.Text;

namespace Exposure.Core.Matching;

/// <summary>
/// The list's names, indexed three ways so that matching cost does not grow with the size of the list: by exact
/// compact form, by sorted compact form (names cut at a fixed width), and by word (candidate blocking, words weighted by
/// how rare they are among the list's companies).
/// </summary>
public sealed class NameIndex
{
    /// <summary>A word carried by more than this share of the list's names is too common to find candidates by.</summary>
    private const double CommonWordShare = 0.02;
    private const int MinCommonWordPostings = 50;
    /// <summary>However large the list, a word carried by more names than this finds no candidates: screening a holding costs the same against 5,000 companies as against 100,000.</summary>
    private const int MaxUsablePostings = 200;
    /// <summary>When every word of a holding is common, words carried by at most this many names are still used.</summary>
    private const int MaxFallbackPostings = 1_000;
    private const int MaxCandidates = 64;

    /// <summary>Place names that holdings files often drop or add (<c>HANGZHOU</c> HIKVISION): they count for less.</summary>
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "CHINA", "CHINESE", "XINJIANG", "ZHEJIANG", "HANGZHOU", "SHENZHEN", "BEIJING", "SHANGHAI", "JIANGSU", "GUANGDONG",
        "XIAMEN", "HEFEI", "WUXI", "NANJING", "ANHUI", "FUJIAN", "SICHUAN", "SHANDONG", "HUBEI", "HUNAN", "HENAN", "HEBEI",
        "TIANJIN", "CHONGQING", "GUANGZHOU", "SUZHOU", "NINGBO", "QINGDAO", "XIAN", "INNER", "MONGOLIA", "TAIWAN", "HONG", "KONG",
        "ASIA", "PACIFIC", "INTERNATIONAL", "GLOBAL",
    };
    private const double PlaceWordFactor = 0.3;

    private readonly Dictionary<string, List<NameEntry>> _byCompact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NameEntry>> _byCompany = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _weight = new(StringComparer.Ordinal);
    private readonly List<NameEntry> _entries = [];
    private readonly NameEntry[] _sorted;
    private readonly double _unknownWordWeight;
    private readonly int _commonWordPostings;
    /// <summary>Each thread's running sums while gathering candidates, so that holdings may be screened on several threads at once.</summary>
    [ThreadStatic] private static Scratch? t_scratch;

    public NameIndex(ReferenceData data)
    {
        foreach (var c in data.Companies)
        {
            Add(c, c.NameEn, NameKind.Legal);
            if (c.NameNative is not null) Add(c, c.NameNative, NameKind.Native);
        }
        foreach (var n in data.Names) Add(data.Company(n.CompanyId), n.Name, n.Kind);

        var companies = Math.Max(1, data.Companies.Count);
        foreach (var (key, ids) in _byKey)
            _weight[key] = Math.Log(1 + companies / (double)ids.Select(i => _entries[i].Company.Id).Distinct().Count())
                * (PlaceWords.Contains(key) ? PlaceWordFactor : 1);
        _unknownWordWeight = Math.Log(1 + companies);
        _commonWordPostings = Math.Max(MinCommonWordPostings, Math.Min(MaxUsablePostings, (int)(_entries.Count * CommonWordShare)));
        _sorted = _entries.OrderBy(e => e.Normalised.Compact, StringComparer.Ordinal).ToArray();
        foreach (var e in _entries) e.Weights = e.Normalised.Tokens.Select(Weight).ToArray();
        Vocabulary = new Vocabulary(_entries.SelectMany(e => e.Normalised.Tokens));
    }

    internal Vocabulary Vocabulary { get; }

    public IReadOnlyList<NameEntry> Exact(string compact) => _byCompact.GetValueOrDefault(compact) ?? [];

    public IReadOnlyList<NameEntry> OfCompany(string companyId) => _byCompany.GetValueOrDefault(companyId) ?? [];

    /// <summary>How distinctive a word is: rare words weigh more.</summary>
    public double Weight(string word) =>
        _weight.TryGetValue(word, out var w) ? w : _unknownWordWeight * (PlaceWords.Contains(word) ? PlaceWordFactor : 1);

    /// <summary>Names (other than short and trading names) whose compact form starts with <paramref name="compact"/>.</summary>
    public IEnumerable<NameEntry> StartingWith(string compact)
    {
        var lo = 0;
        var hi = _sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (string.CompareOrdinal(_sorted[mid].Normalised.Compact, compact) < 0) lo = mid + 1;
            else hi = mid;
        }
        for (var i = lo; i < _sorted.Length && _sorted[i].Normalised.Compact.StartsWith(compact, StringComparison.Ordinal); i++)
            if (!_sorted[i].IsShortOrTrading) yield return _sorted[i];
    }

    /// <summary>
    /// Names sharing a distinctive word with <paramref name="name"/> (for Chinese names a two-character run), most shared
    /// weight first.
    /// </summary>
    public IReadOnlyList<NameEntry> Candidates(NormalisedName name) => Candidates(new HoldingName(name, mayBeCut: false, this));

    /// <summary>
    /// Names holding a word of the holding or a near-spelling of one (<see cref="Vocabulary.Matches"/>), or for Chinese
    /// names a two-character run of it; most shared weight first. A name with none of these words scores zero, so none
    /// is gathered, however long the list.
    /// </summary>
    internal IReadOnlyList<NameEntry> Candidates(HoldingName holding)
    {
        var keys = new List<string>();
        foreach (var token in holding.Name.Tokens)
            if (NameNormaliser.HasCjk(token))
                keys.AddRange(BlockingKeys(new NormalisedName(token, token)));
        // Its own words and their near-spellings; a cut last word's completions are scored but do not gather candidates.
        foreach (var word in holding.Words)
            foreach (var m in Vocabulary.Matches(word, mayBeCut: false))
                keys.Add(m.Word);
        keys = keys.Distinct().Where(_byKey.ContainsKey).ToList();
        var usable = keys.Where(k => _byKey[k].Count <= _commonWordPostings).ToList();
        // Only common words: the rarest of them still finds candidates, unless even it is carried by a large share of a
        // large list (scanning it would make each holding cost as much as the list is long).
        if (usable.Count == 0 && keys.Count > 0)
        {
            var rarest = keys.MinBy(k => _byKey[k].Count)!;
            usable = _byKey[rarest].Count <= MaxFallbackPostings ? keys.Where(k => _byKey[k].Count <= MaxFallbackPostings).ToList() : [];
        }
        var scratch = t_scratch is { } mine && mine.Owner.TryGetTarget(out var owner) && owner == this ? mine : t_scratch = new Scratch(this, _entries.Count);
        var sums = scratch.Sums;
        var touched = scratch.Touched;
        try
        {
            foreach (var key in usable)
            {
                var w = Weight(key);
                foreach (var id in _byKey[key])
                {
                    if (sums[id] == 0) touched.Add(id);
                    sums[id] += w;
                }
            }
            if (touched.Count <= MaxCandidates) return touched.Select(id => _entries[id]).ToList();
            // Most shared weight first, then the earlier name: a total order, so the unstable sort gives the same names.
            var ranked = touched.ToArray();
            Array.Sort(ranked, (x, y) => sums[y].CompareTo(sums[x]) is var c && c != 0 ? c : x.CompareTo(y));
            var chosen = new List<NameEntry>(MaxCandidates);
            for (var i = 0; i < MaxCandidates; i++) chosen.Add(_entries[ranked[i]]);
            return chosen;
        }
        finally
        {
            foreach (var id in touched) sums[id] = 0;
            touched.Clear();
        }
    }

    /// <summary>Held weakly: a thread's scratch does not keep an index alive after its run.</summary>
    private sealed class Scratch(NameIndex owner, int entries)
    {
        public WeakReference<NameIndex> Owner { get; } = new(owner);
        public double[] Sums { get; } = new double[entries];
        public List<int> Touched { get; } = [];
    }

    private void Add(Company company, string name, NameKind kind)
    {
        var normalised = NameNormaliser.Normalise(name);
        // A bare legal form or a name too short to tell companies apart is never matched on (a holding "Co., Ltd." is no company's).
        if (normalised.IsEmpty || NameNormaliser.NotMatchedOn(name) is not null) return;
        var own = _byCompany.TryGetValue(company.Id, out var list) ? list : _byCompany[company.Id] = [];
        if (own.Any(e => e.Normalised.Compact == normalised.Compact && e.Kind == kind)) return;
        var entry = new NameEntry(_entries.Count, company, name, kind, normalised);
        _entries.Add(entry);
        own.Add(entry);
        (_byCompact.TryGetValue(normalised.Compact, out var same) ? same : _byCompact[normalised.Compact] = []).Add(entry);
        foreach (var key in BlockingKeys(normalised, _ => true).Distinct())
            (_byKey.TryGetValue(key, out var postings) ? postings : _byKey[key] = []).Add(entry.Id);
    }

    /// <param name="known">Words the list has need no near-spelling keys: their own posting finds their names.</param>
    internal static IEnumerable<string> BlockingKeys(NormalisedName name, Func<string, bool>? known = null)
    {
        foreach (var token in name.Tokens)
        {
            if (NameNormaliser.HasCjk(token))
            {
                for (var i = 0; i + 1 < token.Length; i++) yield return token.Substring(i, 2);
                if (token.Length == 1) yield return token;
            }
            else if (token.Length >= 2)
            {
                yield return token;
                // Word ends find near-spellings (IFLTYEK, NINETSAR) whose whole word is in no posting list.
                if (token.Length >= Vocabulary.MinTypoLength && known?.Invoke(token) != true)
                    foreach (var end in Vocabulary.Ends(token)) yield return end;
            }
        }
    }
}

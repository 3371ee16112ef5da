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
    private const int MaxCandidates = 64;
    private const int MinTypoWordLength = 5;

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
    private readonly Dictionary<string, List<NameEntry>> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _weight = new(StringComparer.Ordinal);
    private readonly NameEntry[] _sorted;
    private readonly double _unknownWordWeight;
    private readonly int _commonWordPostings;

    public NameIndex(ReferenceData data)
    {
        foreach (var c in data.Companies)
        {
            Add(new NameEntry(c, c.NameEn, NameKind.Legal, NameNormaliser.Normalise(c.NameEn)));
            if (c.NameNative is not null) Add(new NameEntry(c, c.NameNative, NameKind.Native, NameNormaliser.Normalise(c.NameNative)));
        }
        foreach (var n in data.Names) Add(new NameEntry(data.Company(n.CompanyId), n.Name, n.Kind, NameNormaliser.Normalise(n.Name)));

        var companies = Math.Max(1, data.Companies.Count);
        foreach (var (word, entries) in _byWord)
            _weight[word] = Math.Log(1 + companies / (double)entries.Select(e => e.Company.Id).Distinct().Count())
                * (PlaceWords.Contains(word) ? PlaceWordFactor : 1);
        _unknownWordWeight = Math.Log(1 + companies);
        _commonWordPostings = Math.Max(MinCommonWordPostings, (int)(_byCompany.Values.Sum(v => v.Count) * CommonWordShare));
        _sorted = _byCompact.Values.SelectMany(v => v).OrderBy(e => e.Normalised.Compact, StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<NameEntry> Exact(string compact) => _byCompact.GetValueOrDefault(compact) ?? [];

    public IReadOnlyList<NameEntry> OfCompany(string companyId) => _byCompany.GetValueOrDefault(companyId) ?? [];

    /// <summary>True when some name of the list has this word.</summary>
    public bool Knows(string word) => _weight.ContainsKey(word);

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

    /// <summary>Names sharing a distinctive word (or, for Chinese names, a two-character run) with <paramref name="name"/>.</summary>
    public IReadOnlyList<NameEntry> Candidates(NormalisedName name)
    {
        var keys = BlockingKeys(name).Distinct().ToList();
        var usable = keys.Where(k => _byWord.TryGetValue(k, out var p) && p.Count <= _commonWordPostings).ToList();
        if (usable.Count == 0) usable = keys;
        var shared = new Dictionary<NameEntry, double>(ReferenceEqualityComparer.Instance);
        foreach (var key in usable)
        {
            if (!_byWord.TryGetValue(key, out var postings)) continue;
            var w = Weight(key);
            foreach (var e in postings) shared[e] = shared.GetValueOrDefault(e) + w;
        }
        return shared.OrderByDescending(kv => kv.Value).Take(MaxCandidates).Select(kv => kv.Key).ToList();
    }

    private void Add(NameEntry entry)
    {
        if (entry.Normalised.IsEmpty) return;
        var own = _byCompany.TryGetValue(entry.Company.Id, out var list) ? list : _byCompany[entry.Company.Id] = [];
        if (own.Any(e => e.Normalised.Compact == entry.Normalised.Compact && e.Kind == entry.Kind)) return;
        own.Add(entry);
        (_byCompact.TryGetValue(entry.Normalised.Compact, out var same) ? same : _byCompact[entry.Normalised.Compact] = []).Add(entry);
        foreach (var key in BlockingKeys(entry.Normalised).Distinct())
            (_byWord.TryGetValue(key, out var postings) ? postings : _byWord[key] = []).Add(entry);
    }

    internal static IEnumerable<string> BlockingKeys(NormalisedName name)
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
                if (token.Length >= MinTypoWordLength)
                {
                    // Word ends find near-spellings (IFLTYEK, NINETSAR) whose whole word is in no posting list.
                    yield return "^" + token[..3];
                    yield return "$" + token[^3..];
                }
            }
        }
    }
}

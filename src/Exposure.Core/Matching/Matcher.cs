using Exposure.Core.Holdings;
using Exposure.Core.Identifiers;
using Exposure.Core.Reference;
using Exposure.Core.Text;

namespace Exposure.Core.Matching;

/// <summary>
/// Screens holdings against the list. Rules, in order:
/// <list type="number">
/// <item><c>isin</c>: a valid ISIN the list gives for a company: match.</item>
/// <item><c>ticker+exchange</c>: the local code on a known exchange (never a ticker alone): match when the names agree, review when they do not.</item>
/// <item><c>name-exact</c>: the normalised name equals a legal, former, native or transliterated name of one company: match,
/// unless the holding's own identifiers contradict it (review); equal to a short or trading name only: review.</item>
/// <item><c>name-prefix</c>: a long name cut at a fixed width that is the start of one company's name: review.</item>
/// </list>
/// A security is matched once; repeated rows reuse the result.
/// </summary>
public sealed class Matcher
{
    public const string AlgorithmVersion = "exposure-match 1.0";

    private const int MinExactCompactLength = 5;
    private const int MinPrefixCompactLength = 16;
    private const int MinTruncatedRawLength = 25;

    private readonly ReferenceData _data;
    private readonly Dictionary<string, Company> _byIsin = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Mic, string Code), Company> _byListing = new();
    private readonly Dictionary<string, List<NameEntry>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NameEntry>> _namesOfCompany = new(StringComparer.Ordinal);
    private readonly NameEntry[] _sortedNames;
    private readonly Dictionary<SecurityKey, MatchResult> _cache = new();

    public Matcher(ReferenceData data)
    {
        _data = data;
        foreach (var c in data.Companies)
        {
            foreach (var isin in c.Isins) _byIsin[isin] = c;
            foreach (var l in c.Listings)
                if (data.Exchanges.ByMic(l.Mic)?.CanonicalTicker(l.Code) is { } code) _byListing[(l.Mic, code)] = c;
            AddName(c, c.NameEn, NameKind.Legal);
            if (c.NameNative is not null) AddName(c, c.NameNative, NameKind.Native);
        }
        foreach (var n in data.Names) AddName(data.Company(n.CompanyId), n.Name, n.Kind);
        _sortedNames = _byName.Values.SelectMany(v => v).OrderBy(e => e.Normalised.Compact, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Distinct securities screened so far.</summary>
    public int DistinctSecurities => _cache.Count;

    public MatchResult Match(HoldingRow row)
    {
        var exchange = _data.Exchanges.Resolve(row.ExchangeText);
        var key = new SecurityKey(
            Isin.Normalise(row.Isin),
            exchange?.Mic,
            exchange?.CanonicalTicker(row.Ticker) ?? row.Ticker?.Trim().ToUpperInvariant(),
            row.Name?.Trim().ToUpperInvariant() ?? "",
            row.Country);
        if (_cache.TryGetValue(key, out var cached)) return cached;
        var result = Screen(key, row.Name, exchange);
        _cache[key] = result;
        return result;
    }

    private MatchResult Screen(SecurityKey key, string? rawName, Exchange? exchange)
    {
        var name = NameNormaliser.Normalise(rawName);
        var evidence = new List<Evidence>();

        if (key.Isin is { } isin)
        {
            if (!Isin.IsValid(isin))
                evidence.Add(new("isin-invalid", isin, "", 0, "the ISIN fails its check digit and was not used"));
            else if (_byIsin.TryGetValue(isin, out var byIsin))
            {
                evidence.Add(new("isin", isin, isin, 1, $"ISIN listed for {byIsin.NameEn}"));
                evidence.Add(BestNameEvidence(name, byIsin, rawName));
                return new(MatchOutcome.Match, byIsin, "isin", 1, evidence);
            }
        }

        if (exchange is not null && key.Ticker is { } ticker && _byListing.TryGetValue((exchange.Mic, ticker), out var byListing))
        {
            evidence.Add(new("ticker+exchange", $"{key.Ticker} on {exchange.Mic}", $"{exchange.Mic}:{ticker}", 0.9,
                $"listed code of {byListing.NameEn}"));
            var names = BestNameEvidence(name, byListing, rawName);
            evidence.Add(names);
            return names.Score >= 0.5
                ? new(MatchOutcome.Match, byListing, "ticker+exchange", Combine(0.9, names.Score), evidence)
                : new(MatchOutcome.NeedsReview, byListing, "ticker+exchange, name differs", 0.5, evidence);
        }

        if (name.IsEmpty) return MatchResult.None;

        if (_byName.TryGetValue(name.Compact, out var entries))
        {
            var companies = entries.Select(e => e.Company).Distinct().ToList();
            var entry = entries.OrderBy(e => e.Kind is NameKind.Short or NameKind.Trading).First();
            evidence.Add(new("name-exact", rawName ?? "", entry.Original, 0.8, $"{entry.Kind.ToString().ToLowerInvariant()} name of {entry.Company.NameEn}, equal after normalisation ('{name.Text}')"));
            var conflict = Contradiction(key, exchange, entry.Company);
            if (conflict is not null) evidence.Add(conflict);
            if (companies.Count > 1)
                return new(MatchOutcome.NeedsReview, entry.Company, "name-exact, shared by several companies", 0.4, evidence);
            if (entry.Kind is NameKind.Short or NameKind.Trading || name.Compact.Length < MinExactCompactLength)
                return new(MatchOutcome.NeedsReview, entry.Company, "name-exact, short or trading name only", 0.5, evidence);
            if (conflict is not null)
                return new(MatchOutcome.NeedsReview, entry.Company, "name-exact, identifiers differ", 0.5, evidence);
            return new(MatchOutcome.Match, entry.Company, "name-exact", 0.8, evidence);
        }

        if (name.Compact.Length >= MinPrefixCompactLength && (rawName?.Trim().Length ?? 0) >= MinTruncatedRawLength)
        {
            var prefixed = PrefixedBy(name.Compact).ToList();
            if (prefixed.Count == 0 && name.Tokens.Count > 2)
            {
                var withoutCutWord = string.Concat(name.Tokens.SkipLast(1));
                if (withoutCutWord.Length >= MinPrefixCompactLength) prefixed = PrefixedBy(withoutCutWord).ToList();
            }
            var companies = prefixed.Select(e => e.Company).Distinct().ToList();
            if (companies.Count == 1)
            {
                var entry = prefixed[0];
                evidence.Add(new("name-prefix", rawName ?? "", entry.Original, 0.6,
                    $"the holding's name looks cut at a fixed width and is the start of {entry.Company.NameEn}'s name"));
                if (Contradiction(key, exchange, entry.Company) is { } conflict) evidence.Add(conflict);
                return new(MatchOutcome.NeedsReview, entry.Company, "name-prefix", 0.6, evidence);
            }
        }

        return MatchResult.None;
    }

    private Evidence? Contradiction(SecurityKey key, Exchange? exchange, Company company)
    {
        if (key.Isin is { } isin && Isin.IsValid(isin) && company.Isins.Count > 0 && !company.Isins.Contains(isin))
            return new("isin-differs", isin, string.Join("; ", company.Isins), -0.5, "the holding's ISIN is not one the list gives for this company");
        if (exchange is not null && key.Ticker is { } ticker)
        {
            var onExchange = company.Listings.Where(l => l.Mic == exchange.Mic).ToList();
            if (onExchange.Count > 0 && onExchange.All(l => exchange.CanonicalTicker(l.Code) != ticker))
                return new("ticker-differs", $"{ticker} on {exchange.Mic}", string.Join("; ", onExchange), -0.5,
                    "the company is listed on this exchange under another code");
        }
        return null;
    }

    private Evidence BestNameEvidence(NormalisedName name, Company company, string? rawName)
    {
        var best = _namesOfCompany[company.Id]
            .Select(e => (Entry: e, Comparison: NameComparison.Compare(name, e.Normalised)))
            .OrderByDescending(x => x.Comparison.Score)
            .First();
        return new("name-agreement", rawName ?? "", best.Entry.Original, best.Comparison.Score, best.Comparison.How);
    }

    private IEnumerable<NameEntry> PrefixedBy(string compact)
    {
        var lo = 0;
        var hi = _sortedNames.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (string.CompareOrdinal(_sortedNames[mid].Normalised.Compact, compact) < 0) lo = mid + 1;
            else hi = mid;
        }
        for (var i = lo; i < _sortedNames.Length && _sortedNames[i].Normalised.Compact.StartsWith(compact, StringComparison.Ordinal); i++)
            if (_sortedNames[i].Kind is not (NameKind.Short or NameKind.Trading))
                yield return _sortedNames[i];
    }

    private void AddName(Company company, string name, NameKind kind)
    {
        var normalised = NameNormaliser.Normalise(name);
        if (normalised.IsEmpty) return;
        var entry = new NameEntry(company, name, kind, normalised);
        if (!_byName.TryGetValue(normalised.Compact, out var list)) _byName[normalised.Compact] = list = [];
        if (!list.Any(e => e.Company == company && e.Kind == kind)) list.Add(entry);
        if (!_namesOfCompany.TryGetValue(company.Id, out var own)) _namesOfCompany[company.Id] = own = [];
        own.Add(entry);
    }

    private static double Combine(double a, double b) => Math.Round(1 - (1 - a) * (1 - b), 3);

    private sealed record NameEntry(Company Company, string Original, NameKind Kind, NormalisedName Normalised);
}

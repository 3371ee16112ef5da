using Exposure.Core.Reference;
using Exposure.Core.Text;

namespace Exposure.Core.Matching;

/// <summary>
/// The candidates stage: the list indexed so that a holding's candidate companies are found without looking at the
/// whole list: by ISIN, by listing (exchange and code in the exchange's canonical form), and by name
/// (<see cref="NameIndex"/>: exact compact form, start of a name, shared rare words).
/// </summary>
public sealed class CandidateIndex
{
    /// <summary>A cut name must keep at least this many letters to be looked up as the start of a list name.</summary>
    public const int MinPrefixLength = 12;

    private readonly Dictionary<string, Company> _byIsin = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Mic, string Code), Company> _byListing = new();
    private readonly Dictionary<string, Company> _byLei = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Company>> _byCusipIssuer = new(StringComparer.Ordinal);
    /// <summary>ISINs and listings the list gives to more than one company (lists kept apart, or one list's entries), with every company.</summary>
    private readonly Dictionary<string, List<Company>> _sharedIsins = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Mic, string Code), List<Company>> _sharedListings = new();

    public CandidateIndex(ReferenceData reference)
    {
        Reference = reference;
        Names = new NameIndex(reference);
        foreach (var c in reference.Companies)
        {
            foreach (var isin in c.Isins)
            {
                if (!_byIsin.TryAdd(isin, c) && _byIsin[isin] != c) Shared(_sharedIsins, isin, _byIsin[isin], c);
                if (Identifiers.Cusip.IssuerPrefix(Identifiers.Cusip.FromIsin(isin)) is { } prefix)
                {
                    if (!_byCusipIssuer.TryGetValue(prefix, out var companies)) _byCusipIssuer[prefix] = companies = [];
                    if (!companies.Contains(c)) companies.Add(c);
                }
            }
            if (Identifiers.Lei.IsValid(c.Lei)) _byLei[c.Lei!] = c;
            foreach (var l in c.Listings)
                if (reference.Exchanges.ByMic(l.Mic)?.CanonicalTicker(l.Code) is { } code && !_byListing.TryAdd((l.Mic, code), c) && _byListing[(l.Mic, code)] != c)
                    Shared(_sharedListings, (l.Mic, code), _byListing[(l.Mic, code)], c);
        }
    }

    public ReferenceData Reference { get; }

    public NameIndex Names { get; }

    private static void Shared<TKey>(Dictionary<TKey, List<Company>> shared, TKey key, Company first, Company other) where TKey : notnull
    {
        if (!shared.TryGetValue(key, out var companies)) shared[key] = companies = [first];
        if (!companies.Contains(other)) companies.Add(other);
    }

    /// <summary>Every company the list gives this ISIN, when it gives it to more than one; else empty.</summary>
    public IReadOnlyList<Company> CompaniesSharingIsin(string isin) => _sharedIsins.TryGetValue(isin, out var c) ? c : [];

    /// <summary>Every company listed under this canonical code on this exchange, when the list gives it to more than one; else empty.</summary>
    public IReadOnlyList<Company> CompaniesSharingListing(string mic, string code) => _sharedListings.TryGetValue((mic, code), out var c) ? c : [];

    /// <summary>The company the list gives this (checked) ISIN (the first, where several share it), or null.</summary>
    public Company? ByIsin(string isin) => _byIsin.GetValueOrDefault(isin);

    /// <summary>The company the list gives this (checked) LEI, or null.</summary>
    public Company? ByLei(string lei) => _byLei.GetValueOrDefault(lei);

    /// <summary>
    /// The companies whose US or Canadian ISIN on the list embeds a CUSIP with this six-character issuer number (one,
    /// unless the list gives the same issuer number to several companies).
    /// </summary>
    public IReadOnlyList<Company> ByCusipIssuer(string prefix) => _byCusipIssuer.TryGetValue(prefix, out var c) ? c : [];

    /// <summary>The company listed under this canonical code on this exchange, or null.</summary>
    public Company? ByListing(string mic, string code) => _byListing.GetValueOrDefault((mic, code));

    /// <summary>List names equal to the holding's name after normalisation.</summary>
    public IReadOnlyList<NameEntry> ExactName(NormalisedName name) => Names.Exact(name.Compact);

    /// <summary>List names the holding's (cut) name is the start of: whole, else without its last, possibly cut, word.</summary>
    public IReadOnlyList<NameEntry> StartingWith(NormalisedName name) => StartingWith(name, out _);

    /// <summary>
    /// List names the holding's (cut) name is the start of. Whole, else without its last word, which a fixed width may
    /// have cut and normalising may have changed; a list name is then kept only when that word still agrees with it: it
    /// begins the list name's next word, nearly (<c>TECHNOLOGIE</c> of <c>TECHNOLOGY</c>), or, where the list name ends
    /// there, begins a legal form or share class that normalising removes (<c>LT</c> of <c>LTD</c>). A cut word that
    /// agrees with nothing (<c>CHINA NATIONAL CHEMICAL ENGINEERIN</c> against <c>China National Chemical Corporation</c>)
    /// says the holding's name goes on where the list's has ended: another company.
    /// </summary>
    /// <param name="name">The holding's name.</param>
    /// <param name="agreedLength">The letters of the holding's name that agree with the list names found.</param>
    public IReadOnlyList<NameEntry> StartingWith(NormalisedName name, out int agreedLength)
    {
        agreedLength = name.Compact.Length;
        if (name.Compact.Length >= MinPrefixLength)
        {
            var whole = Names.StartingWith(name.Compact).ToList();
            if (whole.Count > 0) return whole;
        }
        if (name.Tokens.Count <= 2) return [];
        var stem = string.Concat(name.Tokens.SkipLast(1));
        if (stem.Length < MinPrefixLength) return [];
        var cutWord = name.Tokens[^1];
        var kept = new List<NameEntry>();
        var agreed = int.MaxValue;
        foreach (var entry in Names.StartingWith(stem))
        {
            var rest = entry.Normalised.Compact.AsSpan(stem.Length);
            int? agrees = rest.IsEmpty
                ? NameNormaliser.IsStartOfDroppedWord(cutWord) ? 0 : null
                : rest.CommonPrefixLength(cutWord) is var common && common >= Math.Max(MinCutWordAgreement, cutWord.Length - 2) ? common : null;
            if (agrees is not { } letters) continue;
            kept.Add(entry);
            agreed = Math.Min(agreed, stem.Length + letters);
        }
        if (kept.Count > 0) agreedLength = agreed;
        return kept;
    }

    /// <summary>The letters a cut last word must share with the list name's next word (besides the two a plural may change).</summary>
    private const int MinCutWordAgreement = 4;

    /// <summary>List names sharing the holding's rarer words (or near-spellings of them), for similarity scoring.</summary>
    public IReadOnlyList<NameEntry> SimilarNames(NormalisedName name) => Names.Candidates(name);

    internal IReadOnlyList<NameEntry> SimilarNames(HoldingName holding) => Names.Candidates(holding);

    /// <summary>Every name of a company, to check a holding's name against a company an identifier pointed to.</summary>
    public IReadOnlyList<NameEntry> NamesOf(string companyId) => Names.OfCompany(companyId);
}

using System.Globalization;
using Exposure.Core.Holdings;
using Exposure.Core.Reference;
using Exposure.Core.Text;

namespace Exposure.Core.Matching;

/// <summary>
/// The score-and-explain stage: applies the matching rules in order (docs/matching.md) to the candidates
/// <see cref="CandidateIndex"/> finds for a holding. Each result names the rule that decided it and every feature
/// compared. A security is screened once; repeated rows reuse the result.
/// </summary>
/// <remarks>
/// <see cref="Match"/> is called from one thread, in the order of the rows: the first row of a security decides its
/// result. <see cref="Prepare"/> may be called from any number of threads ahead of it: a result depends only on the
/// security's key and the name as written, so one prepared ahead is the one <see cref="Match"/> would have made.
/// </remarks>
public sealed class Matcher
{
    public const string AlgorithmVersion = "exposure-match 2.6";

    /// <summary>Names must agree at least this much to confirm a listed code.</summary>
    public const double NameAgreementThreshold = 0.5;
    /// <summary>A name-only similarity at or above this goes to review; below it, no match.</summary>
    public const double ReviewThreshold = 0.75;
    /// <summary>A cut name must keep at least this many letters to match on its own.</summary>
    public const int MinPrefixMatchLength = 20;
    /// <summary>Names this long or longer may have been cut at a fixed width.</summary>
    public const int MinCutNameLength = 25;

    /// <summary>
    /// An exact name this short after normalisation (letters, or Chinese characters for a name in Chinese script) rests on
    /// too little to match alone: review. Four Chinese characters make a full company name (紫金矿业, 海康威视) where four
    /// letters do not.
    /// </summary>
    private const int MinExactCompactLength = 5;

    /// <inheritdoc cref="MinExactCompactLength"/>
    private const int MinExactCompactLengthCjk = 4;

    /// <summary>True when a name's compact form is too short for an exact name match to rest on alone.</summary>
    private static bool TooShortForExact(NormalisedName name) =>
        name.Compact.Length < (NameNormaliser.HasCjk(name.Compact) ? MinExactCompactLengthCjk : MinExactCompactLength);

    private readonly CandidateIndex _candidates;
    private readonly ReferenceData _data;
    /// <summary>Results by security; written by <see cref="Match"/> only, read by <see cref="Prepare"/> on other threads too.</summary>
    private readonly Collections.SharedCache<(SecurityKey Key, Issuer? Issuer), MatchResult> _cache = new();
    private int _distinct;

    public Matcher(CandidateIndex candidates)
    {
        _candidates = candidates;
        _data = candidates.Reference;
    }

    public Matcher(ReferenceData data) : this(new CandidateIndex(data))
    {
    }

    /// <summary>Distinct securities screened so far.</summary>
    public int DistinctSecurities => _distinct;

    /// <summary>Screens a normalised holding; a security seen before (same key, and same issuer where the row names one apart from its name) gets the same result.</summary>
    public MatchResult Match(Holding holding)
    {
        var facts = holding.Facts;
        if (facts.Decided is { } decided && decided.Matcher == this) return decided.Result;
        var key = CacheKey(holding);
        if (!_cache.TryGetValue(key, out var result))
        {
            result = facts.Prepared is { } prepared && prepared.Matcher == this ? prepared.Result : Screen(holding);
            _cache.GetOrAdd(key, result);
            _distinct++;
        }
        facts.Decided = new MatcherResult(this, result);
        facts.Prepared = null;
        return result;
    }

    /// <summary>
    /// Screens a holding ahead of <see cref="Match"/>, on any thread, unless its security was screened already: the
    /// rows of later files can then be screened while earlier ones are added up. The result is kept with the holding's
    /// facts (<see cref="SecurityFacts"/>): it depends only on them, so it is the one <see cref="Match"/> would make.
    /// </summary>
    public void Prepare(Holding holding)
    {
        var facts = holding.Facts;
        if (facts.Decided?.Matcher == this || facts.Prepared?.Matcher == this || _cache.ContainsKey(CacheKey(holding))) return;
        facts.Prepared = new MatcherResult(this, Screen(holding));
    }

    /// <summary>What a result is kept under: the security, and its issuer where the row names one apart from its own name.</summary>
    private static (SecurityKey Key, Issuer? Issuer) CacheKey(Holding holding) =>
        (holding.Key, holding.Issuer.From == IssuerSource.Name && holding.Issuer.Lei is null && holding.Issuer.Cusip is null ? null : holding.Issuer);

    private MatchResult Screen(Holding holding)
    {
        if (holding.Issuer.From == IssuerSource.NoteOn) return NoteOn(holding);
        var key = holding.Key;
        var rawName = holding.Issuer.Name;
        var name = holding.Name;
        var evidence = new List<Evidence>();
        var exchange = holding.Exchange;

        if (key.Isin is { } isin)
        {
            if (!holding.IsinIsValid)
                evidence.Add(new("isin-invalid", isin, "", 0, "the ISIN fails its check digit and was not used"));
            else if (_candidates.ByIsin(isin) is { } found)
            {
                var sharing = _candidates.CompaniesSharingIsin(isin);
                var byIsin = Closest(sharing, found, name, rawName);
                evidence.Add(new("isin", isin, isin, 1, $"ISIN the list gives for {byIsin.NameEn}"));
                if (Shared("isin", isin, sharing, byIsin, evidence) is { } shared) return shared;
                return ByIsin(byIsin, key, name, rawName, evidence);
            }
        }

        if (Issuer(holding, name, rawName, evidence) is { } byIssuer) return byIssuer;

        if (exchange is not null && key.Ticker is { } ticker && _candidates.ByListing(exchange.Mic, ticker) is { } listed)
        {
            var sharing = _candidates.CompaniesSharingListing(exchange.Mic, ticker);
            var byListing = Closest(sharing, listed, name, rawName);
            evidence.Add(new("ticker+exchange", $"{key.Ticker} on {exchange.Mic}", $"{exchange.Mic}:{ticker}", 0.9, $"listed code of {byListing.NameEn}"));
            if (Shared("ticker+exchange", $"{exchange.Mic}:{ticker}", sharing, byListing, evidence) is { } shared)
                return shared;
            return ConfirmedByName("ticker+exchange", 0.9, byListing, key, name, rawName, evidence);
        }

        if (name.IsEmpty) return Finish(MatchResult.None, evidence);
        return ByName(key, rawName, name, evidence);
    }

    /// <summary>The name rules, in order: the name exactly, a name that may be cut as the start of a list name, then near names.</summary>
    private MatchResult ByName(SecurityKey key, string? rawName, NormalisedName name, List<Evidence> evidence)
    {
        var mayBeCut = !name.EndsComplete && (rawName?.Trim().Length ?? 0) >= MinCutNameLength;
        var exact = _candidates.ExactName(name);
        if (exact.Count > 0) return ExactName(key, rawName, name, mayBeCut, exact, evidence);

        if (mayBeCut && _candidates.StartingWith(name, out var agreedLength) is { Count: > 0 } prefixed)
            return PrefixName(key, rawName, name, prefixed, agreedLength, evidence);

        return Fuzzy(key, rawName, name, mayBeCut, evidence);
    }

    /// <summary>
    /// A note a bank issues on a company's shares (a participation note), screened on the company its title names by the
    /// name rules alone: the note's own ISIN, CUSIP, LEI and country are the bank's, not the company's. A company found is a candidate
    /// for review, never a match: the holding is the bank's note, not the company's shares.
    /// </summary>
    private MatchResult NoteOn(Holding holding)
    {
        var issuer = holding.Issuer;
        var rawName = issuer.Name;
        var name = holding.Name;
        var evidence = new List<Evidence>();
        if (name.IsEmpty) return MatchResult.None;
        var found = ByName(holding.Key with { Isin = null, Mic = null, Ticker = null, Country = null }, rawName, name, evidence);
        if (found.Company is not { } company || found.Outcome == MatchOutcome.NoMatch) return found;
        var by = issuer.NoteIssuer is { } bank ? $"issued by {bank} " : "";
        evidence.Add(new("note-on", holding.Row.Title ?? holding.Row.Name ?? "", company.NameEn, 0,
            $"a note {by}on {rawName}: the holding is the issuer's note, screened on the company it is written on, not that company's shares"));
        return new(MatchOutcome.NeedsReview, company, $"{found.Rule}, a note on the company issued by another", Math.Min(found.Score, 0.5), evidence);
    }

    /// <summary>
    /// The issuer's identifiers, in order: a derivative's reference instrument's ISIN, the issuer's LEI, the issuer number
    /// (first six characters) of the CUSIP against the CUSIPs that the list's US and Canadian ISINs embed.
    /// </summary>
    private MatchResult? Issuer(Holding holding, NormalisedName name, string? rawName, List<Evidence> evidence)
    {
        var issuer = holding.Issuer;
        var key = holding.Key;
        if (issuer.Isin is { } refIsin)
        {
            if (!Identifiers.Isin.IsValid(refIsin))
                evidence.Add(new("reference-isin-invalid", refIsin, "", 0, "the reference instrument's ISIN fails its check digit and was not used"));
            else if (_candidates.ByIsin(refIsin) is { } byRef)
            {
                evidence.Add(new("reference-isin", refIsin, refIsin, 1, $"the derivative's reference instrument has an ISIN the list gives for {byRef.NameEn}"));
                return Certain("reference-isin", byRef, key, name, rawName, evidence);
            }
        }

        if (issuer.Lei is { } given)
        {
            var lei = Ascii.TrimUpper(given);
            if (!Identifiers.Lei.IsValid(lei))
                evidence.Add(new("lei-invalid", given, "", 0, "the issuer's LEI fails its check digits and was not used"));
            else if (_candidates.ByLei(lei) is { } byLei)
            {
                evidence.Add(new("issuer-lei", lei, lei, 0.95, $"the issuer's LEI is the one the list gives for {byLei.NameEn}"));
                return ConfirmedByName("issuer-lei", 0.95, byLei, key, name, rawName, evidence);
            }
        }

        if (issuer.Cusip is { } cusip && Identifiers.Cusip.IssuerPrefix(cusip) is { } prefix && _candidates.ByCusipIssuer(prefix) is { Count: > 0 } byPrefix)
        {
            var company = byPrefix[0];
            var listed = company.Isins.Where(i => Identifiers.Cusip.IssuerPrefix(Identifiers.Cusip.FromIsin(i)) == prefix).ToList();
            evidence.Add(new("cusip-issuer", cusip, string.Join("; ", listed), 0.9,
                $"the CUSIP's issuer number {prefix} is the one in the ISIN the list gives for {company.NameEn}"));
            if (byPrefix.Count > 1)
            {
                evidence.Add(new("name-shared", rawName ?? "", string.Join("; ", byPrefix.Skip(1).Select(c => c.NameEn)), -0.3,
                    "other companies on the list have ISINs with this issuer number"));
                return new(MatchOutcome.NeedsReview, company, "cusip-issuer, shared by several companies", 0.4, evidence);
            }
            return ConfirmedByName("cusip-issuer", 0.9, company, key, name, rawName, evidence);
        }
        return null;
    }

    /// <summary>Below this agreement of two names that are both there, an ISIN the list gives does not match alone.</summary>
    public const double IsinNameFloor = 0.2;

    /// <summary>
    /// The holding's ISIN is one the list gives: a match, unless the holding's name and the company's are both there and
    /// have next to nothing alike (below <see cref="IsinNameFloor"/>) (an ISIN a list gives to the wrong company, or a holding file's wrong ISIN): review, since a company
    /// wrongly named in a report is worse than a finding a person confirms.
    /// </summary>
    private MatchResult ByIsin(Company company, SecurityKey key, NormalisedName name, string? rawName, List<Evidence> evidence)
    {
        var agreement = NameAgreement(name, rawName, company);
        evidence.Add(agreement);
        AddCountry(evidence, key, company);
        return NamesDiffer(agreement)
            ? new(MatchOutcome.NeedsReview, company, "isin, name differs", 0.5, evidence)
            : new(MatchOutcome.Match, company, "isin", 1, evidence);
    }

    /// <summary>
    /// Both names are there and have next to nothing alike (below <see cref="IsinNameFloor"/>): what sends a holding whose
    /// ISIN the list gives to a company to review ("isin, name differs"), and what keeps two lists' companies that share an
    /// identifier from being joined as one.
    /// </summary>
    public static bool NamesDiffer(Evidence agreement) => agreement.Score < IsinNameFloor && agreement.Note != NoNameToCompare;

    /// <summary>How far <paramref name="name"/> agrees with the company's names: the comparison matching makes of a holding's name (<see cref="NamesDiffer"/>).</summary>
    public Evidence NameAgreement(string name, Company company) => NameAgreement(NameNormaliser.Normalise(name), name, company);

    /// <summary>
    /// Review when the list gives the identifier to several companies it keeps apart (two lists whose entries differ in an
    /// LEI, or one list's two entries): the identifier cannot say which is meant.
    /// </summary>
    private static MatchResult? Shared(string rule, string value, IReadOnlyList<Company> companies, Company first, List<Evidence> evidence)
    {
        if (companies.Count < 2) return null;
        evidence.Add(new($"{rule}-shared", value, string.Join("; ", companies.Where(c => c != first).Select(c => c.NameEn)), -0.3,
            "the list gives this identifier to several companies it keeps apart"));
        return new(MatchOutcome.NeedsReview, first, $"{rule}, shared by several companies", 0.4, evidence);
    }

    /// <summary>
    /// Of several companies the list gives one identifier, the one whose names agree best with the holding's (the first,
    /// where none agrees more): the company a review names does not depend on the order of the lists.
    /// </summary>
    private Company Closest(IReadOnlyList<Company> sharing, Company first, NormalisedName name, string? rawName)
    {
        if (sharing.Count < 2) return first;
        var (best, bestScore) = (first, NameAgreement(name, rawName, first).Score);
        foreach (var c in sharing)
        {
            if (c == first) continue;
            var score = NameAgreement(name, rawName, c).Score;
            if (score > bestScore) (best, bestScore) = (c, score);
        }
        return best;
    }

    /// <summary>An identifier that names the company by itself: a match, with the names and countries compared for the reader.</summary>
    private MatchResult Certain(string rule, Company company, SecurityKey key, NormalisedName name, string? rawName, List<Evidence> evidence)
    {
        evidence.Add(NameAgreement(name, rawName, company));
        AddCountry(evidence, key, company);
        return new(MatchOutcome.Match, company, rule, 1, evidence);
    }

    /// <summary>An identifier that names the company only when the names agree: a match scored with their agreement, else review.</summary>
    private MatchResult ConfirmedByName(string rule, double score, Company company, SecurityKey key, NormalisedName name, string? rawName, List<Evidence> evidence)
    {
        var agreement = NameAgreement(name, rawName, company);
        evidence.Add(agreement);
        AddCountry(evidence, key, company);
        return agreement.Score >= NameAgreementThreshold
            ? new(MatchOutcome.Match, company, rule, Combine(score, agreement.Score), evidence)
            : new(MatchOutcome.NeedsReview, company, $"{rule}, name differs", 0.5, evidence);
    }

    private MatchResult ExactName(SecurityKey key, string? rawName, NormalisedName name, bool mayBeCut, IReadOnlyList<NameEntry> entries, List<Evidence> evidence)
    {
        var companies = entries.Select(e => e.Company).Distinct().ToList();
        // Word by word equality tells JINKO SOLAR (one company) from JINKOSOLAR (another), but not surely: review.
        var sameWords = entries.Where(e => e.Normalised.Text == name.Text).ToList();
        var entry = (sameWords.Count > 0 ? sameWords : entries).OrderBy(e => e.IsShortOrTrading).First();
        evidence.Add(new("name-exact", rawName ?? "", entry.Original, 0.8,
            $"{Describe(entry.Kind)} of {entry.Company.NameEn}, equal after normalisation ('{name.Text}')"));
        var conflict = Contradiction(key, entry.Company);
        if (conflict is not null) evidence.Add(conflict);
        var countryDiffers = AddCountry(evidence, key, entry.Company);
        var isPrivate = AddPrivate(evidence, rawName, entry.Company);

        if (companies.Count > 1)
        {
            evidence.Add(new("name-shared", rawName ?? "", string.Join("; ", companies.Where(c => c != entry.Company).Select(c => c.NameEn)), -0.3,
                "other companies on the list have a name equal after normalisation"));
            return new(MatchOutcome.NeedsReview, entry.Company, "name-exact, shared by several companies", 0.4, evidence);
        }
        if (entry.IsShortOrTrading)
            return new(MatchOutcome.NeedsReview, entry.Company, "name-exact, short or trading name only", 0.5, evidence);
        // A name that may be cut (CHINA UNITED NETWORK COMMUNICATION, 34 characters) may have lost its group word with its
        // end, as a prefix may: equal to a group's name once the group word is removed, it cannot be told from its listed
        // subsidiary's.
        if (GroupWordDiffers(rawName, mayBeCut ? null : name, name.GroupWords, entry, evidence))
            return new(MatchOutcome.NeedsReview, entry.Company, "name-exact, group or holding words differ", 0.5, evidence);
        if (TooShortForExact(name))
            return new(MatchOutcome.NeedsReview, entry.Company, "name-exact, too short a name to rest on alone", 0.5, evidence);
        if (conflict is not null || countryDiffers)
            return new(MatchOutcome.NeedsReview, entry.Company, "name-exact, identifiers or country differ", 0.5, evidence);
        if (isPrivate)
            return new(MatchOutcome.NeedsReview, entry.Company, PrivateRule("name-exact"), 0.5, evidence);
        return new(MatchOutcome.Match, entry.Company, "name-exact", 0.8, evidence);
    }

    private MatchResult PrefixName(SecurityKey key, string? rawName, NormalisedName name, IReadOnlyList<NameEntry> prefixed, int agreedLength, List<Evidence> evidence)
    {
        var companies = prefixed.Select(e => e.Company).Distinct().ToList();
        var entry = prefixed[0];
        evidence.Add(new("name-prefix", rawName ?? "", entry.Original, 0.7,
            string.Create(CultureInfo.InvariantCulture, $"the name looks cut at a fixed width and is the start of {Describe(entry.Kind)} of {entry.Company.NameEn} ({agreedLength} letters agree)")));
        var conflict = Contradiction(key, entry.Company);
        if (conflict is not null) evidence.Add(conflict);
        var countryDiffers = AddCountry(evidence, key, entry.Company);
        var isPrivate = AddPrivate(evidence, rawName, entry.Company);

        if (companies.Count > 1)
            return new(MatchOutcome.NeedsReview, entry.Company, "name-prefix, shared by several companies", 0.4, evidence);
        // A cut name may have lost its group word with its end: one the list's name has and the holding's does not show
        // cannot be told from a listed subsidiary's name. A last word the list's name does not go on with, cut from a
        // group word (GR), shows one.
        var holdingGroupWords = name.GroupWords
            | (entry.Normalised.Compact.StartsWith(name.Compact, StringComparison.Ordinal) ? LegalForms.None : NameNormaliser.GroupWordStartedBy(name.Tokens[^1]));
        if (GroupWordDiffers(rawName, null, holdingGroupWords, entry, evidence))
            return new(MatchOutcome.NeedsReview, entry.Company, "name-prefix, group or holding words differ", 0.5, evidence);
        if (agreedLength < MinPrefixMatchLength || conflict is not null || countryDiffers)
            return new(MatchOutcome.NeedsReview, entry.Company, "name-prefix", 0.6, evidence);
        if (isPrivate)
            return new(MatchOutcome.NeedsReview, entry.Company, PrivateRule("name-prefix"), 0.5, evidence);
        return new(MatchOutcome.Match, entry.Company, "name-prefix", 0.75, evidence);
    }

    /// <summary>
    /// True, with the evidence, when the two names' group and holding words differ: "China Mobile Group" is the parent of
    /// the listed "China Mobile Ltd", and "X Holdings" need be neither "X Group" nor "X Corporation". A name that states no
    /// legal form at all (ZIJIN MINING, as bond descriptions write issuers) says nothing either way; a cut name
    /// (<paramref name="holding"/> null) may have lost its legal form with its end, so its missing group word counts.
    /// </summary>
    private static bool GroupWordDiffers(string? rawName, NormalisedName? holding, LegalForms holdingGroupWords, NameEntry entry, List<Evidence> evidence)
    {
        var list = entry.Normalised;
        if (holdingGroupWords == list.GroupWords) return false;
        if (holdingGroupWords == LegalForms.None && holding is { StatesLegalForm: false }) return false;
        if (list.GroupWords == LegalForms.None && !list.StatesLegalForm) return false;
        evidence.Add(new("group-word", rawName ?? "", entry.Original, -0.3,
            $"the holding's name says {Words(holdingGroupWords)} and the list's name says {Words(list.GroupWords)}: "
            + "one may be the other's parent or listed subsidiary, or another company (X Group, X Holdings, X Ltd)"));
        return true;

        static string Words(LegalForms words) => words switch
        {
            LegalForms.Group => "group",
            LegalForms.Holding => "holding",
            LegalForms.GroupWords => "group and holding",
            _ => "neither group nor holding",
        };
    }

    private MatchResult Fuzzy(SecurityKey key, string? rawName, NormalisedName name, bool mayBeCut, List<Evidence> evidence)
    {
        NameEntry? best = null;
        var bestScore = 0.0;
        var holding = new HoldingName(name, mayBeCut, _candidates.Names);
        if (holding.MaxScore < ReviewThreshold) return Finish(MatchResult.None, evidence);
        foreach (var candidate in _candidates.SimilarNames(holding))
        {
            if (candidate.IsShortOrTrading) continue;
            var s = NameSimilarity.Score(holding, candidate);
            if (s > bestScore || (s == bestScore && best is not null && candidate.Id < best.Id)) { bestScore = s; best = candidate; }
        }
        if (best is null || bestScore < ReviewThreshold) return Finish(MatchResult.None, evidence);

        evidence.Add(new("name-similar", rawName ?? "", best.Original, bestScore,
            string.Create(CultureInfo.InvariantCulture, $"{Describe(best.Kind)} of {best.Company.NameEn}: words weighted by rarity, {bestScore:0.00} alike (review from {ReviewThreshold:0.00})")));
        if (Contradiction(key, best.Company) is { } conflict) evidence.Add(conflict);
        if (AddCountry(evidence, key, best.Company)) return Finish(MatchResult.None, evidence);
        AddPrivate(evidence, rawName, best.Company);
        return new(MatchOutcome.NeedsReview, best.Company, "name-similar", bestScore * 0.8, evidence);
    }

    private static MatchResult Finish(MatchResult none, List<Evidence> evidence) =>
        evidence.Count == 0 ? none : none with { Evidence = evidence };

    private Evidence NameAgreement(NormalisedName name, string? rawName, Company company)
    {
        var best = (Score: 0.0, Entry: (NameEntry?)null, How: NoNameToCompare);
        var compared = (NameEntry?)null;
        var holding = new Lazy<HoldingName>(() => new HoldingName(name, mayBeCut: true, _candidates.Names));
        foreach (var e in _candidates.NamesOf(company.Id))
        {
            var (score, how) = Agreement(name, holding, e);
            if (how != NoNameToCompare) compared ??= e;
            if (score > best.Score) best = (score, e, how);
        }
        // Both names there and nothing alike: say so, rather than that there was nothing to compare.
        if (best.Entry is null && compared is not null) return new("name-agreement", rawName ?? "", compared.Original, 0, NamesDisagree);
        return new("name-agreement", rawName ?? "", best.Entry?.Original ?? company.NameEn, best.Score, best.How);
    }

    private const string NoNameToCompare = "no name to compare";

    /// <summary>The note of a name agreement of two names that have nothing alike.</summary>
    private const string NamesDisagree = "the names have nothing alike";

    private static (double Score, string How) Agreement(NormalisedName a, Lazy<HoldingName> holding, NameEntry entry)
    {
        var b = entry.Normalised;
        if (a.IsEmpty || b.IsEmpty) return (0, NoNameToCompare);
        if (a.Compact == b.Compact) return (1, "equal after normalisation");
        var (shorter, longer) = a.Compact.Length <= b.Compact.Length ? (a.Compact, b.Compact) : (b.Compact, a.Compact);
        if (shorter.Length >= 4 && longer.StartsWith(shorter, StringComparison.Ordinal)) return (0.8, "one name is the start of the other");
        var s = NameSimilarity.Score(holding.Value, entry);
        return (s, string.Create(CultureInfo.InvariantCulture, $"words weighted by rarity, {s:0.00} alike"));
    }

    private Evidence? Contradiction(SecurityKey key, Company company)
    {
        if (key.Isin is { } isin && Identifiers.Isin.IsValid(isin) && company.Isins.Count > 0 && !company.Isins.Contains(isin))
            return new("isin-differs", isin, string.Join("; ", company.Isins), -0.5, "the holding's ISIN is not one the list gives for this company");
        if (key.Mic is { } mic && key.Ticker is { } ticker && _data.Exchanges.ByMic(mic) is { } exchange)
        {
            var onExchange = company.Listings.Where(l => l.Mic == mic).ToList();
            if (onExchange.Count > 0 && onExchange.All(l => exchange.CanonicalTicker(l.Code) != ticker))
                return new("ticker-differs", $"{ticker} on {mic}", string.Join("; ", onExchange), -0.5, "the company is listed on this exchange under another code");
        }
        return null;
    }

    /// <summary>
    /// The rule of a name match to a company the list marks as a private company: review, since such a company has no
    /// listed shares and a name alone cannot tell it from its listed namesake or subsidiary (a bond of it matched by its
    /// ISIN, or a row with its LEI or listing, is matched by those rules as for any company).
    /// </summary>
    private static string PrivateRule(string rule) => $"{rule}, the list marks the company as a private company";

    /// <summary>Adds what the list says where it marks the company as a private company; true when it does.</summary>
    private static bool AddPrivate(List<Evidence> evidence, string? rawName, Company company)
    {
        if (company.PrivateCompany is not { } said) return false;
        evidence.Add(new("private-company", rawName ?? "", said, -0.3,
            "the list marks the company as a private company, with no listed shares: a name alone does not make the holding its"));
        return true;
    }

    /// <summary>Adds country agreement or disagreement; true when they disagree.</summary>
    private static bool AddCountry(List<Evidence> evidence, SecurityKey key, Company company)
    {
        if (key.Country is not { } country) return false;
        // A list that gives no country (an OFAC entry without its address, an own list without the column) says nothing either way.
        if (company.Country.Length == 0)
        {
            evidence.Add(new("country-not-listed", country, "", 0, "the list gives no country for the company: nothing compared"));
            return false;
        }
        var agree = Countries.Agree(country, company.Country);
        evidence.Add(new(agree ? "country-agrees" : "country-differs", country, company.Country, agree ? 0.1 : -0.5,
            agree ? "country of the holding agrees with the company's" : "country of the holding differs from the company's"));
        return !agree;
    }

    private static string Describe(NameKind kind) => kind switch
    {
        NameKind.Legal => "the legal name",
        NameKind.Native => "the native-script name",
        NameKind.Short => "a short name",
        NameKind.Former => "a former name",
        NameKind.Trading => "a trading name",
        _ => "a transliteration",
    };

    private static double Combine(double a, double b) => Math.Round(1 - (1 - a) * (1 - b), 3);
}

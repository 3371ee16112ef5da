using System.Globalization;
using Exposure.Core.Holdings;
using Exposure.Core.Inputs;
using Exposure.Core.Matching;
using Exposure.Core.Reference;

namespace Exposure.Core.Review;

/// <summary>
/// The decisions in force for a run. The file is an append-only log: for the same security and company, the last
/// decision wins. Applies decisions to screening results and records which were used, to list the stale ones.
/// </summary>
public sealed class ReviewBook
{
    private readonly string? _file;
    private readonly List<ReviewDecision> _decisions;
    private readonly Dictionary<string, List<ReviewDecision>> _byIsin = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Mic, string? Ticker), List<ReviewDecision>> _byListing = new();
    private readonly Dictionary<string, List<ReviewDecision>> _byName = new(StringComparer.Ordinal);
    private readonly HashSet<ReviewDecision> _applied = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ReviewDecision, string> _companyChanged = new(ReferenceEqualityComparer.Instance);
    private readonly bool _showReviewers;
    private int _rowsAccepted;
    private int _rowsRejected;
    private int _matchesOverturned;

    /// <param name="file">The decisions file as reports name it (its file name).</param>
    /// <param name="showReviewers">Whether reports name the reviewer of each decision applied, or say "a reviewer".</param>
    public ReviewBook(string? file, IEnumerable<ReviewDecision> decisions, bool showReviewers = false)
    {
        _file = file;
        _showReviewers = showReviewers;
        var latest = new Dictionary<(string, string?, string?, string?, string), ReviewDecision>();
        foreach (var d in decisions) latest[(d.CompanyId, d.Isin, d.Mic, d.Ticker, d.Name)] = d;
        _decisions = latest.Values.OrderBy(d => d.Line).ToList();
        foreach (var d in _decisions)
        {
            if (d.Isin is not null) Add(_byIsin, d.Isin, d);
            else if (d.Mic is not null) Add(_byListing, (d.Mic, d.Ticker), d);
            else Add(_byName, d.Name, d);
        }
    }

    public static readonly ReviewBook Empty = new(null, []);

    /// <summary>The decisions stage: the result after any decision for this security and the result's company.</summary>
    public MatchResult Apply(Holding holding, MatchResult result) =>
        result.Company is null || _decisions.Count == 0 ? result : Decide(holding, result, result.Company);

    /// <remarks>Apart from <see cref="Apply"/>, so that rows without a candidate company do not pay for this method's closures.</remarks>
    private MatchResult Decide(Holding holding, MatchResult result, Company company)
    {
        var key = holding.Key;
        var name = holding.Name.Text;
        var candidates = Candidates(key, name).Where(d => d.Identifies(key, name)).ToList();
        if (candidates.Count == 0) return result;

        foreach (var other in candidates.Where(d => d.CompanyId != company.Id))
            _companyChanged.TryAdd(other, $"the security's candidate is now {company.Id}");
        var decision = candidates.LastOrDefault(d => d.CompanyId == company.Id);
        if (decision is null) return result;
        _applied.Add(decision);

        var evidence = result.Evidence.Append(new Evidence("review-decision", decision.Security, decision.CompanyId,
            decision.Verdict == ReviewVerdict.Accept ? 1 : -1,
            string.Create(CultureInfo.InvariantCulture, $"{Verb(decision)} by {Reviewer(decision)} on {decision.DecidedOn:yyyy-MM-dd}: {decision.Reason} ({PublishedName.Of(decision.File)}, line {decision.Line})"))).ToList();
        if (decision.Verdict == ReviewVerdict.Accept)
        {
            if (result.Outcome == MatchOutcome.Match) return result with { Evidence = evidence };
            _rowsAccepted++;
            return new MatchResult(MatchOutcome.Match, company, $"review decision: accepted ({result.Rule})", 1, evidence) { DecidedBy = Reviewer(decision) };
        }
        _rowsRejected++;
        if (result.Outcome == MatchOutcome.Match) _matchesOverturned++;
        return new MatchResult(MatchOutcome.NoMatch, company, $"review decision: rejected ({result.Rule})", 0, evidence) { DecidedBy = Reviewer(decision) };
    }

    public ReviewOutcome Outcome(ReferenceData reference)
    {
        var stale = new List<StaleDecision>();
        foreach (var d in _decisions)
        {
            var why = reference.FindCompany(d.CompanyId) is null ? $"company '{d.CompanyId}' is not on the list screened against (removed from it, or never on it)"
                : _applied.Contains(d) ? null
                : _companyChanged.TryGetValue(d, out var changed) ? changed
                : "no holding row met this decision";
            if (why is not null) stale.Add(new StaleDecision(PublishedName.Of(d.File), d.Line, d.Security, d.CompanyId, Verb(d), why));
        }
        return new ReviewOutcome(_file, _decisions.Count, _rowsAccepted, _rowsRejected, stale) { MatchesOverturned = _matchesOverturned };
    }

    private IEnumerable<ReviewDecision> Candidates(SecurityKey key, string name)
    {
        if (key.Isin is not null && _byIsin.TryGetValue(key.Isin, out var a)) foreach (var d in a) yield return d;
        if (key.Mic is not null && _byListing.TryGetValue((key.Mic, key.Ticker), out var b)) foreach (var d in b) yield return d;
        if (_byName.TryGetValue(name, out var c)) foreach (var d in c) yield return d;
    }

    /// <summary>Who decided, as reports say it when reviewers' names are not published.</summary>
    public const string ReviewerWithheld = "a reviewer";

    private string Reviewer(ReviewDecision d) => _showReviewers ? d.Reviewer : ReviewerWithheld;

    private static string Verb(ReviewDecision d) => d.Verdict == ReviewVerdict.Accept ? "accepted" : "rejected";

    private static void Add<TKey>(Dictionary<TKey, List<ReviewDecision>> map, TKey key, ReviewDecision d) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(d);
    }
}

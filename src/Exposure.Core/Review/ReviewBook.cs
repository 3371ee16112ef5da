using System.Globalization;
using Exposure.Core.Holdings;
using Exposure.Core.Identifiers;
using Exposure.Core.Inputs;
using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.Core.Text;

namespace Exposure.Core.Review;

/// <summary>
/// The decisions in force for a run. The file is an append-only log: for the same security and company, the last
/// decision wins. Applies decisions to screening results and records which were used, to list the stale ones.
/// </summary>
public sealed class ReviewBook
{
    private readonly string? _file;
    private readonly List<ReviewDecision> _decisions;
    private readonly Dictionary<DecisionKey, List<ReviewDecision>> _bySecurity = new();
    private readonly HashSet<ReviewDecision> _applied = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ReviewDecision, string> _companyChanged = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ReviewDecision, string> _rowChanged = new(ReferenceEqualityComparer.Instance);
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
        // A decision is keyed as a finding is: by ISIN when it gives one, else exchange and code, else name. A name or code
        // written beside an ISIN does not make another key, so the later of two decisions on one security always wins.
        var latest = new Dictionary<DecisionKey, ReviewDecision>();
        foreach (var d in decisions) latest[d.Key] = d;
        _decisions = latest.Values.OrderBy(d => d.Line).ToList();
        foreach (var d in _decisions)
        {
            var security = d.Key with { CompanyId = "" };
            if (!_bySecurity.TryGetValue(security, out var list)) _bySecurity[security] = list = [];
            list.Add(d);
        }
    }

    public static readonly ReviewBook Empty = new(null, []);

    /// <summary>The decisions stage: the result after any decision for this security and the result's company.</summary>
    public MatchResult Apply(Holding holding, MatchResult result) =>
        result.Company is null || _decisions.Count == 0 ? result : Decide(holding, result, result.Company);

    /// <remarks>Apart from <see cref="Apply"/>, so that rows without a candidate company do not pay for this method's closures.</remarks>
    private MatchResult Decide(Holding holding, MatchResult result, Company company)
    {
        // Only decisions on the row's own key meet it: a decision on a name never meets a row with an ISIN, or with an exchange and code.
        if (!_bySecurity.TryGetValue(KeyOf(holding), out var candidates)) return result;

        foreach (var other in candidates.Where(d => d.CompanyId != company.Id))
            _companyChanged.TryAdd(other, $"the security's candidate is now {company.Id}");
        var decision = candidates.LastOrDefault(d => d.CompanyId == company.Id);
        if (decision is null) return result;
        if (Changed(decision, holding, result) is { } changed)
        {
            // The row no longer reads as the reviewer saw it: it keeps its rule's result, and the decision is listed as stale.
            _rowChanged.TryAdd(decision, string.Create(CultureInfo.InvariantCulture, $"{changed} ({PublishedName.Of(holding.Row.Source.File)}, line {holding.Row.Source.Line})"));
            return result;
        }
        _applied.Add(decision);
        var applied = new AppliedDecision(decision, Reviewer(decision), result.Rule, result.Outcome == MatchOutcome.Match);

        var evidence = result.Evidence.Append(new Evidence("review-decision", decision.Security, decision.CompanyId,
            decision.Verdict == ReviewVerdict.Accept ? 1 : -1,
            string.Create(CultureInfo.InvariantCulture, $"{Verb(decision)} by {Reviewer(decision)} on {decision.DecidedOn:yyyy-MM-dd}: {decision.Reason} ({PublishedName.Of(decision.File)}, line {decision.Line})"))).ToList();
        if (decision.Verdict == ReviewVerdict.Accept)
        {
            if (result.Outcome == MatchOutcome.Match) return result with { Evidence = evidence };
            _rowsAccepted++;
            return new MatchResult(MatchOutcome.Match, company, $"review decision: accepted ({result.Rule})", 1, evidence) { DecidedBy = Reviewer(decision), Decision = applied };
        }
        _rowsRejected++;
        if (result.Outcome == MatchOutcome.Match) _matchesOverturned++;
        return new MatchResult(MatchOutcome.NoMatch, company, $"review decision: rejected ({result.Rule})", 0, evidence) { DecidedBy = Reviewer(decision), Decision = applied };
    }

    public ReviewOutcome Outcome(ReferenceData reference)
    {
        var stale = new List<StaleDecision>();
        foreach (var d in _decisions)
        {
            var why = reference.FindCompany(d.CompanyId) is null ? $"company '{d.CompanyId}' is not on the list screened against (removed from it, or never on it)"
                : _rowChanged.TryGetValue(d, out var row) ? _applied.Contains(d) ? $"{row}; applied to the other rows it meets, which read as decided" : row
                : _applied.Contains(d) ? null
                : _companyChanged.TryGetValue(d, out var changed) ? changed
                : "no holding row met this decision";
            if (why is not null) stale.Add(new StaleDecision(PublishedName.Of(d.File), d.Line, d.Security, d.CompanyId, Verb(d), why, d.Key.Id));
        }
        return new ReviewOutcome(_file, _decisions.Count, _rowsAccepted, _rowsRejected, stale) { MatchesOverturned = _matchesOverturned };
    }

    /// <summary>The key a decision on this row is stored under, as its finding's (<see cref="DecisionKey.For"/>), without the company.</summary>
    private static DecisionKey KeyOf(Holding holding) =>
        DecisionKey.For("", holding.Key.Isin, holding.Exchange?.Mic, holding.TickerOnExchange, holding.Name.Text);

    /// <summary>
    /// How the row differs from what the reviewer saw, where the log records it: another holding name (compared
    /// normalised), another SEDOL or CUSIP, or a rule's match where a candidate awaiting review was rejected. Null when it
    /// reads as decided, or the log records nothing of it.
    /// </summary>
    private static string? Changed(ReviewDecision decision, Holding holding, MatchResult result)
    {
        if (decision.Seen is not { } seen) return null;
        var row = holding.Row;
        if (seen.HoldingNames.Count > 0 && row.Name is { } written && NameNormaliser.Normalise(written) is { IsEmpty: false } now
            && !seen.HoldingNames.Any(n => NameNormaliser.Normalise(n).Text == now.Text))
            return $"the holding now reads '{written.Trim()}', decided on '{string.Join("', '", seen.HoldingNames)}'";
        if (Differs("SEDOL", (string.IsNullOrWhiteSpace(row.Sedol) ? null : Ascii.TrimUpper(row.Sedol)), seen.Sedols) is { } sedol) return sedol;
        if (Differs("CUSIP", Cusip.Normalise(row.Cusip), seen.Cusips) is { } cusip) return cusip;
        if (decision.Verdict == ReviewVerdict.Reject && seen.State == NeedsReviewState && result.Outcome == MatchOutcome.Match)
            return $"a rule now matches it ({result.Rule}); the rejection was of a candidate awaiting review";
        return null;
    }

    private const string NeedsReviewState = "needs-review";

    private static string? Differs(string what, string? now, IReadOnlyList<string> seen) =>
        now is null || seen.Count == 0 || seen.Contains(now, StringComparer.OrdinalIgnoreCase) ? null
            : $"the holding's {what} is now {now}, decided on {string.Join(", ", seen)}";

    /// <summary>Who decided, as reports say it when reviewers' names are not published.</summary>
    public const string ReviewerWithheld = "a reviewer";

    private string Reviewer(ReviewDecision d) => _showReviewers ? d.Reviewer : ReviewerWithheld;

    private static string Verb(ReviewDecision d) => d.Verdict == ReviewVerdict.Accept ? "accepted" : "rejected";

}

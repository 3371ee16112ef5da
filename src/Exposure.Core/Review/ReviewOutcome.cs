namespace Exposure.Core.Review;

/// <summary>How review decisions bore on a run.</summary>
/// <param name="DecisionsFile">The decisions file given, or null.</param>
/// <param name="RowsAccepted">Holding rows matched because a person accepted the candidate.</param>
/// <param name="RowsRejected">Holding rows set aside because a person rejected the candidate, or overturned a match a rule made.</param>
/// <param name="Stale">Decisions that met no row, or whose company is no longer the candidate or no longer on the list.</param>
public sealed record ReviewOutcome(
    string? DecisionsFile,
    int Decisions,
    int RowsAccepted,
    int RowsRejected,
    IReadOnlyList<StaleDecision> Stale)
{
    public static readonly ReviewOutcome None = new(null, 0, 0, 0, []);

    /// <summary>Of <see cref="RowsRejected"/>, the rows a rule had matched (or found related) that a person's decision overturned; the others were candidates awaiting review.</summary>
    public int MatchesOverturned { get; init; }

    /// <summary>The holding rows a person's decision set aside (<see cref="RowsRejected"/> of them), in the order of the funds and their lines.</summary>
    public IReadOnlyList<SetAsideRow> SetAside { get; init; } = [];
}

/// <summary>A decision of the log that was not applied to this run, and why.</summary>
/// <param name="File">The decisions file's name, with <paramref name="Line"/> the decision's line in it.</param>
/// <param name="Security">The security as the decision keys it (<see cref="DecisionKey.Security"/>).</param>
/// <param name="FindingId">The id of the finding the decision was made on (<see cref="DecisionKey.Id"/>): the same as a finding of that security and company has in any run that holds it.</param>
public sealed record StaleDecision(string File, int Line, string Security, string CompanyId, string Verdict, string Why, string? FindingId = null);

/// <summary>A holding row a person's decision set aside: a candidate rejected, or a rule's match overturned.</summary>
/// <param name="FundId">The fund whose row it is.</param>
/// <param name="File">The holdings file's name (never its folder).</param>
/// <param name="Line">The row's line in it.</param>
/// <param name="Holding">The holding's name as the row writes it.</param>
/// <param name="Rule">The rule that had found the candidate or match.</param>
/// <param name="MatchOverturned">A rule had matched the row (or found it related); otherwise it was a candidate awaiting review.</param>
/// <param name="Reviewer">Who decided: the name only when names are published, else "a reviewer".</param>
/// <param name="DecisionsFile">The decisions file's name, with <paramref name="DecisionLine"/> the decision's line in it.</param>
public sealed record SetAsideRow(
    string FundId,
    string File,
    int Line,
    string? Holding,
    string CompanyId,
    string CompanyName,
    string Rule,
    bool MatchOverturned,
    string Reviewer,
    DateOnly DecidedOn,
    string Reason,
    string DecisionsFile,
    int DecisionLine)
{
    /// <summary>
    /// The key the decision is stored under, the row's own (a decision meets only rows of its key): with its <see cref="DecisionKey.Id"/>,
    /// the finding's id, by which <c>exposure review accept|reject</c> decides the row again.
    /// </summary>
    public DecisionKey? Key { get; init; }

    /// <summary>The row's value as its file gives it; null when unknown.</summary>
    public decimal? Value { get; init; }

    /// <summary>The row's SEDOL, upper-cased; null when it gives none.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Sedol { get; init; }

    /// <summary>The row's CUSIP, upper-cased; null when it gives none.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Cusip { get; init; }

    /// <summary>What the person set aside, as reports say it beside the rule.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string What => MatchOverturned ? "a rule's match, overturned" : "a candidate, rejected";

    /// <summary>Who decided and when, as reports say it: "Ben Checker, 2026-12-02".</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Decided => $"{Reviewer}, {DecidedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The decision's place in the log, as reports say it: "decisions.csv, line 4".</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Where => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{DecisionsFile}, line {DecisionLine}");
}

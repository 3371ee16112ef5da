namespace Exposure.Core.Review;

/// <summary>
/// A person's decision on a candidate match, keyed on what identifies the security (ISIN, else exchange and code,
/// else normalised name) and the company, never on a file line, so that it still applies to next quarter's file.
/// </summary>
public sealed record ReviewDecision(
    ReviewVerdict Verdict,
    string Reviewer,
    DateOnly DecidedOn,
    string Reason,
    string CompanyId,
    string? Isin,
    string? Mic,
    string? Ticker,
    string Name,
    string File,
    int Line)
{
    /// <summary>What the reviewer saw of the holding when deciding, where the log records it; null for a log written before it did.</summary>
    public DecisionSeen? Seen { get; init; }

    /// <summary>The security as the decision identifies it, for messages.</summary>
    public string Security => Isin is not null ? $"ISIN {Isin}" : Mic is not null ? $"{Mic}:{Ticker}" : $"name '{Name}'";

    /// <summary>The key the decision is stored under: the first of ISIN, exchange and code, name it gives, with the company.</summary>
    public DecisionKey Key => DecisionKey.For(CompanyId, Isin, Mic, Ticker, Name);
}

/// <summary>
/// What a reviewer saw of a finding when deciding it (docs/review.md): the names its rows were written under, their SEDOLs
/// and CUSIPs where the rows gave them, and the rule and state the finding had. A decision is applied only to a row that
/// still reads as decided.
/// </summary>
/// <param name="HoldingNames">The holding names as the rows wrote them; compared after normalisation.</param>
/// <param name="Sedols">The rows' SEDOLs, upper-cased; empty when none gave one.</param>
/// <param name="Cusips">The rows' CUSIPs, upper-cased; empty when none gave one.</param>
/// <param name="Rule">The rule that had found the candidate or match, as written.</param>
/// <param name="State">The finding's state: <c>needs-review</c>, <c>matched</c> or <c>related</c>.</param>
public sealed record DecisionSeen(IReadOnlyList<string> HoldingNames, IReadOnlyList<string> Sedols, IReadOnlyList<string> Cusips, string? Rule, string? State)
{
    /// <summary>How several values share one field of the log: <c>ZIJIN MINING GROUP CO LTD-H | ZIJIN MINING-H</c>.</summary>
    public const string Separator = " | ";

    public bool IsEmpty => HoldingNames.Count == 0 && Sedols.Count == 0 && Cusips.Count == 0 && Rule is null && State is null;

    /// <summary>The values of one field, in the order written, without blanks.</summary>
    public static IReadOnlyList<string> Split(string? field) =>
        field is null ? [] : field.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static string Join(IEnumerable<string> values) => string.Join(Separator, values);
}

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
}

public sealed record StaleDecision(string File, int Line, string Security, string CompanyId, string Verdict, string Why);

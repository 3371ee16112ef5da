namespace Exposure.Core.Review;

/// <summary>A person's decision as applied to a holding row.</summary>
/// <param name="Decision">The decision, with its file and line.</param>
/// <param name="Reviewer">Who decided, as reports say it: the name only when names are published, else "a reviewer".</param>
/// <param name="RuleBefore">The rule that had found the candidate or match.</param>
/// <param name="WasMatch">A rule had matched the row (or found it related): a rejection overturned it.</param>
public sealed record AppliedDecision(ReviewDecision Decision, string Reviewer, string RuleBefore, bool WasMatch);

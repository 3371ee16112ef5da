using Exposure.Core.Reference;

namespace Exposure.Core.Matching;

/// <summary>The outcome of screening one security, with the rule that decided it and every feature compared.</summary>
public sealed record MatchResult(MatchOutcome Outcome, Company? Company, string Rule, double Score, IReadOnlyList<Evidence> Evidence)
{
    /// <summary>The reviewer whose decision settled this result, or null when a rule did.</summary>
    public string? DecidedBy { get; init; }

    /// <summary>The person's decision that settled this result, or null when a rule did.</summary>
    public Review.AppliedDecision? Decision { get; init; }

    public static readonly MatchResult None = new(MatchOutcome.NoMatch, null, "none", 0, []);
}

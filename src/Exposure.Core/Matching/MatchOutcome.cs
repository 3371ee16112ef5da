namespace Exposure.Core.Matching;

public enum MatchOutcome
{
    NoMatch,
    NeedsReview,
    Match,
}

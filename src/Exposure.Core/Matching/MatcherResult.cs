namespace Exposure.Core.Matching;

/// <summary>A result and the matcher (the list) that made it: a security's facts may be screened against several lists.</summary>
internal sealed record MatcherResult(Matcher Matcher, MatchResult Result);

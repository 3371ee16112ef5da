using Exposure.Core.Holdings;

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
    /// <summary>The security as the decision identifies it, for messages.</summary>
    public string Security => Isin is not null ? $"ISIN {Isin}" : Mic is not null ? $"{Mic}:{Ticker}" : $"name '{Name}'";

    /// <summary>True when the decision identifies this security.</summary>
    public bool Identifies(SecurityKey key, string normalisedName) =>
        Isin is not null ? Isin == key.Isin
        : Mic is not null ? Mic == key.Mic && Ticker == key.Ticker
        : Name == normalisedName;
}

namespace Exposure.Core.Holdings;

/// <summary>The company behind a holding as the row gives it: the name and identifiers matching uses.</summary>
/// <param name="Name">The issuer's name; for a derivative, the reference instrument's issuer or title.</param>
/// <param name="Lei">The issuer's Legal Entity Identifier, as the file gives it.</param>
/// <param name="Isin">For a derivative, the ISIN of its reference instrument; null otherwise (the security's own ISIN is in the key).</param>
/// <param name="Cusip">The CUSIP whose first six characters name the issuer: the security's, or a derivative's reference instrument's.</param>
public sealed record Issuer(string? Name, IssuerSource From, string? Lei = null, string? Isin = null, string? Cusip = null)
{
    /// <summary>For a note written on a company (<see cref="IssuerSource.NoteOn"/>), the note's own issuer, the bank, where the row names it.</summary>
    public string? NoteIssuer { get; init; }
}

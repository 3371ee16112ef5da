namespace Exposure.Core.Holdings;

/// <summary>What a derivative is written on, as the file states it.</summary>
/// <param name="IssuerName">The reference instrument's issuer (N-PORT <c>issuerName</c>).</param>
/// <param name="Title">The reference instrument's title (N-PORT <c>issueTitle</c>).</param>
/// <param name="IndexName">The index or basket it is written on, when it is one (N-PORT <c>indexName</c>).</param>
public sealed record ReferenceInstrument(string? IssuerName, string? Title, string? Isin = null, string? Cusip = null, string? Ticker = null, string? IndexName = null)
{
    /// <summary>The name a reader knows the reference by.</summary>
    public string? Name => IssuerName ?? Title ?? IndexName;
}

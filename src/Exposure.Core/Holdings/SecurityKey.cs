namespace Exposure.Core.Holdings;

/// <summary>What identifies a security for matching and for review decisions: repeated securities (same key) are matched once.</summary>
/// <param name="Isin">Upper-cased and trimmed as the file gives it; not checked (see <see cref="Holding.IsinIsValid"/>).</param>
/// <param name="Mic">The exchange the file's exchange text denotes, when known.</param>
/// <param name="Ticker">The code in the exchange's canonical form, or as written (upper-cased) when the exchange is unknown.</param>
/// <param name="Name">The name as written, trimmed and upper-cased.</param>
/// <param name="Country">ISO 3166 alpha-2, when the file's country text is known.</param>
public readonly record struct SecurityKey(string? Isin, string? Mic, string? Ticker, string Name, string? Country);

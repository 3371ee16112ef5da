namespace Exposure.Core.Matching;

/// <summary>What identifies a security for matching: repeated securities (same key) are matched once.</summary>
public readonly record struct SecurityKey(string? Isin, string? Mic, string? Ticker, string Name, string? Country);

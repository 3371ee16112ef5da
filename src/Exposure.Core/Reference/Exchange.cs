using System.Buffers;

namespace Exposure.Core.Reference;

public sealed record Exchange(string Mic, string Name, string Country, TickerRule TickerRule)
{
    private static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");

    /// <summary>The canonical form of <paramref name="ticker"/> on this exchange, or null when it is empty.</summary>
    public string? CanonicalTicker(string? ticker)
    {
        if (string.IsNullOrWhiteSpace(ticker)) return null;
        var t = Text.Ascii.TrimUpper(ticker);
        var numeric = !t.AsSpan().ContainsAnyExcept(AsciiDigits);
        return TickerRule switch
        {
            TickerRule.Pad6 when numeric => t.TrimStart('0').PadLeft(6, '0'),
            TickerRule.Pad4 when numeric => t.TrimStart('0').PadLeft(4, '0'),
            TickerRule.StripZeros when numeric => t.TrimStart('0') is { Length: > 0 } s ? s : "0",
            _ => t,
        };
    }
}

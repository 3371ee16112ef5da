using System.Globalization;
using Exposure.Core.Reference;

namespace Exposure.Synthetic;

/// <summary>Local codes as each exchange writes them, and as each holdings shape writes them.</summary>
internal static class Tickers
{
    /// <summary>A numeric code range of an exchange, and how many digits a source writes.</summary>
    private sealed record NumericScheme((int From, int To)[] Ranges, int Width);

    private static readonly Dictionary<string, NumericScheme> Numeric = new(StringComparer.Ordinal)
    {
        ["XSHG"] = new([(600000, 606000), (688000, 689000)], 6),
        ["XSHE"] = new([(1, 4000), (300001, 302000)], 6),
        ["XKRX"] = new([(20, 400000)], 6),
        ["XKOS"] = new([(20, 400000)], 6),
        ["XHKG"] = new([(1, 10000)], 4),
        ["XTAI"] = new([(1101, 10000)], 4),
        ["ROCO"] = new([(1101, 10000)], 4),
        ["XTKS"] = new([(1301, 9998)], 4),
    };

    /// <summary>A code as a source writes it for this exchange (<c>600089</c>, <c>0763</c>, <c>2317</c>, <c>JKS</c>).</summary>
    public static string NewCode(ExchangeInfo exchange, ref Rng rng, string? letters = null)
    {
        if (Numeric.TryGetValue(exchange.Mic, out var scheme))
        {
            var (from, to) = scheme.Ranges[rng.Int(scheme.Ranges.Length)];
            return rng.Int(from, to).ToString("D" + scheme.Width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }
        var length = rng.Int(2, 5);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
            chars[i] = letters is { Length: > 0 } && i < letters.Length && char.IsAsciiLetter(letters[i])
                ? char.ToUpperInvariant(letters[i])
                : (char)('A' + rng.Int(26));
        return new string(chars);
    }

    /// <summary>The next code after <paramref name="code"/> on the same exchange: used to step around reserved codes.</summary>
    public static string Bump(ExchangeInfo exchange, string code, int attempt)
    {
        if (Numeric.TryGetValue(exchange.Mic, out var scheme) && int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            var (from, to) = scheme.Ranges.FirstOrDefault(r => n >= r.From && n < r.To, scheme.Ranges[0]);
            var next = from + ((n - from + 1) % (to - from));
            return next.ToString("D" + scheme.Width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }
        return code + (char)('A' + attempt % 26);
    }

    /// <summary>How a holdings file of <paramref name="shape"/> writes a listed code.</summary>
    public static string ForHoldings(string code, TickerRule rule, HoldingsShape shape)
    {
        var numeric = code.Length > 0 && code.All(char.IsAsciiDigit);
        if (!numeric) return code;
        if (shape == HoldingsShape.SpreadsheetResaved || rule == TickerRule.StripZeros)
            return code.TrimStart('0') is { Length: > 0 } s ? s : "0";
        return rule switch
        {
            TickerRule.Pad6 => code.TrimStart('0').PadLeft(6, '0'),
            TickerRule.Pad4 => code.TrimStart('0').PadLeft(4, '0'),
            _ => code,
        };
    }
}

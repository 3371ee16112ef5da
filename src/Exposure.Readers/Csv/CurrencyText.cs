namespace Exposure.Readers.Csv;

/// <summary>
/// Currency codes and symbols as holdings files write them beside numbers and in headers: <c>GBP</c>, <c>£</c>,
/// <c>HK$</c>. A symbol that several currencies use (<c>$</c>, <c>¥</c>) is read, but names no currency.
/// </summary>
internal static class CurrencyText
{
    /// <summary>ISO 4217 codes of the currencies holdings are commonly reported in.</summary>
    private static readonly HashSet<string> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        "USD", "EUR", "GBP", "JPY", "CNY", "CNH", "HKD", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "ISK", "SGD", "TWD", "KRW",
        "INR", "IDR", "MYR", "THB", "PHP", "VND", "PKR", "BRL", "MXN", "CLP", "COP", "PEN", "ARS", "ZAR", "EGP", "NGN", "KES", "MAD",
        "RUB", "TRY", "PLN", "CZK", "HUF", "RON", "BGN", "ILS", "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "JOD",
    };

    /// <summary>Symbols, longest first so that <c>HK$</c> is taken before <c>$</c>; null: the symbol names no one currency.</summary>
    private static readonly (string Symbol, string? Code)[] Symbols =
    [
        ("US$", "USD"), ("HK$", "HKD"), ("NT$", "TWD"), ("AU$", "AUD"), ("CA$", "CAD"), ("NZ$", "NZD"), ("A$", "AUD"), ("C$", "CAD"),
        ("S$", "SGD"), ("R$", "BRL"), ("£", "GBP"), ("€", "EUR"), ("₹", "INR"), ("₩", "KRW"), ("₺", "TRY"), ("₽", "RUB"),
        ("$", null), ("¥", null), ("￥", null),
    ];

    /// <summary>True for a currency code or symbol standing alone: <c>GBP</c>, <c>£</c>, <c>$</c>.</summary>
    public static bool IsCurrencyMark(string text) => IsCode(text) || Symbols.Any(s => string.Equals(s.Symbol, text, StringComparison.OrdinalIgnoreCase));

    public static bool IsCode(string text) => text.Length == 3 && text.All(char.IsAsciiLetter) && Codes.Contains(text);

    /// <summary>
    /// Takes a currency code or symbol off the start or the end of <paramref name="text"/> (after a sign or an opening
    /// parenthesis, before a closing one): <c>£830,000.00</c>, <c>830,000.00 GBP</c>, <c>-HK$1,000</c>. True when one was
    /// found; <paramref name="code"/> is then the currency it names, or null for <c>$</c> and <c>¥</c>.
    /// </summary>
    public static bool TryStrip(string text, out string rest, out string? code)
    {
        rest = text;
        code = null;
        var s = text.Trim();
        var lead = s.Length > 0 && s[0] is '-' or '+' or '(' ? s[..1] : "";
        var body = s[lead.Length..].TrimStart();
        var trail = body.Length > 0 && body[^1] == ')' ? ")" : "";
        body = body[..^trail.Length].TrimEnd();

        foreach (var (symbol, symbolCode) in Symbols)
        {
            if (body.StartsWith(symbol, StringComparison.OrdinalIgnoreCase))
            {
                (rest, code) = (lead + body[symbol.Length..].Trim() + trail, symbolCode);
                return true;
            }
            if (body.EndsWith(symbol, StringComparison.OrdinalIgnoreCase))
            {
                (rest, code) = (lead + body[..^symbol.Length].Trim() + trail, symbolCode);
                return true;
            }
        }
        if (body.Length > 3 && IsCode(body[..3]) && !char.IsAsciiLetter(body[3]))
        {
            (rest, code) = (lead + body[3..].Trim() + trail, body[..3].ToUpperInvariant());
            return true;
        }
        if (body.Length > 3 && IsCode(body[^3..]) && !char.IsAsciiLetter(body[^4]))
        {
            (rest, code) = (lead + body[..^3].Trim() + trail, body[^3..].ToUpperInvariant());
            return true;
        }
        return false;
    }

    /// <summary>
    /// The currency a header names in parentheses or at its end: <c>Mkt Val (GBP)</c>, <c>Market Value USD</c>,
    /// <c>Value (£)</c>; null when it names none.
    /// </summary>
    public static string? InHeader(string header)
    {
        var h = header.Trim();
        var open = h.LastIndexOf('(');
        var close = h.LastIndexOf(')');
        if (open >= 0 && close > open)
        {
            var inside = h[(open + 1)..close].Trim();
            if (IsCode(inside)) return inside.ToUpperInvariant();
            foreach (var (symbol, symbolCode) in Symbols)
                if (string.Equals(inside, symbol, StringComparison.OrdinalIgnoreCase)) return symbolCode;
            return null;
        }
        var space = h.LastIndexOfAny([' ', '_', '-']);
        return space > 0 && IsCode(h[(space + 1)..]) ? h[(space + 1)..].ToUpperInvariant() : null;
    }
}

namespace Exposure.Core.Reference;

/// <summary>
/// Tickers that carry their exchange: Bloomberg's <c>763 HK</c> and <c>763 HK Equity</c>, Yahoo's and Reuters'
/// <c>0763.HK</c>, Google's <c>HKG:0763</c>. Split into the code and the exchange's MIC only where the exchange code
/// names one exchange; any other ticker is left as it is.
/// </summary>
/// <remarks>
/// Each form has its own table, since one code means different exchanges in different forms (Bloomberg's <c>SS</c> is
/// Stockholm, Yahoo's <c>.SS</c> Shanghai). Codes for several exchanges at once are not split: Bloomberg's <c>US</c>
/// (any US exchange). Bloomberg's <c>CH</c> is its China composite, not Switzerland (Bloomberg's Swiss code is
/// <c>SW</c>; <c>CH</c> in reference-data/exchanges.csv is the ISO country code of SIX Swiss Exchange, and
/// reference-data/exchange_aliases.csv has no alias <c>CH</c>): a six-digit A-share code there tells Shanghai
/// (<c>6</c>, <c>9</c>) from Shenzhen (<c>0</c>, <c>2</c>, <c>3</c>), and any other code is not split.
/// </remarks>
public static class CompositeTickers
{
    /// <summary>Bloomberg exchange codes (<c>CODE XX</c>) that name one exchange.</summary>
    private static readonly Dictionary<string, string> Bloomberg = new(StringComparer.Ordinal)
    {
        ["HK"] = "XHKG", ["CG"] = "XSHG", ["CS"] = "XSHE", ["TT"] = "XTAI", ["JP"] = "XTKS", ["JT"] = "XTKS",
        ["KS"] = "XKRX", ["KQ"] = "XKOS", ["LN"] = "XLON", ["UN"] = "XNYS", ["UW"] = "XNAS", ["UQ"] = "XNAS",
        ["SP"] = "XSES", ["AU"] = "XASX", ["AT"] = "XASX", ["FP"] = "XPAR", ["NA"] = "XAMS", ["GY"] = "XETR",
        ["SW"] = "XSWX", ["SE"] = "XSWX", ["IM"] = "XMIL", ["SM"] = "XMAD", ["IN"] = "XNSE", ["IB"] = "XBOM",
        ["CT"] = "XTSE", ["MK"] = "XKLS", ["TB"] = "XBKK", ["SJ"] = "XJSE",
    };

    /// <summary>Yahoo and Reuters suffixes (<c>CODE.XX</c>) that name one exchange.</summary>
    private static readonly Dictionary<string, string> Suffix = new(StringComparer.Ordinal)
    {
        ["HK"] = "XHKG", ["SS"] = "XSHG", ["SZ"] = "XSHE", ["T"] = "XTKS", ["TW"] = "XTAI", ["TWO"] = "ROCO",
        ["KS"] = "XKRX", ["KQ"] = "XKOS", ["L"] = "XLON", ["NS"] = "XNSE", ["BO"] = "XBOM", ["TO"] = "XTSE",
        ["PA"] = "XPAR", ["AS"] = "XAMS", ["DE"] = "XETR", ["AX"] = "XASX", ["SI"] = "XSES", ["MI"] = "XMIL",
        ["SW"] = "XSWX", ["MC"] = "XMAD", ["KL"] = "XKLS", ["BK"] = "XBKK", ["JO"] = "XJSE", ["SA"] = "BVMF",
    };

    /// <summary>Google Finance prefixes (<c>XXX:CODE</c>) that name one exchange.</summary>
    private static readonly Dictionary<string, string> Prefix = new(StringComparer.Ordinal)
    {
        ["HKG"] = "XHKG", ["SHA"] = "XSHG", ["SHE"] = "XSHE", ["TPE"] = "XTAI", ["TYO"] = "XTKS", ["KRX"] = "XKRX",
        ["NYSE"] = "XNYS", ["NASDAQ"] = "XNAS", ["LON"] = "XLON", ["NSE"] = "XNSE", ["TSE"] = "XTSE", ["ASX"] = "XASX",
    };

    /// <summary>The code and exchange MIC a ticker carries, or null when it carries none this knows.</summary>
    public static (string Code, string Mic)? Split(string? ticker)
    {
        if (string.IsNullOrWhiteSpace(ticker)) return null;
        var t = string.Join(' ', Text.Ascii.TrimUpper(ticker).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (t.EndsWith(" EQUITY", StringComparison.Ordinal)) t = t[..^" EQUITY".Length];

        var space = t.IndexOf(' ');
        if (space > 0 && space == t.LastIndexOf(' '))
        {
            var (code, exchange) = (t[..space], t[(space + 1)..]);
            if (!IsCode(code)) return null;
            if (exchange == "CH") return ChinaComposite(code) is { } mic ? (code, mic) : null;
            return Bloomberg.TryGetValue(exchange, out var m) ? (code, m) : null;
        }
        if (space >= 0) return null;

        var colon = t.IndexOf(':');
        if (colon > 0 && colon == t.LastIndexOf(':'))
            return Prefix.TryGetValue(t[..colon], out var m) && IsCode(t[(colon + 1)..]) ? (t[(colon + 1)..], m) : null;

        var dot = t.LastIndexOf('.');
        if (dot > 0 && Suffix.TryGetValue(t[(dot + 1)..], out var bySuffix) && IsCode(t[..dot])) return (t[..dot], bySuffix);
        return null;
    }

    /// <summary>A six-digit A-share code's exchange: Shanghai for 6 and 9 (B shares), Shenzhen for 0, 2 (B shares) and 3.</summary>
    private static string? ChinaComposite(string code) =>
        code.Length == 6 && code.All(char.IsAsciiDigit)
            ? code[0] switch { '6' or '9' => "XSHG", '0' or '2' or '3' => "XSHE", _ => null }
            : null;

    private static bool IsCode(string code) => code.Length is > 0 and <= 12 && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '/');
}

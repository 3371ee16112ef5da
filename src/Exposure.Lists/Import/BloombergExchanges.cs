namespace Exposure.Lists.Import;

/// <summary>
/// Bloomberg-style exchange codes, as OFAC's remarks write them after an equity ticker (<c>Equity Ticker 0728 HK</c>),
/// as ISO 10383 MICs. A composite code that names a country rather than one exchange (<c>US</c>, <c>IN</c>) gives no
/// MIC; mainland China's composite (<c>CH</c>, which OFAC's consolidated list writes with the country code <c>CN</c>:
/// <c>Equity Ticker 002415 CN</c>) is resolved by the code's first digits, as Shanghai and Shenzhen number their shares
/// apart. OFAC also writes a few countries' codes where Bloomberg writes its own: <c>BR</c> is Brazil, whose one exchange
/// is B3; <c>DE</c>, <c>US</c>, <c>CA</c>, <c>RU</c>, <c>SG</c> name a country (or, in Bloomberg's codes, something else)
/// and no exchange for certain, and are not read.
/// </summary>
internal static class BloombergExchanges
{
    private static readonly Dictionary<string, string> Mics = new(StringComparer.OrdinalIgnoreCase)
    {
        ["HK"] = "XHKG", ["CG"] = "XSHG", ["CS"] = "XSHE", ["TT"] = "XTAI", ["TP"] = "ROCO", ["UN"] = "XNYS", ["UW"] = "XNAS",
        ["UQ"] = "XNAS", ["UR"] = "XNAS", ["UA"] = "XASE", ["UP"] = "XASE", ["LN"] = "XLON", ["JT"] = "XTKS", ["JP"] = "XTKS",
        ["KS"] = "XKRX", ["KQ"] = "XKOS", ["SP"] = "XSES", ["AU"] = "XASX", ["AT"] = "XASX", ["CT"] = "XTSE", ["GY"] = "XETR",
        ["FP"] = "XPAR", ["NA"] = "XAMS", ["BB"] = "XBRU", ["SM"] = "XMAD", ["SS"] = "XSTO", ["IB"] = "XBOM", ["IS"] = "XNSE",
        ["TB"] = "XBKK", ["MK"] = "XKLS", ["IJ"] = "XIDX", ["SE"] = "XSWX", ["SW"] = "XSWX", ["IM"] = "XMIL", ["BZ"] = "BVMF",
        ["BS"] = "BVMF", ["MM"] = "XMEX", ["AB"] = "XSAU", ["SJ"] = "XJSE", ["TI"] = "XIST", ["PW"] = "XWAR", ["NZ"] = "XNZE",
        ["DC"] = "XCSE", ["FH"] = "XHEL", ["NO"] = "XOSL", ["ID"] = "XDUB", ["AV"] = "XWBO", ["PM"] = "XPHS", ["CI"] = "XSGO",
        ["BR"] = "BVMF",
    };

    /// <summary>The MIC for an exchange code and a local code, or null when the code names no single exchange Exposure knows.</summary>
    public static string? Mic(string exchangeCode, string ticker)
    {
        if (exchangeCode.ToUpperInvariant() is "CH" or "CN" or "C1" or "C2")
        {
            if (!ticker.All(char.IsAsciiDigit) || ticker.Length != 6) return null;
            return ticker[0] switch
            {
                '6' or '9' => "XSHG",
                '0' or '2' or '3' => "XSHE",
                _ => null,
            };
        }
        return Mics.GetValueOrDefault(exchangeCode);
    }
}

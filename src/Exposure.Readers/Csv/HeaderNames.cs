namespace Exposure.Readers.Csv;

/// <summary>Header names recognised for each column role, compared case-insensitively with spacing and punctuation folded.</summary>
public static class HeaderNames
{
    private static readonly Dictionary<ColumnRole, string[]> Names = new()
    {
        [ColumnRole.Name] = ["name", "security", "security name", "security description", "holding", "holding name", "holdings", "description", "company", "company name", "constituent", "constituent name", "instrument", "instrument name"],
        [ColumnRole.Ticker] = ["ticker", "symbol", "ticker symbol", "issuer ticker", "local ticker", "code", "stock code", "local code"],
        [ColumnRole.Exchange] = ["exchange", "market", "listing exchange", "exchange name", "primary exchange", "mic", "exchange mic", "market of listing"],
        [ColumnRole.Isin] = ["isin", "isin code", "isin number"],
        [ColumnRole.Cusip] = ["cusip"],
        [ColumnRole.Sedol] = ["sedol"],
        [ColumnRole.AssetClass] = ["asset class", "asset type", "security type", "asset category", "instrument type", "type"],
        [ColumnRole.Sector] = ["sector", "gics sector", "industry sector"],
        [ColumnRole.Currency] = ["currency", "base currency", "reporting currency", "ccy"],
        [ColumnRole.Country] = ["location", "country", "country of risk", "domicile", "country of incorporation", "location of risk"],
        [ColumnRole.MarketValue] =
        [
            "market value", "value", "mkt value", "mkt val", "market val", "position value", "amount", "marketvalue", "mktval", "market value base",
            "market value usd", "mkt val base", "base market value", "value usd", "value base", "current value", "holding value", "market value held",
            "total market value", "fair value", "valuation", "market value local", "mv",
        ],
        [ColumnRole.Weight] =
        [
            "weight", "weight %", "% of net assets", "% of fund", "weighting", "portfolio weight", "% of portfolio", "% of nav", "weight pct",
            "weighting %", "weight percent", "% net assets", "% fund", "% weight", "pct of net assets", "percent of net assets", "pct of fund",
            "percent of fund", "% nav", "% portfolio", "portfolio %", "% of total", "% of assets", "% of net asset value", "% holding", "holding %",
            "index weight", "allocation", "% allocation",
        ],
        [ColumnRole.Quantity] = ["shares", "quantity", "units", "nominal", "shares held", "par value", "position", "holding quantity"],
        [ColumnRole.Price] = ["price", "market price", "local price"],
        [ColumnRole.Issuer] = ["issuer", "issuer name", "obligor", "reference entity", "underlying", "underlying name", "reference name"],
        [ColumnRole.Maturity] = ["maturity", "maturity date", "mat date", "final maturity", "expiry", "expiry date", "expiration date"],
        [ColumnRole.Coupon] = ["coupon", "coupon %", "coupon rate", "coupon rate %", "cpn", "interest rate"],
        [ColumnRole.Notional] = ["notional", "notional value", "notional amount", "notional exposure"],
        [ColumnRole.Direction] = ["direction", "long short", "long or short", "position type", "side", "pay receive"],
    };

    private static readonly Dictionary<string, ColumnRole> ByName = Names
        .SelectMany(kv => kv.Value.Select(n => (Key: Fold(n), Role: kv.Key)))
        .ToDictionary(x => x.Key, x => x.Role);

    /// <summary>
    /// The role of a header, also when it names its currency: <c>Market Value (EUR)</c>, <c>Mkt Val (GBP)</c> and
    /// <c>Value (£)</c> are market values (<see cref="CurrencyText.InHeader"/> reads the currency).
    /// </summary>
    public static ColumnRole? RoleOf(string header)
    {
        var folded = Fold(header);
        if (ByName.TryGetValue(folded, out var r)) return r;
        // "(GBP)", "(£)", "($)": a currency, not a unit such as "(000s)", which would make the values a thousand times larger.
        var open = header.LastIndexOf('(');
        var close = header.LastIndexOf(')');
        if (open > 0 && close > open && CurrencyText.IsCurrencyMark(header[(open + 1)..close].Trim())
            && Fold(header[..open]) is { Length: > 0 } withoutCurrency && ByName.TryGetValue(withoutCurrency, out r))
            return r;
        var last = folded.LastIndexOf(' ');
        return last > 0 && CurrencyText.IsCode(folded[(last + 1)..]) && ByName.TryGetValue(folded[..last], out r) ? r : null;
    }

    /// <summary>The names recognised for a role, for error messages and documentation.</summary>
    public static IReadOnlyList<string> For(ColumnRole role) => Names[role];

    private static string Fold(string header)
    {
        var chars = header.Trim().Trim('\uFEFF').ToLowerInvariant()
            .Select(c => char.IsLetterOrDigit(c) || c == '%' ? c : ' ');
        return string.Join(' ', new string(chars.ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

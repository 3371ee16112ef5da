using System.Text;

namespace Exposure.Synthetic;

/// <summary>A security of the broad market that no source names.</summary>
internal sealed record Security(
    int Id,
    string Lead,
    string Brand,
    string Industry,
    string Form,
    string ClassSuffix,
    ExchangeInfo Exchange,
    string Code,
    string? ExchangeText,
    bool MicInPlainFiles,
    string Isin,
    string Sector,
    decimal Price)
{
    /// <summary>The name as iShares writes it: upper case, cut at 34 characters.</summary>
    public string ISharesName => Names.IShares($"{Lead} {Brand} {Industry} {Form}{ClassSuffix}");

    /// <summary>The name as other providers write it: title case, not cut.</summary>
    public string PlainName => Names.Plain($"{Lead} {Brand} {Industry} {Form}{ClassSuffix}");
}

/// <summary>
/// The securities no source names, each a pure function of (seed, id): nothing is held in memory, any id can be
/// rebuilt at any time. Names are unique (the second word encodes the id one-to-one) and start with a word kept clear of
/// every name of the list; codes and ISINs avoid the list's. So none of these securities can match the list.
/// </summary>
internal sealed class SecurityUniverse
{
    private const int Syllables = 16 * 5;
    private const int ThreeSyllableBrands = Syllables * Syllables * Syllables;

    private readonly SyntheticReference _reference;
    private readonly int _seed;
    private readonly string[] _leads;
    private readonly Permutation _brands;

    public SecurityUniverse(SyntheticReference reference, int seed)
    {
        _reference = reference;
        _seed = seed;
        _leads = Vocabulary.UniverseLeads.Where(w => reference.Stems.CanTake(w, StemRegistry.Reserved)).ToArray();
        if (_leads.Length == 0) throw new InvalidOperationException("every first word of the universe clashes with a name of the list");
        _brands = new Permutation(ThreeSyllableBrands, seed, 31);
    }

    /// <summary>Words that may start the name of a security no source names.</summary>
    public IReadOnlyList<string> Leads => _leads;

    public Security this[int id]
    {
        get
        {
            var rng = Rng.For(_seed, Purpose.Security, id);
            var exchange = _reference.Exchanges.All[rng.Weighted(_reference.Exchanges.Weights, _reference.Exchanges.TotalWeight)];
            var lead = _leads[rng.Int(_leads.Length)];
            var brand = Brand(id);
            var industry = rng.Pick(Vocabulary.UniverseIndustries);
            var form = rng.Pick(Vocabulary.UniverseForms);
            var roll = rng.Int(100);
            var suffix = exchange.Mic switch
            {
                "XSHG" or "XSHE" => " A",
                "XHKG" when roll < 40 => " H",
                "XNYS" or "XNAS" when roll < 5 => " ADR",
                "XNYS" or "XNAS" when roll < 10 => " CLASS A",
                _ => "",
            };

            var code = Tickers.NewCode(exchange, ref rng, lead[..1] + brand);
            for (var attempt = 0; _reference.Listings.Contains((exchange.Mic, exchange.Exchange.CanonicalTicker(code)!)); attempt++)
                code = Tickers.Bump(exchange, code, attempt);

            var textRoll = rng.Int(100);
            var exchangeText = textRoll < 1 ? "Nasdaq Omx Nordic" : exchange.Aliases[rng.Int(exchange.Aliases.Count)];
            var micInPlain = rng.Chance(0.5);

            var country = exchange.Exchange.Country.Length == 2 ? exchange.Exchange.Country : "XS";
            var isin = SyntheticIdentifiers.Isin(country, "9" + SyntheticIdentifiers.ToBase36(id, 8));
            for (var bump = 1; _reference.Isins.Contains(isin); bump++)
                isin = SyntheticIdentifiers.Isin(country, "8" + SyntheticIdentifiers.ToBase36(id + bump * 7_919L, 8));

            var price = rng.Int(100, 1_000_000) / 100m;
            return new Security(id, lead, brand, industry, form, suffix, exchange, code, exchangeText, micInPlain, isin,
                rng.Pick(Vocabulary.Sectors), price);
        }
    }

    /// <summary>A pronounceable word (consonant-vowel syllables) that encodes the id one-to-one.</summary>
    private string Brand(int id)
    {
        long x;
        int count;
        if (id < ThreeSyllableBrands) { x = _brands[id]; count = 3; }
        else { x = id - ThreeSyllableBrands; count = 4; }
        var sb = new StringBuilder(count * 2);
        for (var i = 0; i < count; i++)
        {
            var s = (int)(x % Syllables);
            x /= Syllables;
            sb.Append(Vocabulary.BrandConsonants[s / 5]).Append(Vocabulary.BrandVowels[s % 5]);
        }
        return sb.ToString();
    }
}

/// <summary>How holdings files write names.</summary>
internal static class Names
{
    public const int ISharesWidth = 34;

    /// <summary>iShares style, before cutting: upper case, no full stops or commas, short legal forms, single spaces.</summary>
    public static string ISharesUncut(string name)
    {
        var upper = name.ToUpperInvariant().Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        var words = upper.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w switch
        {
            "CORPORATION" => "CORP",
            "LIMITED" => "LTD",
            "COMPANY" => "CO",
            "INCORPORATED" => "INC",
            _ => w,
        });
        return string.Join(' ', words);
    }

    public static string IShares(string name)
    {
        var s = ISharesUncut(name);
        return s.Length <= ISharesWidth ? s : s[..ISharesWidth].TrimEnd();
    }

    public static string Plain(string name) => Vocabulary.Title(string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
}

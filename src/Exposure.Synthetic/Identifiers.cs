namespace Exposure.Synthetic;

/// <summary>Makes identifiers that pass the checks the loader applies.</summary>
public static class SyntheticIdentifiers
{
    private const string Base36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <summary>An ISIN: <paramref name="country"/> (two letters) and a nine-character NSIN, with its ISO 6166 check digit.</summary>
    public static string Isin(string country, string nsin)
    {
        if (country.Length != 2 || nsin.Length != 9) throw new ArgumentException($"ISIN parts '{country}' '{nsin}' have the wrong length");
        var body = (country + nsin).ToUpperInvariant();
        for (var d = 0; d <= 9; d++)
        {
            var candidate = body + (char)('0' + d);
            if (Exposure.Core.Identifiers.Isin.IsValid(candidate)) return candidate;
        }
        throw new ArgumentException($"'{body}' cannot take an ISIN check digit");
    }

    /// <summary>An LEI: an 18-character prefix and the two ISO 17442 (ISO 7064 MOD 97-10) check digits.</summary>
    public static string Lei(string prefix18)
    {
        if (prefix18.Length != 18) throw new ArgumentException($"LEI prefix '{prefix18}' is not 18 characters");
        var body = prefix18.ToUpperInvariant();
        var remainder = 0;
        foreach (var c in body + "00")
        {
            var v = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = v >= 10 ? (remainder * 100 + v) % 97 : (remainder * 10 + v) % 97;
        }
        var lei = body + (98 - remainder).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        return Exposure.Core.Identifiers.Lei.IsValid(lei) ? lei : throw new InvalidOperationException($"LEI '{lei}' fails its own check");
    }

    /// <summary><paramref name="value"/> in base 36, left-padded with zeros to <paramref name="width"/>.</summary>
    internal static string ToBase36(long value, int width)
    {
        Span<char> buffer = stackalloc char[16];
        var i = buffer.Length;
        do
        {
            buffer[--i] = Base36[(int)(value % 36)];
            value /= 36;
        } while (value > 0 && i > 0);
        var s = new string(buffer[i..]);
        return s.Length >= width ? s : s.PadLeft(width, '0');
    }
}

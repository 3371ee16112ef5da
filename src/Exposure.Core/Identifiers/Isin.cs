using System.Buffers;

namespace Exposure.Core.Identifiers;

/// <summary>ISO 6166 International Securities Identification Number.</summary>
public static class Isin
{
    /// <summary>
    /// Upper-cased and trimmed, or null when empty. An ISIN written in groups (<c>CNE1 0000 04Y2</c>, <c>CNE1-0000-04Y2</c>)
    /// is closed up only when the result passes the check digit: otherwise the value is kept as given, so that it is
    /// reported as not a valid ISIN in the words of the file.
    /// </summary>
    public static string? Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var upper = Text.Ascii.TrimUpper(value);
        if (IsValid(upper) || !upper.AsSpan().ContainsAny(Separators)) return upper;
        var closed = string.Concat(upper.Where(c => !Separators.Contains(c)));
        return IsValid(closed) ? closed : upper;
    }

    /// <summary>What may separate the groups of an ISIN as people write it: spaces (also no-break and thin) and hyphens.</summary>
    private static readonly SearchValues<char> Separators = SearchValues.Create(" \u00A0\u2009\u202F-\u2010\u2011\u2013");

    /// <summary>True when <paramref name="isin"/> has the ISIN shape and a correct check digit.</summary>
    public static bool IsValid(string? isin)
    {
        if (isin is not { Length: 12 }) return false;
        if (!char.IsAsciiLetterUpper(isin[0]) || !char.IsAsciiLetterUpper(isin[1])) return false;
        for (var i = 2; i < 11; i++)
            if (!char.IsAsciiLetterUpper(isin[i]) && !char.IsAsciiDigit(isin[i])) return false;
        if (!char.IsAsciiDigit(isin[11])) return false;

        // Letters expand to two digits (A = 10 ... Z = 35); from the right, every other digit is doubled (Luhn).
        var sum = 0;
        var doubleIt = true;
        for (var i = 10; i >= 0; i--)
        {
            var c = isin[i];
            if (char.IsAsciiDigit(c))
            {
                sum += Luhn(c - '0', doubleIt);
                doubleIt = !doubleIt;
            }
            else
            {
                var v = c - 'A' + 10;
                sum += Luhn(v % 10, doubleIt);
                sum += Luhn(v / 10, !doubleIt);
            }
        }
        return (10 - sum % 10) % 10 == isin[11] - '0';
    }

    private static int Luhn(int digit, bool doubleIt)
    {
        if (!doubleIt) return digit;
        var d = digit * 2;
        return d > 9 ? d - 9 : d;
    }
}

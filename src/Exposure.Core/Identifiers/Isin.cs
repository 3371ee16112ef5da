namespace Exposure.Core.Identifiers;

/// <summary>ISO 6166 International Securities Identification Number.</summary>
public static class Isin
{
    /// <summary>Upper-cased and trimmed, or null when empty.</summary>
    public static string? Normalise(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : Text.Ascii.TrimUpper(value);

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

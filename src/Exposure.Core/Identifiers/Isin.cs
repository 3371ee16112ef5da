using System.Globalization;
using System.Text;

namespace Exposure.Core.Identifiers;

/// <summary>ISO 6166 International Securities Identification Number.</summary>
public static class Isin
{
    /// <summary>Upper-cased and trimmed, or null when empty.</summary>
    public static string? Normalise(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();

    /// <summary>True when <paramref name="isin"/> has the ISIN shape and a correct check digit.</summary>
    public static bool IsValid(string? isin)
    {
        if (isin is not { Length: 12 }) return false;
        if (!char.IsAsciiLetterUpper(isin[0]) || !char.IsAsciiLetterUpper(isin[1])) return false;
        for (var i = 2; i < 11; i++)
            if (!char.IsAsciiLetterUpper(isin[i]) && !char.IsAsciiDigit(isin[i])) return false;
        if (!char.IsAsciiDigit(isin[11])) return false;

        var digits = new StringBuilder(24);
        for (var i = 0; i < 11; i++)
            digits.Append(char.IsAsciiDigit(isin[i]) ? (isin[i] - '0').ToString(CultureInfo.InvariantCulture) : (isin[i] - 'A' + 10).ToString(CultureInfo.InvariantCulture));

        var sum = 0;
        var doubleIt = true;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt) { d *= 2; if (d > 9) d -= 9; }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10 == isin[11] - '0';
    }
}

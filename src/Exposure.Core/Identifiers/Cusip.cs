namespace Exposure.Core.Identifiers;

/// <summary>
/// CUSIP: nine characters, of which the first six number the issuer, the next two the issue, the last is a check digit.
/// A US or Canadian ISIN is the country code, the CUSIP and an ISIN check digit, so the issuer number of a security
/// the list gives a US or Canadian ISIN for is read from that ISIN; nothing is looked up or made up.
/// </summary>
public static class Cusip
{
    /// <summary>Upper-cased and trimmed, or null when empty or all zeros (filers write 000000000 for "none").</summary>
    public static string? Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var v = Text.Ascii.TrimUpper(value);
        return v.All(c => c == '0') ? null : v;
    }

    /// <summary>True when <paramref name="cusip"/> is nine letters, digits or <c>*@#</c> with a correct check digit.</summary>
    public static bool IsValid(string? cusip)
    {
        if (cusip is not { Length: 9 } || !char.IsAsciiDigit(cusip[8])) return false;
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = cusip[i];
            int v;
            if (char.IsAsciiDigit(c)) v = c - '0';
            else if (char.IsAsciiLetterUpper(c)) v = c - 'A' + 10;
            else if (c == '*') v = 36;
            else if (c == '@') v = 37;
            else if (c == '#') v = 38;
            else return false;
            if (i % 2 == 1) v *= 2;
            sum += v / 10 + v % 10;
        }
        return (10 - sum % 10) % 10 == cusip[8] - '0';
    }

    /// <summary>The six-character issuer number of a valid CUSIP, or null.</summary>
    public static string? IssuerPrefix(string? cusip) => IsValid(cusip) ? cusip![..6] : null;

    /// <summary>The CUSIP a valid US or Canadian ISIN embeds, or null for any other ISIN.</summary>
    public static string? FromIsin(string? isin) =>
        Isin.IsValid(isin) && (isin!.StartsWith("US", StringComparison.Ordinal) || isin.StartsWith("CA", StringComparison.Ordinal)) && IsValid(isin[2..11])
            ? isin[2..11]
            : null;
}

namespace Exposure.Core.Identifiers;

/// <summary>ISO 17442 Legal Entity Identifier.</summary>
public static class Lei
{
    /// <summary>True when <paramref name="lei"/> is 20 upper-case alphanumerics passing the ISO 7064 mod 97-10 check.</summary>
    public static bool IsValid(string? lei)
    {
        if (lei is not { Length: 20 }) return false;
        var remainder = 0;
        foreach (var c in lei)
        {
            int v;
            if (char.IsAsciiDigit(c)) v = c - '0';
            else if (char.IsAsciiLetterUpper(c)) v = c - 'A' + 10;
            else return false;
            remainder = v >= 10 ? (remainder * 100 + v) % 97 : (remainder * 10 + v) % 97;
        }
        return remainder == 1;
    }
}

namespace Exposure.Core.Text;

/// <summary>Small string helpers for the hot path: they return the string itself when there is nothing to change.</summary>
public static class Ascii
{
    /// <summary>Trimmed and upper-cased (invariant); the same instance when it already is.</summary>
    public static string TrimUpper(string s)
    {
        if (s.Length == 0) return s;
        if (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1])) return s.Trim().ToUpperInvariant();
        foreach (var c in s)
            if (char.IsLower(c) || c > '\u007F') return s.ToUpperInvariant();
        return s;
    }
}

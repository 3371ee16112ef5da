using Exposure.Core.Text;

namespace Exposure.Core.Matching;

/// <summary>How closely two normalised names agree.</summary>
public readonly record struct NameComparison(double Score, string How)
{
    /// <summary>Agreement strong enough to confirm an identifier match.</summary>
    public bool Corroborates => Score >= 0.5;

    public static NameComparison Compare(NormalisedName a, NormalisedName b)
    {
        if (a.IsEmpty || b.IsEmpty) return new(0, "no name to compare");
        if (a.Compact == b.Compact) return new(1, "equal after normalisation");
        var (shorter, longer) = a.Compact.Length <= b.Compact.Length ? (a.Compact, b.Compact) : (b.Compact, a.Compact);
        if (shorter.Length >= 4 && longer.StartsWith(shorter, StringComparison.Ordinal))
            return new(0.8, "one name is the start of the other");
        var ta = a.Tokens.ToHashSet(StringComparer.Ordinal);
        var tb = b.Tokens.ToHashSet(StringComparer.Ordinal);
        var common = ta.Count(tb.Contains);
        var jaccard = common / (double)(ta.Count + tb.Count - common);
        return new(Math.Round(jaccard, 3), $"{common} of {ta.Union(tb).Count()} words shared");
    }
}

using Exposure.Core.Text;

namespace Exposure.Core.Matching;

/// <summary>
/// How alike two normalised names are, 0 to 1: of each name's words, weighted by rarity, the share found in the other
/// name; the smaller of the two shares. A word counts as found when equal, when it is the holding's last word cut short
/// and the start of the list's word, or when it is a near-spelling (Jaro-Winkler 0.92 or more, words of five letters or
/// more). Words of the list's name after the cut of a truncated holding name are unknown and not counted. Chinese names
/// compare by two-character runs (Dice).
/// </summary>
public static class NameSimilarity
{
    private const double TypoThreshold = 0.92;
    private const int MinTypoLength = 5;
    private const int MinCutWordLength = 3;

    /// <param name="known">Whether the list has the word; an unknown word that is a misspelt legal form is not counted.</param>
    public static double Score(NormalisedName holding, NormalisedName listed, Func<string, double> weight, Func<string, bool> known, bool holdingMayBeCut)
    {
        if (holding.IsEmpty || listed.IsEmpty) return 0;
        if (holding.Compact == listed.Compact) return 1;
        if (NameNormaliser.HasCjk(holding.Compact) || NameNormaliser.HasCjk(listed.Compact))
            return BigramDice(holding.Compact, listed.Compact);

        var h = holding.Tokens;
        var l = listed.Tokens;
        var used = new bool[l.Count];
        double shared = 0, sharedListed = 0, hTotal = 0, lTotal = 0;
        for (var i = 0; i < h.Count; i++)
        {
            if (!known(h[i]) && NameNormaliser.IsMisspeltLegalForm(h[i])) continue;
            var w = weight(h[i]);
            hTotal += w;
            var best = 0.0;
            var bestJ = -1;
            for (var j = 0; j < l.Count; j++)
            {
                if (used[j]) continue;
                var s = WordSimilarity(h[i], l[j], holdingMayBeCut && i == h.Count - 1);
                if (s > best) { best = s; bestJ = j; }
                if (best == 1) break;
            }
            if (bestJ < 0) continue;
            used[bestJ] = true;
            shared += w * best;
            sharedListed += weight(l[bestJ]) * best;
        }
        for (var j = 0; j < l.Count; j++)
        {
            // Words after the cut of a truncated name are unknown, not missing.
            if (holdingMayBeCut && !used[j] && j > LastUsed(used)) continue;
            lTotal += weight(l[j]);
        }
        if (hTotal == 0 || lTotal == 0) return 0;
        return Math.Round(Math.Min(1, Math.Min(shared / hTotal, sharedListed / lTotal)), 3);
    }

    private static int LastUsed(bool[] used)
    {
        for (var j = used.Length - 1; j >= 0; j--) if (used[j]) return j;
        return -1;
    }

    private static double WordSimilarity(string h, string l, bool mayBeCut)
    {
        if (h == l) return 1;
        if (mayBeCut && h.Length >= MinCutWordLength && l.StartsWith(h, StringComparison.Ordinal)) return 1;
        if (h.Length < MinTypoLength || l.Length < MinTypoLength) return 0;
        var jw = JaroWinkler.Similarity(h, l);
        return jw >= TypoThreshold ? jw : 0;
    }

    private static double BigramDice(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2) return a == b ? 1 : 0;
        var bigrams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < a.Length; i++) bigrams[a.Substring(i, 2)] = bigrams.GetValueOrDefault(a.Substring(i, 2)) + 1;
        var shared = 0;
        for (var i = 0; i + 1 < b.Length; i++)
        {
            var k = b.Substring(i, 2);
            if (bigrams.TryGetValue(k, out var n) && n > 0) { shared++; bigrams[k] = n - 1; }
        }
        return Math.Round(2.0 * shared / (a.Length - 1 + b.Length - 1), 3);
    }
}

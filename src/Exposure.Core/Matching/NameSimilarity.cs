using Exposure.Core.Text;

namespace Exposure.Core.Matching;

/// <summary>
/// How alike two normalised names are, 0 to 1: of each name's words, weighted by rarity, the share found in the other
/// name; the smaller of the two shares. A word counts as found when equal, when it is the holding's last word cut short
/// and the start of the list's word, or when it is a near-spelling (Jaro-Winkler 0.92 or more, words of five letters or
/// more, sharing the first or last three letters). Words of the list's name after the cut of a truncated holding name
/// are unknown and not counted. A holding word that is a misspelt legal form is not counted. Chinese names compare by
/// two-character runs (Dice).
/// </summary>
internal static class NameSimilarity
{
    public static double Score(HoldingName holding, NameEntry listed)
    {
        var h = holding.Name;
        var l = listed.Normalised;
        if (h.IsEmpty || l.IsEmpty) return 0;
        if (h.Compact == l.Compact) return 1;
        if (holding.IsCjk || NameNormaliser.HasCjk(l.Compact)) return BigramDice(h.Compact, l.Compact);

        var listedWords = l.Tokens;
        Span<bool> used = listedWords.Count <= 64 ? stackalloc bool[listedWords.Count] : new bool[listedWords.Count];
        double shared = 0, sharedListed = 0;
        var lastUsed = -1;
        for (var i = 0; i < holding.Words.Length; i++)
        {
            if (holding.Matches[i].Length == 0 && !(i == holding.Words.Length - 1 && holding.CutPrefix is not null)) continue;
            var best = 0.0;
            var bestJ = -1;
            for (var j = 0; j < listedWords.Count && best < 1; j++)
            {
                if (used[j]) continue;
                var s = holding.SimilarityTo(i, listedWords[j]);
                if (s > best) { best = s; bestJ = j; }
            }
            if (bestJ < 0) continue;
            used[bestJ] = true;
            lastUsed = Math.Max(lastUsed, bestJ);
            shared += holding.Weights[i] * best;
            sharedListed += listed.Weights[bestJ] * best;
        }

        double listedTotal = 0;
        for (var j = 0; j < listedWords.Count; j++)
        {
            // Words after the cut of a truncated name are unknown, not missing.
            if (holding.MayBeCut && !used[j] && j > lastUsed) continue;
            listedTotal += listed.Weights[j];
        }
        if (holding.TotalWeight == 0 || listedTotal == 0) return 0;
        return Math.Round(Math.Min(1, Math.Min(shared / holding.TotalWeight, sharedListed / listedTotal)), 3);
    }

    private static double BigramDice(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2) return a == b ? 1 : 0;
        var bigrams = new Dictionary<int, int>();
        for (var i = 0; i + 1 < a.Length; i++) bigrams[Pair(a, i)] = bigrams.GetValueOrDefault(Pair(a, i)) + 1;
        var shared = 0;
        for (var i = 0; i + 1 < b.Length; i++)
        {
            var k = Pair(b, i);
            if (bigrams.TryGetValue(k, out var n) && n > 0) { shared++; bigrams[k] = n - 1; }
        }
        return Math.Round(2.0 * shared / (a.Length - 1 + b.Length - 1), 3);
    }

    private static int Pair(string s, int i) => (s[i] << 16) | s[i + 1];
}

using Exposure.Core.Text;

namespace Exposure.Core.Matching;

/// <summary>
/// A holding's name prepared once for comparison with many of the list's names: its words (less misspelt legal forms),
/// their weights, and the list's words each counts as.
/// </summary>
internal sealed class HoldingName
{
    public HoldingName(NormalisedName name, bool mayBeCut, NameIndex index)
    {
        Name = name;
        IsCjk = NameNormaliser.HasCjk(name.Compact);
        var tokens = name.Tokens;
        var kept = new List<string>(tokens.Count);
        foreach (var token in tokens)
            if (!index.Vocabulary.IsNoise(token)) kept.Add(token);
        var words = kept.ToArray();
        Words = words;
        Weights = new double[words.Length];
        Matches = new WordMatch[words.Length][];
        for (var i = 0; i < words.Length; i++)
        {
            Weights[i] = index.Weight(words[i]);
            TotalWeight += Weights[i];
            Matches[i] = index.Vocabulary.Matches(words[i], mayBeCut: false);
        }
        // The last word of a name that may be cut counts as every word of the list it begins: kept as that start, not as
        // the list of those words, which a large list makes long.
        CutPrefix = words.Length > 0 && mayBeCut && index.Vocabulary.BeginsWords(words[^1]) ? words[^1] : null;
        MayBeCut = mayBeCut;
        var matchable = 0.0;
        for (var i = 0; i < words.Length; i++) if (Matches[i].Length > 0 || (i == words.Length - 1 && CutPrefix is not null)) matchable += Weights[i];
        MaxScore = IsCjk ? 1 : TotalWeight == 0 ? 0 : matchable / TotalWeight;
    }

    /// <summary>
    /// No name of the list can score more than this: the share of the holding's weight in words the list has (or
    /// near-spellings of them). Below the review threshold, no candidate needs scoring.
    /// </summary>
    public double MaxScore { get; }

    public NormalisedName Name { get; }
    public bool IsCjk { get; }
    public bool MayBeCut { get; }
    public string[] Words { get; }
    public double[] Weights { get; }
    public double TotalWeight { get; }
    public WordMatch[][] Matches { get; }

    /// <summary>The last word, when the name may be cut there and the list has words it begins; those words count as found.</summary>
    public string? CutPrefix { get; }

    /// <summary>How much word <paramref name="i"/> of the holding counts as the list's <paramref name="word"/>: 1 for equal or cut, the similarity for a near-spelling, else 0.</summary>
    public double SimilarityTo(int i, string word)
    {
        if (i == Words.Length - 1 && CutPrefix is not null && word.StartsWith(CutPrefix, StringComparison.Ordinal)) return 1;
        foreach (var m in Matches[i])
            if (m.Word == word) return m.Similarity;
        return 0;
    }
}

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
        var words = name.Tokens.Where(t => !index.Vocabulary.IsNoise(t)).ToArray();
        Words = words;
        Weights = words.Select(index.Weight).ToArray();
        TotalWeight = Weights.Sum();
        Matches = words.Select((w, i) => index.Vocabulary.Matches(w, mayBeCut && i == words.Length - 1)).ToArray();
        MayBeCut = mayBeCut;
        var matchable = 0.0;
        for (var i = 0; i < words.Length; i++) if (Matches[i].Length > 0) matchable += Weights[i];
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
}

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
    }

    public NormalisedName Name { get; }
    public bool IsCjk { get; }
    public bool MayBeCut { get; }
    public string[] Words { get; }
    public double[] Weights { get; }
    public double TotalWeight { get; }
    public WordMatch[][] Matches { get; }
}

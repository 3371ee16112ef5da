using Exposure.Core.Text;

namespace Exposure.Core.Matching;

/// <summary>
/// The words of the list's names, and for any word of a holding the list's words it counts as: itself; when the
/// holding's name may be cut, the words it is the start of; near-spellings (Jaro-Winkler 0.92 or more, five letters or
/// more) among words sharing its first or last three letters. Answers are remembered, since holdings repeat words.
/// </summary>
internal sealed class Vocabulary
{
    public const double TypoThreshold = 0.92;
    public const int MinTypoLength = 5;
    private const int MinCutWordLength = 3;
    /// <summary>An end shared by more of the list's words than this says too little to look for near-spellings among them: a large list's common ends would otherwise make each new word cost as much as the list is long.</summary>
    public const int MaxWordsPerEnd = 300;
    /// <summary>Rounding room: the bound and the similarity are computed in different orders.</summary>
    private const double BoundSlack = 1e-9;

    private readonly HashSet<string> _words;
    private readonly string[] _sorted;
    /// <summary>Words of five letters or more by first and last three letters, each with its signature, made once for the list.</summary>
    private readonly Dictionary<string, List<WordSignature>> _byEnds = new(StringComparer.Ordinal);
    private readonly Collections.SharedCache<(string Word, bool MayBeCut), WordMatch[]> _matches = new();
    private readonly Collections.SharedCache<string, bool> _misspeltLegalForm = new(StringComparer.Ordinal);

    public Vocabulary(IEnumerable<string> words)
    {
        _words = words.Where(w => !NameNormaliser.HasCjk(w)).ToHashSet(StringComparer.Ordinal);
        _sorted = _words.Order(StringComparer.Ordinal).ToArray();
        foreach (var w in _words.Where(w => w.Length >= MinTypoLength))
        {
            var signature = WordSignature.Of(w);
            foreach (var key in Ends(w))
                (_byEnds.TryGetValue(key, out var list) ? list : _byEnds[key] = []).Add(signature);
        }
    }

    public bool Contains(string word) => _words.Contains(word);

    /// <summary>True for a word the list does not have that is a near-spelling of a legal form (<c>HOLIDNG</c>): it says nothing about the company.</summary>
    public bool IsNoise(string word)
    {
        if (_words.Contains(word)) return false;
        return _misspeltLegalForm.TryGetValue(word, out var noise) ? noise : _misspeltLegalForm.GetOrAdd(word, NameNormaliser.IsMisspeltLegalForm(word));
    }

    /// <summary>The list's words <paramref name="word"/> counts as, with how much (1 for equal or cut, the similarity for a near-spelling).</summary>
    public WordMatch[] Matches(string word, bool mayBeCut)
    {
        if (_matches.TryGetValue((word, mayBeCut), out var known)) return known;
        var found = new Dictionary<string, double>(StringComparer.Ordinal);
        if (_words.Contains(word)) found[word] = 1;
        if (mayBeCut && word.Length >= MinCutWordLength)
            foreach (var w in StartingWith(word)) found[w] = 1;
        if (word.Length >= MinTypoLength)
        {
            var signature = WordSignature.Of(word);
            foreach (var key in Ends(word))
                if (_byEnds.TryGetValue(key, out var near) && near.Count <= MaxWordsPerEnd)
                    foreach (var candidate in near)
                    {
                        // Most words sharing an end share too few letters to be a near-spelling: the bound rules them out
                        // without the letter-by-letter comparison (it is never below the similarity, so no word is lost).
                        if (signature.MaxSimilarity(candidate) < TypoThreshold - BoundSlack) continue;
                        var w = candidate.Word;
                        if (found.ContainsKey(w)) continue;
                        var jw = JaroWinkler.Similarity(word, w);
                        if (jw >= TypoThreshold) found[w] = jw;
                    }
        }
        var result = found.Select(kv => new WordMatch(kv.Key, kv.Value)).ToArray();
        return _matches.GetOrAdd((word, mayBeCut), result);
    }

    /// <summary>True when a word of the list starts with <paramref name="prefix"/> (of three letters or more): a cut word that may stand for it.</summary>
    public bool BeginsWords(string prefix)
    {
        if (prefix.Length < MinCutWordLength) return false;
        var lo = Array.BinarySearch(_sorted, prefix, StringComparer.Ordinal);
        if (lo < 0) lo = ~lo;
        return lo < _sorted.Length && _sorted[lo].StartsWith(prefix, StringComparison.Ordinal);
    }

    private IEnumerable<string> StartingWith(string prefix)
    {
        var lo = Array.BinarySearch(_sorted, prefix, StringComparer.Ordinal);
        if (lo < 0) lo = ~lo;
        for (var i = lo; i < _sorted.Length && _sorted[i].StartsWith(prefix, StringComparison.Ordinal); i++) yield return _sorted[i];
    }

    /// <summary>The keys that find near-spellings: the first and the last three letters.</summary>
    public static IEnumerable<string> Ends(string word)
    {
        yield return "^" + word[..3];
        yield return "$" + word[^3..];
    }
}

internal readonly record struct WordMatch(string Word, double Similarity);

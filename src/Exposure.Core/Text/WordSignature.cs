using System.Numerics;

namespace Exposure.Core.Text;

/// <summary>
/// A word's letters summarised so that its Jaro-Winkler similarity to another word can be bounded without comparing the
/// two letter by letter: which letters it has once, which twice or more, and how many letters beyond a second of the same.
/// Matching letters are a subset of the letters the two words share, so the bound is never below the similarity.
/// </summary>
public readonly record struct WordSignature
{
    /// <summary>Letters A–Z, digits 0–9, then one slot for every other character (merging them only raises the bound).</summary>
    private const int OtherSlot = 36;

    private WordSignature(string word, ulong once, ulong twice, int beyondTwo, ulong start)
    {
        Word = word;
        Length = word.Length;
        Once = once;
        Twice = twice;
        BeyondTwo = beyondTwo;
        Start = start;
    }

    public string Word { get; }
    /// <summary>The word's length, kept here so that bounding reads no string.</summary>
    private int Length { get; }
    private ulong Once { get; }
    private ulong Twice { get; }
    private int BeyondTwo { get; }
    /// <summary>The first four characters, sixteen bits each (zero past the end): the common start without reading the words.</summary>
    private ulong Start { get; }

    public static WordSignature Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        Span<byte> counts = stackalloc byte[OtherSlot + 1];
        counts.Clear();
        var beyondTwo = 0;
        foreach (var c in word)
        {
            var slot = Slot(c);
            if (counts[slot] >= 2) beyondTwo++;
            else counts[slot]++;
        }
        ulong once = 0, twice = 0;
        for (var slot = 0; slot <= OtherSlot; slot++)
        {
            if (counts[slot] >= 1) once |= 1UL << slot;
            if (counts[slot] >= 2) twice |= 1UL << slot;
        }
        ulong start = 0;
        for (var i = 0; i < Math.Min(4, word.Length); i++) start |= (ulong)word[i] << (16 * i);
        return new WordSignature(word, once, twice, beyondTwo, start);
    }

    /// <summary>
    /// A value <see cref="JaroWinkler.Similarity"/> of the two words cannot exceed: the Jaro part with every shared letter
    /// taken as matched and none transposed, raised by the words' actual common start as Jaro-Winkler raises it.
    /// </summary>
    public double MaxSimilarity(WordSignature other)
    {
        var a = Length;
        var b = other.Length;
        if (a == 0 || b == 0) return 0;
        // Letters of a that can be matched in b: per letter the smaller count, split as first, second, and further copies.
        var shared = BitOperations.PopCount(Once & other.Once) + BitOperations.PopCount(Twice & other.Twice) + Math.Min(BeyondTwo, other.BeyondTwo);
        shared = Math.Min(shared, Math.Min(a, b));
        if (shared == 0) return 0;
        var m = (double)shared;
        var jaro = (m / a + m / b + 1) / 3;
        // Characters equal from the start, at most four and no further than the shorter word.
        var differ = Start ^ other.Start;
        var prefix = Math.Min(differ == 0 ? 4 : BitOperations.TrailingZeroCount(differ) / 16, Math.Min(a, b));
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    private static int Slot(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a',
        >= '0' and <= '9' => 26 + (c - '0'),
        _ => OtherSlot,
    };
}

using Exposure.Core.Text;

namespace Exposure.Core.Tests.Text;

/// <summary>The bound that spares the near-spelling search most letter-by-letter comparisons must never be below the similarity.</summary>
public sealed class WordSignatureTests
{
    private static double Bound(string a, string b) => WordSignature.Of(a).MaxSimilarity(WordSignature.Of(b));

    [Fact]
    public void The_bound_is_never_below_the_similarity_for_many_word_pairs()
    {
        // Few letters, so that pairs share many and repeat them; digits and accented letters too.
        const string alphabet = "AEOUBLMNRSTAAEE19ÉÜ-";
        var random = new Random(7);
        string Word(int length)
        {
            var chars = new char[length];
            for (var i = 0; i < length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            return new string(chars);
        }
        var reaching = 0;
        for (var n = 0; n < 200_000; n++)
        {
            var a = Word(1 + random.Next(12));
            // Half the pairs are edits of the first word, as near-spellings are.
            var b = n % 2 == 0 ? Word(1 + random.Next(12)) : Edit(a, random, alphabet);
            var similarity = JaroWinkler.Similarity(a, b);
            var bound = Bound(a, b);
            Assert.True(bound >= similarity - 1e-12, $"{a} / {b}: bound {bound} below similarity {similarity}");
            Assert.Equal(bound, Bound(b, a), 12);
            if (similarity >= 0.92) reaching++;
        }
        Assert.True(reaching > 1_000, "the pairs include many near-spellings");
    }

    [Theory]
    [InlineData("HIKVISION", "HIKVSIION")]
    [InlineData("IFLYTEK", "IFLTYEK")]
    [InlineData("NINESTAR", "NINETSAR")]
    [InlineData("XINJIANG", "XINJIANG")]
    public void A_near_spelling_is_kept(string a, string b)
    {
        Assert.True(JaroWinkler.Similarity(a, b) >= 0.92);
        Assert.True(Bound(a, b) >= JaroWinkler.Similarity(a, b));
    }

    [Theory]
    [InlineData("MULOBO", "KAIOBO")]
    [InlineData("STRAINE", "STROUVE")]
    [InlineData("BRAIKOUN", "GLEAKOUN")]
    public void A_word_sharing_only_an_end_is_ruled_out_without_comparing_letters(string a, string b)
    {
        Assert.True(Bound(a, b) < 0.92, $"bound {Bound(a, b)}");
        Assert.True(JaroWinkler.Similarity(a, b) <= Bound(a, b));
    }

    [Fact]
    public void Equal_words_bound_at_one_and_an_empty_word_at_zero()
    {
        Assert.Equal(1, Bound("TECHNOLOGY", "TECHNOLOGY"), 12);
        Assert.Equal(0, Bound("", "TECHNOLOGY"));
        Assert.Equal(0, Bound("ABC", "XYZ"));
    }

    private static string Edit(string word, Random random, string alphabet)
    {
        var chars = word.ToList();
        var edits = 1 + random.Next(3);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(4))
            {
                case 0: chars[at] = alphabet[random.Next(alphabet.Length)]; break;
                case 1: chars.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                case 2 when chars.Count > 1: chars.RemoveAt(at); break;
                default:
                    if (at + 1 < chars.Count) (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                    break;
            }
        }
        return new string(chars.ToArray());
    }
}

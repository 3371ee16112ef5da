using System.Text;

namespace Exposure.Lists.Conversion;

/// <summary>
/// A legal name as compared when entries of one list, or companies of several lists, are taken for one company: letter
/// for letter, with case, punctuation and spacing set aside ("Co., Ltd." is "Co. Ltd."), and full-width letters read as
/// ASCII. Nothing is dropped or written out: unlike matching's normalisation, legal forms and words such as GROUP stay,
/// so a group and its listed company keep different names.
/// </summary>
public static class LegalName
{
    /// <summary>A name shorter than this (letters and digits) is not enough to join companies of different lists on.</summary>
    public const int MinJoinLength = 5;

    /// <summary>The name's letters and digits, upper-cased, one space between runs.</summary>
    public static string Key(string name)
    {
        var folded = name.Normalize(NormalizationForm.FormKC);
        var key = new StringBuilder(folded.Length);
        var gap = false;
        foreach (var rune in folded.EnumerateRunes())
        {
            if (!Rune.IsLetterOrDigit(rune))
            {
                gap = true;
                continue;
            }
            if (gap && key.Length > 0) key.Append(' ');
            key.Append(Rune.ToUpperInvariant(rune).ToString());
            gap = false;
        }
        return key.ToString();
    }

    /// <summary>True when the key holds enough letters and digits to join companies of different lists on.</summary>
    public static bool Joinable(string key) => key.Count(c => c != ' ') >= MinJoinLength;
}

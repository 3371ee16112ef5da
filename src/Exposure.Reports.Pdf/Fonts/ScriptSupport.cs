using Exposure.Core.Text;

namespace Exposure.Reports.Pdf.Fonts;

/// <summary>Classifies code points the text layer cannot draw correctly without a shaping engine, or need not draw.</summary>
internal static class ScriptSupport
{
    private static readonly (int Start, int End)[] ComplexRanges =
    [
        (0x0590, 0x08FF), // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic extensions
        (0x0900, 0x0DFF), // Indic scripts and Sinhala
        (0x0E00, 0x0FFF), // Thai, Lao, Tibetan
        (0x1000, 0x109F), // Myanmar
        (0x1780, 0x18AF), // Khmer, Mongolian
        (0x202A, 0x202E), // bidirectional embedding controls
        (0x2066, 0x2069), // bidirectional isolates
        (0xFB1D, 0xFDFF), // Hebrew and Arabic presentation forms
        (0xFE70, 0xFEFF), // Arabic presentation forms B
        (0x10E60, 0x10E7F), // Rumi numerals
        (0x1EE00, 0x1EEFF), // Arabic mathematical symbols
    ];

    /// <summary>Right-to-left or shaping-dependent scripts (such as the Arabic script of Uyghur), which would come out garbled.</summary>
    public static bool IsComplex(int codePoint)
    {
        foreach (var (start, end) in ComplexRanges)
        {
            if (codePoint >= start && codePoint <= end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Format and control characters with no visible glyph, dropped before layout.</summary>
    public static bool IsIgnorable(int codePoint) =>
        codePoint is < 0x20 and not '\n' and not '\t'
            or >= 0x7F and < 0xA0
            or 0xAD
            or >= 0x200B and <= 0x200F
            or >= 0x2060 and <= 0x2064
            or >= 0xFE00 and <= 0xFE0F
            or 0xFEFF
            or >= 0xE0100 and <= 0xE01EF;

    public static bool IsCjk(int codePoint) =>
        codePoint is >= 0x2E80 and <= 0x9FFF
            or >= 0xAC00 and <= 0xD7AF
            or >= 0xF900 and <= 0xFAFF
            or >= 0xFF00 and <= 0xFFEF
            or >= 0x20000 and <= 0x3FFFF;

    /// <summary>
    /// The language of <paramref name="text"/> when it is written in Chinese characters (with no kana or hangul):
    /// <c>zh-Hant</c> when <paramref name="whole"/> (the name or sentence it is part of) uses a traditional form, else
    /// <c>zh-Hans</c>; null for text without Chinese characters.
    /// </summary>
    public static string? ChineseLanguage(string text, string whole)
    {
        var han = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is >= 0x3040 and <= 0x30FF or >= 0x1100 and <= 0x11FF or >= 0xAC00 and <= 0xD7AF)
            {
                return null;
            }

            han |= IsHan(rune.Value);
        }

        return !han ? null : whole.Any(c => ChineseScript.ToSimplified(c) != c) ? "zh-Hant" : "zh-Hans";
    }

    private static bool IsHan(int codePoint) =>
        codePoint is >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3FFFF;
}

using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Exposure.Reports.Excel.Writing;

/// <summary>
/// Makes text safe to store: <see cref="Clean"/> drops characters XML 1.0 cannot carry (control characters
/// other than tab, LF and CR, lone surrogates, U+FFFE and U+FFFF) and cuts text to Excel's 32,767 characters
/// per cell; <see cref="Escape"/> protects literal "_xHHHH_" sequences, which Excel would otherwise decode.
/// </summary>
internal static partial class ExcelText
{
    public const int MaxCellLength = 32_767;

    public static string Clean(string value)
    {
        var text = IsXmlSafe(value) ? value : StripInvalid(value);
        if (text.Length <= MaxCellLength)
        {
            return text;
        }

        var length = char.IsHighSurrogate(text[MaxCellLength - 1]) ? MaxCellLength - 1 : MaxCellLength;
        return text[..length];
    }

    /// <summary>Clean text on one trimmed line, for headers and names: tabs and line breaks become spaces.</summary>
    public static string CleanLine(string value)
    {
        var text = Clean(value);
        return text.AsSpan().IndexOfAny('\t', '\r', '\n') < 0 ? text.Trim() : text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ').Trim();
    }

    /// <summary>Writes clean text the way Excel reads it back unchanged: "_x0041_" is stored as "_x005F_x0041_".</summary>
    public static string Escape(string cleanText) =>
        cleanText.Contains("_x", StringComparison.OrdinalIgnoreCase) ? EscapeSequence().Replace(cleanText, "_x005F$0") : cleanText;

    /// <summary>Whether leading or trailing white space must be kept with xml:space="preserve".</summary>
    public static bool NeedsSpacePreserved(string text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));

    public static Text TextElement(string text) =>
        NeedsSpacePreserved(text) ? new Text(text) { Space = SpaceProcessingModeValues.Preserve } : new Text(text);

    private static bool IsXmlSafe(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < ' ' ? c is not ('\t' or '\n' or '\r') : c >= '\uD800' && !IsValidFrom(value, ref i))
            {
                return false;
            }
        }

        return true;
    }

    private static string StripInvalid(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var start = i;
            if (c < ' ' ? c is '\t' or '\n' or '\r' : c < '\uD800' || IsValidFrom(value, ref i))
            {
                builder.Append(value, start, i - start + 1);
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether the character at <paramref name="i"/> (U+D800 or above) is valid; a surrogate pair advances <paramref name="i"/>.</summary>
    private static bool IsValidFrom(string value, ref int i)
    {
        var c = value[i];
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                return true;
            }

            return false;
        }

        return !char.IsLowSurrogate(c) && c is not ('\uFFFE' or '\uFFFF');
    }

    [GeneratedRegex("_x[0-9A-Fa-f]{4}_", RegexOptions.CultureInvariant)]
    private static partial Regex EscapeSequence();
}

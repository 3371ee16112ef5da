using System.Globalization;
using System.Text;

namespace Exposure.Core.Text;

/// <summary>
/// Text from input files shown on a terminal: control characters (ESC, NUL, BEL, DEL, the C1 range) and the characters
/// that reorder how text is displayed (bidirectional overrides and isolates) are written as <c>\u001B</c> escapes, so
/// that a file cannot move the cursor, change colours or hide text on the screen of the person reading a message.
/// </summary>
public static class ControlCharacters
{
    /// <summary>Whether the character is shown escaped.</summary>
    public static bool IsEscaped(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';

    /// <summary>The text with every escaped character written <c>\uXXXX</c>; the text itself when it has none.</summary>
    public static string Escape(string text)
    {
        var first = -1;
        for (var i = 0; i < text.Length; i++)
            if (IsEscaped(text[i]))
            {
                first = i;
                break;
            }
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsEscaped(c)) sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The text as one line for a terminal: line breaks become spaces, the other escaped characters <c>\uXXXX</c>.</summary>
    public static string OneLine(string text) => Escape(text.ReplaceLineEndings(" "));
}

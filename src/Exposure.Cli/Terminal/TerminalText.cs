using System.Globalization;
using System.Text;

namespace Exposure.Cli.Terminal;

/// <summary>
/// Text from input files and the command line as the terminal may show it: control characters (ESC, NUL, CR, the C1
/// controls, bidirectional overrides) written as visible escapes such as <c>\x1b</c>, so that a fund or company name
/// cannot move the cursor, recolour the screen or reorder what follows. Widths count terminal cells.
/// </summary>
public static class TerminalText
{
    /// <summary>The text with every control character written as a visible escape; a line break too.</summary>
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        if (!text.Any(IsControl)) return text;
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text) Append(sb, c);
        return sb.ToString();
    }

    /// <summary>True for characters that must never reach a terminal raw.</summary>
    public static bool IsControl(char c) =>
        c < ' ' || c == '\u007F' || c is >= '\u0080' and <= '\u009F'
        || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069' || c is '\u200E' or '\u200F' or '\u061C';

    /// <summary>Appends <paramref name="c"/>, escaped when it is a control character.</summary>
    public static void Append(StringBuilder sb, char c)
    {
        if (!IsControl(c))
        {
            sb.Append(c);
            return;
        }

        sb.Append(c switch
        {
            '\t' => "\\t",
            '\n' => "\\n",
            '\r' => "\\r",
            _ when c <= '\u00FF' => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
        });
    }

    /// <summary>The number of terminal cells the text takes: East Asian wide characters take two, combining marks none.</summary>
    public static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes()) width += Width(rune);
        return width;
    }

    private static int Width(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format) return 0;
        var v = rune.Value;
        return v is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0x303E or >= 0x3041 and <= 0x33FF or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF or >= 0xA000 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x1F300 and <= 0x1F64F
            or >= 0x20000 and <= 0x3FFFD
            ? 2
            : 1;
    }
}

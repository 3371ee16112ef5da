using System.Text;

namespace Exposure.Cli.Terminal;

/// <summary>
/// Wraps text between words to a terminal's width. A no-break space (U+00A0) binds words that must stay on one line;
/// it is printed as a plain space. A currency code and the amount after it ("GBP 10,000,000", "(USD -1.5") are bound
/// so wherever the text was worded, in the terminal or in the report model. Only a single word wider than the whole
/// line is cut (a long path), and a figure never is: figures are short.
/// </summary>
public static partial class Prose
{
    public const char Bind = '\u00A0';

    /// <summary>A currency code (three capital letters, alone or after an opening bracket) followed by a space and an amount.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=(?:^|[\s(\[])[A-Z]{3}) (?=[-+]?\d)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CurrencyAmount();

    /// <summary>
    /// The lines of <paramref name="text"/> no wider than <paramref name="width"/> cells. The text's leading spaces
    /// indent its first line; later lines are indented by <paramref name="hanging"/>, or as the first.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int width, string? hanging = null)
    {
        var lead = text[..(text.Length - text.TrimStart(' ').Length)];
        var next = hanging ?? lead;
        var lines = new List<string>();
        var line = new StringBuilder(lead);
        var used = TerminalText.Width(lead);
        var empty = true;

        void Break()
        {
            lines.Add(line.ToString());
            line.Clear().Append(next);
            used = TerminalText.Width(next);
            empty = true;
        }

        // Bound words wider than a whole line are wrapped between their parts rather than cut within a figure.
        var words = CurrencyAmount().Replace(text, Bind.ToString()).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => w.Contains(Bind) && TerminalText.Width(w) > width - TerminalText.Width(next) ? w.Split(Bind, StringSplitOptions.RemoveEmptyEntries) : [w]);
        foreach (var word in words)
        {
            var w = TerminalText.Width(word);
            if (!empty && used + 1 + w > width) Break();
            if (!empty)
            {
                line.Append(' ');
                used++;
            }

            var rest = word;
            while (used + TerminalText.Width(rest) > width && empty && rest.Length > 1)
            {
                var (head, tail) = Cut(rest, Math.Max(1, width - used));
                line.Append(head);
                Break();
                rest = tail;
            }

            line.Append(rest);
            used += TerminalText.Width(rest);
            empty = false;
        }

        if (!empty || lines.Count == 0) lines.Add(line.ToString());
        return lines.Select(l => l.Replace(Bind, ' ')).ToList();
    }

    /// <summary>Writes <paramref name="text"/> wrapped to <paramref name="width"/>.</summary>
    public static void WriteLine(TextWriter output, string text, int width, string? hanging = null)
    {
        foreach (var line in Wrap(text, width, hanging)) output.WriteLine(line);
    }

    /// <summary>Splits a word so that its head takes at most <paramref name="cells"/> cells (at least one character).</summary>
    private static (string Head, string Tail) Cut(string word, int cells)
    {
        var taken = 0;
        var i = 0;
        foreach (var rune in word.EnumerateRunes())
        {
            var w = TerminalText.Width(rune.ToString());
            if (taken + w > cells && i > 0) break;
            taken += w;
            i += rune.Utf16SequenceLength;
        }
        return (word[..i], word[i..]);
    }
}

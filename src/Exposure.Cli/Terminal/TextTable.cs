using System.Text;

namespace Exposure.Cli.Terminal;

/// <summary>
/// A table drawn in a terminal of a given width. A figure is never split: its column is as wide as its widest cell.
/// Headers and text wrap between words, text columns narrow down to their longest word; when the table still does
/// not fit, <see cref="Lines"/> says so and the caller lays the rows out another way.
/// </summary>
public sealed class TextTable(IReadOnlyList<TextColumn> columns)
{
    /// <summary>The narrowest a text column is made, unless its content is narrower.</summary>
    private const int TextMinimum = 16;

    private readonly List<string[]> _rows = [];

    public IReadOnlyList<TextColumn> Columns => columns;

    public void AddRow(params string[] cells)
    {
        if (cells.Length != columns.Count) throw new ArgumentException("one cell per column", nameof(cells));
        _rows.Add(cells);
    }

    /// <summary>The table as lines no wider than <paramref name="width"/> cells, or null when it cannot fit without splitting a figure.</summary>
    public IReadOnlyList<string>? Lines(int width)
    {
        var n = columns.Count;
        var widths = new int[n];
        var minimum = new int[n];
        for (var c = 0; c < n; c++)
        {
            var cells = _rows.Select(r => r[c]).ToList();
            var widest = cells.Select(TerminalText.Width).DefaultIfEmpty(0).Max();
            var headerWord = LongestWord(columns[c].Header);
            if (columns[c].Figure)
            {
                widths[c] = Math.Max(widest, TerminalText.Width(columns[c].Header));
                minimum[c] = Math.Max(widest, headerWord);
            }
            else
            {
                var natural = Math.Max(widest, TerminalText.Width(columns[c].Header));
                var longestWord = Math.Max(headerWord, cells.Select(LongestWord).DefaultIfEmpty(0).Max());
                widths[c] = natural;
                minimum[c] = Math.Min(natural, Math.Max(longestWord, TextMinimum));
            }
        }

        var frame = 3 * n + 1;
        // Narrow the headers of figures first, then the text columns, widest first, down to their minimum.
        for (var c = 0; c < n && widths.Sum() + frame > width; c++)
            if (columns[c].Figure) widths[c] = minimum[c];
        while (widths.Sum() + frame > width)
        {
            var c = Enumerable.Range(0, n).Where(i => !columns[i].Figure && widths[i] > minimum[i]).OrderByDescending(i => widths[i] - minimum[i]).FirstOrDefault(-1);
            if (c < 0) return null;
            widths[c] -= Math.Min(widths[c] - minimum[c], widths.Sum() + frame - width);
        }

        var lines = new List<string> { Border('╭', '┬', '╮', widths) };
        AddRow(lines, columns.Select(x => x.Header).ToArray(), widths, header: true);
        lines.Add(Border('├', '┼', '┤', widths));
        foreach (var row in _rows) AddRow(lines, row, widths, header: false);
        lines.Add(Border('╰', '┴', '╯', widths));
        return lines;
    }

    private void AddRow(List<string> lines, string[] cells, int[] widths, bool header)
    {
        var wrapped = cells.Select((cell, c) => columns[c].Figure && !header ? [cell.Replace(Prose.Bind, ' ')] : Prose.Wrap(cell, widths[c])).ToList();
        var height = wrapped.Max(w => w.Count);
        for (var i = 0; i < height; i++)
        {
            var sb = new StringBuilder("│");
            for (var c = 0; c < cells.Length; c++)
            {
                var text = i < wrapped[c].Count ? wrapped[c][i] : "";
                var pad = new string(' ', Math.Max(0, widths[c] - TerminalText.Width(text)));
                sb.Append(' ').Append(columns[c].Figure ? pad + text : text + pad).Append(" │");
            }
            lines.Add(sb.ToString());
        }
    }

    private static string Border(char left, char middle, char right, int[] widths) =>
        left + string.Join(middle, widths.Select(w => new string('─', w + 2))) + right;

    private static int LongestWord(string text) => text.Split(' ').Select(TerminalText.Width).DefaultIfEmpty(0).Max();
}

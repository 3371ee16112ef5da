using System.Text;

namespace Exposure.Readers.Csv;

/// <summary>
/// The delimiter of a CSV file whose header row names known columns (a review candidates file, a decisions log), decided
/// as a holdings file's is: an Excel <c>sep=</c> first line's (<see cref="CsvDialect.ExcelHint"/>), or else the one with
/// which the first line that is not blank reads as the header (<see cref="CsvDialect.FindHeader"/>): commas, or the
/// semicolons, tabs or vertical bars a spreadsheet saves with in a locale that writes decimal commas. Commas when neither
/// tells.
/// </summary>
internal static class HeaderDelimiter
{
    /// <summary>Lines looked at for the header: blank lines before it are skipped, as the readers skip them.</summary>
    private const int MaxLines = 100;

    /// <summary>
    /// A line longer than this is no header of known columns: nothing more is read ahead, and the reader that reads the
    /// file next says what is wrong with it, with its line (a file that never ends, a field past its limit).
    /// </summary>
    private const int MaxLineLength = 1 << 16;

    /// <summary>
    /// Reads <paramref name="text"/> up to its header line and gives the delimiter, with a reader that reads the file from its
    /// first line again, as written. An Excel delimiter line is given back as a blank line, so that the lines keep their numbers.
    /// </summary>
    /// <param name="known">How many of a header's columns are ones the file's kind has; a line with fewer than two is not its header.</param>
    public static TextReader Detect(TextReader text, Func<string[], int> known, out char delimiter)
    {
        delimiter = ',';
        var stated = false;
        var head = new StringBuilder();
        for (var n = 1; n <= MaxLines; n++)
        {
            var start = head.Length;
            int c;
            while ((c = text.Read()) >= 0 && c != '\n')
            {
                head.Append((char)c);
                if (head.Length - start > MaxLineLength) return new ReplayedTextReader(head.ToString(), text);
            }
            var line = head.ToString(start, head.Length - start).TrimEnd('\r');
            if (c >= 0) head.Append('\n');
            if (n == 1 && CsvDialect.ExcelHint(line) is { } hint)
            {
                (delimiter, stated) = (hint, true);
                head.Length = start;
                if (c >= 0) head.Append('\n');
            }
            else if (line.Trim().Length > 0)
            {
                if (!stated && CsvDialect.FindHeader(CsvRecordReader.Split(line, ','), line, fields => known(fields) >= 2 ? fields : null, known) is { } found)
                    delimiter = found.Delimiter;
                break;
            }
            if (c < 0) break;
        }
        return new ReplayedTextReader(head.ToString(), text);
    }
}

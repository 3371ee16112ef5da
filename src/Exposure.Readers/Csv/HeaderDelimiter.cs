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
    /// Reads <paramref name="text"/> up to its header line and gives the delimiter, with a reader that reads the file from its
    /// first line again. An Excel delimiter line is given back as a blank line, so that the lines keep their numbers.
    /// </summary>
    /// <param name="known">How many of a header's columns are ones the file's kind has; a line with fewer than two is not its header.</param>
    public static TextReader Detect(TextReader text, Func<string[], int> known, out char delimiter)
    {
        delimiter = ',';
        var stated = false;
        var head = new StringBuilder();
        for (var n = 1; n <= MaxLines && text.ReadLine() is { } line; n++)
        {
            if (n == 1 && CsvDialect.ExcelHint(line) is { } hint)
            {
                (delimiter, stated) = (hint, true);
                head.Append('\n');
                continue;
            }
            head.Append(line).Append('\n');
            if (line.Trim().Length == 0) continue;
            if (!stated && CsvDialect.FindHeader(CsvRecordReader.Split(line, ','), line, fields => known(fields) >= 2 ? fields : null, known) is { } found)
                delimiter = found.Delimiter;
            break;
        }
        return new ReplayedTextReader(head.ToString(), text);
    }
}

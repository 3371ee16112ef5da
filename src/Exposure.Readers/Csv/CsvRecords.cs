using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Exposure.Core;

namespace Exposure.Readers.Csv;

/// <summary>Shared guards for reading delimited text: a field-size limit, and parser failures as one-line errors naming file and line.</summary>
internal static class CsvRecords
{
    /// <summary>No holdings field is near this long; a longer one is a broken or hostile file (an unclosed quote, say).</summary>
    public const int MaxFieldSize = 1 << 20;

    public static CsvConfiguration Limit(this CsvConfiguration config)
    {
        config.MaxFieldSize = MaxFieldSize;
        return config;
    }

    /// <summary><see cref="CsvParser.Read"/>, with its failures as a <see cref="DataException"/> naming the line the record starts on.</summary>
    public static bool Next(this CsvParser parser, string displayName, int recordLine)
    {
        try
        {
            return parser.Read();
        }
        catch (MaxFieldSizeException)
        {
            throw FieldTooLong(displayName, recordLine);
        }
        catch (CsvHelperException e)
        {
            throw new DataException(displayName, recordLine, $"unreadable: {e.Message.Split('\n')[0].Trim()}");
        }
    }

    /// <summary>The error of a field past <see cref="MaxFieldSize"/>, naming the line its record starts on.</summary>
    public static DataException FieldTooLong(string displayName, int recordLine) =>
        new(displayName, recordLine,
            string.Create(CultureInfo.InvariantCulture, $"a field starting here runs past {MaxFieldSize:N0} characters (an unclosed quote?); the file cannot be read from here"));

    /// <summary>
    /// The physical lines of a record as the file has it: its line breaks (CR LF, CR or LF), and one more for a last line
    /// without an ending. Counted from the record's text because the parser's own count runs one line too far for a record
    /// whose quote is still open at the end of the file.
    /// </summary>
    public static int PhysicalLines(ReadOnlySpan<char> raw)
    {
        var lines = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\n') lines++;
            else if (raw[i] == '\r')
            {
                lines++;
                if (i + 1 < raw.Length && raw[i + 1] == '\n') i++;
            }
        }
        return raw.Length > 0 && raw[^1] is not ('\n' or '\r') ? lines + 1 : lines;
    }

    /// <summary>A quote opened and never closed: the field starts with a quote and holds an odd number of them.</summary>
    public static bool IsUnclosed(string field) => field.StartsWith('"') && field.AsSpan().Count('"') % 2 == 1;

    /// <summary>What is wrong with the quoting of a field the parser reported as bad data.</summary>
    public static string QuotingProblem(string field) => IsUnclosed(field)
        ? $"a quote opened in this row is never closed ('{Shorten(field)}')"
        : $"malformed quoting near '{Shorten(field)}'";

    /// <summary>
    /// What is wrong with the quoting of a record starting on <paramref name="line"/> and running over
    /// <paramref name="lineCount"/> lines: for a record that a quote ran on over line breaks, the lines it took in.
    /// </summary>
    public static string QuotingProblem(string field, int line, int lineCount)
    {
        if (lineCount <= 1 || !field.StartsWith('"')) return QuotingProblem(field);
        var lines = string.Create(CultureInfo.InvariantCulture, $"lines {line}\u2013{line + lineCount - 1} read as one field");
        return IsUnclosed(field)
            ? string.Create(CultureInfo.InvariantCulture, $"an opening quote on line {line} is never closed ({lines}): '{Shorten(field)}'")
            : string.Create(CultureInfo.InvariantCulture, $"a quote opened on line {line} runs over a line break and is not closed where its field ends ({lines}): '{Shorten(field)}'");
    }

    private static string Shorten(string s)
    {
        var line = s.ReplaceLineEndings(" ").TrimEnd();
        return line.Length <= 60 ? line : line[..57] + "...";
    }
}

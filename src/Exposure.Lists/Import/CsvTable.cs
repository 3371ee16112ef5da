using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Exposure.Core;

namespace Exposure.Lists.Import;

/// <summary>A CSV file with a header row, streamed, fields limited in size, parser failures as one-line errors.</summary>
internal static class CsvTable
{
    /// <summary>No list field is near this long; a longer one is a broken file (an unclosed quote, say).</summary>
    public const int MaxFieldSize = 1 << 20;

    /// <summary>The header's column names, lower-cased and trimmed, or an empty list for an empty file.</summary>
    public static IReadOnlyList<string> Header(string path, string displayName)
    {
        using var reader = ListFiles.OpenText(path);
        using var parser = new CsvParser(reader, Config());
        return Next(parser, displayName, 1) ? (parser.Record ?? []).Select(h => h.Trim().ToLowerInvariant()).ToList() : [];
    }

    /// <summary>The rows after the header, blank ones skipped; a row whose fields do not fit the header's columns stops the reading (<see cref="RowWidth"/>).</summary>
    public static IEnumerable<(int Line, CsvRow Row)> Rows(string path, string displayName)
    {
        using var reader = ListFiles.OpenText(path, out var detected);
        if (detected.LooksBinary) throw new DataException(displayName, null, "not a text file");
        Dictionary<string, int>? columns = null;
        RowWidth? width = null;
        foreach (var (line, record) in Records(reader, Config(), displayName))
        {
            if (columns is null)
            {
                columns = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < record.Length; i++) columns.TryAdd(record[i].Trim().ToLowerInvariant(), i);
                width = new RowWidth(record);
                continue;
            }
            if (record.All(string.IsNullOrWhiteSpace)) continue;
            width!.Check(record, displayName, line);
            yield return (line, new CsvRow(columns, record));
        }
    }

    /// <summary>
    /// Every record of a CSV text with the line it starts on: a field past the size limit, an unclosed quote or a parser
    /// failure stops with one line naming the file and that line. <paramref name="config"/>'s bad-data handler is set here.
    /// </summary>
    public static IEnumerable<(int Line, string[] Record)> Records(TextReader reader, CsvConfiguration config, string displayName)
    {
        var unclosed = new UnclosedQuote();
        config.BadDataFound = unclosed.Check;
        config.MaxFieldSize = MaxFieldSize;
        using var parser = new CsvParser(reader, config);
        var line = 1;
        while (true)
        {
            if (!Next(parser, displayName, line)) yield break;
            var record = parser.Record ?? []; // the fields are parsed, and bad data found, when the record is first asked for
            unclosed.ThrowIfFound(displayName, line);
            var start = line;
            line = parser.RawRow + 1;
            yield return (start, record);
        }
    }

    /// <summary><see cref="CsvParser.Read"/>, its failures as one-line errors naming the line the record starts on.</summary>
    private static bool Next(CsvParser parser, string displayName, int line)
    {
        try
        {
            return parser.Read();
        }
        catch (MaxFieldSizeException)
        {
            throw new DataException(displayName, line, string.Create(CultureInfo.InvariantCulture, $"a field starting here runs past {MaxFieldSize:N0} characters (an unclosed quote?)"));
        }
        catch (CsvHelperException e)
        {
            throw new DataException(displayName, line, $"unreadable: {e.Message.Split('\n')[0].Trim()}");
        }
    }

    private static CsvConfiguration Config() => new(CultureInfo.InvariantCulture)
    {
        HasHeaderRecord = false,
        MaxFieldSize = MaxFieldSize,
        BadDataFound = null,
        MissingFieldFound = null,
        Delimiter = ",",
    };
}

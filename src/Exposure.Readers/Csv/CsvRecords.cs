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
            throw new DataException(displayName, recordLine,
                string.Create(CultureInfo.InvariantCulture, $"a field starting here runs past {MaxFieldSize:N0} characters (an unclosed quote?); the file cannot be read from here"));
        }
        catch (CsvHelperException e)
        {
            throw new DataException(displayName, recordLine, $"unreadable: {e.Message.Split('\n')[0].Trim()}");
        }
    }
}

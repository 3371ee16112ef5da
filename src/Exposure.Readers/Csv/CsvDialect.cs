using Exposure.Readers.Mapping;

namespace Exposure.Readers.Csv;

/// <summary>
/// How a holdings CSV file is written: the character between its fields and how it writes numbers. A file separated by
/// semicolons comes from a spreadsheet in a locale that writes decimal commas (German, French, ...), and its numbers are
/// read so: <c>1.234,56</c>, <c>1234,56</c>, <c>250.000</c> (250,000). Every other file reads numbers as its first rows
/// write them (<see cref="Numbers"/>): as <c>1,234.56</c>, or, when they show decimal commas only, as <c>1.234,56</c>.
/// </summary>
internal sealed record CsvDialect(char Delimiter)
{
    /// <summary>The delimiters a header row is tried with, the usual one first.</summary>
    public static readonly char[] Candidates = [',', ';', '\t', '|'];

    private static readonly HoldingRecords.NumberParse DecimalCommaParse = new NumberFormat(",", ".").TryParse;
    private static readonly HoldingRecords.NumberParse DecimalPointParse = NumberParser.TryParse;
    private static readonly HoldingRecords.NumberParse EitherRefusedParse = TryParseUnlessEither;

    /// <summary>Comma-separated, numbers as <c>1,234.56</c>.</summary>
    public static CsvDialect Comma { get; } = new(',');

    /// <summary>How the rows of a file not separated by semicolons write numbers, as a look-ahead over them found (<see cref="NumberStyleSample"/>).</summary>
    public NumberStyle Numbers { get; init; } = NumberStyle.None;

    /// <summary>True when numbers are written with a decimal comma (<c>1.234,56</c>): in a file separated by semicolons, or one whose rows show only decimal commas.</summary>
    public bool DecimalComma => Delimiter == ';' || Numbers.DecimalComma;

    /// <summary>True when a number that could be read either way (<c>1.500</c>, <c>250,000</c>) is not read (<see cref="NumberStyle.RefusesEither"/>).</summary>
    public bool RefusesEither => !DecimalComma && Numbers.RefusesEither;

    /// <summary>How the file's numbers are read first; other unambiguous forms are read after (<see cref="NumberReading"/>).</summary>
    public HoldingRecords.NumberParse Parse => DecimalComma ? DecimalCommaParse : RefusesEither ? EitherRefusedParse : DecimalPointParse;

    /// <summary>What a report says of the file beyond its layout: empty for a comma-separated file of numbers written <c>1,234.56</c>.</summary>
    public string Description => Delimiter switch
    {
        ',' => "",
        ';' => ", separated by semicolons, decimal commas",
        '\t' => ", separated by tabs",
        '|' => ", separated by vertical bars",
        _ => $", separated by '{Delimiter}'",
    } + (Delimiter == ';' ? "" : Numbers.Description);

    /// <summary>A number as <c>1,234.56</c>, unless it could be read either way: then not read.</summary>
    private static bool TryParseUnlessEither(string? text, out decimal? value)
    {
        if (NumberForms.Of(text) == NumberForm.Either)
        {
            value = null;
            return false;
        }
        return NumberParser.TryParse(text, out value);
    }

    /// <summary>
    /// The header a line makes, and its delimiter: read with commas when it reads as a header with them (<paramref name="commaFields"/>),
    /// or else with the one other delimiter of <see cref="Candidates"/> with which it reads as a header with the most columns
    /// <paramref name="recognised"/>. Null when none makes it a header, or two make one with as many recognised columns.
    /// A holdings file's header and a review file's are found so, each by its own columns.
    /// </summary>
    /// <param name="commaFields">The line split with commas.</param>
    /// <param name="raw">The line as written.</param>
    /// <param name="header">The header the fields make, or null when they make none.</param>
    /// <param name="recognised">How many columns of a header are ones the file's kind knows.</param>
    public static (T Header, char Delimiter)? FindHeader<T>(string[] commaFields, string raw, Func<string[], T?> header, Func<T, int> recognised) where T : class
    {
        if (header(commaFields) is { } comma) return (comma, ',');
        T? best = null;
        var bestDelimiter = ',';
        var tie = false;
        foreach (var delimiter in Candidates)
        {
            if (delimiter == ',' || raw.IndexOf(delimiter, StringComparison.Ordinal) < 0) continue;
            if (header(CsvRecordReader.Split(raw, delimiter)) is not { } found) continue;
            if (best is null || recognised(found) > recognised(best)) (best, bestDelimiter, tie) = (found, delimiter, false);
            else if (recognised(found) == recognised(best)) tie = true;
        }
        return best is null || tie ? null : (best, bestDelimiter);
    }

    /// <summary>
    /// The delimiter an Excel delimiter line names (<c>sep=;</c>, <c>sep=,</c>, <c>sep=|</c>, a tab after <c>sep=</c>): the
    /// file's first line, written by and for Excel, saying which character separates the fields. Null for any other line.
    /// </summary>
    public static char? ExcelHint(ReadOnlySpan<char> line)
    {
        var s = line.TrimEnd("\r\n").TrimStart('\uFEFF');
        if (s.Length < 5 || !s[..4].Equals("sep=", StringComparison.OrdinalIgnoreCase)) return null;
        var delimiter = s[4];
        if (delimiter is '"' or '\r' or '\n' || char.IsLetterOrDigit(delimiter) || (char.IsWhiteSpace(delimiter) && delimiter != '\t')) return null;
        // Resaved by a spreadsheet, the line may have gained empty fields after it: "sep=;;;".
        foreach (var c in s[5..])
            if (c != delimiter && c != ' ') return null;
        return delimiter;
    }
}

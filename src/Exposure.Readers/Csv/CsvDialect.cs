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

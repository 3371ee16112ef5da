using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Exposure.Core.Text;

namespace Exposure.Reports.Csv;

/// <summary>Opens CSV outputs: UTF-8 with BOM (so spreadsheets detect it), comma-separated, invariant numbers, text guarded against formulas.</summary>
internal static class CsvFiles
{
    public static CsvWriter Open(Stream output)
    {
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\n" };
        return new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n", ShouldQuote = args => NeedsQuotes(args.Field) });
    }

    /// <summary>
    /// A field is quoted when it holds a comma, a quote, any line break (a bare CR too: a spreadsheet starts a new row at
    /// it, and the text after it, unguarded, could be read as a formula) or space at either end.
    /// </summary>
    public static bool NeedsQuotes(string? field) =>
        !string.IsNullOrEmpty(field) && (field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || field[0] == ' ' || field[^1] == ' ');

    public static void Header(this CsvWriter csv, IEnumerable<string> columns)
    {
        foreach (var c in columns) csv.WriteField(c);
        csv.NextRecord();
    }

    /// <summary>Writes text that came from an input file.</summary>
    public static void Text(this CsvWriter csv, string? value) => csv.WriteField(FormulaGuard.ForCsv(value) ?? "");

    /// <summary>
    /// A number in one form whatever the input wrote: a point before any decimals and no trailing zeros, as
    /// <see cref="Fraction"/> writes it ("250", never "250.000", which a reader used to decimal commas takes for 250,000).
    /// </summary>
    public static void Number(this CsvWriter csv, decimal? value) =>
        csv.WriteField(value is { } v ? PlainDecimal.Format(v) : "");

    /// <summary>A fraction (weight or share), to ten decimal places.</summary>
    public static void Fraction(this CsvWriter csv, decimal? value) =>
        csv.WriteField(value is { } v ? Math.Round(v, 10).ToString("0.##########", CultureInfo.InvariantCulture) : "");

    public static void Number(this CsvWriter csv, double value) =>
        csv.WriteField(value.ToString("0.###", CultureInfo.InvariantCulture));
}

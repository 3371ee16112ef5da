using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Exposure.Core;
using Exposure.Core.Holdings;
using Exposure.Core.Inputs;
using Exposure.Readers.Csv;
using Exposure.Readers.Text;

namespace Exposure.Readers.Tests.Csv.Oracle;

/// <summary>The holdings CSV reader as it was with CsvHelper, kept as the oracle the span reader is compared with.
/// Reads holdings CSV files as they come: iShares downloads (raw with preamble and legal footer, trimmed, or re-saved by a
/// spreadsheet) and plain CSV with common header names. The header row is found by its content; every physical line is
/// yielded in exactly one item, in file order.
/// </summary>
internal static class CsvHelperHoldingsReader
{
    private const int MaxPreambleRecords = 100;

    private static readonly string[] DateFormats =
    [
        "MMM d, yyyy", "MMM dd, yyyy", "MMMM d, yyyy", "MMM d yyyy", "MMMM d yyyy", "yyyy-MM-dd", "yyyy/MM/dd", "d MMM yyyy", "dd MMM yyyy",
        "d MMMM yyyy", "d-MMM-yyyy", "dd-MMM-yyyy", "d-MMM-yy", "dd-MMM-yy", "MM/dd/yyyy", "M/d/yyyy", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy",
        "d.M.yyyy",
    ];

    /// <param name="path">The file to read.</param>
    /// <param name="displayName">How errors and reports name the file (the path as the user gave it).</param>
    public static IEnumerable<ReadItem> Read(string path, string displayName) => Read(new InputSource(path, displayName, "holdings"));

    /// <summary>Reads a holdings file, hashing it as it is read.</summary>
    public static IEnumerable<ReadItem> Read(InputSource source)
    {
        if (!File.Exists(source.Path)) throw new DataException(source.DisplayName, null, "file not found");
        if (new FileInfo(source.Path).Length == 0) throw new DataException(source.DisplayName, null, "the file is empty");
        return ReadExisting(source);
    }

    private static IEnumerable<ReadItem> ReadExisting(InputSource input)
    {
        var displayName = input.DisplayName;
        var style = OracleNumberStyle.Of(input.Path, displayName, MaxPreambleRecords);
        var parse = OracleNumberStyle.Parse(style);
        using var reader = TextEncodings.OpenText(input.OpenRead(), out _);
        string? badData = null;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            IgnoreBlankLines = false,
            DetectDelimiter = false,
            BadDataFound = args => badData ??= args.Field,
        }.Limit();
        using var parser = new CsvParser(reader, config);

        var preamble = new Preamble(parse);
        var pending = new List<ReadItem>();
        ColumnMap? map = null;
        var lastLine = 0;
        ShortLines? shortLines = null;
        SectionHeading? under = null;

        while (parser.Next(displayName, lastLine + 1))
        {
            var first = lastLine + 1;
            var record = parser.Record ?? []; // the fields are parsed, and bad data found, when the record is first asked for
            var bad = badData;
            badData = null;
            var count = bad is null ? parser.RawRow - lastLine : CsvRecords.PhysicalLines(parser.RawRecord);
            var source = new SourceLocation(displayName, first, count);
            lastLine += count;

            if (map is null)
            {
                map = ColumnMap.TryDetect(record);
                if (map is null)
                {
                    if (pending.Count >= MaxPreambleRecords)
                        throw NoHeader(displayName, preamble, $"in the first {MaxPreambleRecords} lines");
                    pending.Add(preamble.Take(record, first) is { } unread
                        ? new Rejected(source, unread, parser.RawRecord.TrimEnd('\r', '\n'))
                        : new NotAHolding(source, IsBlank(record) ? "blank line" : "preamble"));
                    continue;
                }
                if (!map.HasValueOrWeight) throw new DataException(displayName, first, map.NoValueColumn());
                yield return new FundDetected(preamble.ToMetadata(displayName, map, style));
                foreach (var p in pending) yield return p;
                pending.Clear();
                yield return new NotAHolding(source, "header");
                continue;
            }

            shortLines ??= ShortLines.ForHeader(map.FieldCount);
            if (IsBlank(record))
            {
                foreach (var item in shortLines.Blank(source)) yield return item;
                continue;
            }
            if (record.Length < map.FieldCount)
            {
                if (bad is null && record.Length == 1 && SectionHeadings.IsWord(record[0]))
                {
                    under = map.Has(ColumnRole.AssetClass) ? null : SectionHeadings.Under(record[0], first);
                    foreach (var item in shortLines.Unfilled(source, new NotAHolding(source, SectionHeadings.What), footer: true)) yield return item;
                    continue;
                }
                var filled = record.Count(f => f.Trim().Length > 0);
                foreach (var item in shortLines.Short(source, record.Length, filled, bad, parser.RawRecord.TrimEnd('\r', '\n'))) yield return item;
                continue;
            }
            foreach (var item in shortLines.Row()) yield return item;
            if (bad is not null)
            {
                yield return new Rejected(source, CsvRecords.QuotingProblem(bad, source.Line, source.LineCount), parser.RawRecord.TrimEnd('\r', '\n'));
                continue;
            }
            if (record.Length != map.FieldCount)
            {
                yield return new Rejected(source, string.Create(CultureInfo.InvariantCulture, $"has {record.Length} fields where the header has {map.FieldCount}"), parser.RawRecord.TrimEnd('\r', '\n'));
                continue;
            }

            if (RepeatedHeader.Is(record, map))
            {
                yield return new NotAHolding(source, RepeatedHeader.What);
                continue;
            }
            var read = OracleRecords.ToItem(source, () => parser.RawRecord.TrimEnd('\r', '\n'), role => map.Get(record, role), map.HeaderOf, parse, map.ValueCurrency, under);
            if (read is NotAHolding { What: SectionHeadings.What } && !map.Has(ColumnRole.AssetClass))
                under = SectionHeadings.Under(map.Get(record, ColumnRole.Name) ?? map.Get(record, ColumnRole.Ticker) ?? "", first);
            yield return read;
        }

        if (map is null) throw NoHeader(displayName, preamble, "");
        if (shortLines is not null)
            foreach (var item in shortLines.End()) yield return item;
        yield return new EndOfFile(lastLine);
    }

    private static DataException NoHeader(string displayName, Preamble preamble, string where) =>
        new(displayName, null,
            $"no header row found{(where.Length > 0 ? " " + where : "")}: expected a column for the security name " +
            $"({string.Join(", ", HeaderNames.For(ColumnRole.Name).Take(4))}, ...) and one for ticker, ISIN, market value or weight; " +
            $"the first line reads '{Shorten(preamble.FirstText ?? "")}'");

    private static bool IsBlank(string[] record) => record.All(f => f.Trim().Trim('\u00A0').Trim().Length == 0);

    private static string Shorten(string s) => HoldingRecords.Shorten(s);

    private sealed class Preamble(HoldingRecords.NumberParse parse)
    {
        private string? _name;
        private DateOnly? _asOf;
        private decimal? _netAssets;
        private bool _isShares;

        public string? FirstText { get; private set; }

        private string? Date(string label, string value)
        {
            if (CsvHoldingsReader.AmbiguousDate(value) is { } other)
                return $"{label} '{value}' could be {other}: the date is left unknown (give it with --as-of)";
            if (DateTime.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d))
            {
                _asOf = DateOnly.FromDateTime(d);
                return null;
            }
            return $"{label} '{value}' is not a date in a form read here (Mar 10, 2022; 2022-03-10; 10.03.2022): the date is left unknown (give it with --as-of)";
        }

        public string? Take(string[] record, int line)
        {
            var fields = record.Select(f => f.Trim().Trim('\u00A0').Trim()).ToArray();
            if (fields.All(f => f.Length == 0)) return null;
            FirstText ??= string.Join(",", fields);
            var label = fields[0].TrimEnd(':').TrimEnd().ToLowerInvariant();
            var value = fields.Skip(1).FirstOrDefault(f => f.Length > 0);

            const string asOf = "as of ";
            if (value is null && label.StartsWith(asOf, StringComparison.Ordinal) && fields[0].Length > asOf.Length)
                return Date("As of", fields[0][asOf.Length..].Trim());
            if (value is not null && value.StartsWith(asOf, StringComparison.OrdinalIgnoreCase) && value.Length > asOf.Length)
                return Date($"{fields[0]} {value[..(asOf.Length - 1)]}", value[asOf.Length..].Trim());

            if (line == 1 && value is null) { _name = fields[0]; return null; }
            if (label.Contains("holdings as of", StringComparison.Ordinal) || label is "as of" or "as of date" or "date")
            {
                _isShares |= label.Contains("fund holdings", StringComparison.Ordinal);
                if (value is null) return null;
                return Date(fields[0], value);
            }
            if (label.StartsWith("net assets", StringComparison.Ordinal) || label is "total net assets" or "fund size")
            {
                if (value is null) return null;
                var reading = NumberReading.Money(value, parse, () => fields[0]);
                if (!reading.Read) return $"{reading.Problem}; the stated net assets are not used for the fund value";
                if (reading.Value is not null) _netAssets = reading.Value;
                return null;
            }
            if (label is "fund name" or "fund" or "portfolio" or "portfolio name" && value is not null) _name = value;
            return null;
        }

        public FundMetadata ToMetadata(string displayName, ColumnMap map, NumberStyle style)
        {
            var layout = (_isShares || FundMetadata.LooksLikeIShares(map.Headers.ToList()) ? "iShares holdings download" : "CSV with header row") + style.Description;
            return FundMetadata.FromFile(displayName, _name, _asOf, _netAssets, layout);
        }
    }
}

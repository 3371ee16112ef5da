using System.Globalization;
using Exposure.Core;
using Exposure.Core.Holdings;
using Exposure.Core.Inputs;
using Exposure.Readers.Text;

namespace Exposure.Readers.Csv;

/// <summary>
/// Reads holdings CSV files as they come: iShares downloads (raw with preamble and legal footer, trimmed, or re-saved by a
/// spreadsheet) and plain CSV with common header names. The header row is found by its content; every physical line is
/// yielded in exactly one item, in file order.
/// </summary>
/// <remarks>
/// The delimiter is an Excel <c>sep=</c> first line's, or else the one with which the header row reads as a header:
/// commas, or semicolons, tabs or vertical bars (<see cref="CsvDialect"/>). It is decided before the header, and the rows
/// are split with it; a file separated by semicolons reads its numbers with a decimal comma. In any other file, the rows
/// after the header are looked over first (<see cref="NumberStyleSample"/>) for how they write numbers: decimal commas
/// only, and the file's numbers are read so; decimal points only, or no number that could be read either way, and they
/// are read as <c>1,234.56</c>; else a number that could be read either way (<c>250.000</c>) is unknown, with the reason
/// (<see cref="NumberStyle"/>).
/// </remarks>
public static class CsvHoldingsReader
{
    private const int MaxPreambleRecords = HeaderRows.MaxLinesAbove;

    /// <inheritdoc cref="StatedAsOf.AmbiguousDate"/>
    internal static string? AmbiguousDate(string text) => StatedAsOf.AmbiguousDate(text);

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
        using var records = new CsvRecordReader(TextEncodings.OpenText(input.OpenRead(), out _), displayName);
        var strings = new FieldStrings();

        // Lines before the header, as written and as split while reading (with commas, or the sep= line's delimiter) until
        // the header says how they are split; Raw null for an Excel delimiter line.
        var pending = new List<PreambleLine>();
        CsvDialect? stated = null;
        CsvDialect dialect = CsvDialect.Comma;
        ColumnMap? map = null;
        var lastLine = 0;
        ShortLines? shortLines = null;
        // The heading the rows stand under where it says what they are (Cash, Futures), in a file with no asset-class column.
        SectionHeading? under = null;

        while (records.Read(lastLine + 1))
        {
            var first = lastLine + 1;
            var bad = records.BadField;
            var count = bad is null ? records.Lines : CsvRecords.PhysicalLines(records.RawRecord);
            var source = new SourceLocation(displayName, first, count);
            lastLine += count;

            if (map is null)
            {
                if (first == 1 && count == 1 && CsvDialect.ExcelHint(records.RawRecord) is { } hint)
                {
                    stated = new CsvDialect(hint);
                    records.Delimiter = hint;
                    pending.Add(new PreambleLine(source, null, [], hint));
                    continue;
                }
                var raw = records.RawRecord.ToString();
                var fields = records.ToStrings();
                (map, dialect) = stated is not null ? (ColumnMap.TryDetect(fields), stated) : FindHeader(fields, raw);
                if (map is null)
                {
                    if (pending.Count >= MaxPreambleRecords + (stated is null ? 0 : 1))
                        throw NoHeader(displayName, ReadPreamble(pending, stated ?? CsvDialect.Comma).Preamble, $"in the first {MaxPreambleRecords} lines");
                    pending.Add(new PreambleLine(source, raw, fields, records.Delimiter));
                    continue;
                }
                records.Delimiter = dialect.Delimiter;
                if (!map.HasValueOrWeight) throw new DataException(displayName, first, map.NoValueColumn());
                if (!dialect.DecimalComma) dialect = dialect with { Numbers = NumberStyleSample.Take(records, map, lastLine + 1) };
                map = IdentifierColumns.Take(records, map, lastLine + 1);
                var (preamble, items) = ReadPreamble(pending, dialect);
                yield return new FundDetected(preamble.ToMetadata(displayName, map, dialect));
                foreach (var p in items) yield return p;
                pending.Clear();
                yield return new NotAHolding(source, HeaderRows.What);
                continue;
            }

            shortLines ??= ShortLines.ForHeader(map.FieldCount);
            if (IsBlank(records))
            {
                foreach (var item in shortLines.Blank(source)) yield return item;
                continue;
            }
            if (records.Count < map.FieldCount)
            {
                // A section word alone on its line, written without the header's trailing delimiters ("Equity", "Cash").
                if (bad is null && records.Count == 1 && SectionHeadings.IsWord(records[0].ToString()))
                {
                    under = map.Has(ColumnRole.AssetClass) ? null : SectionHeadings.Under(records[0].ToString(), first);
                    foreach (var item in shortLines.Unfilled(source, new NotAHolding(source, SectionHeadings.What), footer: true)) yield return item;
                    continue;
                }
                foreach (var item in shortLines.Short(source, records.Count, Filled(records), bad, records.RawRecord.TrimEnd("\r\n").ToString())) yield return item;
                continue;
            }
            foreach (var item in shortLines.Row()) yield return item;
            var read = Row(records, map, strings, source, bad, dialect, under);
            if (read is NotAHolding { What: SectionHeadings.What } && !map.Has(ColumnRole.AssetClass))
                under = SectionHeadings.Under(HeadingText(records, map), first);
            yield return read;
        }

        if (map is null) throw NoHeader(displayName, ReadPreamble(pending, stated ?? CsvDialect.Comma).Preamble, "");
        if (shortLines is not null)
            foreach (var item in shortLines.End()) yield return item;
        yield return new EndOfFile(lastLine);
    }

    /// <summary>
    /// The header a record before the header row makes: read with commas, or else with the one other delimiter
    /// (<see cref="CsvDialect.Candidates"/>) with which it reads as a header (<see cref="CsvDialect.FindHeader"/>).
    /// </summary>
    private static (ColumnMap? Map, CsvDialect Dialect) FindHeader(string[] commaFields, string raw) =>
        CsvDialect.FindHeader(commaFields, raw, ColumnMap.TryDetect, map => map.Roles.Count) is { } found
            ? (found.Header, found.Delimiter == ',' ? CsvDialect.Comma : new CsvDialect(found.Delimiter))
            : (null, CsvDialect.Comma);

    /// <summary>The lines before the header, split as the file's dialect says: what they state of the fund, and the item each is.</summary>
    private static (Preamble Preamble, List<ReadItem> Items) ReadPreamble(List<PreambleLine> lines, CsvDialect dialect)
    {
        var preamble = new Preamble(dialect.Parse, dialect.Delimiter);
        var items = new List<ReadItem>(lines.Count);
        var nameLine = 1;
        foreach (var (source, raw, fields, splitBy) in lines)
        {
            if (raw is null)
            {
                items.Add(new NotAHolding(source, "delimiter line"));
                nameLine = source.Line + 1;
                continue;
            }
            var record = splitBy == dialect.Delimiter ? fields : CsvRecordReader.Split(raw, dialect.Delimiter);
            items.Add(preamble.Take(record, source.Line, nameLine) is { } unread
                ? new Rejected(source, unread, raw.AsSpan().TrimEnd("\r\n").ToString())
                : new NotAHolding(source, IsBlank(record) ? "blank line" : "preamble"));
        }
        return (preamble, items);
    }

    /// <summary>A row after the header (as many fields as the header, or more): rejected for its quoting or its extra fields, or a holding.</summary>
    private static ReadItem Row(CsvRecordReader records, ColumnMap map, FieldStrings strings, SourceLocation source, string? bad, CsvDialect dialect, SectionHeading? under)
    {
        if (bad is not null)
            return new Rejected(source, CsvRecords.QuotingProblem(bad, source.Line, source.LineCount), records.RawRecord.TrimEnd("\r\n").ToString());
        if (records.Count != map.FieldCount)
        {
            return new Rejected(source, string.Create(CultureInfo.InvariantCulture, $"has {records.Count} fields where the header has {map.FieldCount}"),
                records.RawRecord.TrimEnd("\r\n").ToString());
        }

        if (RepeatedHeader.Is(records, map)) return new NotAHolding(source, RepeatedHeader.What);
        return HoldingRecords.ToItem(source, new CsvFields(records, map, strings, dialect.DecimalComma, dialect.RefusesEither), dialect.Parse,
            headerCurrency: map.ValueCurrency, section: under);
    }

    /// <summary>The words of a row read as a section heading: its name, or its ticker where it has no name.</summary>
    private static string HeadingText(CsvRecordReader records, ColumnMap map)
    {
        var name = CsvFields.Trim(records[map.IndexOf(ColumnRole.Name)]);
        var ticker = map.IndexOf(ColumnRole.Ticker);
        return name.IsEmpty && ticker >= 0 ? CsvFields.Trim(records[ticker]).ToString() : name.ToString();
    }

    private static bool IsBlank(CsvRecordReader records)
    {
        for (var i = 0; i < records.Count; i++)
            if (!CsvFields.Trim(records[i]).IsEmpty) return false;
        return true;
    }

    private static int Filled(CsvRecordReader records)
    {
        var filled = 0;
        for (var i = 0; i < records.Count; i++)
            if (!records[i].Trim().IsEmpty) filled++;
        return filled;
    }

    private static DataException NoHeader(string displayName, Preamble preamble, string where) =>
        new(displayName, null,
            $"no header row found{(where.Length > 0 ? " " + where : "")}: expected a column for the security name " +
            $"({string.Join(", ", HeaderNames.For(ColumnRole.Name).Take(4))}, ...) and one for ticker, ISIN, market value or weight; " +
            $"the first line reads '{Shorten(preamble.FirstText ?? "")}'");

    private static bool IsBlank(string[] record) => record.All(f => f.Trim().Trim('\u00A0').Trim().Length == 0);

    private static string Shorten(string s) => HoldingRecords.Shorten(s);

    /// <summary>A line before the header: where it is, its text (null for an Excel delimiter line), and its fields split by <paramref name="SplitBy"/>.</summary>
    private sealed record PreambleLine(SourceLocation Source, string? Raw, string[] Fields, char SplitBy);

    private sealed class Preamble(HoldingRecords.NumberParse parse, char delimiter)
    {
        private const string AsOf = "as of ";

        private string? _name;
        private DateOnly? _asOf;
        private decimal? _netAssets;
        private string? _netAssetsCurrency;
        private bool _isShares;

        public string? FirstText { get; private set; }

        /// <summary>Takes what a preamble line says of the fund; returns why a net assets line could not be read, else null.</summary>
        /// <param name="nameLine">The line a fund name may stand on alone: the first, or the one after an Excel delimiter line.</param>
        public string? Take(string[] record, int line, int nameLine)
        {
            var fields = record.Select(f => f.Trim().Trim('\u00A0').Trim()).ToArray();
            if (fields.All(f => f.Length == 0)) return null;
            FirstText ??= string.Join(delimiter, fields);
            // "Fund Name:", "As of:": a label's colon says nothing more.
            var label = fields[0].TrimEnd(':').TrimEnd().ToLowerInvariant();
            var value = fields.Skip(1).FirstOrDefault(f => f.Length > 0);

            // The date in the label's field ("As of 01/22/2025", "As at 30/09/2026", "Valuation date: 30-Sep-2026") or after a
            // label of its own ("Holdings:,As of 22-Jan-2025").
            if (value is null && AsOfLabels.Split(fields[0]) is { } inField)
                return StatedAsOf.Read(inField.Date, inField.Label, ref _asOf);
            if (value is not null && value.StartsWith(AsOf, StringComparison.OrdinalIgnoreCase) && value.Length > AsOf.Length)
                return StatedAsOf.Read(value[AsOf.Length..].Trim(), $"{fields[0]} {value[..(AsOf.Length - 1)]}", ref _asOf);

            if (line == nameLine && value is null) { _name = fields[0]; return null; }
            if (AsOfLabels.IsDateLabel(label))
            {
                _isShares |= label.Contains("fund holdings", StringComparison.Ordinal);
                return StatedAsOf.Read(value, fields[0], ref _asOf);
            }
            if (label.StartsWith("net assets", StringComparison.Ordinal) || label is "total net assets" or "fund size")
                return StatedNetAssets.Read(value, fields[0], parse, ref _netAssets, ref _netAssetsCurrency);
            if (label is "fund name" or "fund" or "portfolio" or "portfolio name" && value is not null) _name = value;
            return null;
        }

        public FundMetadata ToMetadata(string displayName, ColumnMap map, CsvDialect dialect)
        {
            var layout = (_isShares || FundMetadata.LooksLikeIShares(map.Headers.ToList()) ? "iShares holdings download" : "CSV with header row") + dialect.Description;
            if (map.ReadByContent is { } byContent) layout += "; " + byContent;
            return FundMetadata.FromFile(displayName, _name, _asOf, _netAssets, layout, map.WeightsMarkedPercent) with { StatedNetAssetsCurrency = _netAssetsCurrency };
        }
    }
}

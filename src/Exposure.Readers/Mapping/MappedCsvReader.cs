using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Exposure.Core;
using Exposure.Core.Holdings;
using Exposure.Core.Inputs;
using Exposure.Readers.Csv;
using Exposure.Readers.Text;

namespace Exposure.Readers.Mapping;

/// <summary>
/// Reads a CSV (or other delimited text) file the way a mapping file describes it: lines skipped before the header, the
/// delimiter, which column holds which role, how numbers are written, and the fund's name, date, net assets and currency.
/// Every physical line is yielded in exactly one item, in file order.
/// </summary>
public static class MappedCsvReader
{
    /// <param name="path">The holdings file.</param>
    /// <param name="displayName">How errors and reports name the holdings file.</param>
    /// <param name="mapping">The mapping, from <see cref="HoldingsMapping.Load(string, string?)"/>.</param>
    public static IEnumerable<ReadItem> Read(string path, string displayName, HoldingsMapping mapping) =>
        Read(new InputSource(path, displayName, "holdings"), mapping);

    /// <summary>Reads a holdings file with a mapping, hashing it as it is read.</summary>
    public static IEnumerable<ReadItem> Read(InputSource source, HoldingsMapping mapping)
    {
        if (!File.Exists(source.Path)) throw new DataException(source.DisplayName, null, "file not found");
        if (new FileInfo(source.Path).Length == 0) throw new DataException(source.DisplayName, null, "the file is empty");
        return ReadExisting(source, mapping);
    }

    /// <summary>Loads the mapping file, then reads the holdings file with it.</summary>
    public static IEnumerable<ReadItem> Read(string path, string displayName, string mappingPath, string? mappingDisplayName = null) =>
        Read(path, displayName, HoldingsMapping.Load(mappingPath, mappingDisplayName));

    private static IEnumerable<ReadItem> ReadExisting(InputSource input, HoldingsMapping mapping)
    {
        var displayName = input.DisplayName;
        using var reader = mapping.Encoding is { } encoding ? TextEncodings.OpenText(input.OpenRead(), encoding) : TextEncodings.OpenText(input.OpenRead(), out _);

        yield return new FundDetected(FundMetadata.FromFile(
            displayName, mapping.FundName, mapping.AsOf, mapping.NetAssets, $"CSV read with mapping {Path.GetFileName(mapping.DisplayName)}"));

        for (var line = 1; line <= mapping.SkipLines; line++)
        {
            if (reader.ReadLine() is null)
                throw new DataException(displayName, null, string.Create(CultureInfo.InvariantCulture, $"the file has {line - 1} lines, but the mapping {mapping.DisplayName} skips {mapping.SkipLines} before the {(mapping.HasHeader ? "header" : "data")}"));
            yield return new NotAHolding(new SourceLocation(displayName, line), "skipped (before the header)");
        }

        string? badData = null;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            IgnoreBlankLines = false,
            DetectDelimiter = false,
            Delimiter = mapping.Delimiter.ToString(),
            BadDataFound = args => badData ??= args.Field,
        }.Limit();
        using var parser = new CsvParser(reader, config);

        var offset = mapping.SkipLines;
        var lastLine = 0;
        IReadOnlyDictionary<ColumnRole, int>? columns = mapping.HasHeader ? null : mapping.Resolve(null, displayName, 0);
        string[] headers = [];
        var needed = columns?.Values.Max() + 1 ?? 0;
        ShortLines? shortLines = null;
        // The heading the rows stand under where it says what they are (Cash, Futures), in a file with no asset-class column.
        SectionHeading? under = null;

        while (parser.Next(displayName, offset + lastLine + 1))
        {
            var first = offset + lastLine + 1;
            var record = parser.Record ?? []; // the fields are parsed, and bad data found, when the record is first asked for
            var bad = badData;
            badData = null;
            var count = bad is null ? parser.RawRow - lastLine : CsvRecords.PhysicalLines(parser.RawRecord);
            var source = new SourceLocation(displayName, first, count);
            lastLine += count;
            var raw = parser.RawRecord.TrimEnd('\r', '\n');

            if (columns is null)
            {
                if (IsBlank(record))
                {
                    yield return new NotAHolding(source, "blank line");
                    continue;
                }
                columns = mapping.Resolve(record, displayName, first);
                headers = record.Select(h => h.Trim().Trim('\uFEFF')).ToArray();
                needed = columns.Values.Max() + 1;
                yield return new NotAHolding(source, HeaderRows.What);
                continue;
            }

            shortLines ??= new ShortLines(string.Create(CultureInfo.InvariantCulture, $"the mapping reads column {needed}"));
            if (IsBlank(record))
            {
                foreach (var item in shortLines.Blank(source)) yield return item;
                continue;
            }
            if (record.Length < needed)
            {
                foreach (var item in shortLines.Short(source, record.Length, record.Count(f => f.Trim().Length > 0), bad, raw)) yield return item;
                continue;
            }
            foreach (var item in shortLines.Row()) yield return item;
            if (bad is not null)
            {
                yield return new Rejected(source, CsvRecords.QuotingProblem(bad, source.Line, source.LineCount), raw);
                continue;
            }

            var map = columns;
            var names = headers;
            string? Field(ColumnRole role) => map.TryGetValue(role, out var i) ? HoldingRecords.Clean(record[i]) : null;
            var read = HoldingRecords.ToItem(
                source,
                () => raw,
                Field,
                role => map[role] < names.Length && names[map[role]].Length > 0 ? names[map[role]] : string.Create(CultureInfo.InvariantCulture, $"column {map[role] + 1}"),
                mapping.Numbers.TryParse,
                mapping.Currency,
                section: under);
            if (read is NotAHolding { What: SectionHeadings.What } && !map.ContainsKey(ColumnRole.AssetClass))
                under = SectionHeadings.Under(Field(ColumnRole.Name) ?? Field(ColumnRole.Ticker) ?? "", source.Line);
            yield return read;
        }

        if (columns is null)
            throw new DataException(displayName, null, string.Create(CultureInfo.InvariantCulture, $"no header row: the file ends after the {mapping.SkipLines} lines the mapping {mapping.DisplayName} skips"));
        if (shortLines is not null)
            foreach (var item in shortLines.End()) yield return item;
        yield return new EndOfFile(offset + lastLine);
    }

    private static bool IsBlank(string[] record) => record.All(HoldingRecords.IsBlank);
}

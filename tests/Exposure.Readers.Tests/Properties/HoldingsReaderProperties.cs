using System.IO.Compression;
using Exposure.Core.Holdings;
using Exposure.Core.Inputs;
using Exposure.Readers.Csv;
using Exposure.Readers.Mapping;
using Exposure.Readers.Tests.Csv;
using Exposure.Readers.Tests.Csv.Oracle;
using Exposure.Readers.Tests.Xlsx;
using Exposure.TestSupport;
using Exposure.TestSupport.Hostile;
using FsCheck.Xunit;
using N = Exposure.Readers.Tests.Xlsx.TestCell.Number;

namespace Exposure.Readers.Tests.Properties;

/// <summary>
/// Every holdings reader, given broken and hostile versions of files it reads well (truncated, lines duplicated or lost,
/// quotes and control characters inserted, numbers past any range, binary junk, deep nesting, overlong fields), keeps its
/// contract: it reads the file with its lines adding up, or stops with one clean line naming the file. The runs are
/// reproducible (a fixed seed) and bounded in number, so that they take seconds.
/// </summary>
public sealed class HoldingsReaderProperties
{
    private const string Seed = "(20261204,1299709)";

    private static readonly string[] CsvSeeds =
    [
        "ishares-raw.csv", "ishares-resaved.csv", "plain.csv", "broken-rows.csv",
        "encodings/utf8-bom.csv", "encodings/utf16le-bom.csv", "encodings/utf16be.csv", "encodings/windows-1252.csv",
    ];

    [Property(Arbitrary = [typeof(HostileInputs)], MaxTest = 200, Replay = Seed, QuietOnSuccess = true)]
    public void The_csv_reader_reads_a_broken_file_whole_or_stops_with_one_line(BrokenFile broken)
    {
        using var temp = new TempFolder();
        var bytes = broken.Apply(File.ReadAllBytes(Fixture.Path(CsvSeeds[broken.Seed % CsvSeeds.Length])));
        var path = Path.Combine(temp.Path, "holdings.csv");
        File.WriteAllBytes(path, bytes);

        var what = broken.ToString();
        var items = ReaderContract.Read(() => ReadDetected(path, null, out _), what, path);
        if (items is null) return;
        var format = HoldingsReaders.Detect(path, path);
        ReaderContract.AssertLinesAddUp(items, format == HoldingsFormat.Csv ? ReaderContract.TextLines(bytes) : null, what);
    }

    [Property(Arbitrary = [typeof(HostileInputs)], MaxTest = 300, Replay = Seed, QuietOnSuccess = true)]
    public void The_csv_reader_reads_a_broken_file_as_the_csvhelper_reader_did(BrokenFile broken)
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "holdings.csv");
        File.WriteAllBytes(path, broken.Apply(File.ReadAllBytes(Fixture.Path(CsvSeeds[broken.Seed % CsvSeeds.Length]))));
        SpanReaderEquivalenceTests.AssertSameAsOracle(path, "holdings.csv");
    }

    [Property(Arbitrary = [typeof(CsvTexts)], MaxTest = 1000, Replay = Seed, QuietOnSuccess = true)]
    public void The_csv_reader_reads_text_of_any_quoting_as_the_csvhelper_reader_did(CsvText text)
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "holdings.csv");
        File.WriteAllText(path, text.Text);
        if (new FileInfo(path).Length == 0) return;
        SpanReaderEquivalenceTests.AssertSameAsOracle(path, "holdings.csv");
    }

    [Property(Arbitrary = [typeof(CsvTexts)], MaxTest = 3000, Replay = Seed, QuietOnSuccess = true)]
    public void Numbers_read_from_spans_as_from_strings(NumberText number)
    {
        var expected = OracleNumberParser.TryParse(number.Text, out var oracle);
        var read = NumberParser.TryParse(number.Text.AsSpan(), out var value);
        Assert.Equal(expected, read);
        Assert.Equal(oracle?.ToString(System.Globalization.CultureInfo.InvariantCulture), value?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, NumberParser.TryParse(number.Text, out var fromString));
        Assert.Equal(value, fromString);
    }

    [Property(Arbitrary = [typeof(HostileInputs)], MaxTest = 120, Replay = Seed, QuietOnSuccess = true)]
    public void The_mapped_csv_reader_reads_a_broken_file_whole_or_stops_with_one_line(BrokenFile broken)
    {
        using var temp = new TempFolder();
        var csv = File.ReadAllBytes(Fixture.Path("mapping/depot.csv"));
        var json = File.ReadAllBytes(Fixture.Path("mapping/depot.mapping.json"));
        if (broken.Part % 4 == 0) json = broken.Apply(json);
        else csv = broken.Apply(csv);
        var path = Path.Combine(temp.Path, "depot.csv");
        var mappingPath = Path.Combine(temp.Path, "depot.mapping.json");
        File.WriteAllBytes(path, csv);
        File.WriteAllBytes(mappingPath, json);

        var what = broken.ToString();
        var items = ReaderContract.Read(() => ReadDetected(path, HoldingsMapping.Load(new InputSource(mappingPath, mappingPath, "mapping")), out _), what, path, mappingPath);
        if (items is null) return;
        ReaderContract.AssertLinesAddUp(items, ReaderContract.TextLines(csv), what);
    }

    [Property(Arbitrary = [typeof(HostileInputs)], MaxTest = 150, Replay = Seed, QuietOnSuccess = true)]
    public void The_nport_reader_reads_a_broken_filing_whole_or_stops_with_one_line(BrokenFile broken)
    {
        using var temp = new TempFolder();
        var bytes = broken.Apply(File.ReadAllBytes(Fixture.Path("nport/primary_doc.xml")));
        var path = Path.Combine(temp.Path, "primary_doc.xml");
        File.WriteAllBytes(path, bytes);

        var what = broken.ToString();
        var items = ReaderContract.Read(() => ReadDetected(path, null, out _), what, path);
        if (items is null) return;
        var format = HoldingsReaders.Detect(path, path);
        ReaderContract.AssertLinesAddUp(items, format is HoldingsFormat.Csv or HoldingsFormat.Nport ? ReaderContract.TextLines(bytes) : null, what);
    }

    [Property(Arbitrary = [typeof(HostileInputs)], MaxTest = 60, Replay = Seed, QuietOnSuccess = true)]
    public void The_xlsx_reader_reads_a_broken_workbook_whole_or_stops_with_one_line(BrokenFile broken)
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "holdings.xlsx");
        WriteWorkbook(path, broken.Seed);
        string[] parts = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml", "[Content_Types].xml", ""];
        var part = parts[broken.Part % parts.Length];
        if (part.Length == 0) File.WriteAllBytes(path, broken.Apply(File.ReadAllBytes(path)));
        else MutateEntry(path, part, broken);

        var what = $"{part}: {broken}";
        var items = ReaderContract.Read(() => ReadDetected(path, null, out _), what, path);
        if (items is null) return;
        ReaderContract.AssertLinesAddUp(items, null, what);
    }

    [Property(Arbitrary = [typeof(HostileInputs)], MaxTest = 60, Replay = Seed, QuietOnSuccess = true)]
    public void The_nport_data_set_reader_reads_a_broken_data_set_whole_or_stops_with_one_line(BrokenFile broken)
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "2026q1_nport");
        Directory.CreateDirectory(folder);
        var tables = Directory.GetFiles(Fixture.Path("nport-dataset")).Order(StringComparer.Ordinal).ToArray();
        foreach (var t in tables) File.Copy(t, Path.Combine(folder, Path.GetFileName(t)));
        var table = Path.Combine(folder, Path.GetFileName(tables[broken.Part % tables.Length]));
        File.WriteAllBytes(table, broken.Apply(File.ReadAllBytes(table)));

        var what = $"{Path.GetFileName(table)}: {broken}";
        var items = ReaderContract.Read(() => ReadDetected(folder, null, out _), what, folder);
        if (items is null) return;

        // Funds come one after another, each with its rows; rows held back for a later fund come out of line order, so the
        // table's lines are checked as a set: each exactly once, all of them.
        // Rows of filings that are no fund of the report (not listed, a notice, or not in FUND_REPORTED_INFO) may come
        // first: lines of no fund; and notes of what the data set lacks, which cover no line.
        Assert.All(items.TakeWhile(i => i is not FundDetected), i => Assert.True(i is Rejected or InputNote, $"{what}: {i} before the first fund"));
        Assert.Contains(items, i => i is FundDetected);
        var end = Assert.IsType<EndOfFile>(items[^1]);
        Assert.Single(items.OfType<EndOfFile>());
        var holdings = File.ReadAllBytes(Path.Combine(folder, "FUND_REPORTED_HOLDING.tsv"));
        Assert.True(end.Lines == ReaderContract.TsvLines(holdings), $"{what}: the end of file says {end.Lines} lines, the table has {ReaderContract.TsvLines(holdings)}");
        var seen = new bool[end.Lines + 1];
        foreach (var source in items.Select(Items.SourceOf).OfType<SourceLocation>())
            for (var line = source.Line; line < source.Line + source.LineCount; line++)
            {
                Assert.True(line >= 1 && line <= end.Lines, $"{what}: an item names line {line} of {end.Lines}");
                Assert.False(seen[line], $"{what}: line {line} is in two items");
                seen[line] = true;
            }
        Assert.True(seen.Skip(1).All(s => s), $"{what}: line {Array.IndexOf(seen, false, 1)} is in no item");
    }

    private static IEnumerable<ReadItem> ReadDetected(string path, HoldingsMapping? mapping, out HoldingsFormat format)
    {
        format = HoldingsReaders.Detect(path, path, mapping is not null);
        return HoldingsReaders.Read(new InputSource(path, path, "holdings"), mapping);
    }

    /// <summary>An iShares-like sheet (preamble, header, rows of every kind of cell, a gap, a footer), varied by the seed.</summary>
    private static void WriteWorkbook(string path, int seed)
    {
        TestCell?[] Row(params TestCell?[] cells) => cells;
        var rows = new List<(int, TestCell?[])>
        {
            (1, Row("Illustrative Fund")),
            (2, Row("Fund Holdings as of", "Mar 31, 2025")),
            (3, Row("Net Assets", new N((1_000_000 + seed).ToString(System.Globalization.CultureInfo.InvariantCulture)))),
            (5, Row("Ticker", "Name", "Sector", "Asset Class", "Market Value", "Weight (%)", "ISIN", "Location")),
            (6, Row(new TestCell.Inline("763"), "ZTE CORP H", "Information Technology", "Equity", new N("5170710"), new N("0.5"), "CNE1000004Y2", "China")),
            (7, Row("002415", new TestCell.Inline("HANGZHOU HIKVISION \"A\""), "IT", "Equity", new N("1.5E+6"), new N("0.25", TestWorkbook.PercentStyle), "CNE100000PM8", "China")),
            (8, Row("AAPL", "APPLE INC", new TestCell.Boolean(true), "Equity", new N("-2500.75"), new TestCell.Error("#N/A"), new TestCell.SharedIndex(seed % 50), "United States")),
            (10, Row("USD", "USD CASH", "Cash", "Cash", new N(seed.ToString(System.Globalization.CultureInfo.InvariantCulture)), new N("0.01"), new TestCell.Blank(), "United States")),
            (12, Row("The content is for information only.")),
        };
        TestWorkbook.Write(path, [("Holdings", rows)]);
    }

    private static void MutateEntry(string path, string entryName, BrokenFile broken)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(entryName);
        if (entry is null) return;
        byte[] bytes;
        using (var s = entry.Open())
        using (var m = new MemoryStream())
        {
            s.CopyTo(m);
            bytes = m.ToArray();
        }
        entry.Delete();
        var replaced = zip.CreateEntry(entryName);
        using var w = replaced.Open();
        w.Write(broken.Apply(bytes));
    }
}

using Exposure.Core.Inputs;
using Exposure.Readers.Csv;
using Exposure.Readers.Tests.Csv.Oracle;
using Exposure.Synthetic;
using Exposure.TestSupport;

namespace Exposure.Readers.Tests.Csv;

/// <summary>
/// The holdings CSV reader gives, item for item and field for field, what the reader built on CsvHelper gave (kept here
/// as the oracle): over every CSV file of the repository, the shared iShares samples and generated files of every shape.
/// The files separated otherwise than by commas, or opening with Excel's <c>sep=</c> line (Fixtures/delimiters), read
/// differently on purpose: the oracle knew only commas (<see cref="CsvDialectTests"/>).
/// </summary>
public sealed class SpanReaderEquivalenceTests
{
    public static TheoryData<string> RepositoryCsvFiles()
    {
        var data = new TheoryData<string>();
        var skip = new[]
        {
            $"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", $"{Path.DirectorySeparatorChar}.git",
            $"{Path.DirectorySeparatorChar}Fixtures{Path.DirectorySeparatorChar}delimiters{Path.DirectorySeparatorChar}",
        };
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Root, "*.csv", SearchOption.AllDirectories)
                     .Where(f => !skip.Any(s => f.Contains(s, StringComparison.Ordinal)))
                     .Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(RepoPaths.Root, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(RepositoryCsvFiles))]
    public void Every_csv_file_of_the_repository_reads_as_it_did(string relativePath) =>
        AssertSameAsOracle(Path.Combine(RepoPaths.Root, relativePath), relativePath);

    [SkippableTheory]
    [InlineData("ACWI_holdings_2022-03-10_raw.csv")]
    [InlineData("EEM_holdings_2025-01_trimmed.csv")]
    public void The_shared_ishares_samples_read_as_they_did(string fileName)
    {
        var path = RepoPaths.SharedSample(fileName);
        Skip.If(path is null, $"missing {RepoPaths.Absent(fileName)}");
        var outcome = AssertSameAsOracle(path!, fileName);
        Assert.True(outcome.Items.Count > 100, $"{fileName}: {outcome.Items.Count} items");
    }

    [Fact]
    public void Generated_files_of_every_shape_read_as_they_did()
    {
        using var temp = new TempFolder();
        var options = new UniverseOptions(new ReferenceOptions(RepoPaths.ReferenceData, Seed: 11, Companies: 200, Names: 800),
            Rows: 8_000, Distinct: 2_000, RowsPerFile: 500, FlaggedRate: 0.03);
        var result = SyntheticUniverse.Generate(options, temp.Path);
        Assert.Equal(HoldingsShapes.All.Order(), result.Files.Select(f => f.Shape).Distinct().Order());
        foreach (var file in result.Files)
        {
            var outcome = AssertSameAsOracle(Path.Combine(result.HoldingsFolder, file.Name), file.Name);
            Assert.Null(outcome.Error);
            Assert.Equal($"end|{file.Lines}", outcome.Items[^1]);
        }
    }

    [Theory]
    [InlineData(-1, false, "\n")]
    [InlineData(0, false, "\n")]
    [InlineData(1, false, "\n")]
    [InlineData(0, false, "")]
    [InlineData(1, false, "")]
    [InlineData(2, false, "")]
    [InlineData(-2, true, "\r\n")]
    [InlineData(-1, true, "\r\n")]
    [InlineData(0, true, ",x\n")]
    [InlineData(-1, true, "")]
    [InlineData(0, true, "")]
    [InlineData(1, true, "")]
    public void A_field_at_the_size_limit_reads_or_stops_as_it_did(int beyond, bool quoted, string after)
    {
        using var temp = new TempFolder();
        var length = CsvRecords.MaxFieldSize + beyond;
        var field = quoted ? "\"" + new string('a', length - 2) + "\"" : new string('a', length);
        var path = temp.File("long.csv", "Name,Ticker,Market Value\nZTE CORP H,763,100\nNAME," + field + after);
        var outcome = AssertSameAsOracle(path, "long.csv");
        Assert.Equal(length > CsvRecords.MaxFieldSize + (after.Length == 0 ? 1 : 0), outcome.Error is not null);
    }

    [Fact]
    public void The_file_is_hashed_as_it_is_read()
    {
        using var temp = new TempFolder();
        var path = temp.File("h.csv", "Name,Ticker,Market Value\nZTE CORP H,763,100\n");
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
        var source = new InputSource(path, "h.csv", "holdings");
        var lines = CsvHoldingsReader.Read(source).OfType<Core.Holdings.EndOfFile>().Single().Lines;
        File.WriteAllText(path, "changed after reading");
        Assert.Equal(expected, source.Describe(lines).Sha256);
    }

    /// <summary>Both readers over one file: the same items and the same error, if any.</summary>
    internal static ReadOutcome AssertSameAsOracle(string path, string displayName)
    {
        var expected = ReadOutcome.Of(() => CsvHelperHoldingsReader.Read(path, displayName));
        var actual = ReadOutcome.Of(() => CsvHoldingsReader.Read(path, displayName));
        Assert.Equal(expected.Error, actual.Error);
        Assert.Equal(expected.Items.Count, actual.Items.Count);
        for (var i = 0; i < expected.Items.Count; i++) Assert.Equal(expected.Items[i], actual.Items[i]);
        return actual;
    }
}

using System.Collections.Concurrent;
using System.IO.Compression;
using Exposure.Core;
using Exposure.Core.Holdings;
using Exposure.Readers.Nport.DataSet;
using Exposure.Synthetic;
using Exposure.TestSupport;

namespace Exposure.Readers.Tests.Nport.DataSet;

/// <summary>
/// The holdings table is parsed a block of lines at a time on several threads: the items, and what a caller's own work
/// made of them, must come in the same order with the same content whatever the number of threads, the size of the
/// blocks and the threads' timing.
/// </summary>
public sealed class ParallelParsingTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Fixture(string name) => Readers.Tests.Fixture.Path(name);

    /// <summary>A generated data set whose holdings table deals out the rows of eight filings at a time in small blocks.</summary>
    private string Interleaved()
    {
        var r = NportDataSetWriter.Generate(
            new NportDataSetOptions(new ReferenceOptions(RepoPaths.ReferenceData, 5, Companies: 300, Names: 1_200), Rows: 12_000, Series: 90,
                Distinct: 3_000, FlaggedRate: 0.02, EarlierMonthShare: 0.3, AmendedShare: 0.1, Interleave: true),
            Path.Combine(_temp.Path, "interleaved"));
        return r.ZipPath;
    }

    /// <summary>Every item written out in full (records print every member), one a line.</summary>
    private static List<string> Read(string path, int workers, int blockBytes, NportMonths months = NportMonths.Latest) =>
        NportDataSetReader.ReadInBlocks(path, "2026q2_nport.zip", months, null, null, workers, blockBytes).Select(i => i.ToString()).ToList();

    [Theory]
    [InlineData("nport-dataset", NportMonths.Latest)]
    [InlineData("nport-dataset", NportMonths.All)]
    [InlineData("nport-dataset-2026q3", NportMonths.Latest)]
    public void The_fixture_data_sets_read_the_same_with_one_two_or_eight_threads(string fixture, NportMonths months)
    {
        var path = Fixture(fixture);
        var one = Read(path, 1, 1 << 20, months);
        Assert.Contains(one, l => l.StartsWith("HoldingRead", StringComparison.Ordinal));
        Assert.Equal(one, NportDataSetReader.Read(path, "2026q2_nport.zip", months, workers: 1).Select(i => i.ToString()).ToList());
        foreach (var workers in new[] { 2, 8 })
            foreach (var blockBytes in new[] { 1, 100, 1 << 20 })
                Assert.Equal(one, Read(path, workers, blockBytes, months));
    }

    [Fact]
    public void A_generated_interleaved_data_set_reads_the_same_with_one_two_or_eight_threads()
    {
        var zip = Interleaved();
        var items = NportDataSetReader.Read(zip, "2026q2_nport.zip", workers: 1).ToList();
        Assert.Equal(12_001, items.Sum(Lines));
        Assert.True(items.OfType<NotAHolding>().Count() > 2, "no superseded filings");
        var one = items.Select(i => i.ToString()).ToList();
        foreach (var workers in new[] { 2, 8 })
            foreach (var blockBytes in new[] { 512, 4096, 256 * 1024 })
                Assert.Equal(one, Read(zip, workers, blockBytes));
    }

    [Fact]
    public void A_callers_work_runs_on_the_parsing_threads_and_its_results_come_in_the_items_order()
    {
        var zip = Interleaved();
        var expected = NportDataSetReader.Read(zip, "2026q2_nport.zip", workers: 1).Select(i => i.ToString()).ToList();
        var threads = new ConcurrentDictionary<int, bool>();
        var consumer = Environment.CurrentManagedThreadId;
        // Work that takes longer for some rows than for others, so that the threads finish their blocks out of order.
        var prepared = NportDataSetReader.ReadInBlocks(zip, "2026q2_nport.zip", NportMonths.Latest, null, null, 4, 2048).Prepared(item =>
        {
            if (item is HoldingRead h)
            {
                threads[Environment.CurrentManagedThreadId] = true;
                if (h.Row.Source.Line % 97 == 0) Thread.Sleep(1);
            }
            return item.ToString();
        }).ToList();
        Assert.Equal(expected, prepared);
        Assert.DoesNotContain(consumer, threads.Keys);
        Assert.True(threads.Count > 1, "the rows were prepared on one thread only");
    }

    [Fact]
    public void Stopping_early_ends_the_threads_and_an_error_in_a_callers_work_is_raised_in_order()
    {
        var zip = Interleaved();
        var first = NportDataSetReader.ReadInBlocks(zip, "2026q2_nport.zip", NportMonths.Latest, null, null, 8, 512).Take(50).ToList();
        Assert.Equal(50, first.Count);

        var seen = new List<int>();
        var e = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var line in NportDataSetReader.ReadInBlocks(zip, "2026q2_nport.zip", NportMonths.Latest, null, null, 4, 512).Prepared(item =>
                     item is HoldingRead { Row.Source.Line: 5_000 } ? throw new InvalidOperationException("line 5000") : item is HoldingRead h ? h.Row.Source.Line : 0))
                if (line > 0) seen.Add(line);
        });
        Assert.Equal("line 5000", e.Message);
        // Every row before the failing one in the items' order was given; none after it.
        var order = NportDataSetReader.Read(zip, "2026q2_nport.zip", workers: 1).OfType<HoldingRead>().Select(h => h.Row.Source.Line).ToList();
        Assert.Equal(order[..order.IndexOf(5_000)], seen);
    }

    [Fact]
    public void A_zip_holdings_table_and_its_unpacked_folder_read_the_same_in_blocks()
    {
        var folder = Fixture("nport-dataset");
        var zip = Path.Combine(_temp.Path, "2026q2_nport.zip");
        ZipFile.CreateFromDirectory(folder, zip);
        Assert.Equal(Read(folder, 1, 1 << 20), Read(zip, 8, 64));
    }

    [Fact]
    public void Rows_spread_wider_than_the_limit_are_refused_at_the_same_line_whatever_the_threads()
    {
        var folder = Fixture("nport-dataset");
        foreach (var (workers, blockBytes) in new[] { (1, 1 << 20), (2, 1), (8, 100) })
        {
            var e = Assert.Throws<DataException>(() =>
                NportDataSetReader.ReadInBlocks(folder, "2026q2_nport.zip", NportMonths.Latest, new DataSetLimits(MaxReorderBytes: 100), null, workers, blockBytes).ToList());
            Assert.StartsWith("2026q2_nport.zip/FUND_REPORTED_HOLDING.tsv, line 6: the rows of filing 0009990002-26-000202 are spread", e.Message);
        }
    }

    /// <summary>The lines of the holdings table an item stands for.</summary>
    private static int Lines(ReadItem item) => item switch
    {
        HoldingRead h => h.Row.Source.LineCount,
        NotAHolding n => n.Source.LineCount,
        Rejected r => r.Source.LineCount,
        _ => 0,
    };
}

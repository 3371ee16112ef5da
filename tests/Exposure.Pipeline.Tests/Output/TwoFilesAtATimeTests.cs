using System.Text;
using Exposure.Core.Reporting;
using Exposure.Pipeline.Output;
using Exposure.Reports.Csv;
using Exposure.Reports.Json;
using Exposure.TestSupport;

namespace Exposure.Pipeline.Tests.Output;

/// <summary>
/// The files are written two at a time, those listing every screened-out row first: the set must be the one a run
/// writing them one by one publishes, named in the order given, and a failure on either thread must publish nothing.
/// </summary>
public sealed class TwoFilesAtATimeTests
{
    private static RunRequest Request(string outDir, params IReportRenderer[] renderers) =>
        new([new HoldingsInput(RepoPaths.IllustrativeHoldings, "illustrative-holdings.csv")], RepoPaths.ReferenceData, outDir, renderers, "test");

    /// <summary>Lists the unmatched rows, one line each, slowly enough to be reading while the other lane moves their file into the set.</summary>
    private sealed class RowLister(string fileName, Func<Exception?>? fail = null) : IReportRenderer
    {
        public string Format => "test";
        public string FileName => fileName;
        public bool ListsScreenedOutRows => true;

        public void Render(ExposureReport report, Stream output)
        {
            using var writer = new StreamWriter(output, new UTF8Encoding(false));
            foreach (var line in report.ScreenedOut.Unmatched())
            {
                writer.Write(string.Join('|', line.FundId, line.Line, line.Name, line.Isin));
                writer.Write('\n');
                Thread.Sleep(1);
            }
            if (fail?.Invoke() is { } e) throw e;
        }
    }

    private sealed class Failing(ManualResetEventSlim? failed = null) : IReportRenderer
    {
        public string Format => "test";
        public string FileName => "failing.txt";

        public void Render(ExposureReport report, Stream output)
        {
            failed?.Set();
            throw new IOException("disk full");
        }
    }

    [Fact]
    public void The_set_is_the_one_written_one_file_at_a_time_and_named_in_the_order_given()
    {
        using var together = new TempFolder();
        using var alone = new TempFolder();
        ExposureRun.Execute(Request(together.Path, new JsonReportRenderer(), new RowLister("rows.txt"), ScreenedOutCsvRenderer.Unmatched(),
            new FundsCsvRenderer(), new RowLister("rows-again.txt"), ScreenedOutCsvRenderer.Excluded()));
        // Each file alone in its run: nothing runs beside it.
        foreach (var renderer in new IReportRenderer[] { new JsonReportRenderer(), new RowLister("rows.txt"), ScreenedOutCsvRenderer.Unmatched() })
        {
            using var one = new TempFolder();
            ExposureRun.Execute(Request(one.Path, renderer));
            File.Copy(Path.Combine(one.Path, renderer.FileName), Path.Combine(alone.Path, renderer.FileName));
        }

        var listed = File.ReadAllLines(Path.Combine(together.Path, ".exposure-set")).Select(l => l[66..]).ToList();
        Assert.Equal(["exposure-report.json", "rows.txt", "unmatched.csv", "funds.csv", "rows-again.txt", "excluded.csv"], listed);
        var rows = File.ReadAllText(Path.Combine(alone.Path, "rows.txt"));
        Assert.NotEmpty(rows);
        Assert.Equal(File.ReadAllLines(Path.Combine(alone.Path, "unmatched.csv")).Length - 1, rows.Count(c => c == '\n'));
        foreach (var name in new[] { "exposure-report.json", "rows.txt", "unmatched.csv" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(alone.Path, name)), File.ReadAllBytes(Path.Combine(together.Path, name)));
        Assert.Equal(rows, File.ReadAllText(Path.Combine(together.Path, "rows-again.txt")));
        foreach (var line in File.ReadAllLines(Path.Combine(together.Path, ".exposure-set")))
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(together.Path, line[66..])))), line[..64]);
    }

    [Fact]
    public void A_failure_listing_screened_out_rows_publishes_nothing_and_keeps_the_previous_set()
    {
        using var temp = new TempFolder();
        ExposureRun.Execute(Request(temp.Path, new JsonReportRenderer(), new FundsCsvRenderer()));
        var before = Files(temp.Path);

        var e = Assert.Throws<OutputException>(() => ExposureRun.Execute(Request(temp.Path, new JsonReportRenderer(),
            new RowLister("rows.txt", () => new IOException("disk full")), new FundsCsvRenderer())));
        Assert.Contains("cannot write rows.txt", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, Files(temp.Path));
        Assert.Empty(Directory.GetDirectories(temp.Path));
    }

    private sealed class StepsSeen(List<string> steps) : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            lock (steps) steps.Add(value.Step);
        }
    }

    /// <summary>Every file of a folder, by name, with its bytes as text.</summary>
    private static List<string> Files(string folder) =>
        Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => Path.GetFileName(f) + ": " + Convert.ToBase64String(File.ReadAllBytes(f))).ToList();

    [Fact]
    public void A_failure_beside_it_waits_for_the_file_still_being_written_starts_no_other_and_publishes_nothing()
    {
        using var temp = new TempFolder();
        var finished = false;
        var started = new List<string>();
        using var failed = new ManualResetEventSlim();
        var e = Assert.Throws<OutputException>(() => ExposureRun.Execute(Request(temp.Path, new Failing(failed),
            new RowLister("rows.txt", () =>
            {
                // Still writing when the other file fails.
                Assert.True(failed.Wait(TimeSpan.FromSeconds(30)));
                finished = true;
                return null;
            }), new JsonReportRenderer(), new FundsCsvRenderer()), new StepsSeen(started)));
        Assert.Contains("cannot write failing.txt", e.Message, StringComparison.Ordinal);
        Assert.True(finished);
        // The file listing rows is taken first, the failing one beside it: once it has failed, neither thread starts another.
        lock (started) Assert.Equal(["writing failing.txt", "writing rows.txt"], started.Where(s => s.StartsWith("writing", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(temp.Path), p => !Path.GetFileName(p).StartsWith(".exposure-lock", StringComparison.Ordinal));
    }
}

using System.Diagnostics;
using System.Security.Cryptography;
using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.Pipeline.Output;
using Exposure.Reports.Pdf.Report;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests.Output;

/// <summary>
/// A set of reports is replaced as a unit: whatever fails, and wherever a run is killed, a reader who trusts the
/// manifest never finds files of two runs, the previous set comes back complete, and what dead runs left is cleaned
/// up by the next run. Files in the output folder that are not the set's are never touched.
/// </summary>
public sealed class ReportSetTests
{
    private const string OtherHoldings = "Name,ISIN,Market Value\nZTE CORP H,CNE1000004Y2,1000\nOTHER CO,,3000\n";

    [Fact]
    public void An_output_name_taken_by_a_folder_stops_the_run_and_leaves_the_previous_set_intact()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "reports");
        Assert.Equal(0, CliRunner.Run("report", "-o", output, "-f", "json", "-q").ExitCode);
        var previous = Snapshot(output);
        // A name the new set writes after others: moved one at a time, the files before it would sit beside the old JSON.
        Directory.CreateDirectory(Path.Combine(output, "unmatched.csv"));

        var r = CliRunner.Run("report", "--holdings", temp.File("h.csv", OtherHoldings), "-o", output, "-f", "json,csv", "-q");
        Assert.Equal(ExitCodes.CannotWrite, r.ExitCode);
        Assert.Equal($"error: cannot write the reports to '{output}': '{Path.Combine(output, "unmatched.csv")}' is a folder, " +
            "so unmatched.csv cannot be written there; move or rename it", r.Error.TrimEnd('\n'));
        Assert.Equal(previous, Snapshot(output));
        Assert.Equal(["unmatched.csv"], Directory.GetDirectories(output).Select(Path.GetFileName));
        AssertManifestHolds(output);
    }

    [Fact]
    public void A_folder_put_in_the_way_while_the_set_is_published_is_undone_at_once()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "reports");
        Assert.Equal(0, CliRunner.Run("report", "-o", output, "-f", "json", "-q").ExitCode);
        var previous = Snapshot(output);

        // The check at the start passes; the folder appears while the files are being moved.
        var e = Assert.Throws<OutputException>(() => ExposureRun.Execute(Request(temp.File("h.csv", OtherHoldings), output, Renderers("json,csv")), null,
            name =>
            {
                if (name == "matches.csv") Directory.CreateDirectory(Path.Combine(output, "unmatched.csv"));
            }));
        Assert.StartsWith($"cannot write the reports to '{output}' (the previous reports are left as they were): ", e.Message);
        Assert.Equal(previous, Snapshot(output));
        Assert.Equal(["unmatched.csv"], Directory.GetDirectories(output).Select(Path.GetFileName));
        AssertManifestHolds(output);
    }

    [Fact]
    public void A_renderer_that_throws_midway_leaves_the_previous_set_intact()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "reports");
        Assert.Equal(0, CliRunner.Run("report", "-o", output, "-f", "json,csv", "-q").ExitCode);
        var previous = Snapshot(output);

        var renderers = ReportFormats.Renderers(["json"], new PdfReportOptions()).Append(new ThrowingRenderer())
            .Concat(ReportFormats.Renderers(["csv"], new PdfReportOptions())).ToList();
        Assert.Throws<InvalidOperationException>(() => ExposureRun.Execute(Request(temp.File("h.csv", OtherHoldings), output, renderers)));
        Assert.Equal(previous, Snapshot(output));
        Assert.Empty(Directory.GetDirectories(output));
        AssertManifestHolds(output);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(9)]
    [InlineData(12)]
    public void A_move_that_fails_midway_is_undone_at_once(int failAt)
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "reports");
        Assert.Equal(0, CliRunner.Run("report", "-o", output, "-f", "json,csv", "-q").ExitCode);
        var previous = Snapshot(output);

        var moves = 0;
        var e = Assert.Throws<OutputException>(() => ExposureRun.Execute(Request(temp.File("h.csv", OtherHoldings), output, Renderers("json,csv,html")), null,
            name =>
            {
                if (++moves == failAt) throw new IOException("simulated failure", 28);
            }));
        Assert.Equal($"cannot write the reports to '{output}' (the previous reports are left as they were): the disk is full", e.Message);
        Assert.Equal(previous, Snapshot(output));
        Assert.Empty(Directory.GetDirectories(output));
        AssertManifestHolds(output);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(6)]
    [InlineData(11)]
    [InlineData(16)]
    [InlineData(19)]
    public void A_run_killed_while_publishing_is_put_back_by_the_next_run(int killedAt)
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "reports");
        Assert.Equal(0, CliRunner.Run("report", "-o", output, "-f", "json,csv", "-q").ExitCode);
        var previous = Snapshot(output);

        // The process stops before the given rename and never cleans up: what a kill leaves.
        var moves = 0;
        Assert.Throws<SimulatedKill>(() => ExposureRun.Execute(Request(temp.File("h.csv", OtherHoldings), output, Renderers("json,csv,html")), null,
            name =>
            {
                if (++moves == killedAt) throw new SimulatedKill();
            }));
        var left = Assert.Single(Directory.GetDirectories(output, ".exposure-run-*"));
        MarkDead(left);
        if (killedAt > 2) Assert.NotEqual(previous, Snapshot(output));

        // The next run puts the previous set back before anything else, even one that then stops on bad input.
        var failed = CliRunner.Run("report", "--holdings", temp.File("empty.csv", ""), "-o", output, "-f", "json", "-q");
        Assert.Equal(ExitCodes.BadInput, failed.ExitCode);
        Assert.Equal(previous, Snapshot(output));
        Assert.Empty(Directory.GetDirectories(output));
        AssertManifestHolds(output);

        var next = CliRunner.Run("report", "--holdings", temp.File("h2.csv", OtherHoldings), "-o", output, "-f", "json,html", "-q");
        Assert.Equal(0, next.ExitCode);
        Assert.Equal([".exposure-lock", ".exposure-set", "exposure-report.html", "exposure-report.json"], Snapshot(output).Keys);
        AssertManifestHolds(output);
    }

    [Fact]
    public void Folders_that_dead_runs_left_are_removed_and_a_live_runs_folder_is_kept()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "reports");
        Directory.CreateDirectory(output);
        var legacy = Directory.CreateDirectory(Path.Combine(output, ".exposure-staging-" + Guid.NewGuid().ToString("N"))).FullName;
        File.WriteAllText(Path.Combine(legacy, "unmatched.csv"), "left by a killed run");
        var dead = Directory.CreateDirectory(Path.Combine(output, ".exposure-run-" + Guid.NewGuid().ToString("N"))).FullName;
        File.WriteAllText(Path.Combine(dead, "spill-unmatched.csv"), "left by a killed run");
        MarkDead(dead);
        var live = Directory.CreateDirectory(Path.Combine(output, ".exposure-run-" + Guid.NewGuid().ToString("N"))).FullName;
        using (var self = Process.GetCurrentProcess())
            File.WriteAllLines(Path.Combine(live, "owner"), [$"{self.Id}", $"{self.StartTime.ToUniversalTime().Ticks}", Environment.MachineName]);
        var mine = Directory.CreateDirectory(Path.Combine(output, ".exposure-mine")).FullName;

        Assert.Equal(0, CliRunner.Run("report", "-o", output, "-f", "json", "-q").ExitCode);
        Assert.False(Directory.Exists(legacy));
        Assert.False(Directory.Exists(dead));
        Assert.True(Directory.Exists(live));
        Assert.True(Directory.Exists(mine));
    }

    [Fact]
    public void A_new_set_replaces_the_whole_previous_set_and_nothing_else()
    {
        using var temp = new TempFolder();
        var output = temp.Path;
        var notes = temp.File("notes.txt", "the user's own file");
        Directory.CreateDirectory(Path.Combine(output, "drafts"));
        Assert.Equal(0, CliRunner.Run("report", "-o", output, "-f", "json,csv", "-q").ExitCode);
        Assert.Contains("unmatched.csv", Snapshot(output).Keys);

        // A reviewer fills in the candidates file: changed, it is the reviewer's now, and stays.
        File.AppendAllText(Path.Combine(output, "review-candidates.csv"), "accept,A. Reviewer,2026-11-20,Checked\n");

        Assert.Equal(0, CliRunner.Run("report", "--holdings", temp.File("h.csv", OtherHoldings), "-o", output, "-f", "json", "-q").ExitCode);
        Assert.Equal([".exposure-lock", ".exposure-set", "exposure-report.json", "h.csv", "notes.txt", "review-candidates.csv"], Snapshot(output).Keys);
        Assert.EndsWith("Checked\n", File.ReadAllText(Path.Combine(output, "review-candidates.csv")));
        Assert.Equal("the user's own file", File.ReadAllText(notes));
        Assert.Equal(["drafts"], Directory.GetDirectories(output).Select(Path.GetFileName));
        AssertManifestHolds(output, onlyTheSet: false);
    }

    [SkippableFact]
    public void A_run_killed_at_any_moment_leaves_a_set_the_next_run_makes_whole()
    {
        Skip.If(OperatingSystem.IsWindows(), "kills a child process the Unix way");
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "reports");
        Assert.Equal(0, CliRunner.Run("report", "-o", output, "-f", "json,csv", "-q").ExitCode);
        var previous = Snapshot(output);
        var holdings = temp.File("h.csv", OtherHoldings);
        var random = new Random(20261121);
        for (var i = 0; i < 4; i++)
        {
            var start = new ProcessStartInfo(BuiltProgram.Host(), [BuiltProgram.Path, "report", "--holdings", holdings, "-o", output, "-f", "json,csv,html", "-q"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var child = Process.Start(start)!;
            Thread.Sleep(random.Next(200, 2500));
            child.Kill(entireProcessTree: true);
            child.WaitForExit();

            // Whatever the moment, the next run (here one that stops on bad input) leaves one complete set.
            var r = CliRunner.Run("report", "--holdings", temp.File("empty.csv", ""), "-o", output, "-f", "json", "-q");
            Assert.Equal(ExitCodes.BadInput, r.ExitCode);
            Assert.Empty(Directory.GetDirectories(output));
            AssertManifestHolds(output);
            var now = Snapshot(output);
            Assert.True(now.Keys.SequenceEqual(previous.Keys) || now.ContainsKey("exposure-report.html"), string.Join(", ", now.Keys));
            previous = now;
        }
    }

    private static RunRequest Request(string holdings, string output, IReadOnlyList<IReportRenderer> renderers) =>
        new([new HoldingsInput(holdings, Path.GetFileName(holdings))], RepoPaths.ReferenceData, output, renderers, "test");

    private static IReadOnlyList<IReportRenderer> Renderers(string formats) => ReportFormats.Renderers(formats.Split(','), new PdfReportOptions());

    /// <summary>The files in the folder (not in its subfolders) by name, with their SHA-256.</summary>
    private static SortedDictionary<string, string> Snapshot(string folder) => new(
        Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    /// <summary>
    /// Every file the manifest lists is there with the bytes it names (<c>sha256sum -c .exposure-set</c>), and, unless
    /// the folder holds other files too, every file there is one it lists.
    /// </summary>
    private static void AssertManifestHolds(string folder, bool onlyTheSet = true)
    {
        var files = Snapshot(folder);
        var lines = File.ReadAllLines(Path.Combine(folder, ".exposure-set"));
        Assert.NotEmpty(lines);
        var listed = new List<string>();
        foreach (var line in lines)
        {
            var (hash, name) = (line[..64], line[66..]);
            Assert.True(files.TryGetValue(name, out var actual) && actual == hash, $"{name} is not the file the manifest names");
            listed.Add(name);
        }
        if (onlyTheSet) Assert.Equal(files.Keys.Where(n => !n.StartsWith('.')).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    /// <summary>Makes a run folder look left by a process that is gone: its process number now belongs to another start.</summary>
    private static void MarkDead(string runFolder)
    {
        using var self = Process.GetCurrentProcess();
        File.WriteAllLines(Path.Combine(runFolder, "owner"), [$"{self.Id}", "0", Environment.MachineName]);
    }

    private sealed class SimulatedKill : Exception;

    private sealed class ThrowingRenderer : IReportRenderer
    {
        public string Format => "test";
        public string FileName => "half-written.txt";

        public void Render(ExposureReport report, Stream output)
        {
            output.Write("half a report"u8);
            throw new InvalidOperationException("the renderer failed midway");
        }
    }
}

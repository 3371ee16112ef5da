using System.Diagnostics;
using Exposure.Core.Holdings;
using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.Reports.Csv;
using Exposure.Reports.Json;
using Exposure.Synthetic;

namespace Exposure.Benchmarks;

/// <summary>
/// The end-to-end run over every generated fund file, as <c>exposure report --format json,csv</c> does it: the renderers
/// of src/Exposure.Cli/ReportFormats.cs for json and csv, and unmatched.csv and excluded.csv streamed.
/// </summary>
internal static class RunScenario
{
    public static ScenarioResult Run(string universe, string? outFolder, bool keepOutput, Action<string> log, int? workers = null)
    {
        var (referenceFolder, holdingsFolder, files, manifest) = SyntheticUniverse.Open(universe);
        var output = outFolder ?? Path.Combine(universe, "run-output");
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        // The json and csv renderers of src/Exposure.Cli/ReportFormats.cs (the CLI project is an executable, not referenced).
        IReportRenderer[] renderers =
        [
            new JsonReportRenderer(), new FundsCsvRenderer(), new MatchesCsvRenderer(), new RejectedCsvRenderer(), new ReviewCandidatesCsvRenderer(),
            ScreenedOutCsvRenderer.Unmatched(), ScreenedOutCsvRenderer.Excluded(),
        ];
        var request = new RunRequest(
            files.Select(f => new HoldingsInput(Path.Combine(holdingsFolder, f.Name), f.Name)).ToList(),
            referenceFolder, output, renderers, "benchmark") { ReadWorkers = workers };

        var load = PhaseClock.LoadAverage();
        var cpu = PhaseClock.CpuSeconds();
        var clock = new PhaseClock();
        var sw = Stopwatch.StartNew();
        double? referenceLoaded = null;
        var lastFile = 0.0;
        long allocatedAtLoad = 0, allocatedAtLastFile = 0;
        var done = 0;
        var result = ExposureRun.Execute(request, new Progress(p =>
        {
            if (referenceLoaded is null)
            {
                referenceLoaded = sw.Elapsed.TotalSeconds;
                allocatedAtLoad = clock.AllocatedSinceStart;
                return;
            }
            if (p.FilesDone == p.FilesTotal && lastFile == 0)
            {
                lastFile = sw.Elapsed.TotalSeconds;
                allocatedAtLastFile = clock.AllocatedSinceStart;
            }
            if (p.FilesDone > done && p.FilesDone % 100 == 0) log($"{p.FilesDone} files screened");
            done = p.FilesDone;
        }));
        sw.Stop();
        var total = sw.Elapsed.TotalSeconds;
        var allocated = clock.AllocatedSinceStart;
        clock.Add(new Phase("load reference", referenceLoaded ?? 0, allocatedAtLoad));
        clock.Add(new Phase("read + screen + accumulate (all files, streaming unmatched/excluded)", lastFile - (referenceLoaded ?? 0), allocatedAtLastFile - allocatedAtLoad));
        clock.Add(new Phase("build report + render json/csv + move into place", total - lastFile, allocated - allocatedAtLastFile));

        var report = result.Report;
        var check = new ManifestCheck(manifest);
        var findings = report.Findings.ToLookup(f => f.File, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var planted = check.For(file.Name);
            var byLine = findings[file.Name].ToDictionary(f => f.Line);
            foreach (var f in byLine.Values) check.Observe(planted, file.Name, f.Line, f.State, f.CompanyId, f.Name);
            foreach (var line in planted.Keys.Where(l => !byLine.ContainsKey(l)))
                check.Observe(planted, file.Name, line, RowState.Unmatched, null, null);
        }

        var outputBytes = result.Written.Sum(p => new FileInfo(p).Length);
        clock.Add(new Phase("output written", 0, 0, $"{result.Written.Count} files, {Format.Mb(outputBytes)} MB"));
        if (!keepOutput) Directory.Delete(output, recursive: true);

        var s = report.Summary;
        var states = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["not-a-holding"] = s.Lines.NotAHolding, ["rejected"] = s.Lines.Rejected, ["excluded"] = s.Lines.Excluded,
            ["unmatched"] = s.Lines.Unmatched, ["matched"] = s.Lines.Matched, ["related"] = s.Lines.Related, ["needs-review"] = s.Lines.NeedsReview,
        };
        var (g0, g1, g2) = clock.CollectionsSinceStart;
        return new ScenarioResult("run", universe, s.HoldingRows, s.Lines.Total, report.Funds.Count, s.DistinctSecurities, total,
            PhaseClock.PeakWorkingSet(), allocated, g0, g1, g2, check.Result(), clock.Phases, states)
        {
            CpuSeconds = PhaseClock.CpuSeconds() - cpu,
            GcPauseSeconds = clock.GcPauseSeconds,
            LoadAverage = $"{load} -> {PhaseClock.LoadAverage()}",
        };
    }
}

/// <summary>Reports on the calling thread, so phase times are taken where they happen.</summary>
file sealed class Progress(Action<RunProgress> report) : IProgress<RunProgress>
{
    public void Report(RunProgress value) => report(value);
}

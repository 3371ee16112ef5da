using System.Diagnostics;
using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.Reports.Csv;
using Exposure.Reports.Excel.Report;
using Exposure.Reports.Json;
using Exposure.Synthetic;

namespace Exposure.Benchmarks;

/// <summary>
/// A synthetic N-PORT data set screened end to end, as <c>exposure report --holdings DATASET</c> does it: the list
/// loaded, every chosen filing's holdings read, screened and added up, the report computed and written as JSON, CSV
/// (unmatched and excluded rows streamed) and the workbook.
/// </summary>
internal static class NportRunScenario
{
    public static int Run(Options o)
    {
        var folder = o.Required("data-set");
        int? workers = o.String("workers") is { } w ? int.Parse(w, System.Globalization.CultureInfo.InvariantCulture) : null;
        var keep = o.Flag("keep-output");
        o.EnsureAllRead();
        var zip = Directory.Exists(folder) && File.Exists(Path.Combine(folder, NportDataSetWriter.ZipName)) ? Path.Combine(folder, NportDataSetWriter.ZipName) : folder;
        var generated = Path.GetDirectoryName(Path.GetFullPath(zip))!;
        var output = Path.Combine(generated, "run-output");
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        IReportRenderer[] renderers =
        [
            new ExcelReportRenderer(), new JsonReportRenderer(), new FundsCsvRenderer(), new MatchesCsvRenderer(), new RejectedCsvRenderer(),
            new ReviewCandidatesCsvRenderer(), ScreenedOutCsvRenderer.Unmatched(), ScreenedOutCsvRenderer.Excluded(),
        ];
        var load = PhaseClock.LoadAverage();
        var cpu = PhaseClock.CpuSeconds();
        var sw = Stopwatch.StartNew();
        var steps = new List<(string Step, double At)>();
        // Files are written two at a time: steps are reported from two threads.
        var progress = new Progress(p =>
        {
            lock (steps)
                if (steps.Count == 0 || steps[^1].Step != p.Step) steps.Add((p.Step, sw.Elapsed.TotalSeconds));
        });
        var result = ExposureRun.Execute(new RunRequest([new HoldingsInput(zip, Path.GetFileName(zip))], Path.Combine(generated, "reference"), output,
            renderers, "benchmark") { ReadWorkers = workers }, progress);
        sw.Stop();
        var s = result.Report.Summary;
        Console.WriteLine($"nport-run: {Format.N(result.Report.Funds.Count)} funds, {Format.N(s.HoldingRows)} holding rows ({Format.N(s.Lines.Total)} lines), " +
            $"{Format.N(s.DistinctSecurities)} distinct securities, {Format.N(result.Report.Findings.Count)} findings");
        Console.WriteLine($"  {Format.S(sw.Elapsed.TotalSeconds)} s wall, {Format.S(PhaseClock.CpuSeconds() - cpu)} s CPU (load average {load} -> {PhaseClock.LoadAverage()}), " +
            $"peak working set {Format.Mb(PhaseClock.PeakWorkingSet())} MB, allocated {Format.Mb(GC.GetTotalAllocatedBytes())} MB, " +
            $"GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} pausing {Format.S(GC.GetTotalPauseDuration().TotalSeconds)} s");
        // The files are timed as a whole, and each by when it started.
        var writing = steps.FindIndex(x => x.Step.StartsWith("writing ", StringComparison.Ordinal));
        if (writing < 0) writing = steps.Count;
        for (var i = 0; i < writing; i++)
        {
            var end = i + 1 < steps.Count ? steps[i + 1].At : sw.Elapsed.TotalSeconds;
            Console.WriteLine($"    {Shorten(steps[i].Step),-50} {Format.S(end - steps[i].At),8} s");
        }
        if (writing < steps.Count)
        {
            Console.WriteLine($"    {"writing the reports (two at a time)",-50} {Format.S(sw.Elapsed.TotalSeconds - steps[writing].At),8} s");
            for (var i = writing; i < steps.Count; i++) Console.WriteLine($"      {Shorten(steps[i].Step),-48} started at +{Format.S(steps[i].At - steps[writing].At)} s");
        }
        foreach (var file in result.Written)
            Console.WriteLine($"  {Path.GetFileName(file),-28} {Format.Mb(new FileInfo(file).Length),10} MB");
        if (!keep) Directory.Delete(output, recursive: true);
        return 0;
    }

    private static string Shorten(string s) => s.Length <= 50 ? s : s[..47] + "...";

    private sealed class Progress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}

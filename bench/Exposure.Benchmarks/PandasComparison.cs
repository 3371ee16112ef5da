using System.Diagnostics;
using System.Globalization;

namespace Exposure.Benchmarks;

/// <summary>
/// The end-to-end run and the pandas exact join of <c>bench/pandas/exact_join.py</c> on the same universe, one after the
/// other in one benchmark run, so that the ratio is measured on the same machine at the same time. Each is run
/// <c>rounds</c> times, alternating; the medians are compared.
/// </summary>
internal static class PandasComparison
{
    public static int Run(string universe, string script, int rounds, Action<string> log)
    {
        if (!File.Exists("/usr/bin/python3")) throw new UsageException("/usr/bin/python3 is not installed (apt-get install python3-pandas)");
        var ours = new List<(double Wall, double Cpu)>();
        var theirs = new List<(double Wall, double Cpu)>();
        for (var round = 1; round <= rounds; round++)
        {
            var run = RunScenario.Run(universe, null, keepOutput: false, _ => { });
            ours.Add((run.Seconds, run.CpuSeconds));
            log(string.Create(CultureInfo.InvariantCulture, $"round {round}: exposure report (json, csv) {run.Seconds:0.00} s wall, {run.CpuSeconds:0.00} s CPU"));
            var pandas = Pandas(universe, script);
            theirs.Add(pandas);
            log(string.Create(CultureInfo.InvariantCulture, $"round {round}: pandas exact join {pandas.Wall:0.00} s wall, {pandas.Cpu:0.00} s CPU"));
        }
        var (ow, oc) = (Median(ours.Select(x => x.Wall)), Median(ours.Select(x => x.Cpu)));
        var (pw, pc) = (Median(theirs.Select(x => x.Wall)), Median(theirs.Select(x => x.Cpu)));
        log(string.Create(CultureInfo.InvariantCulture,
            $"median of {rounds}: exposure {ow:0.00} s wall ({oc:0.00} s CPU); pandas {pw:0.00} s wall ({pc:0.00} s CPU); pandas/exposure {pw / ow:0.00}x wall, {pc / oc:0.00}x CPU"));
        return 0;
    }

    private static (double Wall, double Cpu) Pandas(string universe, string script)
    {
        var output = Path.Combine(Path.GetTempPath(), $"exposure-pandas-{Environment.ProcessId}.csv");
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { script, universe, output }) start.ArgumentList.Add(a);
        var sw = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        sw.Stop();
        if (process.ExitCode != 0) throw new InvalidOperationException($"the pandas script failed: {stderr.Result}");
        // The script says its own CPU time (time.process_time): a process's times cannot be read once it has ended.
        var cpuLine = stdout.Result.Split('\n').LastOrDefault(l => l.StartsWith("cpu-seconds ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("the pandas script did not say its CPU time");
        var cpu = double.Parse(cpuLine["cpu-seconds ".Length..], CultureInfo.InvariantCulture);
        File.Delete(output);
        return (sw.Elapsed.TotalSeconds, cpu);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Exposure.Benchmarks;

/// <summary>
/// <c>exposure report</c> and the pandas exact join of <c>bench/pandas/exact_join.py</c> on the same universe, one after
/// the other in one benchmark run, so that the ratio is measured on the same machine at the same time. Each is run as a
/// user runs it: a process of its own, started cold (the tool's JIT compilation and the interpreter's imports count),
/// timed from outside. Each is run <c>rounds</c> times, alternating; the medians are compared.
/// </summary>
internal static class PandasComparison
{
    public static int Run(string universe, string script, string cli, int rounds, Action<string> log)
    {
        if (!File.Exists("/usr/bin/python3")) throw new UsageException("/usr/bin/python3 is not installed (apt-get install python3-pandas)");
        if (!File.Exists(cli)) throw new UsageException($"{cli} is not built: dotnet build -c Release src/Exposure.Cli (or give --cli)");
        var holdings = Directory.GetFiles(Path.Combine(universe, "holdings"), "*.csv").Order(StringComparer.Ordinal).ToList();
        var reference = Path.Combine(universe, "reference");
        var output = Path.Combine(Path.GetTempPath(), $"exposure-pandas-{Environment.ProcessId}");
        // The json and csv reports, as the end-to-end `run` scenario writes them.
        string[] exposure = [cli, "report", "--holdings", .. holdings, "--reference", reference, "--format", "json,csv", "--out", output, "--quiet"];
        var ours = new List<(double Wall, double Cpu)>();
        var theirs = new List<(double Wall, double Cpu)>();
        try
        {
            for (var round = 1; round <= rounds; round++)
            {
                if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
                var run = Child("dotnet", exposure, "exposure report");
                ours.Add(run);
                log(string.Create(CultureInfo.InvariantCulture, $"round {round}: exposure report (json, csv) {run.Wall:0.00} s wall, {run.Cpu:0.00} s CPU"));
                var pandas = Child("/usr/bin/python3", [script, universe, output + ".csv"], "the pandas script");
                theirs.Add(pandas);
                log(string.Create(CultureInfo.InvariantCulture, $"round {round}: pandas exact join {pandas.Wall:0.00} s wall, {pandas.Cpu:0.00} s CPU"));
            }
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
            File.Delete(output + ".csv");
        }
        var (ow, oc) = (Median(ours.Select(x => x.Wall)), Median(ours.Select(x => x.Cpu)));
        var (pw, pc) = (Median(theirs.Select(x => x.Wall)), Median(theirs.Select(x => x.Cpu)));
        log(string.Create(CultureInfo.InvariantCulture,
            $"median of {rounds}: exposure {ow:0.00} s wall ({oc:0.00} s CPU); pandas {pw:0.00} s wall ({pc:0.00} s CPU); pandas/exposure {pw / ow:0.00}x wall, {pc / oc:0.00}x CPU"));
        return 0;
    }

    /// <summary>Runs a program to its end: wall seconds from start to exit, and its user and system CPU seconds.</summary>
    private static (double Wall, double Cpu) Child(string program, IEnumerable<string> arguments, string what)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        var before = ChildrenCpuSeconds();
        var sw = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{what} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        sw.Stop();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{what} failed (exit {process.ExitCode}): {stderr.Result}{stdout.Result}");
        // A process's times cannot be read once it has ended; the times of the ended children this process waited for can.
        return (sw.Elapsed.TotalSeconds, ChildrenCpuSeconds() - before);
    }

    private static double ChildrenCpuSeconds()
    {
        if (GetRUsage(RusageChildren, out var usage) != 0) throw new InvalidOperationException("getrusage failed");
        return usage.UserSeconds + usage.UserMicroseconds / 1e6 + usage.SystemSeconds + usage.SystemMicroseconds / 1e6;
    }

    private const int RusageChildren = -1;

    /// <summary>The head of Linux's <c>struct rusage</c> on 64-bit systems (two <c>timeval</c>s), then the fourteen longs that follow.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long MaxRss, Ixrss, Idrss, Isrss, Minflt, Majflt, Nswap, Inblock, Oublock, Msgsnd, Msgrcv, Nsignals, Nvcsw, Nivcsw;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRUsage(int who, out RUsage usage);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

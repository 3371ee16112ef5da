using System.Diagnostics;
using System.Globalization;

namespace Exposure.Benchmarks;

/// <summary>One timed step of a scenario.</summary>
public sealed record Phase(string Name, double Seconds, long AllocatedBytes, string? Note = null);

/// <summary>How the planted rows of the manifest came out.</summary>
/// <param name="Expected">Rows the manifest lists.</param>
/// <param name="Exact">Ended in the expected state with the expected company.</param>
/// <param name="OtherState">Found (matched, related or needs-review) with the expected company but in another state.</param>
/// <param name="WrongCompany">Found, but with another company.</param>
/// <param name="Missed">Not found: unmatched, excluded, rejected, or not read as a holding at that line.</param>
/// <param name="Unexpected">Findings on rows the manifest does not list.</param>
/// <param name="ByVariant">Per way of planting: [expected, exact].</param>
/// <param name="ByExpectedState">Per expected state (matched, related, needs-review): [expected, exact].</param>
public sealed record Recall(int Expected, int Exact, int OtherState, int WrongCompany, int Missed, int Unexpected,
    IReadOnlyDictionary<string, int[]> ByVariant, IReadOnlyDictionary<string, int[]> ByExpectedState, IReadOnlyList<string> Examples)
{
    public double Rate => Expected == 0 ? 1 : Exact / (double)Expected;
}

/// <summary>What a scenario measured; printed as one JSON line so that the suite can read it from a child process.</summary>
public sealed record ScenarioResult(
    string Scenario,
    string Universe,
    long Rows,
    long Lines,
    int Files,
    int Distinct,
    double Seconds,
    long PeakWorkingSet,
    long AllocatedBytes,
    int Gen0,
    int Gen1,
    int Gen2,
    Recall Recall,
    IReadOnlyList<Phase> Phases,
    IReadOnlyDictionary<string, long> States)
{
    /// <summary>User + system CPU time of the process over the scenario (less sensitive than wall time to other load).</summary>
    public double CpuSeconds { get; init; }

    /// <summary>How long the garbage collector held the program's threads over the scenario.</summary>
    public double GcPauseSeconds { get; init; }

    /// <summary>The 1-minute load average at the start and end (Linux), to show whether other work shared the machine.</summary>
    public string? LoadAverage { get; init; }

    public double RowsPerSecond => Seconds > 0 ? Rows / Seconds : 0;
}

/// <summary>Stopwatch and allocation counter around phases.</summary>
internal sealed class PhaseClock
{
    private readonly List<Phase> _phases = [];
    private readonly long _startAllocated = GC.GetTotalAllocatedBytes(precise: true);
    private readonly (int, int, int) _startCollections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    private readonly TimeSpan _startPaused = GC.GetTotalPauseDuration();

    public IReadOnlyList<Phase> Phases => _phases;

    public T Time<T>(string name, Func<T> action, Func<T, string?>? note = null)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        var result = action();
        sw.Stop();
        _phases.Add(new Phase(name, sw.Elapsed.TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - allocated, note?.Invoke(result)));
        return result;
    }

    public void Add(Phase phase) => _phases.Add(phase);

    public long AllocatedSinceStart => GC.GetTotalAllocatedBytes(precise: true) - _startAllocated;

    public (int Gen0, int Gen1, int Gen2) CollectionsSinceStart =>
        (GC.CollectionCount(0) - _startCollections.Item1, GC.CollectionCount(1) - _startCollections.Item2, GC.CollectionCount(2) - _startCollections.Item3);

    /// <summary>Seconds the garbage collector paused the program since the clock started.</summary>
    public double GcPauseSeconds => (GC.GetTotalPauseDuration() - _startPaused).TotalSeconds;

    public static double CpuSeconds()
    {
        using var p = Process.GetCurrentProcess();
        p.Refresh();
        return p.TotalProcessorTime.TotalSeconds;
    }

    public static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "?"; }
        catch (UnauthorizedAccessException) { return "?"; }
    }

    public static long PeakWorkingSet()
    {
        using var p = Process.GetCurrentProcess();
        p.Refresh();
        return p.PeakWorkingSet64;
    }
}

internal static class Format
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string N(long n) => n.ToString("#,##0", Inv);
    public static string S(double s) => s.ToString("0.00", Inv);
    public static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("#,##0", Inv);
    public static string Pct(double x) => (x * 100).ToString("0.0", Inv) + "%";
}

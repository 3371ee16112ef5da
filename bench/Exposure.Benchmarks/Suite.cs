using System.Diagnostics;
using System.Text.Json;
using Exposure.Synthetic;

namespace Exposure.Benchmarks;

/// <summary>
/// Generates a universe per size (unless already there), runs each scenario in its own process (so that peak working set
/// and allocations are the scenario's alone), and prints the table.
/// </summary>
internal static class Suite
{
    public static List<ScenarioResult> Run(
        string work, IReadOnlyList<long> sizes, int ratio, int minDistinct, int companies, int names, int seed, int rowsPerFile,
        IReadOnlyList<HoldingsShape>? shapes, IReadOnlyList<string> scenarios, string bundled, Action<string> log)
    {
        Directory.CreateDirectory(work);
        var results = new List<ScenarioResult>();
        foreach (var rows in sizes)
        {
            var distinct = (int)Math.Max(Math.Min(rows, minDistinct), rows / ratio);
            var shapeTag = shapes is null ? "" : "-" + string.Join('+', shapes.Select(HoldingsShapes.Name));
            var folder = Path.Combine(work, $"rows-{rows}-distinct-{distinct}-c{companies}-n{names}-s{seed}{shapeTag}");
            if (!File.Exists(Path.Combine(folder, Manifest.FilesFileName)))
            {
                log($"generating {Format.N(rows)} rows, {Format.N(distinct)} distinct securities into {folder}");
                var sw = Stopwatch.StartNew();
                var generated = SyntheticUniverse.Generate(new UniverseOptions(
                    new ReferenceOptions(bundled, seed, companies, names), rows, distinct, rowsPerFile, shapes), folder, log);
                log($"generated {generated.Files.Count} files, {Format.N(generated.FlaggedRows)} planted rows in {Format.S(sw.Elapsed.TotalSeconds)} s");
            }
            foreach (var scenario in scenarios)
            {
                log($"{scenario} on {Path.GetFileName(folder)}");
                results.Add(Child(scenario, folder, log));
            }
        }
        return results;
    }

    private static ScenarioResult Child(string scenario, string folder, Action<string> log)
    {
        var exe = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var start = new ProcessStartInfo(exe) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(exe).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            start.ArgumentList.Add(typeof(Suite).Assembly.Location);
        foreach (var a in new[] { scenario, "--universe", folder, "--json" }) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + exe);
        ScenarioResult? result = null;
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith(Program.ResultPrefix, StringComparison.Ordinal))
                result = JsonSerializer.Deserialize<ScenarioResult>(line[Program.ResultPrefix.Length..], Program.Json);
            else log("  " + line);
        }
        process.WaitForExit();
        if (process.ExitCode != 0 || result is null) throw new InvalidOperationException($"{scenario} on {folder} failed (exit {process.ExitCode})");
        return result;
    }

    public static void PrintTable(TextWriter w, IReadOnlyList<ScenarioResult> results)
    {
        w.WriteLine();
        w.WriteLine("| scenario | rows | distinct | files | seconds | CPU s | load avg | rows/s | peak working set MB | allocated MB | GC 0/1/2 | recall (exact) | found, other state | wrong company | missed | unexpected |");
        w.WriteLine("|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---|---:|---:|---:|---:|---:|");
        foreach (var r in results)
            w.WriteLine($"| {r.Scenario} | {Format.N(r.Rows)} | {Format.N(r.Distinct)} | {r.Files} | {Format.S(r.Seconds)} | {Format.S(r.CpuSeconds)} | {r.LoadAverage} | {Format.N((long)r.RowsPerSecond)} | " +
                $"{Format.Mb(r.PeakWorkingSet)} | {Format.Mb(r.AllocatedBytes)} | {r.Gen0}/{r.Gen1}/{r.Gen2} | " +
                $"{r.Recall.Exact}/{r.Recall.Expected} ({Format.Pct(r.Recall.Rate)}) | {r.Recall.OtherState} | {r.Recall.WrongCompany} | {r.Recall.Missed} | {r.Recall.Unexpected} |");
        w.WriteLine();
    }

    public static void PrintDetail(TextWriter w, ScenarioResult r)
    {
        w.WriteLine($"{r.Scenario}: {Format.N(r.Rows)} rows ({Format.N(r.Lines)} lines) in {r.Files} files, {Format.N(r.Distinct)} distinct securities");
        w.WriteLine($"  {Format.S(r.Seconds)} s wall ({Format.S(r.CpuSeconds)} s CPU, load average {r.LoadAverage}), {Format.N((long)r.RowsPerSecond)} rows/s, peak working set {Format.Mb(r.PeakWorkingSet)} MB, " +
            $"allocated {Format.Mb(r.AllocatedBytes)} MB, GC {r.Gen0}/{r.Gen1}/{r.Gen2} pausing {Format.S(r.GcPauseSeconds)} s");
        foreach (var p in r.Phases)
            w.WriteLine($"  {p.Name,-62} {Format.S(p.Seconds),8} s  {Format.Mb(p.AllocatedBytes),7} MB  {p.Note}");
        w.WriteLine("  states: " + string.Join(", ", r.States.Select(kv => $"{kv.Key} {Format.N(kv.Value)}")));
        var c = r.Recall;
        w.WriteLine($"  manifest: {c.Exact}/{c.Expected} exact ({Format.Pct(c.Rate)}), {c.OtherState} other state, {c.WrongCompany} wrong company, " +
            $"{c.Missed} missed, {c.Unexpected} unexpected findings");
        w.WriteLine("  by expected state (exact/expected): " + string.Join(", ", c.ByExpectedState.Select(kv => $"{kv.Key} {kv.Value[1]}/{kv.Value[0]}")));
        w.WriteLine("  by variant (exact/expected): " + string.Join(", ", c.ByVariant.Select(kv => $"{kv.Key} {kv.Value[1]}/{kv.Value[0]}")));
        foreach (var e in c.Examples) w.WriteLine("    " + e);
    }
}

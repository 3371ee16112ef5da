using System.Diagnostics;
using Exposure.Core.Families;
using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Readers.Csv;
using Exposure.Readers.Reference;
using Exposure.Synthetic;

namespace Exposure.Benchmarks;

/// <summary>
/// Reads every generated file with <see cref="CsvHoldingsReader"/> and screens every holding with <see cref="Matcher"/>, as
/// the run does (non-equity rows are excluded first). Phases: load the list, build the matcher, a read-only pass (the
/// reader alone, to separate its cost), then read and match. The headline time is load + build + read-and-match.
/// </summary>
internal static class MatchScenario
{
    /// <summary>New securities replayed for the breakdown (every fourth, up to this many).</summary>
    private const int SampleSize = 20_000;

    public static ScenarioResult Run(string universe, Action<string> log)
    {
        var (referenceFolder, holdingsFolder, files, manifest) = SyntheticUniverse.Open(universe);
        var load = PhaseClock.LoadAverage();
        var cpu = PhaseClock.CpuSeconds();
        var clock = new PhaseClock();
        var reference = clock.Time("load reference", () => ReferenceDataLoader.Load(referenceFolder),
            r => $"{r.Companies.Count:N0} companies, {r.Names.Count:N0} names");
        var matcher = clock.Time("build matcher", () => new Matcher(reference));
        var normaliser = new HoldingNormaliser(reference.Exchanges);

        var readOnly = clock.Time("read only (diagnostic)", () => ReadOnly(holdingsFolder, files), r => $"{r.Rows:N0} rows, {r.Lines:N0} lines");
        log($"read only: {Format.S(clock.Phases[^1].Seconds)} s");

        var check = new ManifestCheck(manifest);
        var states = new Dictionary<string, long>(StringComparer.Ordinal);
        long rows = 0, lines = 0, missTicks = 0, hitTicks = 0, misses = 0;
        var sample = new List<HoldingRow>();
        var readMatch = Stopwatch.StartNew();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        foreach (var file in files)
        {
            var planted = check.For(file.Name);
            foreach (var item in CsvHoldingsReader.Read(Path.Combine(holdingsFolder, file.Name), file.Name))
            {
                switch (item)
                {
                    case HoldingRead { Row: var row }:
                        rows++;
                        RowState state;
                        string? company = null;
                        var t0 = Stopwatch.GetTimestamp();
                        var holding = normaliser.Normalise(row);
                        if (holding.ExclusionReason is not null) state = RowState.Excluded;
                        else
                        {
                            var before = matcher.DistinctSecurities;
                            var match = matcher.Match(holding);
                            var dt = Stopwatch.GetTimestamp() - t0;
                            if (matcher.DistinctSecurities != before)
                            {
                                missTicks += dt;
                                misses++;
                                if (sample.Count < SampleSize && misses % 4 == 0) sample.Add(row);
                            }
                            else hitTicks += dt;
                            state = CorporateFamilies.StateOf(match);
                            company = match.Company?.Id;
                        }
                        Count(states, state);
                        check.Observe(planted, file.Name, row.Source.Line, state, company, row.Name);
                        break;
                    case Rejected r:
                        Count(states, RowState.Rejected, r.Source.LineCount);
                        break;
                    case NotAHolding n:
                        Count(states, RowState.NotAHolding, n.Source.LineCount);
                        break;
                    case EndOfFile end:
                        lines += end.Lines;
                        break;
                }
            }
        }
        readMatch.Stop();
        var readMatchAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        clock.Add(new Phase("read + match", readMatch.Elapsed.TotalSeconds, readMatchAllocated, $"{rows:N0} rows"));
        var matchSeconds = readMatch.Elapsed.TotalSeconds - clock.Phases.Single(p => p.Name.StartsWith("read only", StringComparison.Ordinal)).Seconds;
        clock.Add(new Phase("  of which matching (read+match minus read only)", matchSeconds, 0));
        clock.Add(new Phase("  Match() on new securities (screened)", Seconds(missTicks), 0, $"{misses:N0} calls, {Micro(missTicks, misses)} µs each"));
        clock.Add(new Phase("  Match() on repeated securities (cache hits)", Seconds(hitTicks), 0,
            $"{rows - misses - states.GetValueOrDefault("excluded"):N0} calls, {Micro(hitTicks, rows - misses - states.GetValueOrDefault("excluded"))} µs each"));

        foreach (var phase in ScreenBreakdown.Run(reference, sample, matcher, misses == 0 ? 0 : Seconds(missTicks) / misses)) clock.Add(phase);

        if (readOnly.Rows != rows) throw new InvalidOperationException($"read-only pass saw {readOnly.Rows} rows, read+match {rows}");
        var headline = clock.Phases.Where(p => p.Name is "load reference" or "build matcher" or "read + match").Sum(p => p.Seconds);
        var (g0, g1, g2) = clock.CollectionsSinceStart;
        return new ScenarioResult("match", universe, rows, lines, files.Count, matcher.DistinctSecurities, headline,
            PhaseClock.PeakWorkingSet(), clock.AllocatedSinceStart, g0, g1, g2, check.Result(), clock.Phases, states)
        {
            CpuSeconds = PhaseClock.CpuSeconds() - cpu,
            GcPauseSeconds = clock.GcPauseSeconds,
            LoadAverage = $"{load} -> {PhaseClock.LoadAverage()}",
        };
    }

    private static (long Rows, long Lines) ReadOnly(string holdingsFolder, List<GeneratedFile> files)
    {
        long rows = 0, lines = 0, excluded = 0;
        foreach (var file in files)
            foreach (var item in CsvHoldingsReader.Read(Path.Combine(holdingsFolder, file.Name), file.Name))
            {
                if (item is HoldingRead { Row: var row })
                {
                    rows++;
                    if (AssetClasses.ExclusionReason(row) is not null) excluded++;
                }
                else if (item is EndOfFile end) lines += end.Lines;
            }
        return (rows, lines);
    }

    private static void Count(Dictionary<string, long> states, RowState state, long n = 1)
    {
        var key = ManifestCheck.StateName(state);
        states[key] = states.GetValueOrDefault(key) + n;
    }

    private static double Seconds(long ticks) => ticks / (double)Stopwatch.Frequency;

    private static string Micro(long ticks, long calls) =>
        calls == 0 ? "-" : (Seconds(ticks) / calls * 1e6).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}

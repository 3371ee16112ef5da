using System.Diagnostics;
using System.Globalization;
using Exposure.Core.Holdings;
using Exposure.Readers.Nport.DataSet;
using Exposure.Synthetic;

namespace Exposure.Benchmarks;

/// <summary>
/// The N-PORT data set reader on its own: generates a synthetic quarterly data set, and reads one end to end, timing it,
/// sampling its memory, and checking what it gave against the generator's list of filings and planted rows.
/// </summary>
internal static class NportScenario
{
    public static int Generate(Options o, string bundledReference)
    {
        var folder = o.Required("out");
        var reference = new ReferenceOptions(bundledReference, o.Int("seed", 1), o.Int("companies", 5_000), o.Int("names", 20_000), !o.Flag("no-bundled"));
        var options = new NportDataSetOptions(reference, o.Long("rows", 8_000_000), o.Int("series", 15_000), o.Int("distinct", 200_000),
            o.Double("flagged-rate", 0.002), o.Double("earlier-month-share", 0.25), o.Double("amended-share", 0.02), o.Flag("interleave"));
        o.EnsureAllRead();
        var sw = Stopwatch.StartNew();
        var r = NportDataSetWriter.Generate(options, folder, Console.WriteLine);
        Console.WriteLine($"generated in {Format.S(sw.Elapsed.TotalSeconds)} s: {r.ZipPath} ({Format.N(r.ZipBytes / (1024 * 1024))} MB), " +
            $"{Format.N(r.Rows)} holdings rows, {Format.N(r.Series)} series, {Format.N(r.Filings)} filings ({Format.N(r.ChosenFilings)} to choose, " +
            $"{Format.N(r.ChosenRows)} of their rows), {Format.N(r.IdentifierRows)} identifier rows, {Format.N(r.DebtRows)} debt rows, " +
            $"{Format.N(r.FlaggedRows)} planted flagged rows");
        return 0;
    }

    public static int Read(Options o)
    {
        var folder = o.Required("data-set");
        var months = o.String("months") is { } m ? Enum.Parse<NportMonths>(m, ignoreCase: true) : NportMonths.Latest;
        int? workers = o.String("workers") is { } w ? int.Parse(w, CultureInfo.InvariantCulture) : null;
        o.EnsureAllRead();
        var zip = Directory.Exists(folder) && File.Exists(Path.Combine(folder, NportDataSetWriter.ZipName)) ? Path.Combine(folder, NportDataSetWriter.ZipName) : folder;
        var generated = Path.GetDirectoryName(Path.GetFullPath(zip))!;

        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long peakHeap = 0;
        var running = true;
        var sampler = new Thread(() =>
        {
            while (Volatile.Read(ref running))
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                Thread.Sleep(10);
            }
        }) { IsBackground = true };
        sampler.Start();

        var sw = Stopwatch.StartNew();
        var cpu0 = Cpu();
        double? firstFund = null;
        int funds = 0, rejected = 0;
        long rows = 0, notHolding = 0, endLines = 0;
        var isinAt = new Dictionary<int, string?>();
        foreach (var item in NportDataSetReader.Read(zip, Path.GetFileName(zip), months,
                     workers: workers, progress: step => Console.WriteLine($"  {Format.S(sw.Elapsed.TotalSeconds),7} s (CPU {Format.S(Cpu() - cpu0),7} s)  {step}  (heap {Mb(GC.GetTotalMemory(false))} MB)")))
        {
            switch (item)
            {
                case FundDetected:
                    firstFund ??= sw.Elapsed.TotalSeconds;
                    funds++;
                    break;
                case HoldingRead h:
                    rows++;
                    if (h.Row.Isin is { } isin && isin.Length > 0) isinAt[h.Row.Source.Line] = isin;
                    break;
                case NotAHolding n:
                    notHolding += n.Source.LineCount;
                    break;
                case Rejected r:
                    rejected += r.Source.LineCount;
                    break;
                case EndOfFile e:
                    endLines = e.Lines;
                    break;
            }
        }
        var seconds = sw.Elapsed.TotalSeconds;
        var cpu = Cpu() - cpu0;
        Volatile.Write(ref running, false);
        sampler.Join();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var peakWorkingSet = Process.GetCurrentProcess().PeakWorkingSet64;

        var dataLines = endLines - 1;
        Console.WriteLine($"read {Format.N(endLines)} lines of FUND_REPORTED_HOLDING.tsv in {Format.S(seconds)} s, {Format.S(cpu)} s of CPU " +
            $"({Format.N((long)(dataLines / seconds))} rows/s; {Format.N((long)(dataLines / cpu))} rows per CPU second; first fund after {Format.S(firstFund ?? 0)} s; " +
            $"machine load average {LoadAverage()}; parsing threads {(workers ?? Environment.ProcessorCount)}): {Format.N(funds)} funds, " +
            $"{Format.N(rows)} holdings, {Format.N(notHolding)} lines not holdings (header and superseded filings), {Format.N(rejected)} rejected");
        Console.WriteLine($"memory: managed heap peak {Mb(peakHeap)} MB (baseline {Mb(baseline)} MB, sampled every 10 ms), " +
            $"process peak working set {Mb(peakWorkingSet)} MB, allocated {Mb(allocated)} MB in all; server GC {System.Runtime.GCSettings.IsServerGC}");

        var filingsPath = Path.Combine(generated, NportDataSetWriter.FilingsFileName);
        if (File.Exists(filingsPath) && months == NportMonths.Latest)
        {
            var filings = File.ReadLines(filingsPath).Skip(1).Select(l => l.Split(',')).ToList();
            var chosen = filings.Where(f => f[4] == "yes").ToList();
            var expectedRows = chosen.Sum(f => long.Parse(f[5], CultureInfo.InvariantCulture));
            var expectedSuperseded = filings.Where(f => f[4] == "no").Sum(f => long.Parse(f[5], CultureInfo.InvariantCulture));
            var manifest = Manifest.Read(Path.Combine(generated, Manifest.FileName));
            var plantedFound = manifest.Count(e => isinAt.TryGetValue(e.Line, out var isin) && isin == e.Isin);
            var ok = funds == chosen.Count && rows + rejected == expectedRows && notHolding == expectedSuperseded + 1 && plantedFound == manifest.Count;
            Console.WriteLine($"check against {NportDataSetWriter.FilingsFileName}: funds {funds} of {chosen.Count} chosen filings, holdings and rejected " +
                $"{Format.N(rows + rejected)} of {Format.N(expectedRows)}, superseded {Format.N(notHolding - 1)} of {Format.N(expectedSuperseded)}, " +
                $"planted rows with their ISIN {Format.N(plantedFound)} of {Format.N(manifest.Count)}: {(ok ? "OK" : "MISMATCH")}");
            if (!ok) return 1;
        }
        return 0;
    }

    private static string Mb(long bytes) => Format.N(bytes / (1024 * 1024));

    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    /// <summary>The one-minute load average where the system tells it (Linux), to read wall-clock figures against.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}

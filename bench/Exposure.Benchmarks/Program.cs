using System.Diagnostics;
using System.Text.Json;
using Exposure.Synthetic;

namespace Exposure.Benchmarks;

/// <summary>
/// Scripted benchmarks (not BenchmarkDotNet): generate synthetic universes, then time matching and the end-to-end run on
/// them and check the results against the manifest of planted rows. See docs/benchmarks.md.
/// </summary>
public static class Program
{
    internal const string ResultPrefix = "RESULT ";
    internal static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private const string Usage = """
        usage:
          generate --out DIR [--rows 1000000] [--distinct 200000] [--companies 5000] [--names 20000] [--seed 1]
                   [--rows-per-file 2500] [--shapes ishares-raw,ishares-trimmed,resaved,plain] [--flagged-rate 0.002]
                   [--bundled-share 0.2] [--no-bundled] [--bundled-reference DIR]
          match    --universe DIR [--json]
          pandas   --universe DIR [--rounds 3] [--script bench/pandas/exact_join.py] [--cli src/Exposure.Cli/bin/Release/net10.0/exposure.dll]
                   (exposure report and the pandas exact join, each a process of its own, alternating on the same
                   universe; medians compared)
          run      --universe DIR [--out DIR] [--keep-output] [--json] [--workers N]   (reading threads; default one per core)
          scheme   --universe DIR [--managers 12] [--xlsx-rows 1000000] [--every-format] [--keep-output]   (a scheme of every fund file, end to end)
          nport-generate --out DIR [--rows 8000000] [--series 15000] [--distinct 200000] [--companies 5000] [--names 20000] [--seed 1]
                   [--flagged-rate 0.002] [--earlier-month-share 0.25] [--amended-share 0.02] [--interleave] [--no-bundled]
                   (a synthetic SEC N-PORT quarterly data set zip)
          nport-read --data-set DIR|ZIP [--months latest|all] [--workers N]   (the data set reader alone: rows/s and memory)
          nport-run --data-set DIR|ZIP [--workers N] [--keep-output]   (the data set screened end to end: JSON, CSV, workbook)
          ftm-generate --out FILE [--entities 1000000]    (a synthetic OpenSanctions FtM JSON-lines file)
          ftm      --file FILE [--dataset NAME]           (import it; one import per process, for its peak memory)
          list-scale --universe DIR [--companies 100000]   (screening cost with a large list combined in)
          suite    --work DIR [--sizes 100000,300000,1000000] [--ratio 5] [--min-distinct 0] [--companies 5000] [--names 20000]
                   [--seed 1] [--rows-per-file 2500] [--shapes LIST] [--scenarios match,run] [--bundled-reference DIR]
        """;

    private static readonly HashSet<string> Flags = new(StringComparer.OrdinalIgnoreCase) { "no-bundled", "json", "keep-output", "interleave", "every-format" };

    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 64 : 0;
        }
        try
        {
            var options = new Options(args.Skip(1), Flags);
            return args[0] switch
            {
                "generate" => Generate(options),
                "match" => Scenario(options, "match"),
                "run" => Scenario(options, "run"),
                "pandas" => Pandas(options),
                "scheme" => SchemeScenario.Run(options),
                "ftm-generate" => FtmGenerate(options),
                "ftm" => FtmImport(options),
                "list-scale" => ListScale(options),
                "suite" => RunSuite(options),
                "nport-generate" => NportScenario.Generate(options, BundledReference(options)),
                "nport-read" => NportScenario.Read(options),
                "nport-run" => NportRunScenario.Run(options),
                _ => throw new UsageException($"unknown command '{args[0]}'"),
            };
        }
        catch (Exception e) when (e is UsageException or ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            Console.Error.WriteLine(Usage);
            return 64;
        }
        catch (Exception e) when (e is IOException or Exposure.Core.DataException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    private static int Generate(Options o)
    {
        var folder = o.Required("out");
        var reference = new ReferenceOptions(
            BundledReference(o), o.Int("seed", 1), o.Int("companies", 5_000), o.Int("names", 20_000), !o.Flag("no-bundled"));
        var shapes = o.String("shapes")?.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(HoldingsShapes.Parse).ToList();
        var options = new UniverseOptions(reference, o.Long("rows", 1_000_000), o.Int("distinct", 200_000), o.Int("rows-per-file", 2_500),
            shapes, o.Double("flagged-rate", 0.002), o.Double("bundled-share", 0.2));
        o.EnsureAllRead();
        var sw = Stopwatch.StartNew();
        var r = SyntheticUniverse.Generate(options, folder, Console.WriteLine);
        Console.WriteLine($"generated in {Format.S(sw.Elapsed.TotalSeconds)} s: {r.Files.Count} files, {Format.N(r.Rows)} rows, " +
            $"{Format.N(r.DistinctSecurities)} distinct unlisted-by-source securities, {Format.N(r.FlaggedRows)} planted flagged rows; " +
            $"list {r.Version}: {Format.N(r.Companies)} companies, {Format.N(r.NameRows)} names");
        Console.WriteLine($"reference: {r.ReferenceFolder}");
        Console.WriteLine($"holdings:  {r.HoldingsFolder}");
        Console.WriteLine($"manifest:  {r.ManifestPath}");
        return 0;
    }

    private static int Scenario(Options o, string scenario)
    {
        var universe = o.Required("universe");
        var json = o.Flag("json");
        var outFolder = scenario == "run" ? o.String("out") : null;
        var keep = scenario == "run" && o.Flag("keep-output");
        int? workers = scenario == "run" && o.String("workers") is { } w ? int.Parse(w, System.Globalization.CultureInfo.InvariantCulture) : null;
        o.EnsureAllRead();
        Action<string> log = json ? _ => { } : Console.WriteLine;
        var result = scenario == "match"
            ? MatchScenario.Run(universe, log)
            : RunScenario.Run(universe, outFolder, keep, log, workers);
        Suite.PrintDetail(Console.Out, result);
        if (json) Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result, Json));
        return 0;
    }

    private static int Pandas(Options o)
    {
        var universe = o.Required("universe");
        var rounds = o.Int("rounds", 3);
        var script = o.String("script") ?? Path.Combine(RepoRoot(), "bench", "pandas", "exact_join.py");
        var cli = o.String("cli") ?? Path.Combine(RepoRoot(), "src", "Exposure.Cli", "bin", "Release", "net10.0", "exposure.dll");
        o.EnsureAllRead();
        return PandasComparison.Run(universe, script, cli, rounds, Console.WriteLine);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Exposure.sln"))) return dir.FullName;
        throw new UsageException("the repository was not found above the benchmark program: give --script and --cli");
    }

    private static int FtmGenerate(Options o)
    {
        var path = o.Required("out");
        var entities = o.Int("entities", 1_000_000);
        o.EnsureAllRead();
        var sw = Stopwatch.StartNew();
        FtmImportScenario.Generate(path, entities);
        Console.WriteLine($"generated {Format.N(entities)} entities in {Format.S(sw.Elapsed.TotalSeconds)} s: {path}");
        return 0;
    }

    private static int FtmImport(Options o)
    {
        var path = o.Required("file");
        var datasets = o.String("dataset") is { } d ? d.Split(',', StringSplitOptions.RemoveEmptyEntries) : [];
        var bundled = BundledReference(o);
        o.EnsureAllRead();
        return FtmImportScenario.Run(path, datasets, bundled);
    }

    private static int ListScale(Options o)
    {
        var universe = o.Required("universe");
        var companies = o.Int("companies", 100_000);
        var bundled = BundledReference(o);
        o.EnsureAllRead();
        return ListScaleScenario.Run(universe, companies, bundled);
    }

    private static int RunSuite(Options o)
    {
        var work = o.Required("work");
        var sizes = o.Longs("sizes", [100_000, 300_000, 1_000_000]);
        var scenarios = o.String("scenarios")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()
            ?? ["match", "run"];
        if (scenarios.Any(s => s is not ("match" or "run"))) throw new UsageException("--scenarios takes match and/or run");
        var ratio = o.Int("ratio", 5);
        var minDistinct = o.Int("min-distinct", 0);
        var companies = o.Int("companies", 5_000);
        var names = o.Int("names", 20_000);
        var seed = o.Int("seed", 1);
        var rowsPerFile = o.Int("rows-per-file", 2_500);
        var shapes = o.String("shapes")?.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(HoldingsShapes.Parse).ToList();
        var bundled = BundledReference(o);
        o.EnsureAllRead();

        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, " +
            $".NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}");
        var results = Suite.Run(work, sizes, ratio, minDistinct, companies, names, seed, rowsPerFile, shapes, scenarios, bundled, Console.WriteLine);
        Suite.PrintTable(Console.Out, results);
        File.WriteAllText(Path.Combine(work, "results.json"), JsonSerializer.Serialize(results, Indented));
        return 0;
    }

    /// <summary>The real list whose exchanges (and, unless --no-bundled, companies) the synthetic list takes.</summary>
    private static string BundledReference(Options o)
    {
        if (o.String("bundled-reference") is { } given) return given;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Exposure.sln")))
                    return Path.Combine(dir.FullName, "reference-data");
        throw new UsageException("cannot find the repository's reference-data/: give --bundled-reference DIR");
    }
}

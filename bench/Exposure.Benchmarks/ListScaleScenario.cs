using System.Diagnostics;
using System.Globalization;
using System.Text;
using Exposure.Core.Families;
using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Lists.Combine;
using Exposure.Readers.Csv;
using Exposure.Synthetic;

namespace Exposure.Benchmarks;

/// <summary>
/// Screening cost against a large list: the holdings of a generated universe screened against its own list, then
/// against that list combined with a spreadsheet list of many synthetic companies (names from a large vocabulary, half
/// with an ISIN), then against the first again. Times loading and combining the lists, building the matcher, and reading
/// and matching every holding.
/// </summary>
internal static class ListScaleScenario
{
    private static readonly string[] Onsets = ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "qu", "r", "s", "t", "v", "w", "z", "br", "tr", "st", "gl", "pr"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ou", "ea"];
    private static readonly string[] Forms = ["Co., Ltd.", "Holdings Limited", "Group Co., Ltd.", "Industrial Corporation", "Technology Inc."];

    public static int Run(string universe, int companies, string bundledReference)
    {
        var (referenceFolder, holdingsFolder, files, _) = SyntheticUniverse.Open(universe);
        var listPath = Path.Combine(universe, $"synthetic-list-{companies}.csv");
        if (!File.Exists(listPath)) WriteList(listPath, companies);
        Console.WriteLine($"list: {listPath} ({Format.N(new FileInfo(listPath).Length >> 10)} KiB, {Format.N(companies)} companies)");
        Console.WriteLine("lists                               | companies | load+combine s | build matcher s | read+match s (CPU) | new securities µs | rows    | matched | review");
        // Each configuration twice, alternating: the first pass of each pays for compiling the code it runs.
        foreach (var specs in new[] { new[] { referenceFolder }, [referenceFolder, listPath], [referenceFolder], [referenceFolder, listPath] })
        {
            var sw = Stopwatch.StartNew();
            var loaded = specs.Select(s => ListLoader.Load(s, bundledReference)).ToList();
            var read = sw.Elapsed.TotalSeconds;
            var set = ListSet.Combine(loaded);
            var load = sw.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  (read and convert {read:0.00} s, combine {load - read:0.00} s)"));
            sw.Restart();
            var matcher = new Matcher(set.Data);
            var normaliser = new HoldingNormaliser(set.Data.Exchanges);
            var build = sw.Elapsed.TotalSeconds;
            sw.Restart();
            var cpu = PhaseClock.CpuSeconds();
            long rows = 0, matched = 0, review = 0, newTicks = 0;
            foreach (var file in files)
                foreach (var item in CsvHoldingsReader.Read(Path.Combine(holdingsFolder, file.Name), file.Name))
                {
                    if (item is not HoldingRead { Row: var row }) continue;
                    rows++;
                    var holding = normaliser.Normalise(row);
                    if (holding.ExclusionReason is not null) continue;
                    var before = matcher.DistinctSecurities;
                    var t0 = Stopwatch.GetTimestamp();
                    var result = matcher.Match(holding);
                    if (matcher.DistinctSecurities != before) newTicks += Stopwatch.GetTimestamp() - t0;
                    var state = CorporateFamilies.StateOf(result);
                    if (state is RowState.Matched or RowState.Related) matched++;
                    else if (state == RowState.NeedsReview) review++;
                }
            var match = sw.Elapsed.TotalSeconds;
            var matchCpu = PhaseClock.CpuSeconds() - cpu;
            var perNew = newTicks * 1e6 / Stopwatch.Frequency / Math.Max(1, matcher.DistinctSecurities);
            var label = string.Join(" + ", specs.Select(s => s == listPath ? $"{companies / 1000}k spreadsheet" : "universe list"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label,-35} | {set.Data.Companies.Count,9:N0} | {load,14:0.00} | {build,15:0.00} | {match,7:0.00} ({matchCpu,5:0.00}) | {perNew,17:0.0} | {rows,7:N0} | {matched,7:N0} | {review,6:N0}"));
        }
        return 0;
    }

    private static void WriteList(string path, int companies)
    {
        var rng = new Random(11);
        string Word()
        {
            var sb = new StringBuilder();
            var syllables = 2 + rng.Next(2);
            for (var i = 0; i < syllables; i++) sb.Append(Onsets[rng.Next(Onsets.Length)]).Append(Vowels[rng.Next(Vowels.Length)]);
            if (rng.Next(3) == 0) sb.Append('n');
            sb[0] = char.ToUpperInvariant(sb[0]);
            return sb.ToString();
        }
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine("# name: Synthetic benchmark list (not real allegations)");
        writer.WriteLine("# source: https://synthetic.invalid/benchmark-list");
        writer.WriteLine("# source_kind: report");
        writer.WriteLine("name,isin,aliases,country");
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < companies; i++)
        {
            string name;
            do name = $"{Word()} {Word()} {Forms[rng.Next(Forms.Length)]}";
            while (!names.Add(name));
            var isin = i % 2 == 0 ? Isin(i) : "";
            var alias = rng.Next(4) == 0 ? $"{Word()} {Word()}" : "";
            writer.WriteLine($"\"{name}\",{isin},\"{alias}\",CN");
        }
    }

    private static string Isin(int index)
    {
        var body = "XC" + index.ToString("D9", CultureInfo.InvariantCulture);
        for (var d = 0; d <= 9; d++)
            if (Core.Identifiers.Isin.IsValid(body + d)) return body + d;
        throw new InvalidOperationException("no check digit");
    }
}

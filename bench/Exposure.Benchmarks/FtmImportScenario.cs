using System.Diagnostics;
using System.Text;
using Exposure.Lists.Import;
using Exposure.Lists.Model;
using Exposure.Readers.Reference;

namespace Exposure.Benchmarks;

/// <summary>
/// Imports a synthetic OpenSanctions FollowTheMoney file (JSON lines): time, peak working set and managed heap after the
/// import, so that a file of a million entities can be seen to import in flat memory. Run one import per process: the
/// peak working set is the process's.
/// </summary>
internal static class FtmImportScenario
{
    /// <summary>Writes <paramref name="entities"/> entities: per ten, six companies (1% of them in us_dhs_uflpa), two securities, a sanction and a person.</summary>
    public static void Generate(string path, int entities)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        var company = 0;
        for (var i = 0; i < entities; i++)
        {
            var slot = i % 10;
            if (slot < 6)
            {
                var dataset = company % 100 == 0 ? "us_dhs_uflpa" : company % 2 == 0 ? "us_ofac_cons" : "gb_hmt_sanctions";
                writer.Write("{\"id\":\"c");
                writer.Write(company);
                writer.Write("\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Synthetic Example Company ");
                writer.Write(company);
                writer.Write(" Co., Ltd.\"],\"alias\":[\"SEC ");
                writer.Write(company);
                writer.Write("\"],\"country\":[\"cn\"],\"topics\":[\"sanction\"],\"notes\":[\"Synthetic benchmark entity, not a real listing.\"]},\"datasets\":[\"");
                writer.Write(dataset);
                writer.WriteLine("\"],\"first_seen\":\"2023-06-09T00:00:00\",\"last_seen\":\"2025-01-15T00:00:00\",\"last_change\":\"2023-06-09T00:00:00\",\"target\":true}");
                company++;
            }
            else if (slot < 8)
            {
                var issuer = Math.Max(0, company - 1 - slot);
                writer.Write("{\"id\":\"s");
                writer.Write(i);
                writer.Write("\",\"schema\":\"Security\",\"properties\":{\"isin\":[\"");
                writer.Write(Isin(i));
                writer.Write("\"],\"issuer\":[\"c");
                writer.Write(issuer);
                writer.WriteLine("\"]},\"datasets\":[\"securities\"],\"target\":false}");
            }
            else if (slot == 8)
            {
                writer.Write("{\"id\":\"x");
                writer.Write(i);
                writer.Write("\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"c");
                writer.Write(Math.Max(0, company - 1));
                writer.WriteLine("\"],\"program\":[\"Synthetic program\"],\"startDate\":[\"2023-06-09\"]},\"datasets\":[\"us_ofac_cons\"],\"target\":false}");
            }
            else
            {
                writer.Write("{\"id\":\"p");
                writer.Write(i);
                writer.WriteLine("\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Synthetic Person\"]},\"datasets\":[\"us_ofac_cons\"],\"target\":true}");
            }
        }
    }

    public static int Run(string path, IReadOnlyList<string> datasets, string bundledReference)
    {
        var exchanges = ReferenceDataLoader.Load(bundledReference).Exchanges;
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(true);
        var sw = Stopwatch.StartNew();
        var list = ListImporter.Import(path, path, new ImportOptions(Datasets: datasets), exchanges);
        var seconds = sw.Elapsed.TotalSeconds;
        var heapAfter = GC.GetTotalMemory(true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var bytes = new FileInfo(path).Length;
        Console.WriteLine($"ftm import: {Format.N(bytes >> 20)} MiB file, filter {(datasets.Count == 0 ? "none" : string.Join(",", datasets))}: " +
            $"{Format.N(list.Entries.Count)} entries kept ({Format.N(list.Entries.Sum(e => e.Isins.Count))} ISINs), {Format.N(list.Problems.Count)} problems, " +
            $"{Format.S(seconds)} s; peak working set {Format.N(process.PeakWorkingSet64 >> 20)} MiB; managed heap held after import " +
            $"{Format.N(Math.Max(0, heapAfter - heapBefore) >> 20)} MiB; GC pauses {Format.S(GC.GetTotalPauseDuration().TotalSeconds)} s ({GC.CollectionCount(2)} gen-2 collections)");
        GC.KeepAlive(list);
        return 0;
    }

    /// <summary>A synthetic ISIN with a correct check digit (country XS), unique per index.</summary>
    private static string Isin(int index)
    {
        var body = "XS" + index.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        for (var d = 0; d <= 9; d++)
        {
            var candidate = body + d;
            if (Core.Identifiers.Isin.IsValid(candidate)) return candidate;
        }
        throw new InvalidOperationException("no check digit");
    }
}

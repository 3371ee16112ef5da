using System.Diagnostics;
using System.Globalization;
using System.Text;
using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.Pipeline.Schemes;
using Exposure.Reports.Csv;
using Exposure.Reports.Excel.Report;
using Exposure.Reports.Html;
using Exposure.Reports.Json;
using Exposure.Reports.Parquet;
using Exposure.Reports.Pdf.Report;

namespace Exposure.Benchmarks;

/// <summary>
/// The portfolio-scale run: one scheme investing in every fund file of a universe, in three currencies, through a
/// dozen managers, run end to end (read, match, look through, aggregate, write JSON, CSV and the workbook).
/// </summary>
internal static class SchemeScenario
{
    public static int Run(Options o)
    {
        var universe = o.Required("universe");
        var managers = o.Int("managers", 12);
        var xlsxRows = o.Long("xlsx-rows", ExcelReportRenderer.DefaultDetailRows);
        var keep = o.Flag("keep-output");
        var everyFormat = o.Flag("every-format");
        o.EnsureAllRead();

        var scheme = WriteScheme(universe, managers);
        var output = Path.Combine(universe, "scheme-output");
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);

        var sw = Stopwatch.StartNew();
        var plan = PortfolioPlan.Load(scheme, "scheme.json");
        IReportRenderer[] renderers =
        [
            new ExcelReportRenderer(xlsxRows), new JsonReportRenderer(), new FundsCsvRenderer(), new MatchesCsvRenderer(),
            new RejectedCsvRenderer(), new ReviewCandidatesCsvRenderer(), ScreenedOutCsvRenderer.Unmatched(), ScreenedOutCsvRenderer.Excluded(),
        ];
        // --every-format: besides these, what `exposure report --format pdf,html,xlsx,json,csv,parquet` writes.
        if (everyFormat)
            renderers = [new PdfReportRenderer(new PdfReportOptions()), new HtmlReportRenderer(), .. renderers, new DecisionsTemplateCsvRenderer(),
                new RegistrantsCsvRenderer(), new ChangesCsvRenderer(), .. ParquetFormat.Renderers()];
        var phases = new List<(string Step, double At, double Cpu, double Paused)>();
        using var self = Process.GetCurrentProcess();
        var progress = new Progress(p =>
        {
            if (p.FilesDone == 0 || p.FilesDone == p.FilesTotal)
            {
                // Files are written two at a time: steps are reported from two threads.
                lock (phases)
                {
                    self.Refresh();
                    phases.Add((p.Step, sw.Elapsed.TotalSeconds, self.TotalProcessorTime.TotalSeconds, GC.GetTotalPauseDuration().TotalSeconds));
                }
            }
            if (p.FilesDone > 0 && p.FilesDone % 500 == 0 && p.FilesDone < p.FilesTotal)
                Console.WriteLine($"  {p.FilesDone:N0}/{p.FilesTotal:N0} files, {p.RowsRead:N0} rows, {sw.Elapsed.TotalSeconds:0.0} s, " +
                    $"working set {Environment.WorkingSet / 1e6:N0} MB");
        });
        var result = ExposureRun.Execute(new RunRequest(plan.Inputs(), Path.Combine(universe, "reference"), output, renderers,
            "benchmark", Portfolio: plan), progress);
        sw.Stop();

        using var process = Process.GetCurrentProcess();
        var p = result.Report.Portfolio!;
        var s = result.Report.Summary;
        Console.WriteLine($"scheme: {p.Entries.Count:N0} funds, {s.HoldingRows:N0} holding rows ({s.Lines.Total:N0} lines), " +
            $"{s.DistinctSecurities:N0} distinct securities, {p.Managers.Count} managers, {p.FxRates.Count} exchange rates");
        Console.WriteLine($"  {sw.Elapsed.TotalSeconds:0.00} s wall, {process.TotalProcessorTime.TotalSeconds:0.00} s CPU, " +
            $"{s.HoldingRows / sw.Elapsed.TotalSeconds:N0} rows/s, peak working set {process.PeakWorkingSet64 / 1e6:N0} MB, " +
            $"allocated {GC.GetTotalAllocatedBytes() / 1e6:N0} MB, GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} pausing {GC.GetTotalPauseDuration().TotalSeconds:0.00} s");
        // The files are written two at a time (those listing every screened-out row first): the writing is
        // timed as a whole, and each file by when it started.
        var writing = phases.FindIndex(x => x.Step.StartsWith("writing ", StringComparison.Ordinal));
        if (writing < 0) writing = phases.Count;
        phases.Add(("end", sw.Elapsed.TotalSeconds, process.TotalProcessorTime.TotalSeconds, GC.GetTotalPauseDuration().TotalSeconds));
        for (var i = 0; i < writing; i++)
            Console.WriteLine($"    {phases[i].Step,-40} {phases[i + 1].At - phases[i].At,8:0.00} s {phases[i + 1].Cpu - phases[i].Cpu,8:0.00} s CPU " +
                $"{phases[i + 1].Paused - phases[i].Paused,6:0.00} s GC pause");
        if (writing < phases.Count - 1)
        {
            var (start, end) = (phases[writing], phases[^1]);
            Console.WriteLine($"    {"writing the reports (two at a time)",-40} {end.At - start.At,8:0.00} s {end.Cpu - start.Cpu,8:0.00} s CPU {end.Paused - start.Paused,6:0.00} s GC pause");
            for (var i = writing; i < phases.Count - 1; i++) Console.WriteLine($"      {phases[i].Step,-38} started at +{phases[i].At - start.At:0.00} s");
        }
        Console.WriteLine($"  invested {p.TotalInvested:N0} {p.ReportCurrency}, named {p.FlaggedValue:N0} ({p.FlaggedShare:P3}), " +
            $"looked through {p.Coverage.LookedThroughShare:P2}, findings {result.Report.Findings.Count:N0}");
        foreach (var file in result.Written)
            Console.WriteLine($"  {Path.GetFileName(file),-28} {new FileInfo(file).Length / 1e6,10:N1} MB");
        if (!keep) Directory.Delete(output, recursive: true);
        return 0;
    }

    /// <summary>scheme.json and fx-rates.csv over every holdings file of the universe, deterministic.</summary>
    private static string WriteScheme(string universe, int managers)
    {
        var files = Directory.GetFiles(Path.Combine(universe, "holdings"), "*.csv").Order(StringComparer.Ordinal).ToList();
        string[] currencies = ["GBP", "USD", "EUR"];
        var json = new StringBuilder();
        json.Append("{\n  \"title\": \"Synthetic scheme (benchmark)\",\n  \"reportCurrency\": \"GBP\",\n  \"fxRates\": \"fx-rates.csv\",\n  \"holdings\": [\n");
        for (var i = 0; i < files.Count; i++)
        {
            var amount = 1_000_000 + (i * 7919 % 50) * 100_000;
            json.Append(CultureInfo.InvariantCulture,
                $"    {{ \"id\": \"fund-{i:D5}\", \"name\": \"Synthetic fund {i:D5}\", \"manager\": \"Manager {i % managers + 1:D2}\", " +
                $"\"file\": \"holdings/{Path.GetFileName(files[i])}\", \"amount\": {amount}, \"currency\": \"{currencies[i % 3]}\" }}");
            json.Append(i + 1 < files.Count ? ",\n" : "\n");
        }
        json.Append("  ]\n}\n");
        var path = Path.Combine(universe, "scheme.json");
        File.WriteAllText(path, json.ToString());
        File.WriteAllText(Path.Combine(universe, "fx-rates.csv"), "from,to,rate\nUSD,GBP,0.79\nEUR,GBP,0.86\n");
        return path;
    }

    private sealed class Progress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}

using System.Text;
using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.Reports.Csv;
using Exposure.Reports.Excel.Report;
using Exposure.Reports.Json;
using Exposure.Reports.Pdf.Fonts;
using Exposure.Reports.Pdf.Report;
using Exposure.Synthetic;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// Files are read, and new securities screened, on several threads at once: every output must be the same bytes
/// whatever the number of threads and their timing.
/// </summary>
public sealed class ParallelReadingTests
{
    private static readonly string NportDataSet = Path.Combine(RepoPaths.Root, "tests", "Exposure.Readers.Tests", "Fixtures", "nport-dataset");

    [SkippableFact]
    public void Every_output_is_the_same_bytes_whatever_the_number_of_reading_threads()
    {
        using var temp = new TempFolder();
        var inputs = Inputs(Path.Combine(temp.Path, "in"));

        var one = Run(inputs, Path.Combine(temp.Path, "one"), 1);
        Assert.Contains("exposure-report.json", one.Keys);
        Assert.Contains("unmatched.csv", one.Keys);
        foreach (var workers in new[] { 2, 3, 8, 2 })
        {
            var other = Run(inputs, Path.Combine(temp.Path, $"w{workers}-{Guid.NewGuid():N}"), workers);
            Assert.Equal(one.Keys, other.Keys);
            Assert.Empty(OutputHashes.Differences(one, other));
        }
    }

    [Fact]
    public void A_generated_interleaved_nport_data_set_gives_the_same_bytes_whatever_the_number_of_parsing_threads()
    {
        using var temp = new TempFolder();
        var generated = NportDataSetWriter.Generate(
            new NportDataSetOptions(new ReferenceOptions(RepoPaths.ReferenceData, 7, Companies: 300, Names: 1_200), Rows: 20_000, Series: 120,
                Distinct: 2_000, FlaggedRate: 0.02, EarlierMonthShare: 0.3, AmendedShare: 0.1, Interleave: true),
            Path.Combine(temp.Path, "data-set"));
        var reference = Path.Combine(temp.Path, "data-set", "reference");
        SortedDictionary<string, string> Screen(int workers)
        {
            var output = Path.Combine(temp.Path, $"w{workers}-{Guid.NewGuid():N}");
            IReportRenderer[] renderers =
            [
                new JsonReportRenderer(), new FundsCsvRenderer(), new MatchesCsvRenderer(), new RejectedCsvRenderer(), new ReviewCandidatesCsvRenderer(),
                ScreenedOutCsvRenderer.Unmatched(), ScreenedOutCsvRenderer.Excluded(), new ExcelReportRenderer(),
            ];
            var result = ExposureRun.Execute(new RunRequest([new HoldingsInput(generated.ZipPath, NportDataSetWriter.ZipName)], reference, output, renderers, "test")
            {
                ReadWorkers = workers,
            });
            Assert.Equal(20_001, result.Report.Summary.Lines.Total);
            Assert.NotEmpty(result.Report.Findings);
            return OutputHashes.Of(output);
        }

        var one = Screen(1);
        Assert.Contains("unmatched.csv", one.Keys);
        foreach (var workers in new[] { 2, 8 })
        {
            var other = Screen(workers);
            Assert.Equal(one.Keys, other.Keys);
            Assert.Empty(OutputHashes.Differences(one, other));
        }
    }

    /// <summary>
    /// Many small files whose rows repeat the same securities from file to file, some written with another case or
    /// spacing (the same security, but another name as written: the first row in file order must decide the evidence
    /// shown), in every CSV shape the samples have, with the N-PORT data set fixture among them.
    /// </summary>
    private static List<HoldingsInput> Inputs(string folder)
    {
        Directory.CreateDirectory(folder);
        var sources = new[]
        {
            RepoPaths.IllustrativeHoldings,
            Path.Combine(RepoPaths.Root, "samples", "scheme", "em-equity-2026-06.csv"),
            Path.Combine(RepoPaths.Root, "samples", "scheme", "em-equity-2026-09.csv"),
            Path.Combine(RepoPaths.Root, "samples", "scheme", "multi-asset-2026-09.csv"),
        };
        var inputs = new List<HoldingsInput>();
        for (var i = 0; i < 24; i++)
        {
            var source = sources[i % sources.Length];
            var text = File.ReadAllText(source);
            // Every third copy writes names in lower case, every fifth pads them with spaces.
            if (i % 3 == 1) text = ChangeNames(text, n => n.ToLowerInvariant());
            if (i % 5 == 2) text = ChangeNames(text, n => "  " + n + " ");
            var path = Path.Combine(folder, $"fund-{i:00}.csv");
            File.WriteAllText(path, text, new UTF8Encoding(true));
            inputs.Add(new HoldingsInput(path, $"fund-{i:00}.csv"));
            if (i == 11) inputs.Add(new HoldingsInput(NportDataSet, "nport-dataset"));
        }
        return inputs;
    }

    /// <summary>Changes the quoted field after the first comma of each row that has one (the name in these files' layouts) where it is all capitals.</summary>
    private static string ChangeNames(string text, Func<string, string> change)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var fields = lines[i].Split(',');
            if (fields.Length < 5) continue;
            for (var f = 0; f < 2; f++)
            {
                var field = fields[f].Trim('"');
                if (field.Length > 6 && field.Any(char.IsLetter) && field.Where(char.IsLetter).All(char.IsUpper) && field.Contains(' ', StringComparison.Ordinal))
                    fields[f] = fields[f].Replace(field, change(field), StringComparison.Ordinal);
            }
            lines[i] = string.Join(',', fields);
        }
        return string.Join('\n', lines);
    }

    private static SortedDictionary<string, string> Run(List<HoldingsInput> inputs, string outDir, int workers)
    {
        var renderers = ReportFormats.Renderers(ReportFormats.Known, new PdfReportOptions());
        try
        {
            ExposureRun.Execute(new RunRequest(inputs, RepoPaths.ReferenceData, outDir, renderers, "test") { ReadWorkers = workers });
        }
        catch (FontNotFoundException e)
        {
            throw new SkipException("no TrueType font for the PDF: " + e.Message);
        }
        return OutputHashes.Of(outDir);
    }
}

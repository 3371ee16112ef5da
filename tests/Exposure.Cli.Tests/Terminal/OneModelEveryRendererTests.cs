using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests.Terminal;

/// <summary>
/// The sample scheme through every renderer, the terminal included: the counts of named and related companies, the
/// funds and their values are the model's (exposure-report.json) in the terminal, the CSV files, the workbook, the PDF
/// and the web page.
/// </summary>
public sealed class OneModelEveryRendererTests
{
    private static string Scheme => Path.Combine(RepoPaths.Root, "samples", "scheme", "scheme.json");

    [SkippableFact]
    public void The_sample_scheme_gives_the_same_counts_and_values_in_every_output()
    {
        using var temp = new TempFolder();
        var run = CliRunner.Run("report", "--portfolio", Scheme, "--out", temp.Path);
        Skip.If(run.ExitCode == ExitCodes.MissingFont, "no TrueType font for the PDF: " + run.Error.Trim());
        Assert.True(run.ExitCode == 0, run.Error);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "exposure-report.json")));
        var root = json.RootElement;
        var portfolio = root.GetProperty("portfolio");
        var named = portfolio.GetProperty("companiesNamed").GetInt32();
        var related = portfolio.GetProperty("companiesRelated").GetInt32();
        var namedInFiles = root.GetProperty("summary").GetProperty("companiesFlagged").GetInt32();
        var relatedInFiles = root.GetProperty("summary").GetProperty("companiesRelated").GetInt32();
        var funds = root.GetProperty("funds").EnumerateArray().ToList();
        var flagged = portfolio.GetProperty("flaggedValue").GetDecimal();
        // The model's own counts agree with the lists it holds.
        Assert.Equal(portfolio.GetProperty("companies").EnumerateArray().Count(c => c.GetProperty("state").GetString() == "matched"), named);
        Assert.NotEqual(named, namedInFiles); // the sample's earlier snapshot holds a company the latest does not: both counts must be told apart

        // Terminal: the scheme's count, and the count over every file read, each said as what it is.
        var scheme = Match(run.Output, @"Through the scheme[^:]*: (\d+) named compan(?:y|ies) and (\d+) related compan");
        Assert.Equal((named, related), (int.Parse(scheme.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(scheme.Groups[2].Value, CultureInfo.InvariantCulture)));
        var files = Match(run.Output, @"Across every holdings file read[^:]*: (\d+) named compan(?:y|ies) and (\d+) related compan");
        Assert.Equal((namedInFiles, relatedInFiles), (int.Parse(files.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(files.Groups[2].Value, CultureInfo.InvariantCulture)));
        Assert.Single(run.Output.Split('\n'), l => l.StartsWith("│ Scheme ", StringComparison.Ordinal) && l.Contains(Amount(flagged), StringComparison.Ordinal));

        // Terminal: one row per fund and date, with the fund's figures; an index's weights are never shown as money.
        var rows = run.Output.Split('\n')
            .SkipWhile(l => !l.StartsWith("Exposure by", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.StartsWith('│') || l.StartsWith('╭') || l.StartsWith('├'))
            .Where(l => Regex.IsMatch(l, @"│ \d{4}-\d{2}-\d{2} +│")).ToList();
        Assert.Equal(funds.Count, rows.Count);
        foreach (var f in funds)
        {
            var row = Assert.Single(rows, r => r.Contains(f.GetProperty("name").GetString()!, StringComparison.Ordinal) && r.Contains(f.GetProperty("asOf").GetString()!, StringComparison.Ordinal));
            Assert.Contains(Percent(f.GetProperty("flaggedWeight").GetDecimal()), row);
            if (f.GetProperty("fundValueBasis").GetString() == "constituent-weights")
            {
                Assert.Contains("weights only", row);
                Assert.Equal(JsonValueKind.Null, f.GetProperty("fundValue").ValueKind);
                Assert.Equal(JsonValueKind.Null, f.GetProperty("flaggedValue").ValueKind);
            }
            else
            {
                Assert.Contains($"{f.GetProperty("currency").GetString()} {Amount(f.GetProperty("flaggedValue").GetDecimal())}", row);
                Assert.Contains($"{f.GetProperty("currency").GetString()} {Amount(f.GetProperty("fundValue").GetDecimal())}", row);
            }
        }

        // CSV: one line per fund with the model's flagged value; the matched companies over every file.
        var fundsCsv = Csv(Path.Combine(temp.Path, "funds.csv"));
        Assert.Equal(funds.Count, fundsCsv.Count);
        foreach (var f in funds)
        {
            var line = Assert.Single(fundsCsv, l => l["fund_id"] == f.GetProperty("id").GetString());
            if (f.GetProperty("flaggedValue").ValueKind == JsonValueKind.Null)
                Assert.Equal(("", "", "constituent-weights"), (line["flagged_value"], line["fund_value"], line["fund_value_basis"]));
            else
                Assert.Equal(f.GetProperty("flaggedValue").GetDecimal(), decimal.Parse(line["flagged_value"], CultureInfo.InvariantCulture));
        }
        var matches = Csv(Path.Combine(temp.Path, "matches.csv"));
        Assert.Equal(namedInFiles, matches.Where(m => m["state"] == "matched").Select(m => m["company_id"]).Distinct().Count());

        // Workbook: the scheme's counts on its sheet, the files' counts on Summary, one line per fund on Funds.
        var book = Path.Combine(temp.Path, "exposure-report.xlsx");
        Assert.Equal(named.ToString(CultureInfo.InvariantCulture), WorkbookCells.Value(book, "Scheme", "Named companies held through the scheme"));
        Assert.Equal(related.ToString(CultureInfo.InvariantCulture), WorkbookCells.Value(book, "Scheme", "Related companies held through the scheme"));
        Assert.Equal(namedInFiles.ToString(CultureInfo.InvariantCulture), WorkbookCells.Value(book, "Summary", "Named companies held"));
        Assert.Equal(funds.Count, WorkbookCells.Rows(book, "Funds").Count - 1);

        // Web page: each figure carries its place in the JSON.
        var html = File.ReadAllText(Path.Combine(temp.Path, "exposure-report.html"));
        Assert.Contains($"<data value=\"{named}\" data-figure=\"portfolio.companiesNamed\">", html);
        Assert.Contains($"<data value=\"{namedInFiles}\" data-figure=\"summary.companiesFlagged\">", html);

        // PDF: the scheme's count beside its label on the executive summary, the files' count on the Summary page.
        Requires.Program("pdftotext", "poppler-utils");
        var text = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", Path.Combine(temp.Path, "exposure-report.pdf"), "-"]) { RedirectStandardOutput = true })!
            .StandardOutput.ReadToEnd().Split('\n');
        var label = Array.FindIndex(text, l => l.Contains(named == 1 ? "named company held through the scheme" : "named companies held through the scheme", StringComparison.Ordinal));
        Assert.True(label > 0, "the scheme's count of named companies is not in the PDF");
        Assert.Equal(named.ToString(CultureInfo.InvariantCulture), text[label - 1].Trim().Split(' ')[^1]);
        Assert.Contains(text, l => Regex.IsMatch(l, $@"^Named companies held +{namedInFiles}$"));
        Assert.Contains(text, l => l.Contains($"GBP {Amount(flagged)}", StringComparison.Ordinal));
    }

    private static Match Match(string text, string pattern)
    {
        var m = Regex.Match(text.ReplaceLineEndings(" "), pattern);
        Assert.True(m.Success, $"'{pattern}' not found in:\n{text}");
        return m;
    }

    private static string Amount(decimal value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(decimal fraction) => fraction.ToString("0.000%", CultureInfo.InvariantCulture);

    private static List<Dictionary<string, string>> Csv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvHelper.CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h) ?? "", StringComparer.Ordinal));
        return rows;
    }
}

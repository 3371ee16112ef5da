using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// The sample scheme's index mandate is a constituent list: weights, not money. No output shows a weight, or 0, as a
/// value in money for it; each shows its weights as weights and says "weights only" where a value would be. The scheme
/// holds the amount invested in the mandate times each weight. And the headline's share is of the fund value, with the
/// value screened against the list beside it: one meaning, worded once, in every output.
/// </summary>
public sealed partial class ConstituentWeightsReportTests
{
    private static string Scheme => Path.Combine(RepoPaths.Root, "samples", "scheme", "scheme.json");

    private const string Mandate = "Illustrative World Index mandate";

    [SkippableFact]
    public void The_index_mandate_has_no_value_in_money_in_any_output()
    {
        using var temp = new TempFolder();
        var r = CliRunner.Run("report", "--portfolio", Scheme, "--out", temp.Path, "--format", "pdf,html,xlsx,json,csv");
        Assert.True(r.ExitCode == 0, r.Error);
        var texts = ReportTexts.Read(temp.Path, r.Output);

        // JSON: the fund's values in money are null; its weights are the list's (ZTE 0.01%, Daqo 0.01%, Zijin 0.03% named; Hon Hai 0.08% related).
        using var json = JsonDocument.Parse(texts.Json);
        var root = json.RootElement;
        var fund = root.GetProperty("funds").EnumerateArray().Single(f => f.GetProperty("name").GetString() == Mandate);
        Assert.Equal("constituent-weights", fund.GetProperty("fundValueBasis").GetString());
        foreach (var figure in new[] { "fundValue", "sumOfRows", "flaggedValue", "relatedValue", "reviewValue", "screenedValue", "excludedValue", "flaggedByInstrument" })
            Assert.True(fund.GetProperty(figure).ValueKind == JsonValueKind.Null, $"{figure} is {fund.GetProperty(figure)}, not null");
        Assert.Equal((0.0005m, 0.0008m), (fund.GetProperty("flaggedWeight").GetDecimal(), fund.GetProperty("relatedWeight").GetDecimal()));
        var id = fund.GetProperty("id").GetString();
        var weights = new Dictionary<string, decimal> { ["zte"] = 0.0001m, ["daqo"] = 0.0001m, ["zijin-mining"] = 0.0003m, ["hon-hai"] = 0.0008m };
        foreach (var (company, weight) in weights)
        {
            var holding = root.GetProperty("companies").EnumerateArray().Single(c => c.GetProperty("id").GetString() == company)
                .GetProperty("holdings").EnumerateArray().Single(h => h.GetProperty("fundId").GetString() == id);
            Assert.Equal(JsonValueKind.Null, holding.GetProperty("value").ValueKind);
            Assert.Equal(weight, holding.GetProperty("weight").GetDecimal());
            var finding = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("fundId").GetString() == id && f.GetProperty("companyId").GetString() == company);
            Assert.Equal(JsonValueKind.Null, finding.GetProperty("value").ValueKind);
        }
        Assert.Equal("weights-only", root.GetProperty("summary").GetProperty("totalsWithheld").GetString());

        // The scheme: GBP 50,000,000 in the mandate times the named weights (0.05%) and the related weight (0.08%).
        var entry = root.GetProperty("portfolio").GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "world-index");
        Assert.Equal((25_000m, 40_000m), (entry.GetProperty("flaggedValue").GetDecimal(), entry.GetProperty("relatedValue").GetDecimal()));

        // CSV: empty where a value in money would be, the weights as weights; the unmatched rows keep their weight, with no value.
        var funds = NportDataSetTests.Csv(Path.Combine(temp.Path, "funds.csv"));
        var line = Assert.Single(funds, l => l["fund_name"] == Mandate);
        foreach (var column in new[] { "fund_value", "flagged_value", "related_value", "review_value", "flagged_in_shares", "flagged_in_bonds", "flagged_in_other" })
            Assert.True(line[column].Length == 0, $"funds.csv {column} is '{line[column]}'");
        Assert.Equal(("constituent-weights", "0.0005", "0.0008"), (line["fund_value_basis"], line["flagged_weight"], line["related_weight"]));
        var matches = NportDataSetTests.Csv(Path.Combine(temp.Path, "matches.csv")).Where(m => m["fund_id"] == id).ToList();
        Assert.Equal(4, matches.Count);
        Assert.All(matches, m => Assert.Equal("", m["market_value"]));
        var apple = Assert.Single(NportDataSetTests.Csv(Path.Combine(temp.Path, "unmatched.csv")), u => u["fund_id"] == id && u["name"] == "APPLE INC");
        Assert.Equal(("", "4.6"), (apple["market_value"], apple["weight_percent_in_file"]));

        // Workbook: "weights only" where the Funds and Matches sheets have a value in money.
        var book = Path.Combine(temp.Path, "exposure-report.xlsx");
        var at = WorkbookCells.Column(book, "Funds", "Fund").IndexOf(Mandate);
        Assert.True(at >= 0, "the mandate is not on the Funds sheet");
        foreach (var column in new[] { "Fund value", "Flagged value", "Related value", "Needs review value" })
            Assert.Equal("weights only", WorkbookCells.Column(book, "Funds", column)[at]);
        var values = WorkbookCells.Column(book, "Matches", "Market value");
        var fundIds = WorkbookCells.Column(book, "Matches", "Fund");
        Assert.All(Enumerable.Range(0, fundIds.Count).Where(i => fundIds[i] == id), i => Assert.Equal("weights only", values[i]));

        // PDF and web page: every row of the mandate with its date says "weights only" where a value would be, never a number.
        Requires.Program("pdftotext", "poppler-utils");
        using var pdftotext = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", Path.Combine(temp.Path, "exposure-report.pdf"), "-"]) { RedirectStandardOutput = true })!;
        var rows = pdftotext.StandardOutput.ReadToEnd().Split('\n').Where(l => MandateRow().IsMatch(l)).ToList();
        Assert.Equal(6, rows.Count); // the Funds table, the category table, and the four companies' "where held" tables
        Assert.All(rows, l => Assert.Matches(@"2026-09-30 +(Forced labour +)?weights only", l));
        var html = texts.Flat("html");
        foreach (var weight in new[] { "0.010%", "0.030%", "0.080%" })
            Assert.Contains($"{Mandate} 2026-09-30 weights only {weight} 1", html);
        Assert.Contains($"{Mandate} 2026-09-30 Forced labour weights only 0.050% 3", html);
        Assert.DoesNotMatch($@"{Mandate} 2026-09-30 (Forced labour )?\d", html);

        // Terminal: its row says so.
        Assert.Single(r.Output.Split('\n'), l => l.Contains(Mandate, StringComparison.Ordinal) && l.Contains("weights only", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void The_headline_share_is_of_the_fund_value_and_names_the_value_screened_beside_it()
    {
        using var temp = new TempFolder();
        var r = CliRunner.Run("report", "--out", temp.Path);
        Assert.True(r.ExitCode == 0, r.Error);
        var texts = ReportTexts.Read(temp.Path, r.Output);

        using var json = JsonDocument.Parse(texts.Json);
        var summary = json.RootElement.GetProperty("summary");
        var fund = json.RootElement.GetProperty("funds")[0];
        var fundValue = summary.GetProperty("fundValue").GetDecimal();
        var screened = summary.GetProperty("valueScreened").GetDecimal();
        // One meaning: the summary's value screened is the fund's, and what it leaves out is the rows not screened (excluded.csv).
        Assert.Equal(fund.GetProperty("fundValue").GetDecimal(), fundValue);
        Assert.Equal(fund.GetProperty("screenedValue").GetDecimal(), screened);
        var excluded = NportDataSetTests.Csv(Path.Combine(temp.Path, "excluded.csv")).Sum(x => decimal.Parse(x["market_value"], CultureInfo.InvariantCulture));
        Assert.True(excluded > 0, "the sample holds cash");
        Assert.Equal(fundValue - excluded, screened);
        Assert.Equal(fund.GetProperty("flaggedValue").GetDecimal() / fundValue, summary.GetProperty("flaggedShare").GetDecimal(), 10);

        var share = (summary.GetProperty("flaggedShare").GetDecimal() * 100).ToString("0.000", CultureInfo.InvariantCulture);
        var said = $"{share}% of the fund value, USD {fundValue.ToString("N0", CultureInfo.InvariantCulture)} " +
                   $"(USD {screened.ToString("N0", CultureInfo.InvariantCulture)} of it screened against the list)";
        foreach (var output in new[] { "pdf", "html", "xlsx", "terminal" })
        {
            Assert.Contains(said, texts.Flat(output));
            Assert.DoesNotContain($"of the USD {fundValue.ToString("N0", CultureInfo.InvariantCulture)} screened", texts.Flat(output));
        }
    }

    [GeneratedRegex(@"^Illustrative World( Index( mandate)?)? +2026-09-30")]
    private static partial Regex MandateRow();
}

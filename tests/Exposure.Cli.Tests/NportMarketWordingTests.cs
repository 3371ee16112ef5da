using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>What a market of N-PORT filings says of its figures: weights as the company profiles give them, its method as the code applies it, each fund named apart.</summary>
public sealed class NportMarketWordingTests
{
    private static readonly string April = RepoPaths.NportDataSet();
    private static readonly string July = RepoPaths.NportDataSet("nport-dataset-2026q3");

    [Fact]
    public void A_largest_holding_of_unknown_value_has_the_weight_its_filing_states_as_in_the_company_profile()
    {
        using var temp = new TempFolder();
        // The unit investment trust's July row of Hikvision (HOLDING_ID 7000802): CURRENCY_VALUE unreadable, PERCENTAGE 0.506.
        var q3 = Path.Combine(temp.Path, "q3");
        Directory.CreateDirectory(q3);
        foreach (var file in Directory.GetFiles(July)) File.Copy(file, Path.Combine(q3, Path.GetFileName(file)));
        var table = Path.Combine(q3, "FUND_REPORTED_HOLDING.tsv");
        var lines = File.ReadAllLines(table);
        var at = Array.FindIndex(lines, l => l.Split('\t')[1] == "7000802");
        var cells = lines[at].Split('\t');
        Assert.StartsWith("0.506", cells[12], StringComparison.Ordinal);
        cells[10] = "2O5000.00";
        lines[at] = string.Join('\t', cells);
        File.WriteAllText(table, string.Join('\n', lines) + "\n");

        var (texts, json) = ReportTexts.Report(temp, "--holdings", April, q3, "--format", "html,json", "--quiet");

        var largest = json.GetProperty("market").GetProperty("largestHoldings").EnumerateArray()
            .Single(h => h.GetProperty("companyId").GetString() == "hikvision");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, largest.GetProperty("value").ValueKind);
        var profile = ReportTexts.Company(json, "hikvision").GetProperty("holdings").EnumerateArray()
            .Single(h => h.GetProperty("fundId").GetString() == largest.GetProperty("fundId").GetString());
        Assert.Equal(0.00506m, Math.Round(largest.GetProperty("weight").GetDecimal(), 5));
        Assert.Equal(profile.GetProperty("weight").GetDecimal(), largest.GetProperty("weight").GetDecimal());
        Assert.DoesNotContain("unknown unknown", texts.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_method_says_which_of_two_reports_of_one_date_counts_as_the_code_chooses_it_and_warnings_date_reports_of_one_fund()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--holdings", April, July, "--format", "html,json", "--quiet");

        var html = texts.Flat("html");
        Assert.Contains("a filing without one is keyed by its registrant's CIK and its name", html, StringComparison.Ordinal);
        Assert.Contains("two reports of the same date count once: the one filed last (filed the same day, an amendment, then the later accession number), " +
            "whatever the order the data sets are given in.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("the one given last", html, StringComparison.Ordinal);

        // The Asia fund's April and July reports both disagree with their net assets: each is named with its date.
        var note = json.GetProperty("summary").GetProperty("warnings").EnumerateArray()
            .Single(w => w.GetProperty("code").GetString() == "net-assets-disagree").GetProperty("text").GetString()!;
        Assert.Contains("Illustrative Asia Equity Fund as of 2026-04-30: rows", note, StringComparison.Ordinal);
        Assert.Contains("Illustrative Asia Equity Fund as of 2026-07-31: rows", note, StringComparison.Ordinal);
    }
}

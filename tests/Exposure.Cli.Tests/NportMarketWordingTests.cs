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
}

using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// An entry of a copy of official lists (OpenSanctions) is a listing: why its company is on the screening list reads
/// "listed on an official list, per OpenSanctions (…)" in every output, never "named by" it; a list of one's own beside it
/// stays "named by". Where several lists are screened against, every finding says which of them name its company, in the
/// order the lists were given.
/// </summary>
public sealed class CopyOfOfficialListTests
{
    private static string OpenSanctions => Path.Combine(RepoPaths.Root, "tests", "Exposure.Lists.Tests", "Fixtures", "opensanctions", "sanctions-first.ftm.json");
    private static string Policy => Path.Combine(RepoPaths.Root, "tests", "Exposure.Cli.Tests", "Fixtures", "lists", "example-pension-trust-policy.csv");
    private const string OpenSanctionsName = "OpenSanctions";
    private const string PolicyName = "Example Pension Trust exclusion list 2026-Q4";
    private const string Hikvision = "hangzhou-hikvision-digital-technology-co-ltd";

    /// <summary>Hikvision's entity, as the fixture gives it, is in two datasets of OpenSanctions: its basis cites both.</summary>
    private const string HikvisionCited = "OpenSanctions (us_ofac_cons, us_trade_csl)";

    [SkippableFact]
    public void Why_a_company_of_a_copy_of_official_lists_is_listed_reads_as_a_listing_in_every_output()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--list", OpenSanctions, "--format", "pdf,html,xlsx,json,csv", "--quiet");

        var company = json.GetProperty("companies").EnumerateArray().Single(c => c.GetProperty("nameEn").GetString()!.StartsWith("Hangzhou Hikvision", StringComparison.Ordinal));
        var why = company.GetProperty("basisText").GetString()!;
        Assert.Equal($"Listed on an official list, per {HikvisionCited} (first seen 2023-05-01)", why);
        foreach (var output in new[] { "pdf", "html", "xlsx" })
        {
            Assert.Contains($"Listed on an official list, per {HikvisionCited}", texts.Flat(output), StringComparison.Ordinal);
            Assert.DoesNotContain("list or report (OpenSanctions", texts.Flat(output), StringComparison.Ordinal);
        }
        Assert.DoesNotContain("list or report (OpenSanctions", texts.Json, StringComparison.Ordinal);
        Assert.DoesNotContain("named by", texts.ByOutput["matches.csv"], StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public void Beside_a_list_of_ones_own_the_copy_is_a_listing_and_the_own_list_names_the_company()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--list", OpenSanctions, "--list", Policy, "--format", "pdf,html,xlsx,json,csv", "--quiet");

        var why = ReportTexts.Company(json, Hikvision).GetProperty("basisText").GetString()!;
        Assert.Equal($"Named by 1 list or report ({PolicyName}) and listed on an official list, per {HikvisionCited} (first seen 2023-05-01)", why);
        foreach (var output in new[] { "pdf", "html", "xlsx" })
            Assert.Contains($"and listed on an official list, per {HikvisionCited}", texts.Flat(output), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Each_finding_names_the_lists_that_name_its_company_in_the_order_the_lists_were_given()
    {
        using var temp = new TempFolder();
        var (_, json) = ReportTexts.Report(temp, "--list", Policy, "--list", OpenSanctions, "--format", "xlsx,json,csv,parquet", "--quiet");
        var outDir = Path.Combine(temp.Path, "out");

        // Hikvision is on both lists; Tencent only on the policy list.
        var matches = NportDataSetTests.Csv(Path.Combine(outDir, "matches.csv"));
        Assert.Equal("lists", File.ReadLines(Path.Combine(outDir, "matches.csv")).First().Split(',')[^2]);
        var both = $"{PolicyName}; {OpenSanctionsName}";
        Assert.All(matches.Where(m => m["company_id"] == Hikvision), m => Assert.Equal(both, m["lists"]));
        var tencent = matches.Where(m => m["company_name"].StartsWith("Tencent", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(tencent);
        Assert.All(tencent, m => Assert.Equal(PolicyName, m["lists"]));

        // The JSON gives the same lists with the company and each of its findings.
        Assert.Equal([PolicyName, OpenSanctionsName], ReportTexts.Company(json, Hikvision).GetProperty("lists").EnumerateArray().Select(e => e.GetString()!));
        Assert.All(json.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("companyId").GetString() == Hikvision),
            f => Assert.Equal([PolicyName, OpenSanctionsName], f.GetProperty("lists").EnumerateArray().Select(e => e.GetString()!)));

        // The workbook's Matches sheet gives the same column, before the one on values against stated weights, as matches.csv does.
        var workbook = Path.Combine(outDir, "exposure-report.xlsx");
        var rows = WorkbookCells.Rows(workbook, "Matches");
        Assert.Equal(["Lists naming it", "Value against the file's weight"], rows[0].TakeLast(2));
        Assert.Contains(rows.Skip(1), r => r.Contains(both));

        // Given the other way round, the lists are named in that order.
        using var other = new TempFolder();
        ReportTexts.Report(other, "--list", OpenSanctions, "--list", Policy, "--format", "csv,json", "--quiet");
        Assert.All(NportDataSetTests.Csv(Path.Combine(other.Path, "out", "matches.csv")).Where(m => m["company_id"] == Hikvision),
            m => Assert.Equal($"{OpenSanctionsName}; {PolicyName}", m["lists"]));
    }

    [SkippableFact]
    public void With_one_list_the_lists_column_is_empty()
    {
        using var temp = new TempFolder();
        ReportTexts.Report(temp, "--list", Policy, "--format", "csv,json", "--quiet");
        var matches = NportDataSetTests.Csv(Path.Combine(temp.Path, "out", "matches.csv"));
        Assert.NotEmpty(matches);
        Assert.All(matches, m => Assert.Equal("", m["lists"]));
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "out", "exposure-report.json")));
        Assert.All(doc.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.False(f.TryGetProperty("lists", out _)));
    }
}

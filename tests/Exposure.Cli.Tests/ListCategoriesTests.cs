using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// A trustee's policy list screened beside the bundled list puts companies in "surveillance", as the bundled list does:
/// every report gives each list's surveillance figure apart, naming the list, and never one figure adding the two.
/// </summary>
public sealed class ListCategoriesTests
{
    private const string PolicyListName = "Example Pension Trust exclusion list 2026-Q4";
    private const string BundledName = "Exposure bundled list";

    private static string PolicyList => Path.Combine(RepoPaths.Root, "tests", "Exposure.Cli.Tests", "Fixtures", "lists", "example-pension-trust-policy.csv");

    private static ReportTexts Report(TempFolder temp, string formats, params string[] lists)
    {
        var output = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run(["report", .. lists.SelectMany(l => new[] { "--list", l }), "--out", output, "--format", formats, "--quiet"]);
        Assert.True(r.ExitCode == 0, r.Error);
        return ReportTexts.Read(output, r.Output);
    }

    /// <summary>
    /// The value of the fund's matched holdings (derivatives apart) in companies that <paramref name="list"/> puts in
    /// <paramref name="category"/>, from the report's companies and findings: what the category's figure must be.
    /// </summary>
    private static decimal Expected(JsonElement root, string fundId, string category, string list)
    {
        var companies = root.GetProperty("companies").EnumerateArray()
            .Where(c => c.GetProperty("allegations").EnumerateArray()
                .Any(a => a.GetProperty("category").GetString() == category && a.GetProperty("listName").GetString() == list))
            .Select(c => c.GetProperty("id").GetString())
            .ToHashSet(StringComparer.Ordinal);
        return root.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("fundId").GetString() == fundId && f.GetProperty("state").GetString() == "matched"
                && f.GetProperty("instrument").GetString() != "derivative" && companies.Contains(f.GetProperty("companyId").GetString()))
            .Sum(f => f.GetProperty("value").ValueKind == JsonValueKind.Number ? f.GetProperty("value").GetDecimal() : 0m);
    }

    [Fact]
    public void With_the_bundled_list_each_lists_surveillance_figure_stands_apart_in_the_json_and_web_page()
    {
        using var temp = new TempFolder();
        var texts = Report(temp, "json,html", "bundled", PolicyList);

        using var json = JsonDocument.Parse(texts.Json);
        var fund = Assert.Single(json.RootElement.GetProperty("funds").EnumerateArray().ToList());
        var fundId = fund.GetProperty("id").GetString()!;
        var categories = fund.GetProperty("byCategory").EnumerateArray().ToList();
        Assert.All(categories, c => Assert.True(c.TryGetProperty("list", out _), "a category without its list"));
        var surveillance = categories.Where(c => c.GetProperty("category").GetString() == "surveillance")
            .ToDictionary(c => c.GetProperty("list").GetString()!, c => c.GetProperty("value").GetDecimal());
        Assert.Equal([PolicyListName, BundledName], surveillance.Keys.Order(StringComparer.Ordinal));
        var policy = Expected(json.RootElement, fundId, "surveillance", PolicyListName);
        var bundled = Expected(json.RootElement, fundId, "surveillance", BundledName);
        Assert.True(policy > 0 && bundled > 0);
        Assert.NotEqual(policy, bundled);
        Assert.Equal(policy, surveillance[PolicyListName]);
        Assert.Equal(bundled, surveillance[BundledName]);

        var html = texts.Flat("html");
        Assert.Contains($"Surveillance ({PolicyListName})", html);
        Assert.Contains($"Surveillance ({BundledName})", html);
    }

    [SkippableFact]
    public void With_the_bundled_list_the_pdf_names_the_list_of_each_category()
    {
        using var temp = new TempFolder();
        var pdf = Report(temp, "pdf", "bundled", PolicyList).Flat("pdf");

        Assert.Contains($"Surveillance ({PolicyListName})", pdf);
        Assert.Contains($"Surveillance ({BundledName})", pdf);
        Assert.Contains($"Forced labour ({BundledName})", pdf);
    }

    [Fact]
    public void With_one_list_the_categories_read_as_before_without_a_list()
    {
        using var temp = new TempFolder();
        var texts = Report(temp, "json,html", "bundled");

        using var json = JsonDocument.Parse(texts.Json);
        var categories = json.RootElement.GetProperty("funds").EnumerateArray().SelectMany(f => f.GetProperty("byCategory").EnumerateArray()).ToList();
        Assert.NotEmpty(categories);
        Assert.All(categories, c => Assert.False(c.TryGetProperty("list", out _)));
        var html = texts.Flat("html");
        Assert.Contains("Surveillance", html);
        Assert.DoesNotContain($"({BundledName})", html);
    }
}

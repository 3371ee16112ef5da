using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// A trustee's own policy list screened beside the bundled one: every output says what each list is (its name, publisher
/// and date as the list states them), dates the list's rows by the list's date, and keeps the Uyghur forced-labour
/// framing to the bundled list, never applying it to the companies the policy list names.
/// </summary>
public sealed class OwnListFramingTests
{
    private const string ListName = "Example Pension Trust exclusion list 2026-Q4";
    private const string Described = "Example Pension Trust exclusion list 2026-Q4, published by Example Pension Trust, dated 2026-10-01";
    private const string BundledFraming = "Companies appear here because public sources";
    private const string UyghurTitle = "Exposure to companies named in connection with Uyghur forced labour and Xinjiang surveillance";

    private static string PolicyList => Path.Combine(RepoPaths.Root, "tests", "Exposure.Cli.Tests", "Fixtures", "lists", "example-pension-trust-policy.csv");

    private static ReportTexts Report(TempFolder temp, params string[] lists)
    {
        var output = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run(["report", .. lists.SelectMany(l => new[] { "--list", l }), "--out", output, "--quiet"]);
        Assert.True(r.ExitCode == 0, r.Error);
        return ReportTexts.Read(output, r.Output);
    }

    /// <summary>The text of one company's allegations: from its heading to the next company's allegations.</summary>
    private static string Allegations(string flat, string company)
    {
        var start = flat.IndexOf($"Allegations concerning {company}", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no allegations of {company}");
        var end = flat.IndexOf("Allegations concerning", start + 1, StringComparison.Ordinal);
        return end < 0 ? flat[start..] : flat[start..end];
    }

    [SkippableFact]
    public void With_the_bundled_list_the_pdf_names_each_list_and_keeps_the_forced_labour_framing_to_the_bundled_one()
    {
        using var temp = new TempFolder();
        var texts = Report(temp, "bundled", PolicyList);
        var pdf = texts.Flat("pdf");

        Assert.DoesNotContain(UyghurTitle, pdf);
        Assert.DoesNotContain(BundledFraming, pdf);
        Assert.Contains("Companies appear here because a list screened against names them", pdf);
        Assert.Contains($"The lists are: Exposure bundled list, dated {File.ReadAllText(Path.Combine(RepoPaths.Root, "reference-data", "VERSION")).Trim().Replace('.', '-')}; and {Described}.", pdf);
        Assert.Contains("Exposure bundled list names companies because public sources", pdf);
        Assert.Contains($"{ListName} names companies for its own reasons", pdf);
        // The cover's reference list gives the policy list's date, and its rows' date is the latest allegation's.
        Assert.Contains($"+ {Described}; latest allegation dated 2026-10-01", pdf);
        Assert.DoesNotContain("latest allegation dated 2025-01-15", pdf);
        // The key finding about Tencent stands under words true of the list that names it.
        Assert.Contains("The largest exposure is to Tencent Holdings Ltd: ", pdf);
        Assert.Contains($"Tencent Holdings Ltd is named by 1 list or report ({ListName}).", pdf);
        Assert.DoesNotContain("which holdings are in companies that public sources name in connection with alleged Uyghur forced labour", pdf);

        var tencent = Allegations(pdf, "Tencent Holdings Ltd");
        Assert.Contains("Date 2026-10-01", tencent);
        Assert.DoesNotContain("not given", tencent);
        Assert.Contains("Publisher Example Pension Trust", tencent);
        Assert.Contains("Kind of source NGO or academic report, as the list states it", tencent);
        Assert.Contains($"From list {Described}: a list screened against, which names the company for the reason it gives", tencent);
        Assert.DoesNotContain("Uyghur", tencent);
    }

    [Fact]
    public void With_the_bundled_list_the_web_page_workbook_and_json_carry_the_lists_name_publisher_and_date()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--list", "bundled", "--list", PolicyList, "--out", output, "--format", "html,xlsx,json", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);
        var texts = ReportTexts.Read(output, r.Output);

        var html = texts.Flat("html");
        Assert.DoesNotContain("They appear because public sources", html);
        Assert.Contains("Companies appear here because a list screened against names them", html);
        Assert.Contains(Described, html);
        var tencent = Allegations(html, "Tencent Holdings Ltd");
        Assert.Contains("Date 2026-10-01", tencent);
        Assert.Contains($"From list {Described}", tencent);
        Assert.DoesNotContain("Uyghur", tencent);

        var xlsx = texts.Flat("xlsx");
        Assert.Contains(Described, xlsx);
        Assert.DoesNotContain("Companies are on the list because public sources name them", xlsx);

        using var json = JsonDocument.Parse(texts.Json);
        var lists = json.RootElement.GetProperty("run").GetProperty("lists").GetProperty("lists").EnumerateArray().ToList();
        Assert.True(lists[0].GetProperty("aboutUyghurForcedLabour").GetBoolean());
        Assert.Equal(ListName, lists[1].GetProperty("name").GetString());
        Assert.Equal("Example Pension Trust", lists[1].GetProperty("publisher").GetString());
        Assert.Equal("2026-10-01", lists[1].GetProperty("date").GetString());
        Assert.False(lists[1].GetProperty("aboutUyghurForcedLabour").GetBoolean());
        var allegations = json.RootElement.GetProperty("companies").EnumerateArray()
            .Single(c => c.GetProperty("nameEn").GetString() == "Tencent Holdings Ltd").GetProperty("allegations").EnumerateArray().ToList();
        Assert.All(allegations, a => Assert.Equal("2026-10-01", a.GetProperty("date").GetString()));
    }

    [SkippableFact]
    public void Screened_against_the_policy_list_alone_the_pdf_says_uyghur_only_to_say_it_does_not_apply()
    {
        using var temp = new TempFolder();
        var pdf = Report(temp, PolicyList).Flat("pdf");

        Assert.Contains($"Companies appear here because the list screened against names them: {Described}.", pdf);
        Assert.Contains($"Exposure to companies named on the {ListName}", pdf);
        Assert.DoesNotContain("the lists screened against", pdf);
        Assert.Contains("The list is data with citations", pdf);
        Assert.DoesNotContain(BundledFraming, pdf);
        var uyghur = pdf.Split("Uyghur").Length - 1;
        var disclaimed = pdf.Split("is named in connection with Uyghur forced labour").Length - 1;
        Assert.True(disclaimed > 0);
        Assert.Equal(disclaimed, uyghur);
    }

    [SkippableFact]
    public void Screened_against_the_bundled_list_alone_the_pdf_keeps_its_own_framing()
    {
        using var temp = new TempFolder();
        var pdf = Report(temp, "bundled").Flat("pdf");

        Assert.Contains(UyghurTitle, pdf);
        Assert.Contains(BundledFraming, pdf);
        Assert.DoesNotContain("lists screened against", pdf);
        Assert.DoesNotContain("as the list states it", pdf);
    }

    [SkippableFact]
    public void A_list_that_gives_no_country_does_not_count_against_a_holding_that_gives_one()
    {
        using var temp = new TempFolder();
        var list = temp.File("no-country.csv",
            "# name: Example list without countries\n# source: https://example.invalid/list\n# date: 2026-10-01\nCompany,Country,Reason\nZhejiang Dahua Technology,,example\n");
        var holdings = temp.File("fund.csv", "Name,Location,Market Value\nZHEJIANG DAHUA TECHNOLOGY,China,1000\nAPPLE INC,United States,9000\n");
        var output = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--holdings", holdings, "--list", list, "--out", output, "--format", "json", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);

        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "exposure-report.json"))).RootElement;
        var finding = Assert.Single(json.GetProperty("findings").EnumerateArray());
        Assert.Equal("matched", finding.GetProperty("state").GetString());
        Assert.Equal("name-exact", finding.GetProperty("rule").GetString());
        var features = finding.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("feature").GetString()).ToList();
        Assert.Contains("country-not-listed", features);
        Assert.DoesNotContain("country-differs", features);
    }
}

using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>Each importer as a user runs it: import, check, screen, and the report names the list.</summary>
public sealed class ListCommandTests
{
    private static string Fixture(params string[] parts) =>
        Path.Combine([RepoPaths.Root, "tests", "Exposure.Lists.Tests", "Fixtures", .. parts]);

    public static TheoryData<string, string, string, string> Importers => new()
    {
        // fixture, the list's name, a holding that must match (name, ISIN), the company it matches
        { "ofac-cons", "OFAC Consolidated Sanctions List (non-SDN)", "EXAMPLE AERO ENGINE CORP,CNE10000ZZ05", "example-aero-engine-corporation-of-china" },
        { "opensanctions/entities.ftm.json", "OpenSanctions", "EXAMPLE POLYSILICON CO LTD A,CNE10000PL11", "example-polysilicon-co-ltd" },
        { "opensanctions/targets.simple.csv", "OpenSanctions", "EXAMPLE POLYSILICON CO LTD A,CNE10000PL11", "example-polysilicon-co-ltd" },
        { "opensanctions/securities.csv", "OpenSanctions securities", "EXAMPLE POLYSILICON CO LTD A,CNE10000PL11", "example-polysilicon-co-ltd" },
        { "csl/consolidated.csv", "US Consolidated Screening List", "EXAMPLE SURVEILLANCE TECHNOLOGY CO LTD,CNE10000CS19", "example-surveillance-technology-co-ltd" },
        { "uflpa/uflpa-entity-list.html", "DHS UFLPA Entity List", "EXAMPLE POLYSILICON CO LTD,", "example-polysilicon-co-ltd" },
        { "spreadsheet/trustee-list.csv", "Example trustee policy list (test fixture)", "TENCENT HOLDINGS LTD,KYG875721634", "tencent-holdings-ltd" },
    };

    [Theory]
    [MemberData(nameof(Importers))]
    public void Import_check_and_screen(string fixture, string listName, string holding, string company)
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "list");
        var import = CliRunner.Run("list", "import", Fixture(fixture.Split('/')), "--out", folder);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains(listName, import.Output);
        Assert.True(File.Exists(Path.Combine(folder, "companies.csv")));

        var check = CliRunner.Run("list", "check", folder);
        Assert.True(check.ExitCode == 0, check.Error);
        Assert.Contains("valid", check.Output);

        var holdings = Path.Combine(temp.Path, "holdings.csv");
        File.WriteAllText(holdings, $"Name,ISIN,Market Value,Weight (%)\n{holding},1000,50\nUNRELATED EXAMPLE INDUSTRIES INC,,1000,50\n");
        foreach (var list in new[] { folder, Fixture(fixture.Split('/')) })
        {
            var output = Path.Combine(temp.Path, "out-" + Path.GetFileName(list));
            var report = CliRunner.Run("report", "--holdings", holdings, "--list", list, "--out", output, "--format", "json,xlsx", "--quiet");
            Assert.True(report.ExitCode == 0, report.Error);
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "exposure-report.json")));
            var lists = json.RootElement.GetProperty("run").GetProperty("lists").GetProperty("lists");
            Assert.StartsWith(listName, Assert.Single(lists.EnumerateArray()).GetProperty("name").GetString());
            var matched = json.RootElement.GetProperty("companies").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
            Assert.Equal([company], matched);
        }
    }

    [Fact]
    public void Several_lists_combine_and_each_company_says_which_lists_name_it()
    {
        using var temp = new TempFolder();
        var holdings = Path.Combine(temp.Path, "holdings.csv");
        File.WriteAllText(holdings, "Name,ISIN,Market Value\nZTE CORP H,CNE1000004Y2,100\nEXAMPLE AERO ENGINE CORP,CNE10000ZZ05,100\n");
        var r = CliRunner.Run("report", "--holdings", holdings, "--list", "bundled", "--list", Fixture("ofac-cons"),
            "--list", Fixture("spreadsheet", "trustee-list.csv"), "--out", temp.Path, "--format", "json", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "exposure-report.json")));
        var companies = json.RootElement.GetProperty("companies").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
        Assert.Equal(["Exposure bundled list", "Example trustee policy list (test fixture)"],
            companies["zte"].GetProperty("lists").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(["OFAC Consolidated Sanctions List (non-SDN)"],
            companies["example-aero-engine-corporation-of-china"].GetProperty("lists").EnumerateArray().Select(l => l.GetString()));
        var lists = json.RootElement.GetProperty("run").GetProperty("lists");
        Assert.Equal(3, lists.GetProperty("lists").GetArrayLength());
        Assert.Equal(2, lists.GetProperty("issues").GetArrayLength());
        // ZTE is joined by its ISIN, LONGi by its legal name in China: each join is shown with its key, no name is left to review.
        Assert.Equal(["zte isin", "longi name+country"],
            lists.GetProperty("joined").EnumerateArray().Select(j => $"{j.GetProperty("companyId").GetString()} {j.GetProperty("key").GetString()}"));
        Assert.Empty(lists.GetProperty("namePairs").EnumerateArray());
    }

    [Fact]
    public void A_malformed_list_gives_one_line_naming_file_and_line_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var list = Path.Combine(temp.Path, "list.csv");
        File.WriteAllText(list, "name,isin\nA Co,CNE1000004Y2\n");
        var output = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--list", list, "--out", output);
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Single(r.Error.TrimEnd().Split('\n'));
        Assert.StartsWith($"error: {list}, line 2: 'A Co' has no source_url", r.Error);
        Assert.False(File.Exists(Path.Combine(output, "exposure-report.json")));
    }

    [Fact]
    public void Text_a_list_contributes_stays_text_in_the_csv_files()
    {
        using var temp = new TempFolder();
        var list = Path.Combine(temp.Path, "list.csv");
        File.WriteAllText(list, "# source: https://example.org/list\nname,isin\n\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",CNE1000004Y2\n");
        var holdings = Path.Combine(temp.Path, "holdings.csv");
        File.WriteAllText(holdings, "Name,ISIN,Market Value\nSOME HOLDING,CNE1000004Y2,100\n");
        var r = CliRunner.Run("report", "--holdings", holdings, "--list", list, "--out", temp.Path, "--format", "csv,json", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);
        var matches = File.ReadAllText(Path.Combine(temp.Path, "matches.csv"));
        Assert.Contains("'=HYPERLINK", matches);
        Assert.DoesNotContain(",=HYPERLINK", matches);
        Assert.DoesNotContain(",\"=HYPERLINK", matches);
    }

    [Fact]
    public void A_company_only_on_an_official_list_has_the_basis_listed_in_matches_csv()
    {
        using var temp = new TempFolder();
        var holdings = Path.Combine(temp.Path, "holdings.csv");
        File.WriteAllText(holdings, "Name,ISIN,Market Value\nEXAMPLE AERO ENGINE CORP,CNE10000ZZ05,100\n");
        var r = CliRunner.Run("report", "--holdings", holdings, "--list", Fixture("ofac-cons"), "--out", temp.Path, "--format", "csv", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);
        var lines = File.ReadAllLines(Path.Combine(temp.Path, "matches.csv"));
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        var row = Assert.Single(lines.Skip(1));
        Assert.Equal("listed", row.Split(',')[Array.IndexOf(header, "basis")]);
    }

    [Fact]
    public void Reference_check_and_list_check_say_the_same_of_the_bundled_list()
    {
        var reference = CliRunner.Run("reference", "check");
        var list = CliRunner.Run("list", "check");
        Assert.Equal(0, list.ExitCode);
        Assert.Equal(reference.Output, list.Output);
        Assert.Contains("17 companies rest on secondary sources only", list.Output);
        Assert.Contains("sources by kind: 2 copy-of-official-file, 23 legal-bulletin, 12 news, 17 official, 3 press-release-wire, 20 report, 5 statement, 12 trade-press", list.Output);
    }

    [Fact]
    public void Diff_lists_what_changed_between_two_versions()
    {
        using var temp = new TempFolder();
        var q3 = Path.Combine(temp.Path, "q3.csv");
        var q4 = Path.Combine(temp.Path, "q4.csv");
        File.WriteAllText(q3, "# source: https://example.org/list\nname,isin\nAlpha Co,CNE1000004Y2\nBeta Co,\n");
        File.WriteAllText(q4, "# source: https://example.org/list\nname,isin\nAlpha Co,CNE1000004Y2;CNE000000TK5\nDelta Co,\n");
        var csv = Path.Combine(temp.Path, "changes.csv");
        var r = CliRunner.Run("list", "diff", q3, q4, "--csv", csv);
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.Contains("1 companies added, 1 removed, 1 changed", r.Output);
        Assert.Contains("+ alpha-co isin: CNE000000TK5", r.Output);
        Assert.Contains("- beta-co: Beta Co", r.Output);
        Assert.Contains("+ delta-co: Delta Co", r.Output);
        Assert.Equal(4, File.ReadAllLines(csv).Length);
    }

    [SkippableFact]
    public void Eem_against_the_bundled_list_and_a_three_row_spreadsheet_gives_the_union()
    {
        var eem = RepoPaths.SharedSample("EEM_holdings_2025-01_trimmed.csv");
        Skip.If(eem is null, RepoPaths.Absent("EEM_holdings_2025-01_trimmed.csv"));
        using var temp = new TempFolder();
        var bundledOnly = Path.Combine(temp.Path, "bundled");
        var both = Path.Combine(temp.Path, "both");
        Assert.Equal(0, CliRunner.Run("report", "--holdings", eem!, "--out", bundledOnly, "--format", "json", "--quiet").ExitCode);
        var r = CliRunner.Run("report", "--holdings", eem!, "--list", "bundled", "--list", Fixture("spreadsheet", "trustee-list.csv"),
            "--out", both, "--format", "json", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);

        static Dictionary<string, JsonElement> Companies(string folder)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "exposure-report.json")));
            return json.RootElement.GetProperty("companies").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.Clone());
        }
        var before = Companies(bundledOnly);
        var after = Companies(both);
        Assert.Subset(after.Keys.ToHashSet(), before.Keys.ToHashSet());
        Assert.Equal(before.Keys.Append("tencent-holdings-ltd").Order(), after.Keys.Order());
        var zte = after["zte"];
        Assert.Equal(["Exposure bundled list", "Example trustee policy list (test fixture)"], zte.GetProperty("lists").EnumerateArray().Select(l => l.GetString()));
        Assert.Contains(zte.GetProperty("allegations").EnumerateArray(), a => a.GetProperty("sourceUrl").GetString() == "https://example.org/trustee/policy-list-2026-q4");
        Assert.Contains(zte.GetProperty("allegations").EnumerateArray(), a => a.GetProperty("publisher").GetString() == "Hong Kong Watch");
    }

    [Fact]
    public void A_list_that_yields_no_company_stops_check_and_report_with_one_line_saying_what_was_left_out()
    {
        using var temp = new TempFolder();
        var list = Fixture("ofac-people");
        var check = CliRunner.Run("list", "check", list);
        Assert.Equal(ExitCodes.BadInput, check.ExitCode);
        Assert.Contains("2 individuals and 1 vessel were left out; no company or organisation remains", check.Error);

        var holdings = Path.Combine(temp.Path, "holdings.csv");
        File.WriteAllText(holdings, "Name,ISIN,Market Value\nZTE CORP H,CNE1000004Y2,100\n");
        var output = Path.Combine(temp.Path, "out");
        var report = CliRunner.Run("report", "--holdings", holdings, "--list", list, "--out", output, "--format", "json", "--quiet");
        Assert.Equal(ExitCodes.BadInput, report.ExitCode);
        Assert.Single(report.Error.Trim().Split('\n'));
        Assert.Contains("ofac-people", report.Error);
        Assert.Contains("no company or organisation remains", report.Error);
        Assert.False(File.Exists(Path.Combine(output, "exposure-report.json")));
    }

    [Fact]
    public void A_list_dated_only_by_its_file_says_so()
    {
        var check = CliRunner.Run("list", "check", Fixture("ofac-cons"));
        Assert.Equal(ExitCodes.Ok, check.ExitCode);
        Assert.Contains("; the list's own date is not stated), valid", check.Output);
    }
}

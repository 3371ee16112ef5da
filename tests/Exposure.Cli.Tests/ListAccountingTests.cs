using System.Text.Json;
using System.Text.RegularExpressions;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// What an imported list left out, and what each date is, as every output says it: <c>list check</c>, the terminal
/// summary, the JSON, the workbook and the PDF. The entries of the file are counted here from the file itself.
/// </summary>
public sealed class ListAccountingTests
{
    private static string Fixture(params string[] parts) =>
        Path.Combine([RepoPaths.Root, "tests", "Exposure.Lists.Tests", "Fixtures", .. parts]);

    /// <summary>OFAC's sdn.csv rows, and how many are of a type other than an entity.</summary>
    private static (int Rows, int NotEntities) SdnRows()
    {
        var rows = File.ReadAllLines(Fixture("ofac-sdn", "sdn.csv")).Where(l => Regex.IsMatch(l, @"^\d+,")).ToList();
        return (rows.Count, rows.Count(r => Regex.IsMatch(r, @"^\d+,""[^""]*"",""(individual|vessel|aircraft)""")));
    }

    [Fact]
    public void List_check_and_import_account_for_every_entry_of_the_file_and_say_the_date_is_the_file_s()
    {
        var (rows, notEntities) = SdnRows();
        var accounted = $"{rows} entries in the file: {rows - notEntities} imported, {notEntities} left out: 2 individuals, 1 vessel and 1 aircraft (only companies and organisations are imported)";

        var check = CliRunner.Run("list", "check", Fixture("ofac-sdn"));
        Assert.True(check.ExitCode == 0, check.Error);
        Assert.Contains($"  {accounted}\n", check.Output.ReplaceLineEndings("\n"));
        Assert.Matches(@"OFAC SDN List \(ofac-legacy, \d{4}-\d{2}-\d{2} \(file date\); the list's own date is not stated\), valid", check.Output);

        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "sdn");
        var import = CliRunner.Run("list", "import", Fixture("ofac-sdn"), "--out", folder, "--date", "2026-11-28");
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains(accounted, import.Output);
        Assert.Contains("(ofac-legacy, 2026-11-28)", import.Output);

        // The folder keeps what was left out: checking it later gives the same account.
        var again = CliRunner.Run("list", "check", folder);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains(accounted, again.Output);
    }

    [SkippableFact]
    public void Every_report_says_what_was_left_out_of_the_file_and_that_its_date_is_the_file_s()
    {
        var (rows, notEntities) = SdnRows();
        using var temp = new TempFolder();
        var holdings = Path.Combine(temp.Path, "holdings.csv");
        File.WriteAllText(holdings, "Name,ISIN,Market Value\nZTE CORP H,CNE1000004Y2,100\n");
        var output = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--holdings", holdings, "--list", "bundled", "--list", Fixture("ofac-sdn"), "--out", output, "--format", "json,xlsx,pdf");
        Assert.True(r.ExitCode == 0, r.Error);
        var texts = ReportTexts.Read(output, r.Output);

        using var json = JsonDocument.Parse(texts.Json);
        var sdn = json.RootElement.GetProperty("run").GetProperty("lists").GetProperty("lists")[1];
        var date = sdn.GetProperty("date").GetString();
        Assert.Equal($"{date} (file date)", sdn.GetProperty("dateShown").GetString());
        Assert.Equal(rows, sdn.GetProperty("entriesInFile").GetInt32());
        Assert.Equal(rows, sdn.GetProperty("entries").GetInt32() + sdn.GetProperty("leftOut").EnumerateArray().Sum(l => l.GetProperty("count").GetInt32()));
        Assert.Contains(sdn.GetProperty("leftOut").EnumerateArray(), l =>
            l.GetProperty("kind").GetString() == "individual" && l.GetProperty("count").GetInt32() == 2 &&
            l.GetProperty("reason").GetString() == "only companies and organisations are imported");
        var bundled = json.RootElement.GetProperty("run").GetProperty("lists").GetProperty("lists")[0];
        Assert.Equal(bundled.GetProperty("date").GetString(), bundled.GetProperty("dateShown").GetString());

        Assert.Contains($"list: OFAC SDN List (ofac-legacy, {date} (file date)): ", texts.Terminal);
        Assert.Contains($"{notEntities} entries of the file left out (2 individuals, 1 vessel and 1 aircraft (only companies and organisations are imported))", texts.Terminal);

        var workbook = texts.Xlsx.Split('\n');
        Assert.Contains($"{date} (file date)", workbook);
        Assert.Contains("entries left out", workbook);
        Assert.Contains("2 individuals: only companies and organisations are imported", workbook);
        Assert.Contains("1 aircraft: only companies and organisations are imported", workbook);
        Assert.Contains("Left out", workbook);

        var pdf = texts.Flat("pdf");
        Assert.Contains($"OFAC SDN List: {rows} entries in the file: {rows - notEntities} imported, {notEntities} left out: 2 individuals, 1 vessel and 1 aircraft (only companies and organisations are imported).", pdf);
        Assert.Contains("(file date)", pdf);
    }

    [SkippableFact]
    public void An_entry_with_only_an_effective_date_is_never_said_to_be_listed_on_it()
    {
        using var temp = new TempFolder();
        var holdings = Path.Combine(temp.Path, "holdings.csv");
        File.WriteAllText(holdings, "Name,ISIN,Market Value\nEXAMPLE AERO ENGINE CORP,CNE10000ZZ05,100\n");
        var output = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--holdings", holdings, "--list", Fixture("ofac-cons"), "--out", output, "--format", "json,xlsx,html,pdf", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);
        var texts = ReportTexts.Read(output, r.Output);
        const string List = "OFAC Consolidated Sanctions List (non-SDN)";

        using var json = JsonDocument.Parse(texts.Json);
        var company = Assert.Single(json.RootElement.GetProperty("companies").EnumerateArray());
        Assert.Equal($"Listed on {List} (effective 2021-08-02)", company.GetProperty("basisText").GetString());
        Assert.All(company.GetProperty("allegations").EnumerateArray(), a =>
        {
            Assert.Equal("effective", a.GetProperty("dateKind").GetString());
            Assert.StartsWith($"Listed on {List}, effective 2021-08-02, under", a.GetProperty("summary").GetString());
        });

        foreach (var name in new[] { "json", "xlsx", "html", "pdf" })
            Assert.DoesNotContain($"{List} (2021-08-02)", texts.Flat(name));
        Assert.Contains("2021-08-02 (effective)", texts.Xlsx.Split('\n'));
        Assert.Contains("Date 2021-08-02 (effective)", texts.Flat("html"));
        Assert.Contains("Date 2021-08-02 (effective)", texts.Flat("pdf"));
    }
}

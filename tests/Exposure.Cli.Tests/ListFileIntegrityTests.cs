using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// A list file that is not whole is never read as a whole list: a CSV row whose fields do not fit the header stops
/// check, import and report with one line; an SDN.XML that holds fewer entries than it states is said to be in list
/// check and beside the list in every report, as a folder imported from it is.
/// </summary>
public sealed class ListFileIntegrityTests
{
    private static string Fixture(params string[] parts) =>
        Path.Combine([RepoPaths.Root, "tests", "Exposure.Lists.Tests", "Fixtures", .. parts]);

    [Fact]
    public void A_screening_list_cut_mid_row_stops_check_import_and_report_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var full = File.ReadAllText(Fixture("csl", "consolidated.csv"));
        var list = Path.Combine(temp.Path, "csl.csv");
        File.WriteAllText(list, full[..(full.IndexOf("https://www.bis.gov/entity-list", StringComparison.Ordinal) + 20)]);
        var expected = $"error: {list}, line 2: 22 fields where the header has 29: the row is cut short (is the file complete?), or its values are not in the header's columns";

        var check = CliRunner.Run("list", "check", list);
        Assert.Equal((ExitCodes.BadInput, expected), (check.ExitCode, check.Error.TrimEnd()));
        Assert.DoesNotContain("valid", check.Output);

        var folder = Path.Combine(temp.Path, "imported");
        var import = CliRunner.Run("list", "import", list, "--out", folder);
        Assert.Equal((ExitCodes.BadInput, expected), (import.ExitCode, import.Error.TrimEnd()));
        Assert.False(Directory.Exists(folder));

        var holdings = Path.Combine(temp.Path, "holdings.csv");
        File.WriteAllText(holdings, "Name,ISIN,Market Value\nEXAMPLE SURVEILLANCE TECHNOLOGY CO LTD,CNE10000CS19,100\n");
        var output = Path.Combine(temp.Path, "out");
        var report = CliRunner.Run("report", "--holdings", holdings, "--list", list, "--out", output, "--format", "json", "--quiet");
        Assert.Equal((ExitCodes.BadInput, expected), (report.ExitCode, report.Error.TrimEnd()));
        Assert.False(File.Exists(Path.Combine(output, "exposure-report.json")));
    }

    [SkippableFact]
    public void An_sdn_xml_holding_fewer_entries_than_it_states_is_said_so_in_list_check_and_beside_the_list_in_every_output()
    {
        using var temp = new TempFolder();
        var list = Path.Combine(temp.Path, "SDN.XML");
        File.WriteAllText(list, File.ReadAllText(Fixture("ofac-xml", "SDN.XML")).Replace("<Record_Count>4</Record_Count>", "<Record_Count>7</Record_Count>", StringComparison.Ordinal));

        var check = CliRunner.Run("list", "check", list);
        Assert.True(check.ExitCode == 0, check.Error);
        Assert.Contains($"{list}: OFAC SDN List (ofac-xml, 2026-11-28), read, but not whole: the file states 7 entries; 4 were read", check.Output);
        Assert.Contains($"{list}, line 3: the file states 7 entries (Record_Count); 4 were read: the file is not the whole list it says it is", check.Output);
        Assert.DoesNotContain("valid", check.Output);

        var holdings = Path.Combine(temp.Path, "holdings.csv");
        File.WriteAllText(holdings, "Name,ISIN,Market Value\nUNRELATED EXAMPLE INDUSTRIES INC,,100\n");
        var warning = "OFAC SDN List (SDN.XML): the file states 7 entries; 4 were read: it is not the whole list it says it is (cut short or edited), and companies the list names may be missing from this report.";
        var (texts, json) = ReportTexts.Report(temp, "--holdings", holdings, "--list", list, "--format", "pdf,html,xlsx,json,csv");
        Assert.Contains(json.GetProperty("summary").GetProperty("warnings").EnumerateArray(),
            w => w.GetProperty("code").GetString() == "list-incomplete" && w.GetProperty("text").GetString() == warning);
        foreach (var output in new[] { "pdf", "html", "xlsx", "terminal" })
            Assert.True(texts.Flat(output).Contains(warning, StringComparison.Ordinal), $"{output} does not say the list is not whole");
        // Beside the list where each output names it (the cover, the summary, the workbook's summary sheet).
        foreach (var output in new[] { "pdf", "html", "xlsx" })
            Assert.True(texts.Flat(output).Contains("dated 2026-11-28 (not whole: the file states 7 entries; 4 were read)", StringComparison.Ordinal), $"{output} does not say it beside the list");

        // A folder imported from it says so too.
        var folder = Path.Combine(temp.Path, "sdn-folder");
        Assert.Equal(0, CliRunner.Run("list", "import", list, "--out", folder).ExitCode);
        var folderCheck = CliRunner.Run("list", "check", folder);
        Assert.Contains("read, but not whole: the file states 7 entries; 4 were read", folderCheck.Output);
        var again = Path.Combine(temp.Path, "again");
        Assert.Equal(0, CliRunner.Run("report", "--holdings", holdings, "--list", folder, "--out", again, "--format", "json", "--quiet").ExitCode);
        using var fromFolder = JsonDocument.Parse(File.ReadAllText(Path.Combine(again, "exposure-report.json")));
        Assert.Contains(fromFolder.RootElement.GetProperty("summary").GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "list-incomplete");
    }

    [Fact]
    public void An_ambiguous_date_in_a_list_is_named_by_list_check_and_not_read()
    {
        using var temp = new TempFolder();
        var list = Path.Combine(temp.Path, "own.csv");
        File.WriteAllText(list, "# source: https://example.org/list\nCompany,Date\nTencent Holdings Ltd,01/10/2026\n");
        var check = CliRunner.Run("list", "check", list);
        Assert.True(check.ExitCode == 0, check.Error);
        Assert.Contains($"{list}, line 3: date '01/10/2026' of 'Tencent Holdings Ltd' could be 2026-01-10 (month first) or 2026-10-01 (day first), and no other date in the file shows which: left empty", check.Output);

        var folder = Path.Combine(temp.Path, "own");
        Assert.Equal(0, CliRunner.Run("list", "import", list, "--out", folder).ExitCode);
        var allegation = File.ReadAllLines(Path.Combine(folder, "allegations.csv"))[1];
        Assert.DoesNotContain("2026-01-10", allegation);
        Assert.DoesNotContain("2026-10-01", allegation);
    }
}

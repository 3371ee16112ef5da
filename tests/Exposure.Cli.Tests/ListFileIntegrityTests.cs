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

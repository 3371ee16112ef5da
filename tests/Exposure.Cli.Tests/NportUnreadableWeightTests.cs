using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// A PERCENTAGE that cannot be read is said on its holding, as an unreadable CURRENCY_VALUE is: where the value is not
/// given, the weight the filing states (what the report falls back on) is unknown with that reason, and the value is
/// unknown because it is not given, not because of the weight.
/// </summary>
public sealed class NportUnreadableWeightTests
{
    [Fact]
    public void An_unreadable_percentage_is_said_on_the_holding_and_its_weight_is_unknown_with_the_reason()
    {
        using var temp = new TempFolder();
        var folder = NportFilings.Write(Path.Combine(temp.Path, "q2"),
            new NportFiling("0001000001-26-000001", "20-MAY-2026", "30-APR-2026", "S000000001", "Alpha China Fund", "1000001", "Alpha Trust", [NportFilings.Hikvision(100_000m)]));
        var table = Path.Combine(folder, "FUND_REPORTED_HOLDING.tsv");
        var lines = File.ReadAllLines(table);
        // Line 2: the unlisted widget maker, PERCENTAGE unreadable; line 3: Hikvision, its value N/A and PERCENTAGE unreadable.
        string Edit(string line, string value)
        {
            var cells = line.Split('\t');
            (cells[10], cells[12]) = (value, "abc");
            return string.Join('\t', cells);
        }
        (lines[1], lines[2]) = (Edit(lines[1], "1000"), Edit(lines[2], "N/A"));
        File.WriteAllLines(table, lines);
        var output = Path.Combine(temp.Path, "out");

        var r = CliRunner.Run("report", "--holdings", folder, "--out", output, "--format", "json,csv", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);

        var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "exposure-report.json"))).RootElement;
        var hikvision = Assert.Single(report.GetProperty("findings").EnumerateArray(), f => f.GetProperty("companyId").GetString() == "hikvision");
        Assert.Equal(("no value given", "its value is unknown, and PERCENTAGE 'abc' is not a number"),
            (hikvision.GetProperty("valueUnknown").GetString(), hikvision.GetProperty("weightUnknown").GetString()));
        Assert.Equal(JsonValueKind.Null, hikvision.GetProperty("weight").ValueKind);
        Assert.Single(File.ReadAllLines(Path.Combine(output, "unmatched.csv")),
            l => l.Contains("Example Unlisted Widget Co", StringComparison.Ordinal) && l.Contains("PERCENTAGE 'abc' is not a number", StringComparison.Ordinal));

        // The fund's sum of stated weights leaves both rows out, and says so beside it.
        var fund = Assert.Single(report.GetProperty("funds").EnumerateArray());
        Assert.Equal(2, fund.GetProperty("weightCheck").GetProperty("weightsUnreadable").GetInt32());
        var funds = File.ReadAllLines(Path.Combine(output, "funds.csv"));
        Assert.Equal("weights_unreadable", funds[0].Split(',')[^1]);
        Assert.Equal("2", funds[1].Split(',')[^1]);
        Assert.Equal("2 unreadable rows left out",
            Exposure.Core.Reporting.Wording.WeightsUnreadable(new Exposure.Core.Reporting.WeightCheck(0, 0, 0, 0, WeightsUnreadable: 2)));
    }

    [Fact]
    public void Weights_that_agree_but_leave_out_an_unreadable_one_do_not_show_the_file_to_list_part_of_the_fund()
    {
        using var temp = new TempFolder();
        // Net assets of 10,000,000 and rows of 101,000: the rows are 1% of the net assets, and their weights agree.
        var folder = NportFilings.Write(Path.Combine(temp.Path, "q2"),
            new NportFiling("0001000001-26-000001", "20-MAY-2026", "30-APR-2026", "S000000001", "Alpha China Fund", "1000001", "Alpha Trust", [NportFilings.Hikvision(100_000m)]));
        string Note(string output)
        {
            var r = CliRunner.Run("report", "--holdings", folder, "--out", output, "--format", "json", "--quiet");
            Assert.True(r.ExitCode == 0, r.Error);
            var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "exposure-report.json"))).RootElement;
            return Assert.Single(report.GetProperty("summary").GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "net-assets-disagree").GetProperty("text").GetString()!;
        }
        Assert.Contains("so the file lists part of the fund", Note(Path.Combine(temp.Path, "read")), StringComparison.Ordinal);

        // The widget maker's PERCENTAGE unreadable, its value read: the stated weights no longer show what the file lists.
        var table = Path.Combine(folder, "FUND_REPORTED_HOLDING.tsv");
        var lines = File.ReadAllLines(table);
        var cells = lines[1].Split('\t');
        cells[12] = "abc";
        lines[1] = string.Join('\t', cells);
        File.WriteAllLines(table, lines);
        var note = Note(Path.Combine(temp.Path, "unreadable"));
        Assert.Contains("(1 unreadable row left out): the file may list part of the fund, or the rows whose weight could not be read hold the rest", note, StringComparison.Ordinal);
        Assert.DoesNotContain("so the file lists part of the fund", note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fund_whose_weights_are_all_read_writes_no_count_of_unreadable_ones()
    {
        using var temp = new TempFolder();
        var folder = NportFilings.Write(Path.Combine(temp.Path, "q2"),
            new NportFiling("0001000001-26-000001", "20-MAY-2026", "30-APR-2026", "S000000001", "Alpha China Fund", "1000001", "Alpha Trust", [NportFilings.Hikvision(100_000m)]));
        var output = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--holdings", folder, "--out", output, "--format", "json,csv", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);
        var fund = Assert.Single(JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "exposure-report.json"))).RootElement.GetProperty("funds").EnumerateArray());
        Assert.False(fund.GetProperty("weightCheck").TryGetProperty("weightsUnreadable", out _));
        Assert.Equal("0", File.ReadAllLines(Path.Combine(output, "funds.csv"))[1].Split(',')[^1]);
    }
}

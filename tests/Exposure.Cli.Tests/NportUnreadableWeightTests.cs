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
    }
}

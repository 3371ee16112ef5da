using System.Text.Json;
using Exposure.Core.Reporting;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests.Terminal;

/// <summary>Funds of different dates: the terminal gives the figures of each date beside the totals, as its note says it does.</summary>
public sealed class TerminalDatesTests
{
    private static string Sample(string file) => Path.Combine(RepoPaths.Root, "samples", "scheme", file);

    [Fact]
    public void The_figures_of_each_date_are_printed_beside_the_totals_the_note_says_they_are_beside()
    {
        using var temp = new TempFolder();
        var run = CliRunner.Run("report", "--holdings", Sample("em-equity-2026-06.csv"), Sample("em-equity-2026-09.csv"), "--out", temp.Path, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "exposure-report.json")));
        var summary = json.RootElement.GetProperty("summary");
        Assert.Contains(summary.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "dates-differ");
        var byDate = summary.GetProperty("byDate").EnumerateArray().ToList();
        Assert.Equal(2, byDate.Count);

        // A sentence wider than the terminal goes on over lines indented by two spaces: read each as one line.
        var lines = run.Output.Replace("\r", "", StringComparison.Ordinal).Replace("\n  ", " ", StringComparison.Ordinal).Split('\n').ToList();
        var note = lines.FindIndex(l => l.Contains("The figures of each date are given beside them.", StringComparison.Ordinal));
        Assert.True(note >= 0, run.Output);
        foreach (var d in byDate)
        {
            var currency = "USD";
            var line = Assert.Single(lines, l => l.StartsWith($"As of {d.GetProperty("asOf").GetString()}: ", StringComparison.Ordinal));
            Assert.True(lines.IndexOf(line) > note, "the figures of a date come after the note that points to them");
            Assert.Contains($"fund value {Wording.Money(d.GetProperty("fundValue").GetDecimal(), currency)}", line, StringComparison.Ordinal);
            Assert.Contains($"flagged value {Wording.Money(d.GetProperty("flaggedValue").GetDecimal(), currency)} ({Wording.Percent(d.GetProperty("flaggedShare").GetDecimal())})", line, StringComparison.Ordinal);
        }
    }
    [Fact]
    public void A_date_whose_figures_are_not_given_says_why_once_not_not_given_twice()
    {
        using var temp = new TempFolder();
        static string Fund(string name, string date, bool currency) =>
            $"Fund Name,{name}\nFund Holdings as of,\"{date}\"\n\nTicker,Name,Exchange,Market Value,Weight (%){(currency ? ",Currency" : "")}\n" +
            $"2899,ZIJIN MINING GROUP LTD H,Hong Kong Exchanges And Clearing Ltd,\"10,000.00\",10.00{(currency ? ",USD" : "")}\n" +
            $"AAPL,APPLE INC,NASDAQ,\"90,000.00\",90.00{(currency ? ",USD" : "")}\n";
        var june = temp.File("june.csv", Fund("June Fund", "Jun 30, 2026", true));
        var stated = temp.File("stated.csv", Fund("Stated Fund", "Sep 30, 2026", true));
        var unstated = temp.File("unstated.csv", Fund("Unstated Fund", "Sep 30, 2026", false));
        var run = CliRunner.Run("report", "--holdings", june, stated, unstated, "--out", Path.Combine(temp.Path, "out"), "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);

        var lines = run.Output.Replace("\r", "", StringComparison.Ordinal).Replace("\n  ", " ", StringComparison.Ordinal).Split('\n').ToList();
        var september = Assert.Single(lines, l => l.StartsWith("As of 2026-09-30: ", StringComparison.Ordinal));
        Assert.Contains("fund value not given; flagged value not given, as not every fund states its currency;", september, StringComparison.Ordinal);
        Assert.DoesNotContain("(not given)", september, StringComparison.Ordinal);
        var juneLine = Assert.Single(lines, l => l.StartsWith("As of 2026-06-30: ", StringComparison.Ordinal));
        Assert.Contains("flagged value USD 10,000 (10.000%); 1 named company.", juneLine, StringComparison.Ordinal);
    }
}

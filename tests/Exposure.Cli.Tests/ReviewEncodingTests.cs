using System.Text;
using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>Candidates files and decisions logs saved as "CSV" by a spreadsheet on Windows are Windows-1252: read as holdings files are, never altered.</summary>
public sealed class ReviewEncodingTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Fact]
    public void A_candidates_file_and_a_decisions_log_in_windows_1252_keep_the_reviewers_accents()
    {
        using var temp = new TempFolder();
        var first = Path.Combine(temp.Path, "first");
        Assert.Equal(0, CliRunner.Run("report", "--out", first, "--format", "csv", "--quiet").ExitCode);
        var lines = File.ReadAllLines(Path.Combine(first, "review-candidates.csv"));
        var candidates = Path.Combine(temp.Path, "candidates-1252.csv");
        File.WriteAllLines(candidates, [lines[0], "accept,Chloé Müller,2026-11-20,Même société (vérifié)" + lines[1][3..]], Windows1252);

        var decisions = Path.Combine(temp.Path, "decisions.csv");
        var recorded = CliRunner.Run("review", "record", "--candidates", candidates, "--decisions", decisions);
        Assert.True(recorded.ExitCode == 0, recorded.Error);
        var log = File.ReadAllText(decisions, Encoding.UTF8);
        Assert.Contains("accept,Chloé Müller,2026-11-20,Même société (vérifié),", log, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', log);

        // The log saved again in Windows-1252 is read as such, and appended to as such.
        var log1252 = Path.Combine(temp.Path, "decisions-1252.csv");
        File.WriteAllText(log1252, log, Windows1252);
        Assert.True(CliRunner.Run("review", "reject", lines[1].Split(',')[^2], "--reviewer", "Zoë Ångström", "--reason", "Revu", "--date", "2026-11-21",
            "--findings", Path.Combine(first, "decisions-template.csv"), "--decisions", log1252).ExitCode == 0);
        Assert.EndsWith("reject,Zoë Ångström,2026-11-21,Revu,", File.ReadAllLines(log1252, Windows1252)[^1].Split("meiya-pico")[0], StringComparison.Ordinal);

        var run = CliRunner.Run("report", "--out", Path.Combine(temp.Path, "out"), "--format", "json", "--decisions", log1252, "--show-reviewers");
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "out", "exposure-report.json")));
        var row = Assert.Single(json.RootElement.GetProperty("review").GetProperty("setAside").EnumerateArray());
        Assert.Equal("Zoë Ångström", row.GetProperty("reviewer").GetString());
    }
}

using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>A rerun into the same folder never replaces a candidates file a reviewer filled in, and not yet recorded, with a blank one.</summary>
public sealed class ReviewCandidatesKeptTests
{
    [Fact]
    public void A_filled_in_candidates_file_is_kept_beside_the_new_set_and_the_run_says_so()
    {
        using var temp = new TempFolder();
        var reports = Path.Combine(temp.Path, "reports");
        Assert.Equal(0, CliRunner.Run("report", "--out", reports, "--format", "csv", "--quiet").ExitCode);
        var candidates = Path.Combine(reports, "review-candidates.csv");
        var lines = File.ReadAllLines(candidates);
        var filled = "accept,A. Reviewer,2026-11-20,Same company; checked the filing" + lines[1][3..];
        File.WriteAllLines(candidates, [lines[0], filled]);

        var rerun = CliRunner.Run("report", "--out", reports, "--format", "csv", "--quiet");
        Assert.True(rerun.ExitCode == 0, rerun.Error);

        var kept = Assert.Single(Directory.GetFiles(reports, "review-candidates.filled-*.csv"));
        Assert.Equal(filled, File.ReadAllLines(kept)[1]);
        Assert.Equal(lines, File.ReadAllLines(candidates));
        Assert.Contains($"kept review-candidates.csv, filled in since the last run, as {Path.GetFileName(kept)}", rerun.Output.ReplaceLineEndings(" ").Replace("   ", " ", StringComparison.Ordinal), StringComparison.Ordinal);

        // Recorded from where it is kept, its decision is in the log; a file left as written is replaced as ever.
        var decisions = Path.Combine(temp.Path, "decisions.csv");
        Assert.Equal(0, CliRunner.Run("review", "record", "--candidates", kept, "--decisions", decisions).ExitCode);
        var again = CliRunner.Run("report", "--out", reports, "--format", "csv", "--quiet");
        Assert.Equal(0, again.ExitCode);
        Assert.Single(Directory.GetFiles(reports, "review-candidates.filled-*.csv"));
        Assert.DoesNotContain("kept ", again.Output, StringComparison.Ordinal);
    }
}

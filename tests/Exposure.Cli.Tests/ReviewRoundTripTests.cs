using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>Write candidates, decide them as a person would, record, rerun: the decisions apply, append-only, and go stale when unmet.</summary>
public sealed class ReviewRoundTripTests
{
    [Fact]
    public void Decisions_written_edited_recorded_and_applied_on_the_next_run()
    {
        using var temp = new TempFolder();
        var first = Path.Combine(temp.Path, "first");
        Assert.Equal(0, CliRunner.Run("report", "--out", first, "--format", "json,csv").ExitCode);

        var candidatesPath = Path.Combine(first, "review-candidates.csv");
        var candidates = File.ReadAllLines(candidatesPath);
        Assert.Equal(2, candidates.Length);
        Assert.StartsWith(",,,,meiya-pico,,,,MEIYA PICO INFORMATION,", candidates[1]);

        // A reviewer accepts the candidate.
        File.WriteAllLines(candidatesPath, [candidates[0], "accept,A. Reviewer,2026-11-20,Same company: Xiamen Meiya Pico; checked the filing" + candidates[1][3..]]);
        var decisions = Path.Combine(temp.Path, "decisions.csv");
        var recorded = CliRunner.Run("review", "record", "--candidates", candidatesPath, "--decisions", decisions);
        Assert.Equal(0, recorded.ExitCode);
        Assert.Contains("appended 1 decision", recorded.Output);

        // Later a reviewer rejects a rule match (ZTE H) and records a decision for a security no file holds.
        File.AppendAllLines(decisions,
        [
            "reject,B. Reviewer,2026-11-21,Test of a rejection,zte,,XHKG,763,",
            "accept,B. Reviewer,2026-11-21,Held last quarter,tbea,,,,NO LONGER HELD CO",
        ]);
        var firstLines = File.ReadAllLines(decisions);

        var second = Path.Combine(temp.Path, "second");
        var run = CliRunner.Run("report", "--out", second, "--format", "json,csv", "--decisions", decisions, "--show-reviewers");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("3 in force, 1 row accepted, 1 rejected, 1 stale", run.Output);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(second, "exposure-report.json")));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("summary").GetProperty("rowsMatchedByDecision").GetInt32());
        var meiya = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("companyId").GetString() == "meiya-pico");
        Assert.Equal("matched", meiya.GetProperty("state").GetString());
        Assert.Equal("A. Reviewer", meiya.GetProperty("decidedBy").GetString());
        Assert.StartsWith("review decision: accepted", meiya.GetProperty("rule").GetString());

        Assert.DoesNotContain(root.GetProperty("findings").EnumerateArray(), f => f.GetProperty("name").GetString() == "ZTE CORP H");
        var unmatched = File.ReadAllText(Path.Combine(second, "unmatched.csv"));
        Assert.Contains("review decision: rejected (ticker+exchange): rejected by B. Reviewer on 2026-11-21: Test of a rejection", unmatched);

        var stale = Assert.Single(root.GetProperty("review").GetProperty("stale").EnumerateArray());
        Assert.Equal("tbea", stale.GetProperty("companyId").GetString());
        Assert.Equal("no holding row met this decision", stale.GetProperty("why").GetString());
        Assert.Equal(0, File.ReadAllLines(Path.Combine(second, "review-candidates.csv")).Length - 1);

        // Recording again appends and never rewrites what is there.
        CliRunner.Run("review", "record", "--candidates", candidatesPath, "--decisions", decisions);
        var after = File.ReadAllLines(decisions);
        Assert.Equal(firstLines, after.Take(firstLines.Length));
        Assert.Equal(firstLines.Length + 1, after.Length);
    }

    [Fact]
    public void A_decision_without_a_reason_is_refused_with_its_line()
    {
        using var temp = new TempFolder();
        var decisions = temp.File("decisions.csv", "decision,reviewer,decided_on,reason,company_id,isin,mic,ticker,name\naccept,A,2026-11-20,,zte,,XHKG,763,\n");
        var r = CliRunner.Run("report", "--out", Path.Combine(temp.Path, "out"), "--decisions", decisions);
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Equal($"error: {decisions}, line 2: reason is empty: say why", r.Error.TrimEnd());
    }
}

using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>Without review decisions, the reports speak of candidates awaiting a decision only where there are some.</summary>
public sealed class ReviewDecisionsWordsTests
{
    private const string Awaits = "still awaits a person's decision";

    [SkippableFact]
    public void With_no_holding_to_review_the_reports_say_only_that_no_decisions_were_applied()
    {
        using var temp = new TempFolder();
        var fixture = Path.Combine(RepoPaths.Root, "tests", "Exposure.Pipeline.Tests", "Fixtures", "named-values-unknown.csv");
        var (texts, json) = ReportTexts.Report(temp, "--holdings", fixture, "--format", "pdf,html,json");
        Assert.Equal(0, json.GetProperty("summary").GetProperty("lines").GetProperty("needsReview").GetInt32());
        foreach (var output in new[] { "pdf", "html" })
        {
            var text = texts.Flat(output);
            Assert.Contains("No holding line needs review.", text, StringComparison.Ordinal);
            Assert.Contains("No review decisions were applied to this run. Decisions ", text, StringComparison.Ordinal);
            Assert.DoesNotContain(Awaits, text, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void With_a_holding_to_review_the_reports_say_it_still_awaits_a_decision()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--format", "pdf,html,json");
        Assert.True(json.GetProperty("summary").GetProperty("lines").GetProperty("needsReview").GetInt32() > 0);
        Assert.Contains(Awaits, texts.Flat("pdf"), StringComparison.Ordinal);
        Assert.Contains(Awaits, texts.Flat("html"), StringComparison.Ordinal);
    }
}

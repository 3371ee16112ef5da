using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>What the charts' words say of them is what they draw.</summary>
public sealed class ChartWordsTests
{
    private static string Scheme => Path.Combine(RepoPaths.Root, "samples", "scheme", "scheme.json");

    [SkippableFact]
    public void A_schemes_category_chart_says_what_its_shares_are_of_and_claims_no_fills_its_bars_lack()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--portfolio", Scheme, "--format", "pdf,html,json");
        Assert.True(json.GetProperty("portfolio").GetProperty("categories").GetArrayLength() > 0);
        foreach (var output in new[] { "pdf", "html" })
        {
            var text = texts.Flat(output);
            Assert.Contains("The share in brackets is of the amount invested. A company ", text, StringComparison.Ordinal);
            // One bar per category, each labelled: no shades, lines or dots tell them apart.
            Assert.DoesNotContain("Categories of allegation are told apart", text, StringComparison.Ordinal);
        }
    }
}

using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// A category's weight is a lower bound only where it leaves out a holding: on the file's own weights, a holding of
/// unknown value whose weight the file states is in it, and only the category's value leaves it out. Chart and table say
/// the same.
/// </summary>
public sealed class CategoryWeightBoundTests
{
    private static string Fixture(string file) => Path.Combine(RepoPaths.Root, "tests", "Exposure.Pipeline.Tests", "Fixtures", file);

    [SkippableFact]
    public void On_the_files_own_weights_a_holding_of_unknown_value_is_in_the_categorys_weight_and_only_its_value_leaves_it_out()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--holdings", Fixture("category-value-unknown-file-weights.csv"), "--format", "pdf,html,json");
        var fund = json.GetProperty("funds")[0];
        Assert.Equal("file-weights", fund.GetProperty("weightBasis").GetString());
        // ZTE's 12% and LONGi's 2% (its value n/a): the weight counts both, the value only ZTE's.
        var category = fund.GetProperty("byCategory").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "forced-labour");
        Assert.Equal(0.14m, category.GetProperty("weight").GetDecimal());
        Assert.Equal(500_000m, category.GetProperty("value").GetDecimal());
        Assert.Equal(1, category.GetProperty("valuesUnknown").GetInt32());
        Assert.False(category.TryGetProperty("outOfWeight", out _));

        const string note = "In Forced labour, the value of 1 holding is unknown: the category's value leaves it out; its weight counts the weight the file states for it, and its company is counted.";
        foreach (var output in new[] { "pdf", "html" })
        {
            var text = texts.Flat(output);
            Assert.DoesNotContain("at least 14.000%", text, StringComparison.Ordinal);
            Assert.DoesNotContain("value and weight leave it out", text, StringComparison.Ordinal);
            Assert.Contains(note, text, StringComparison.Ordinal);
        }
        // The chart's label gives the value as a lower bound, as the table does, and the weight as it is.
        Assert.Contains("14.000% · at least USD 500,000 · 2 companies", texts.Flat("pdf"), StringComparison.Ordinal);
        Assert.Contains("14.000% · at least USD 500,000", texts.Flat("html"), StringComparison.Ordinal);
        Assert.Contains("at least 500,000 14.000%", texts.Flat("html"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void On_values_a_holding_of_unknown_value_is_left_out_of_the_categorys_weight_and_chart_and_table_say_at_least()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--holdings", Fixture("named-values-unknown.csv"), "--format", "pdf,html,json");
        var fund = json.GetProperty("funds")[0];
        Assert.Equal("value-over-fund-value", fund.GetProperty("weightBasis").GetString());
        var left = fund.GetProperty("byCategory").EnumerateArray().Where(c => c.TryGetProperty("outOfWeight", out var n) && n.GetInt32() > 0).ToList();
        Assert.NotEmpty(left);
        foreach (var category in left)
        {
            var weight = Core.Reporting.Wording.Percent(category.GetProperty("weight").GetDecimal());
            // The table's and the chart's figure: each "at least".
            foreach (var output in new[] { "pdf", "html" })
                Assert.True(texts.Flat(output).Split($"at least {weight}").Length - 1 >= 2, $"{output}: at least {weight} in table and chart");
        }
        Assert.Contains("category's value and weight leave", texts.Flat("pdf"), StringComparison.Ordinal);
    }
}

using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// A row whose value disagrees with the weight its file states carries the disagreement wherever its value is shown: the
/// finding, the company's value held, the charts and every output, not only the fund's note.
/// </summary>
public sealed class ValueAgainstWeightTests
{
    private static string Fixture(string file) => Path.Combine(RepoPaths.Root, "tests", "Exposure.Cli.Tests", "Fixtures", "value-weight", file);

    private const string Hikvision = "its value, USD 250, is 0.005% of the fund value of USD 5,000,000; the file states 5.000%, which would be about USD 250,000";

    [Fact]
    public void A_value_a_thousand_times_short_of_its_stated_weight_says_so_beside_it_in_every_output()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--holdings", Fixture("fund.csv"), "--format", "pdf,html,xlsx,json,csv");

        var findings = json.GetProperty("findings").EnumerateArray().ToDictionary(f => f.GetProperty("companyId").GetString()!);
        Assert.Equal(Hikvision, findings["hikvision"].GetProperty("valueDisagrees").GetString());
        Assert.Equal(250_000m, findings["hikvision"].GetProperty("valueByStatedWeight").GetDecimal());
        // Zijin's value is 2.000% of the fund, as the file states: nothing to say.
        Assert.False(findings["zijin-mining"].TryGetProperty("valueDisagrees", out _));
        Assert.Equal(
            $"the value of a holding disagrees with the weight its file states, and it is counted as the file gives it (fund.csv, line 7: {Hikvision})",
            ReportTexts.Company(json, "hikvision").GetProperty("valueDisagrees").GetString());
        Assert.False(ReportTexts.Company(json, "zijin-mining").TryGetProperty("valueDisagrees", out _));

        var matches = texts.ByOutput["matches.csv"].Split('\n');
        Assert.EndsWith("value_disagrees", matches[0].TrimEnd('\r'), StringComparison.Ordinal);
        Assert.Contains(matches, line => line.Contains("hikvision", StringComparison.Ordinal) && line.TrimEnd('\r').EndsWith($"\"{Hikvision}\"", StringComparison.Ordinal));
        Assert.Contains(matches, line => line.Contains("zijin-mining", StringComparison.Ordinal) && line.TrimEnd('\r').EndsWith(','));

        foreach (var output in new[] { "pdf", "html" })
        {
            var text = texts.Flat(output);
            // The chart's label points below, where the caption says what disagrees; the matches table and the company's
            // profile say it beside the value.
            Assert.Contains("USD 250 (5.000%) (see below)", text, StringComparison.Ordinal);
            Assert.Contains($"value disagrees with the file's weight: {Hikvision}", text, StringComparison.Ordinal);
            Assert.Contains($"Hangzhou Hikvision Digital Technology Co., Ltd.: the value of a holding disagrees with the weight its file states", text, StringComparison.Ordinal);
            Assert.DoesNotContain("USD 100,000 (2.000%) (see below)", text, StringComparison.Ordinal);
        }
        Assert.Contains(Hikvision, texts.Xlsx, StringComparison.Ordinal);
    }
}

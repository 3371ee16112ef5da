using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// The illustrative scheme's holdings are converted and weighted, so their values are rarely whole: the Scheme row of
/// its table of holdings adds them before rounding (GBP 1,403,045), one less than its rounded rows add up to (820,385 +
/// 25,000 + 557,661). The PDF and the web page say so under the table, so that a total checked by hand is not taken for
/// a wrong one.
/// </summary>
public sealed class SchemeRoundedTotalsTests
{
    private static string Scheme => Path.Combine(RepoPaths.Root, "samples", "scheme", "scheme.json");

    private const string Said = "Amounts are rounded to the unit; the Scheme row adds them before rounding, so it may differ by a unit or two from the sum of the rows shown.";

    [SkippableFact]
    public void The_table_of_holdings_says_its_total_adds_the_amounts_before_rounding()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--portfolio", Scheme, "--format", "pdf,html,json", "--quiet");

        var portfolio = json.GetProperty("portfolio");
        var rows = portfolio.GetProperty("entries").EnumerateArray()
            .Select(e => e.GetProperty("flaggedValue")).Where(v => v.ValueKind == System.Text.Json.JsonValueKind.Number)
            .Sum(v => Math.Round(v.GetDecimal(), MidpointRounding.AwayFromZero));
        var total = Math.Round(portfolio.GetProperty("flaggedValue").GetDecimal(), MidpointRounding.AwayFromZero);
        Assert.Equal(1_403_046m, rows);
        Assert.Equal(1_403_045m, total);

        Assert.Contains("1,403,045", texts.Flat("pdf"), StringComparison.Ordinal);
        Assert.Contains(Said, texts.Flat("pdf"), StringComparison.Ordinal);
        Assert.Contains(Said, texts.Flat("html"), StringComparison.Ordinal);
    }
}

using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// The illustrative scheme's holdings are converted and weighted, so their values are rarely whole: the Scheme row of
/// its table of holdings adds them before rounding (GBP 1,403,045), one less than its rounded rows add up to (820,385 +
/// 25,000 + 557,661). The PDF, the web page and the terminal say so under the table, so that a total checked by hand is
/// not taken for a wrong one; a scheme whose rounded rows add up to its Scheme row has nothing to explain.
/// </summary>
public sealed class SchemeRoundedTotalsTests
{
    private static string Samples => Path.Combine(RepoPaths.Root, "samples", "scheme");

    private static string Scheme => Path.Combine(Samples, "scheme.json");

    private const string Said = "Amounts are rounded to the unit; the Scheme row adds them before rounding, so it may differ by a unit or two from the sum of the rows shown.";

    [SkippableFact]
    public void The_table_of_holdings_says_its_total_adds_the_amounts_before_rounding()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--portfolio", Scheme, "--format", "pdf,html,json");

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

        // The terminal's table of the scheme shows the same rounded rows and total, and says the same, once, after it.
        var terminal = texts.Flat("terminal");
        Assert.Contains("at least 1,403,045", terminal, StringComparison.Ordinal);
        Assert.Equal(2, terminal.Split(Said).Length);
        Assert.True(terminal.IndexOf(Said, StringComparison.Ordinal) > terminal.IndexOf("at least 1,403,045", StringComparison.Ordinal));
    }

    [Fact]
    public void A_scheme_whose_rounded_rows_add_up_does_not_say_they_may_not()
    {
        using var temp = new TempFolder();
        // The index mandate alone: GBP 50,000,000 looked through by its weights, 0.050% named (25,000) and 0.080% related
        // (40,000), whole amounts in every column.
        File.Copy(Path.Combine(Samples, "world-index-constituents.csv"), Path.Combine(temp.Path, "world-index-constituents.csv"));
        var scheme = temp.File("scheme.json", """
            {
              "title": "One mandate",
              "reportCurrency": "GBP",
              "asOf": "2026-09-30",
              "holdings": [
                { "id": "world-index", "kind": "index", "name": "World Index mandate", "manager": "Manager B",
                  "file": "world-index-constituents.csv", "amount": 50000000, "currency": "GBP" }
              ]
            }
            """);
        var (texts, json) = ReportTexts.Report(temp, "--portfolio", scheme, "--format", "html,json");

        var portfolio = json.GetProperty("portfolio");
        Assert.Equal(25_000m, portfolio.GetProperty("flaggedValue").GetDecimal());
        Assert.Equal(40_000m, portfolio.GetProperty("relatedValue").GetDecimal());
        Assert.Contains("25,000", texts.Flat("terminal"), StringComparison.Ordinal);
        Assert.DoesNotContain("Amounts are rounded to the unit", texts.Flat("terminal"), StringComparison.Ordinal);
        Assert.DoesNotContain("Amounts are rounded to the unit", texts.Flat("html"), StringComparison.Ordinal);
        // The table is there all the same, with the words every scheme's table has.
        Assert.Contains("One row per fund or mandate the scheme invests in directly", texts.Flat("html"), StringComparison.Ordinal);
    }
}

using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// A scheme's coverage gaps say what each is, in the same words and code in every output: the rest of an index mandate
/// whose constituent weights add up to under 100% is the part of the mandate the list does not cover, and the rest of a
/// fund whose stated net assets exceed its rows is that difference, with both figures.
/// </summary>
public sealed class SchemeCoverageGapTests
{
    private const string IndexRest = "the constituent list's weights add up to 97.500%: the rest of the mandate is not covered by the list";
    private const string NavRest = "the net assets the file states (GBP 1,000,000) differ from what its rows' known values add up to (GBP 900,000)";

    private static string Scheme(TempFolder temp)
    {
        temp.File("index.csv", """
            Name,Ticker,Exchange,Weight (%)
            ZTE CORP H,763,Hong Kong Exchanges And Clearing Ltd,2.5
            ALPHA INC,AAA,NASDAQ,60
            BETA INC,BBB,NASDAQ,35
            """);
        temp.File("fund.csv", """
            Example NAV Fund
            Net Assets,"1,000,000"

            Name,Ticker,Exchange,Market Value,Currency
            ALPHA INC,AAA,NASDAQ,800000,GBP
            BETA INC,BBB,NASDAQ,100000,GBP
            """);
        return temp.File("scheme.json", """
            { "title": "Scheme", "reportCurrency": "GBP",
              "holdings": [
                { "id": "idx", "kind": "index", "name": "Index Mandate", "file": "index.csv", "amount": 1000000, "currency": "GBP" },
                { "id": "nav", "name": "NAV Fund", "file": "fund.csv", "amount": 500000, "currency": "GBP" } ] }
            """);
    }

    [SkippableFact]
    public void Each_gap_says_what_it_is_in_every_output()
    {
        using var temp = new TempFolder();
        var outDir = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--portfolio", Scheme(temp), "--out", outDir, "--format", "pdf,html,xlsx,json,csv");
        Assert.True(r.ExitCode == 0, r.Error);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "exposure-report.json")));
        var coverage = json.RootElement.GetProperty("portfolio").GetProperty("coverage");
        var gaps = coverage.GetProperty("gaps").EnumerateArray()
            .Select(g => (g.GetProperty("entryId").GetString(), g.GetProperty("kind").GetString(), g.GetProperty("reason").GetString(), g.GetProperty("value").GetDecimal()))
            .OrderBy(g => g.Item1, StringComparer.Ordinal).ToList();
        // 2.5% of the GBP 1,000,000 in the mandate; a tenth of the GBP 500,000 in the fund (900,000 of 1,000,000 in rows).
        Assert.Equal([("idx", "weights-short", IndexRest, 25_000m), ("nav", "net-assets-differ", NavRest, 50_000m)], gaps);
        Assert.Equal(1_500_000m, coverage.GetProperty("lookedThrough").GetDecimal() + gaps.Sum(g => g.Item4));

        var book = Path.Combine(outDir, "exposure-report.xlsx");
        Assert.Equal(["net-assets-differ", "weights-short"], WorkbookCells.Column(book, "Coverage", "Kind"));
        Assert.Equal([NavRest, IndexRest], WorkbookCells.Column(book, "Coverage", "Not looked through because"));

        var texts = ReportTexts.Read(outDir, r.Output);
        foreach (var output in new[] { "pdf", "html", "terminal" })
        {
            var text = texts.Flat(output);
            Assert.True(text.Contains(IndexRest, StringComparison.Ordinal), $"{output} does not say: {IndexRest}");
            Assert.True(text.Contains(NavRest, StringComparison.Ordinal), $"{output} does not say: {NavRest}");
        }
        Assert.Empty(texts.Holding("rows rejected, or stated net assets"));
    }
}

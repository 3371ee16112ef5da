using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// A holdings file given twice (the same bytes, under another name) is one fund: the first copy is counted, the later
/// one's lines are rejected as the same file, and every output's lines still add up and say why.
/// </summary>
public sealed class SameFileTests
{
    private static readonly string[] States = ["notAHolding", "rejected", "excluded", "unmatched", "matched", "related", "needsReview", "lookedThrough"];

    private static (CliResult Result, ReportTexts Texts, JsonElement Json) Report(string outDir, params string[] args)
    {
        var result = CliRunner.Run(["report", .. args, "--out", outDir]);
        Assert.True(result.ExitCode == 0, result.Error);
        var texts = ReportTexts.Read(outDir, result.Output);
        return (result, texts, JsonDocument.Parse(texts.Json).RootElement.Clone());
    }

    [SkippableFact]
    public void A_file_given_again_under_another_name_is_counted_once_and_its_lines_are_rejected_as_the_same_file()
    {
        using var temp = new TempFolder();
        var world = temp.File("world.csv", FigureFixtures.World2022);
        var copy = temp.File("copy.csv", FigureFixtures.World2022);
        var emerging = temp.File("emerging.csv", FigureFixtures.Emerging2025);
        var (_, _, once) = Report(Path.Combine(temp.Path, "once"), "--holdings", world, emerging, "--format", "json");
        var (_, texts, json) = Report(Path.Combine(temp.Path, "twice"), "--holdings", world, copy, emerging);

        // The figures are those of the run without the copy: the same funds, values and companies.
        var summary = json.GetProperty("summary");
        var onceSummary = once.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("funds").GetInt32());
        foreach (var figure in new[] { "valueScreened", "flaggedValue", "flaggedShare", "relatedValue", "companiesFlagged", "companiesRelated", "holdingRows" })
            Assert.Equal(onceSummary.GetProperty(figure).ToString(), summary.GetProperty(figure).ToString());
        Assert.Equal(2_000_000m, summary.GetProperty("valueScreened").GetDecimal());
        Assert.Equal(["example-world-fund", "example-emerging-fund"], json.GetProperty("funds").EnumerateArray().Select(f => f.GetProperty("id").GetString()!));
        Assert.Equal(once.GetProperty("companies").ToString(), json.GetProperty("companies").ToString());
        Assert.Equal(once.GetProperty("findings").ToString(), json.GetProperty("findings").ToString());

        // The copy's 5 lines are rejected, in the report's lines and in no fund's: the states add up to the lines read.
        var worldLines = FigureFixtures.World2022.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        var lines = summary.GetProperty("lines");
        var onceLines = onceSummary.GetProperty("lines");
        Assert.Equal(onceLines.GetProperty("total").GetInt32() + worldLines, lines.GetProperty("total").GetInt32());
        Assert.Equal(onceLines.GetProperty("rejected").GetInt32() + worldLines, lines.GetProperty("rejected").GetInt32());
        Assert.Equal(lines.GetProperty("total").GetInt32(), States.Sum(s => lines.GetProperty(s).GetInt32()));
        var ofNoFund = Assert.Single(summary.GetProperty("linesOfNoFund").EnumerateArray());
        Assert.Equal("copy.csv", ofNoFund.GetProperty("file").GetString());
        Assert.Equal((worldLines, worldLines), (ofNoFund.GetProperty("lines").GetProperty("rejected").GetInt32(), ofNoFund.GetProperty("lines").GetProperty("total").GetInt32()));
        var fundLines = json.GetProperty("funds").EnumerateArray().Sum(f => f.GetProperty("lines").GetProperty("total").GetInt32());
        Assert.Equal(lines.GetProperty("total").GetInt32(), fundLines + worldLines);

        var rejected = Assert.Single(json.GetProperty("rejected").EnumerateArray());
        Assert.Equal(("copy.csv", 1, worldLines, "the same file as world.csv, counted once", "same-file"),
            (rejected.GetProperty("file").GetString(), rejected.GetProperty("line").GetInt32(), rejected.GetProperty("lineCount").GetInt32(),
             rejected.GetProperty("reason").GetString(), rejected.GetProperty("kind").GetString()));
        var inputs = json.GetProperty("run").GetProperty("inputs").EnumerateArray().Where(i => i.GetProperty("role").GetString() == "holdings").ToList();
        Assert.Equal(["world.csv", "copy.csv", "emerging.csv"], inputs.Select(i => i.GetProperty("name").GetString()!));
        Assert.Equal(inputs[0].GetProperty("sha256").GetString(), inputs[1].GetProperty("sha256").GetString());
        Assert.Equal((worldLines, worldLines), (inputs[0].GetProperty("lines").GetInt32(), inputs[1].GetProperty("lines").GetInt32()));

        Assert.Equal(["file,line,line_count,reason,raw_text", $"copy.csv,1,{worldLines},\"the same file as world.csv, counted once\","],
            texts.ByOutput["rejected.csv"].TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("copy.csv", texts.ByOutput["funds.csv"]);

        // Every output says why, in the same words.
        var warning = Assert.Single(summary.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "same-file");
        var text = $"2 files hold the same bytes (world.csv, copy.csv): their holdings are counted once, as world.csv. The {worldLines} lines of copy.csv are rejected " +
                   "as the same file: counted in the report's lines, in no fund's.";
        Assert.Equal(text, warning.GetProperty("text").GetString());
        Assert.DoesNotContain(summary.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "lines-of-no-fund");
        foreach (var output in new[] { "terminal", "pdf", "html", "xlsx" })
        {
            Assert.Contains(text, texts.Flat(output));
            Assert.DoesNotContain("counted twice", texts.Flat(output));
        }
    }

    [Fact]
    public void The_same_path_given_twice_is_counted_once()
    {
        using var temp = new TempFolder();
        var world = temp.File("world.csv", FigureFixtures.World2022);
        var (_, _, json) = Report(Path.Combine(temp.Path, "out"), "--holdings", world, world, "--format", "json");

        var summary = json.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("funds").GetInt32());
        Assert.Equal(1_000_000m, summary.GetProperty("valueScreened").GetDecimal());
        Assert.Equal(400_000m, summary.GetProperty("flaggedValue").GetDecimal());
        Assert.Equal("world.csv given again, counted once", Assert.Single(json.GetProperty("rejected").EnumerateArray()).GetProperty("reason").GetString());
        var lines = summary.GetProperty("lines");
        Assert.Equal(2 * FigureFixtures.World2022.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, lines.GetProperty("total").GetInt32());
        Assert.Equal(lines.GetProperty("total").GetInt32(), States.Sum(s => lines.GetProperty(s).GetInt32()));
    }

    [Fact]
    public void A_schemes_fund_file_under_two_holdings_is_looked_through_under_each()
    {
        using var temp = new TempFolder();
        temp.File("world.csv", FigureFixtures.World2022);
        temp.File("fx.csv", "from,to,rate\nUSD,GBP,0.5\n");
        var scheme = temp.File("scheme.json", """
            {
              "title": "Two managers, one fund",
              "reportCurrency": "GBP",
              "fxRates": "fx.csv",
              "holdings": [
                { "id": "world-a", "kind": "fund", "name": "World A", "manager": "Manager A", "file": "world.csv", "amount": 1000000, "currency": "GBP" },
                { "id": "world-b", "kind": "fund", "name": "World B", "manager": "Manager B", "file": "world.csv", "amount": 3000000, "currency": "GBP" }
              ]
            }
            """);
        var (_, _, json) = Report(Path.Combine(temp.Path, "out"), "--portfolio", scheme, "--format", "json");

        // Zijin is 40% of the fund: 400,000 through the first holding and 1,200,000 through the second.
        var portfolio = json.GetProperty("portfolio");
        var entries = portfolio.GetProperty("entries").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        Assert.Equal(400_000m, entries["world-a"].GetProperty("flaggedValue").GetDecimal());
        Assert.Equal(1_200_000m, entries["world-b"].GetProperty("flaggedValue").GetDecimal());
        Assert.Equal(1_600_000m, portfolio.GetProperty("flaggedValue").GetDecimal());
        Assert.Equal(0, portfolio.GetProperty("entriesNotLookedThrough").GetInt32());
        // One fund held twice: its file is screened once.
        Assert.Equal(1, json.GetProperty("funds").GetArrayLength());
        Assert.Empty(json.GetProperty("rejected").EnumerateArray());
        Assert.Equal(0, json.GetProperty("summary").GetProperty("lines").GetProperty("rejected").GetInt32());
    }

    [SkippableFact]
    public void The_same_fund_and_date_stated_by_two_files_of_different_bytes_is_said_beside_the_totals()
    {
        using var temp = new TempFolder();
        var world = temp.File("world.csv", FigureFixtures.World2022);
        // The same download saved again, as a spreadsheet would: other bytes, the same fund, date and holdings.
        var resaved = temp.File("world-resaved.csv", FigureFixtures.World2022.Replace("\n", "\r\n", StringComparison.Ordinal));
        var emerging = temp.File("emerging.csv", FigureFixtures.Emerging2025);
        var (_, texts, json) = Report(Path.Combine(temp.Path, "out"), "--holdings", world, resaved, emerging);

        var warning = Assert.Single(json.GetProperty("summary").GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "same-fund");
        const string said = "2 files state the same fund and date (Example World Fund, 2022-03-10: world.csv, world-resaved.csv)";
        Assert.StartsWith(said, warning.GetProperty("text").GetString());
        foreach (var output in new[] { "terminal", "pdf", "html", "xlsx" })
            Assert.Contains(said, texts.Flat(output));
        // Both are still counted: which one the user meant is theirs to say.
        Assert.Equal(3, json.GetProperty("summary").GetProperty("funds").GetInt32());

        using var apart = new TempFolder();
        var (_, _, other) = Report(Path.Combine(apart.Path, "out"), "--holdings", apart.File("world.csv", FigureFixtures.World2022),
            apart.File("emerging.csv", FigureFixtures.Emerging2025), "--format", "json");
        Assert.DoesNotContain(other.GetProperty("summary").GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "same-fund");
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// What is held through a holding of the scheme with no holdings file is unknown, never 0: the sample scheme's private
/// credit fund through the JSON, the workbook and the terminal, and the totals that include it said to be lower bounds.
/// </summary>
public sealed class SchemeUnknownHoldingTests
{
    private static string Scheme => Path.Combine(RepoPaths.Root, "samples", "scheme", "scheme.json");

    [Fact]
    public void The_fund_with_no_holdings_file_is_unknown_in_the_json_and_the_workbook()
    {
        using var temp = new TempFolder();
        var r = CliRunner.Run("report", "--portfolio", Scheme, "--out", temp.Path, "--format", "json,xlsx,csv", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "exposure-report.json")));
        var portfolio = json.RootElement.GetProperty("portfolio");
        var credit = portfolio.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "private-credit");
        foreach (var figure in new[] { "flaggedValue", "flaggedShare", "relatedValue", "reviewValue", "flaggedByInstrument" })
            Assert.True(credit.GetProperty(figure).ValueKind == JsonValueKind.Null, $"{figure} is {credit.GetProperty(figure)}, not null");
        Assert.Equal("no holdings file", credit.GetProperty("notLookedThrough").GetString());
        Assert.Equal(5_000_000m, credit.GetProperty("amountInReportCurrency").GetDecimal());
        var looked = portfolio.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("id").GetString() != "private-credit").ToList();
        Assert.All(looked, e => Assert.False(e.TryGetProperty("notLookedThrough", out _)));
        Assert.Equal(looked.Sum(e => e.GetProperty("flaggedValue").GetDecimal()), portfolio.GetProperty("flaggedValue").GetDecimal());
        Assert.Equal(1, portfolio.GetProperty("entriesNotLookedThrough").GetInt32());

        var managerD = portfolio.GetProperty("managers").EnumerateArray().Single(m => m.GetProperty("manager").GetString() == "Manager D");
        Assert.Equal(JsonValueKind.Null, managerD.GetProperty("flaggedValue").ValueKind);
        Assert.Equal(JsonValueKind.Null, managerD.GetProperty("flaggedShare").ValueKind);
        Assert.Equal(JsonValueKind.Null, managerD.GetProperty("relatedValue").ValueKind);
        Assert.Equal(1, managerD.GetProperty("entriesNotLookedThrough").GetInt32());

        // Workbook: "unknown" in each figure of the holding, with the reason; the manager likewise; the scheme's total a lower bound.
        var book = Path.Combine(temp.Path, "exposure-report.xlsx");
        var holdings = WorkbookCells.Rows(book, "Scheme holdings");
        var header = holdings[0];
        var row = Assert.Single(holdings, h => h[0] == "Illustrative Private Credit Fund");
        foreach (var column in new[] { "Named companies (GBP)", "Named share", "Related companies (GBP)", "Awaiting review (GBP)" })
            Assert.Equal("unknown", row[header.IndexOf(column)]);
        Assert.Equal("no holdings file", row[header.IndexOf("Not looked through because")]);

        var managers = WorkbookCells.Rows(book, "Managers");
        var d = Assert.Single(managers, m => m[0] == "Manager D");
        Assert.Equal("unknown", d[managers[0].IndexOf("Named companies (GBP)")]);
        Assert.Equal("unknown", d[managers[0].IndexOf("Named share")]);
        Assert.Equal("not looked through (no holdings file)", d[managers[0].IndexOf("Holdings not looked through")]);
        Assert.Contains("a lower bound", WorkbookCells.Value(book, "Scheme", "What the named, related and review values cover"));
        Assert.Contains("Illustrative Private Credit Fund (GBP 5,000,000: no holdings file)", WorkbookCells.Value(book, "Scheme", "What the named, related and review values cover"));

        // CSV: the files read; the private credit fund has none, so it is in none of them rather than a line of zeros.
        Assert.DoesNotContain("Private Credit", File.ReadAllText(Path.Combine(temp.Path, "funds.csv")));
    }

    [SkippableFact]
    public void The_pdf_and_web_page_do_not_say_every_fund_was_looked_through_when_one_was_not()
    {
        using var temp = new TempFolder();
        var r = CliRunner.Run("report", "--portfolio", Scheme, "--out", temp.Path, "--format", "pdf,html", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);
        var texts = ReportTexts.Read(temp.Path, r.Output);
        foreach (var output in new[] { "pdf", "html" })
        {
            var text = texts.Flat(output);
            Assert.Contains("looked through to company level where its holdings are known (1 holding of 4 not looked through)", text);
            Assert.Contains("4 funds and mandates with 4 managers; 1 holding not looked through, the others to company level", text);
            Assert.DoesNotContain("every fund, fund of funds and index mandate", text);
        }
    }

    [Fact]
    public void The_terminal_says_unknown_for_the_fund_and_at_least_for_the_scheme()
    {
        using var temp = new TempFolder();
        var wide = CliRunner.Run("report", "--portfolio", Scheme, "--out", Path.Combine(temp.Path, "wide"), "--format", "json");
        Assert.True(wide.ExitCode == 0, wide.Error);
        var lines = wide.Output.Split('\n');
        var credit = Assert.Single(lines, l => l.StartsWith("│ Illustrative Private Credit Fund", StringComparison.Ordinal));
        var cells = credit.Split('│', StringSplitOptions.TrimEntries).Where(c => c.Length > 0).ToList();
        Assert.Equal(["unknown", "unknown", "unknown", "unknown"], cells[^4..]);
        var scheme = Assert.Single(lines, l => l.StartsWith("│ Scheme ", StringComparison.Ordinal));
        // Named, its share and related are lower bounds; nothing awaits review in the holdings looked through, so review is unknown, not "at least 0".
        Assert.Equal(3, scheme.Split("at least ").Length - 1);
        Assert.Matches(@"│ at least [\d,]+ │\s+unknown │$", scheme.TrimEnd());
        Assert.Contains("The scheme's named, related and review values are each a lower bound, counting only the holdings looked through: what is held " +
            "through Illustrative Private Credit Fund (GBP 5,000,000: no holdings file) is unknown, not zero.", Regex.Replace(wide.Output, @"\s+", " "));

        // Narrow: one block per holding, in words.
        var narrow = CliRunner.RunAt(80, "report", "--portfolio", Scheme, "--out", Path.Combine(temp.Path, "narrow"), "--format", "json");
        Assert.True(narrow.ExitCode == 0, narrow.Error);
        var text = string.Join(" ", narrow.Output.Split('\n').Select(l => l.Trim()));
        Assert.Contains("Illustrative Private Credit Fund (Manager D), no holdings file invested GBP 5,000,000; not looked through (no holdings file): named, related and review unknown", text);
        Assert.DoesNotContain("named GBP 0 (0.000%)", text);
        Assert.Contains("named at least GBP ", text);
        Assert.Contains("review unknown: none in the holdings looked through", text);
        Assert.DoesNotContain("at least GBP 0 ", text + " ");
    }

    [SkippableFact]
    public void A_lower_bound_of_zero_is_said_as_unknown_in_every_output()
    {
        using var temp = new TempFolder();
        var r = CliRunner.Run("report", "--portfolio", Scheme, "--out", temp.Path, "--format", "json,pdf,html,xlsx");
        Assert.True(r.ExitCode == 0, r.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "exposure-report.json")));
        var portfolio = json.RootElement.GetProperty("portfolio");
        // The JSON gives the lower bound and says how to read it; the workbook says it in the words of the PDF and web page.
        Assert.Equal(0m, portfolio.GetProperty("reviewValue").GetDecimal());
        Assert.Equal(1, portfolio.GetProperty("entriesNotLookedThrough").GetInt32());
        Assert.Equal("none-looked-through", portfolio.GetProperty("bounds").GetProperty("reviewValue").GetString());
        Assert.Equal("at-least", portfolio.GetProperty("bounds").GetProperty("flaggedValue").GetString());
        Assert.Equal("at-least", portfolio.GetProperty("bounds").GetProperty("relatedValue").GetString());
        var book = Path.Combine(temp.Path, "exposure-report.xlsx");
        Assert.Equal("unknown: none in the holdings looked through", WorkbookCells.Value(book, "Scheme", "Value awaiting review (GBP)"));
        var scheme = WorkbookCells.Rows(book, "Scheme");
        var flagged = scheme.FindIndex(x => x.Count > 1 && x[0] == "Value in companies named by a source (GBP)");
        Assert.Equal("\"at least \"#,##0.00", WorkbookCells.Formats(book, "Scheme")[flagged][1]);

        var texts = ReportTexts.Read(temp.Path, r.Output);
        foreach (var output in new[] { "terminal", "pdf", "html" })
            Assert.DoesNotMatch(@"at least (GBP )?0(\.0+%?)?(\s|$|[;,)])", texts.Flat(output));
        foreach (var output in new[] { "pdf", "html" })
            Assert.Contains("Value awaiting review (not counted as flagged) unknown: none in the holdings looked through", texts.Flat(output).Replace("|", "", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal));
        Assert.Contains("at least GBP 1,403,045", texts.Flat("pdf"));
        Assert.Contains("at least GBP 1,403,045", texts.Flat("html"));
    }

    [SkippableFact]
    public void The_index_mandates_note_says_its_amount_is_looked_through_and_counted_in_the_schemes_totals()
    {
        using var temp = new TempFolder();
        var r = CliRunner.Run("report", "--portfolio", Scheme, "--out", temp.Path, "--format", "json,pdf,html");
        Assert.True(r.ExitCode == 0, r.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "exposure-report.json")));
        var portfolio = json.RootElement.GetProperty("portfolio");
        var mandate = portfolio.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "world-index");
        // 50,000,000 x 0.05%: what the scheme's totals count of the mandate, and what its note says.
        Assert.Equal(25_000m, mandate.GetProperty("flaggedValue").GetDecimal());
        var note = json.RootElement.GetProperty("summary").GetProperty("warnings").EnumerateArray()
            .Single(w => w.GetProperty("code").GetString() == "weights-only").GetProperty("text").GetString()!;
        Assert.Contains("the GBP 50,000,000 invested in the mandate is looked through by these weights: GBP 25,000 in named companies (0.050% of it), counted in the scheme's totals", note);
        Assert.DoesNotContain("none is added to a total", note);

        var texts = ReportTexts.Read(temp.Path, r.Output);
        foreach (var output in new[] { "terminal", "pdf", "html" })
        {
            Assert.Contains("GBP 25,000 in named companies (0.050% of it), counted in the scheme's totals", texts.Flat(output));
            Assert.DoesNotContain("none is added to a total", texts.Flat(output));
        }
        // The funds' totals over every file are not given (a list of weights among them): nothing there adds holdings of different dates.
        foreach (var output in new[] { "pdf", "html" })
        {
            Assert.Contains("The funds are of different dates, and no total over them is given above.", texts.Flat(output));
            Assert.DoesNotContain("the totals above add holdings of different dates", texts.Flat(output));
        }
    }

    [Fact]
    public void A_file_whose_only_line_is_unreadable_states_no_share_of_a_fund_of_unknown_value()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "zijin.csv");
        File.WriteAllText(file, "Name,ISIN,Market Value\n\"Zijin Mining Group Co Ltd,,50000\n");

        var narrow = CliRunner.RunAt(80, "report", "--holdings", file, "--out", Path.Combine(temp.Path, "narrow"), "--format", "json");
        Assert.True(narrow.ExitCode == 0, narrow.Error);
        Assert.Contains("fund value unknown; flagged value 0 of nothing screened", narrow.Output);
        Assert.DoesNotContain("of the fund", narrow.Output);

        var wide = CliRunner.Run("report", "--holdings", file, "--out", Path.Combine(temp.Path, "wide"), "--format", "json");
        Assert.True(wide.ExitCode == 0, wide.Error);
        var row = Assert.Single(wide.Output.Split('\n'), l => l.StartsWith("│ zijin ", StringComparison.Ordinal));
        Assert.EndsWith("nothing screened │", row.TrimEnd());
        Assert.DoesNotContain("%", row);
    }
}

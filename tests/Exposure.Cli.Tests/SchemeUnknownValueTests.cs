using System.Text.Json;
using System.Text.RegularExpressions;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// A scheme of two funds, one holding ZTE and Foxconn with values not given: both are companies of the scheme in every
/// output, with their value unknown and why, and the figures that leave them out read "at least" from the one model.
/// </summary>
public sealed class SchemeUnknownValueTests
{
    private static string Write(TempFolder temp, string zteWeight = "", string? notLookedThrough = null)
    {
        File.WriteAllText(Path.Combine(temp.Path, "fa.csv"),
            "Fund A\nFund Holdings as of,\"Sep 30, 2026\"\nNet Assets,\"10,000,000.00\"\n \n" +
            "Ticker,Name,Asset Class,Market Value,Weight (%),Location,Exchange,Currency\n" +
            "\"2899\",\"ZIJIN MINING GROUP LTD H\",\"Equity\",\"500,000.00\",\"5.00\",\"China\",\"Hong Kong Exchanges And Clearing Ltd\",\"USD\"\n" +
            "\"763\",\"ZTE CORP H\",\"Equity\",\"N/A\",\"" + zteWeight + "\",\"China\",\"Hong Kong Exchanges And Clearing Ltd\",\"USD\"\n" +
            "\"700\",\"TENCENT HOLDINGS LTD\",\"Equity\",\"7,500,000.00\",\"75.00\",\"China\",\"Hong Kong Exchanges And Clearing Ltd\",\"USD\"\n" +
            "\"USD\",\"USD CASH\",\"Cash\",\"2,000,000.00\",\"20.00\",\"United States\",\"-\",\"USD\"\n" +
            "\"601138\",\"FOXCONN INDUSTRIAL INTERNET LTD A\",\"Equity\",\"-\",\"\",\"China\",\"Shanghai Stock Exchange\",\"USD\"\n");
        File.WriteAllText(Path.Combine(temp.Path, "fc.csv"),
            "Fund C\nFund Holdings as of,\"Sep 30, 2026\"\nNet Assets,\"10,000,000.00\"\n \n" +
            "Ticker,Name,Asset Class,Market Value,Location,Exchange,Currency\n" +
            "\"2899\",\"ZIJIN MINING GROUP LTD H\",\"Equity\",\"1,000,000.00\",\"China\",\"Hong Kong Exchanges And Clearing Ltd\",\"USD\"\n" +
            "\"700\",\"TENCENT HOLDINGS LTD\",\"Equity\",\"9,000,000.00\",\"China\",\"Hong Kong Exchanges And Clearing Ltd\",\"USD\"\n");
        var scheme = Path.Combine(temp.Path, "scheme.json");
        File.WriteAllText(scheme, """
            { "title": "Test Scheme", "reportCurrency": "USD", "asOf": "2026-09-30",
              "holdings": [
                { "id": "fa", "kind": "fund", "name": "Fund A", "manager": "M1", "file": "fa.csv", "amount": 1000000, "currency": "USD" },
                { "id": "fc", "kind": "fund", "name": "Fund C", "manager": "M2", "file": "fc.csv", "amount": 1000000, "currency": "USD" }
            """ + (notLookedThrough ?? "") + """
             ] }
            """);
        return scheme;
    }

    [Fact]
    public void The_json_lists_every_named_company_and_says_which_figures_are_lower_bounds()
    {
        using var temp = new TempFolder();
        var out1 = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--portfolio", Write(temp), "--out", out1, "--format", "json,xlsx");
        Assert.True(r.ExitCode == 0, r.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(out1, "exposure-report.json")));
        var p = json.RootElement.GetProperty("portfolio");
        Assert.Equal(3, p.GetProperty("companiesNamed").GetInt32());
        Assert.Equal(json.RootElement.GetProperty("summary").GetProperty("companiesFlagged").GetInt32(), p.GetProperty("companiesNamed").GetInt32());
        foreach (var name in new[] { "ZTE Corporation", "Foxconn Industrial Internet Co., Ltd." })
        {
            var company = p.GetProperty("companies").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
            Assert.Equal(JsonValueKind.Null, company.GetProperty("value").ValueKind);
            Assert.Equal(JsonValueKind.Null, company.GetProperty("share").ValueKind);
            Assert.Equal(1, company.GetProperty("valuesUnknown").GetInt32());
            var path = Assert.Single(company.GetProperty("paths").EnumerateArray());
            Assert.Equal("fa", path.GetProperty("path").GetString());
            Assert.Equal(JsonValueKind.Null, path.GetProperty("value").ValueKind);
            Assert.Equal("no value given", path.GetProperty("valueUnknown").GetString());
        }

        // 1,000,000 x 5% in Zijin through A; 1,000,000 x 10% through C: 150,000, a lower bound beside two values unknown.
        Assert.Equal(150_000m, p.GetProperty("flaggedValue").GetDecimal());
        Assert.Equal("at-least", p.GetProperty("bounds").GetProperty("flaggedValue").GetString());
        Assert.Equal("exact", p.GetProperty("bounds").GetProperty("reviewValue").GetString());
        Assert.Equal(2, p.GetProperty("valuesUnknown").GetProperty("named").GetInt32());
        var fa = p.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "fa");
        Assert.Equal(50_000m, fa.GetProperty("flaggedValue").GetDecimal());
        Assert.Equal("at-least", fa.GetProperty("bounds").GetProperty("flaggedValue").GetString());
        var fc = p.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "fc");
        Assert.Equal("exact", fc.GetProperty("bounds").GetProperty("flaggedValue").GetString());
        Assert.False(fc.TryGetProperty("valuesUnknown", out _));

        // The workbook: the same companies on the paths sheet with "unknown" and why; lower bounds stored as numbers shown "at least".
        var book = Path.Combine(out1, "exposure-report.xlsx");
        var paths = WorkbookCells.Rows(book, "Exposure paths");
        var header = paths[0];
        var zte = Assert.Single(paths, row => row[0] == "ZTE Corporation");
        Assert.Equal("unknown", zte[header.IndexOf("Value (USD)")]);
        Assert.Equal("no value given", zte[header.IndexOf("Why the value is unknown")]);
        Assert.Equal("unknown", zte[header.IndexOf("Company total (USD)")]);
        Assert.Single(paths, row => row[0] == "Foxconn Industrial Internet Co., Ltd.");

        var holdings = WorkbookCells.Rows(book, "Scheme holdings");
        var formats = WorkbookCells.Formats(book, "Scheme holdings");
        var named = holdings[0].IndexOf("Named companies (USD)");
        var row = holdings.FindIndex(h => h[0] == "Fund A");
        Assert.Equal("50000", holdings[row][named]);
        Assert.Equal("\"at least \"#,##0.00", formats[row][named]);
        Assert.Equal("2", holdings[row][holdings[0].IndexOf("Holdings of unknown value")]);
        var rowC = holdings.FindIndex(h => h[0] == "Fund C");
        Assert.Equal("#,##0.00", formats[rowC][named]);

        var scheme = WorkbookCells.Rows(book, "Scheme");
        var schemeFormats = WorkbookCells.Formats(book, "Scheme");
        var flagged = scheme.FindIndex(x => x.Count > 1 && x[0] == "Value in companies named by a source (USD)");
        Assert.Equal("150000", scheme[flagged][1]);
        Assert.Equal("\"at least \"#,##0.00", schemeFormats[flagged][1]);
        Assert.Equal("3", WorkbookCells.Value(book, "Scheme", "Named companies held through the scheme"));
        Assert.Contains("ZTE Corporation (Fund A: no value given)", WorkbookCells.Value(book, "Scheme", "Holdings whose value is unknown"));

        // The terminal: the holding and the scheme at least their known value, and the note that says why.
        var lines = r.Output.Split('\n');
        Assert.Matches(@" at least 50,000 │\s+at least 5\.000% │", Assert.Single(lines, l => l.StartsWith("│ Fund A ", StringComparison.Ordinal) && l.Contains("│ M1 ", StringComparison.Ordinal)));
        Assert.Matches(@" at least 150,000 │\s+at least 7\.500% │", Assert.Single(lines, l => l.StartsWith("│ Scheme ", StringComparison.Ordinal)));
        Assert.Contains("Through the scheme (each fund's latest holdings file): 3 named companies", r.Output);
        Assert.Contains("2 holdings in named companies reached through the scheme have values that are unknown", Regex.Replace(r.Output, @"\s+", " "));
    }

    [SkippableFact]
    public void The_pdf_and_web_page_list_the_companies_of_unknown_value_and_say_at_least()
    {
        using var temp = new TempFolder();
        var out1 = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--portfolio", Write(temp), "--out", out1, "--format", "pdf,html");
        Assert.True(r.ExitCode == 0, r.Error);
        var texts = ReportTexts.Read(out1, r.Output);
        foreach (var output in new[] { "pdf", "html" })
        {
            var text = texts.Flat(output);
            var companies = text[text.IndexOf("Every path by which the scheme holds each company", StringComparison.Ordinal)..];
            Assert.Contains("ZTE Corporation", companies);
            Assert.Contains("Foxconn Industrial Internet Co., Ltd.", companies);
            Assert.Contains("value unknown: no value given", companies);
            Assert.Contains("at least USD 150,000", text);
            Assert.Contains("2 holdings in named companies reached through the scheme have values that are unknown", text);
            Assert.DoesNotMatch(@"at least (USD )?0(\.0+%?)?(\s|$|[;,)])", text);
        }
    }

    [Fact]
    public void A_weight_the_file_states_for_a_row_of_unknown_value_is_not_added_through_the_scheme_as_in_the_fund()
    {
        using var temp = new TempFolder();
        var out1 = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--portfolio", Write(temp, zteWeight: "1.00"), "--out", out1, "--format", "json");
        Assert.True(r.ExitCode == 0, r.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(out1, "exposure-report.json")));

        // The fund's own figures: Zijin's 500,000 only; ZTE's stated 1.00% is shown with the row, not added.
        var fund = json.RootElement.GetProperty("funds").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "Fund A");
        Assert.Equal(0.05m, fund.GetProperty("flaggedWeight").GetDecimal());
        // Through the scheme the same: 1,000,000 x 5%, at least (ZTE and Foxconn unknown), not 1,000,000 x 6%.
        var fa = json.RootElement.GetProperty("portfolio").GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "fa");
        Assert.Equal(50_000m, fa.GetProperty("flaggedValue").GetDecimal());
        Assert.Equal("at-least", fa.GetProperty("bounds").GetProperty("flaggedValue").GetString());
        var zte = json.RootElement.GetProperty("portfolio").GetProperty("companies").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "ZTE Corporation");
        Assert.Equal(JsonValueKind.Null, zte.GetProperty("value").ValueKind);
    }

    [Fact]
    public void Where_a_holding_of_the_scheme_was_not_looked_through_each_company_and_category_is_at_least_its_known_value()
    {
        using var temp = new TempFolder();
        var out1 = Path.Combine(temp.Path, "out");
        const string NoFile = """
            , { "id": "pc", "kind": "fund", "name": "Private Fund", "manager": "M3", "amount": 1000000, "currency": "USD" }
            """;
        var r = CliRunner.Run("report", "--portfolio", Write(temp, notLookedThrough: NoFile), "--out", out1, "--format", "xlsx");
        Assert.True(r.ExitCode == 0, r.Error);
        var book = Path.Combine(out1, "exposure-report.xlsx");
        var names = WorkbookCells.Column(book, "Exposure paths", "Company");
        var totals = WorkbookCells.Column(book, "Exposure paths", "Company total (USD)");
        var formats = WorkbookCells.ColumnFormats(book, "Exposure paths", "Company total (USD)");
        // Zijin: 50,000 through A and 100,000 through C, known; what the private fund holds of it is not.
        var zijin = names.IndexOf("Zijin Mining Group Co., Ltd.");
        Assert.Equal("150000", totals[zijin]);
        Assert.Equal("\"at least \"#,##0.00", formats[zijin]);
    }
}

using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// Two holdings of a scheme whose funds are two sheets of one workbook, each naming its sheet in the portfolio file: each
/// sheet is read by its holding, an input of its own with its own lines, and neither is said to be left unread or to be a
/// copy of the other. Fund A's sheet holds Zijin 1,000,000 of 10,000,000; Fund B's ZTE 2,000,000 of 10,000,000 and a row
/// of unknown value.
/// </summary>
public sealed class SchemeHoldingSheetTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public SchemeHoldingSheetTests()
    {
        Directory.CreateDirectory(Path.Combine(_temp.Path, "data"));
        InputWorkbook.WriteSheets(Path.Combine(_temp.Path, "data", "funds.xlsx"),
            ("Notes", [["Holdings of two funds"]]),
            ("Fund A", [["Name", "Ticker", "Exchange", "Market Value", "Currency"], ["ALPHA", "AAA", "Xetra", 9_000_000m, "USD"],
                ["ZIJIN MINING GROUP LTD H", "2899", "Hong Kong Exchanges And Clearing Ltd", 1_000_000m, "USD"]]),
            ("Fund B", [["Name", "Ticker", "Exchange", "Market Value", "Currency"], ["ZTE CORP H", "763", "Hong Kong Exchanges And Clearing Ltd", 2_000_000m, "USD"],
                ["BETA", "BBB", "Xetra", 8_000_000m, "USD"], ["GAMMA", "GGG", "Xetra", null, "USD"]]));
    }

    public void Dispose() => _temp.Dispose();

    private string Out => Path.Combine(_temp.Path, "out");

    /// <param name="sheetA">The sheet holding 'a' names; null for none (the first sheet with holdings, Fund A).</param>
    /// <param name="sheetB">The sheet holding 'b' names.</param>
    private CliResult Run(string? sheetA, string? sheetB, params string[] options)
    {
        static string Sheet(string? sheet) => sheet is null ? "" : $"\"sheet\": \"{sheet}\", ";
        var portfolio = _temp.File("scheme.json", $$"""
            { "title": "Scheme", "reportCurrency": "USD",
              "holdings": [
                { "id": "a", "name": "Fund A", "manager": "M", "file": "data/funds.xlsx", {{Sheet(sheetA)}}"amount": 1000000, "currency": "USD" },
                { "id": "b", "name": "Fund B", "manager": "M", "file": "data/funds.xlsx", {{Sheet(sheetB)}}"amount": 500000, "currency": "USD" } ] }
            """);
        return CliRunner.Run(["report", "--portfolio", portfolio, .. options, "--out", Out, "--format", "json", "--quiet"]);
    }

    private JsonElement Json(string? sheetA, string? sheetB)
    {
        var r = Run(sheetA, sheetB);
        Assert.True(r.ExitCode == ExitCodes.Ok, r.Error);
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "exposure-report.json"))).RootElement.Clone();
    }

    [Theory]
    [InlineData("Fund A", "fund b")]
    [InlineData(null, "Fund B")]
    public void Each_holding_reads_its_own_sheet_with_its_own_figures_and_lines(string? sheetA, string? sheetB)
    {
        var json = Json(sheetA, sheetB);

        var entries = json.GetProperty("portfolio").GetProperty("entries").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        // Zijin, a tenth of Fund A, of the 1,000,000 invested; ZTE, a fifth of Fund B's known values, of the 500,000.
        Assert.Equal(100_000m, entries["a"].GetProperty("flaggedValue").GetDecimal());
        Assert.Equal(100_000m, entries["b"].GetProperty("flaggedValue").GetDecimal());
        Assert.Equal(200_000m, json.GetProperty("portfolio").GetProperty("flaggedValue").GetDecimal());
        Assert.Equal(["zijin-mining", "zte"], json.GetProperty("portfolio").GetProperty("companies").EnumerateArray()
            .Where(c => c.GetProperty("state").GetString() == "matched").Select(c => c.GetProperty("companyId").GetString()!).Order(StringComparer.Ordinal));

        var funds = json.GetProperty("funds").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.Equal("Excel workbook (sheet 'Fund A')", funds["Fund A"].GetProperty("layout").GetString());
        Assert.Equal("Excel workbook (sheet 'Fund B')", funds["Fund B"].GetProperty("layout").GetString());
        // The other sheet with holdings is read by the other holding: neither fund says it was left unread.
        Assert.All(funds.Values, f => Assert.False(f.TryGetProperty("otherSheets", out _)));
        var warnings = json.GetProperty("summary").GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).ToList();
        Assert.DoesNotContain("other-sheets", warnings);
        Assert.DoesNotContain("same-file", warnings);

        // Two inputs, each with the lines of its sheet: header and 2 rows, header and 3 rows; nothing lost, nothing counted twice.
        var inputs = json.GetProperty("run").GetProperty("inputs").EnumerateArray().Where(i => i.GetProperty("role").GetString() == "holdings").ToList();
        Assert.Equal([("funds.xlsx", "Fund A", 3), ("funds.xlsx", "Fund B", 4)],
            inputs.Select(i => (i.GetProperty("name").GetString(), i.GetProperty("sheet").GetString(), i.GetProperty("lines").GetInt32())));
        Assert.Equal(3, funds["Fund A"].GetProperty("lines").GetProperty("total").GetInt32());
        Assert.Equal(4, funds["Fund B"].GetProperty("lines").GetProperty("total").GetInt32());
        var lines = json.GetProperty("summary").GetProperty("lines");
        Assert.Equal(7, lines.GetProperty("total").GetInt32());
        Assert.Equal(2, lines.GetProperty("matched").GetInt32());
        Assert.Equal(3, lines.GetProperty("unmatched").GetInt32());
        Assert.Equal(2, lines.GetProperty("notAHolding").GetInt32());
    }

    [Fact]
    public void Sheet_on_the_command_line_chooses_for_the_holdings_that_name_none()
    {
        var r = Run(null, "Fund A", "--sheet", "funds.xlsx=Fund B");
        Assert.True(r.ExitCode == ExitCodes.Ok, r.Error);
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "exposure-report.json"))).RootElement;

        var entries = json.GetProperty("portfolio").GetProperty("entries").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        // a reads Fund B (ZTE, a fifth of 1,000,000), b its own Fund A (Zijin, a tenth of 500,000).
        Assert.Equal(200_000m, entries["a"].GetProperty("flaggedValue").GetDecimal());
        Assert.Equal(50_000m, entries["b"].GetProperty("flaggedValue").GetDecimal());
    }

    [Fact]
    public void Sheet_on_the_command_line_for_a_workbook_whose_holdings_all_name_their_sheet_is_a_usage_error()
    {
        var r = Run("Fund A", "Fund B", "--sheet", "funds.xlsx=Fund B");

        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("--sheet data/funds.xlsx=Fund B: every holding that names data/funds.xlsx names its own sheet in the portfolio file ('sheet'), which is read",
            r.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void A_sheet_the_workbook_does_not_have_is_a_one_line_error_naming_the_file_and_the_sheet()
    {
        var r = Run("Fund A", "Fund C");

        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Equal("error: data/funds.xlsx: the workbook has no sheet named 'Fund C' (its sheets: 'Notes', 'Fund A', 'Fund B')", r.Error.TrimEnd());
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void A_blank_sheet_is_a_one_line_error_naming_the_portfolio_file_and_line()
    {
        var r = Run("Fund A", " ");

        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.StartsWith("error: ", r.Error, StringComparison.Ordinal);
        Assert.EndsWith("scheme.json, line 4: holding 'b': 'sheet' is blank: name the workbook's sheet to read, or leave 'sheet' out to read its first sheet with holdings",
            r.Error.TrimEnd(), StringComparison.Ordinal);
        Assert.Single(r.Error.TrimEnd().Split('\n'));
    }
}

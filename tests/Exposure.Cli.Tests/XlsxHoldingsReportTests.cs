using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// An Excel holdings workbook through <c>report</c>: its total line is rejected and left out of the fund, the net assets
/// its preamble states (as text, with a currency) are the fund value, and weights written as fractions are read as such.
/// </summary>
public sealed class XlsxHoldingsReportTests
{
    private static JsonElement Report(TempFolder temp, string holdings)
    {
        var outDir = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--holdings", holdings, "--out", outDir, "--format", "json,csv");
        Assert.True(r.ExitCode == 0, r.Error);
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "exposure-report.json"))).RootElement.Clone();
    }

    [Fact]
    public void A_total_line_is_rejected_and_the_stated_net_assets_are_the_fund_value()
    {
        using var temp = new TempFolder();
        var book = InputWorkbook.Write(Path.Combine(temp.Path, "fund.xlsx"),
            ["Example Fund"],
            ["Fund Holdings as of", "Mar 10, 2022"],
            ["Net Assets of Share Class", "$1,000,000.00"],
            [],
            ["Ticker", "Name", "Exchange", "Market Value", "Weight (%)", "Currency"],
            ["601899", "ZIJIN MINING GROUP CO LTD A", "Shanghai Stock Exchange", "50,000.00", 5m, "USD"],
            ["AAA", "ALPHA", "Xetra", 950_000m, 95m, "USD"],
            [null, "Total", null, 1_000_000m, 100m, "USD"]);

        var json = Report(temp, book);

        var fund = Assert.Single(json.GetProperty("funds").EnumerateArray());
        Assert.Equal(new DateOnly(2022, 3, 10), DateOnly.Parse(fund.GetProperty("asOf").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1_000_000m, fund.GetProperty("statedNetAssets").GetDecimal());
        Assert.Equal(1_000_000m, fund.GetProperty("fundValue").GetDecimal());
        Assert.Equal("stated-net-assets", fund.GetProperty("fundValueBasis").GetString());
        Assert.Equal(950_000m + 50_000m, fund.GetProperty("sumOfRows").GetDecimal());
        Assert.Equal(50_000m, fund.GetProperty("flaggedValue").GetDecimal());
        Assert.Equal(0.05m, fund.GetProperty("flaggedWeight").GetDecimal());
        var lines = fund.GetProperty("lines");
        Assert.Equal((5, 1, 8), (lines.GetProperty("notAHolding").GetInt32(), lines.GetProperty("rejected").GetInt32(), lines.GetProperty("total").GetInt32()));
        var rejected = File.ReadAllLines(Path.Combine(temp.Path, "out", "rejected.csv"));
        Assert.Equal("fund.xlsx,8,1,\"a total line, not a holding\",\",Total,,1000000,100,USD\"", Assert.Single(rejected.Skip(1)));
    }

    [Fact]
    public void A_net_assets_text_that_cannot_be_read_is_rejected_and_the_fund_value_is_the_sum_of_the_rows()
    {
        using var temp = new TempFolder();
        var book = InputWorkbook.Write(Path.Combine(temp.Path, "fund.xlsx"),
            ["Example Fund"],
            ["Net Assets", "640m"],
            ["Ticker", "Name", "Market Value", "Currency"],
            ["601899", "ZIJIN MINING GROUP CO LTD A", 10_000m, "USD"],
            ["AAA", "ALPHA", 90_000m, "USD"]);

        var fund = Report(temp, book).GetProperty("funds")[0];

        Assert.Equal(JsonValueKind.Null, fund.GetProperty("statedNetAssets").ValueKind);
        Assert.Equal(100_000m, fund.GetProperty("fundValue").GetDecimal());
        Assert.Equal("sum-of-rows", fund.GetProperty("fundValueBasis").GetString());
        var rejected = File.ReadAllLines(Path.Combine(temp.Path, "out", "rejected.csv"));
        Assert.StartsWith("fund.xlsx,2,1,\"Net Assets '640m' ends in 'm'", Assert.Single(rejected.Skip(1)), StringComparison.Ordinal);
    }

    [Fact]
    public void Weights_written_as_fractions_in_a_workbook_are_read_as_fractions_as_in_a_csv_file()
    {
        using var temp = new TempFolder();
        var book = InputWorkbook.Write(Path.Combine(temp.Path, "fractions.xlsx"),
            ["Ticker", "Name", "Exchange", "Weight"],
            ["601899", "ZIJIN MINING GROUP CO LTD A", "Shanghai Stock Exchange", 0.05m],
            ["AAA", "ALPHA", "Xetra", 0.55m],
            ["BBB", "BETA", "Xetra", 0.40m]);

        var json = Report(temp, book);

        var fund = json.GetProperty("funds")[0];
        Assert.Equal(0.05m, fund.GetProperty("flaggedWeight").GetDecimal());
        Assert.Equal("sum-is-one", fund.GetProperty("weightCheck").GetProperty("readAsFractions").GetProperty("evidence").GetString());
        Assert.Contains(json.GetProperty("summary").GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "weights-as-fractions");
    }

    private static string TwoFunds(TempFolder temp) => InputWorkbook.WriteSheets(Path.Combine(temp.Path, "funds.xlsx"),
        ("Notes", [["Holdings of two funds"], ["Prepared for the trustees"]]),
        ("Fund A", [["Name", "Ticker", "Market Value", "Currency"], ["ALPHA", "AAA", 9_000_000m, "USD"], ["ZIJIN MINING GROUP LTD H", "2899", 1_000_000m, "USD"]]),
        ("Fund B", [["Name", "Ticker", "Market Value", "Currency"], ["ZTE CORP H", "763", 2_000_000m, "USD"], ["BETA", "BBB", 8_000_000m, "USD"]]));

    [Fact]
    public void The_first_sheet_with_holdings_is_read_and_the_report_names_the_other_sheets_with_holdings()
    {
        using var temp = new TempFolder();
        var json = Report(temp, TwoFunds(temp));

        var fund = Assert.Single(json.GetProperty("funds").EnumerateArray());
        Assert.Equal("Excel workbook (sheet 'Fund A')", fund.GetProperty("layout").GetString());
        Assert.Equal(10_000_000m, fund.GetProperty("fundValue").GetDecimal());
        var sheets = fund.GetProperty("otherSheets");
        Assert.Equal("Fund A", sheets.GetProperty("read").GetString());
        Assert.Equal(["Fund B"], sheets.GetProperty("withHoldings").EnumerateArray().Select(s => s.GetString()));
        var warning = Assert.Single(json.GetProperty("summary").GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "other-sheets");
        Assert.Equal(
            "funds: the workbook funds.xlsx has another sheet with holdings: 'Fund B'. Only 'Fund A' was read, so that sheet's holdings are not in the figures. " +
            "To screen another sheet, run again with --sheet NAME (the same workbook given twice is counted once).",
            warning.GetProperty("text").GetString());
    }

    [Fact]
    public void Sheet_chooses_the_sheet_by_its_name_in_any_case()
    {
        using var temp = new TempFolder();
        var book = TwoFunds(temp);
        var outDir = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--holdings", book, "--sheet", "fund b", "--out", outDir, "--format", "json");
        Assert.True(r.ExitCode == 0, r.Error);

        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "exposure-report.json"))).RootElement;
        var fund = Assert.Single(json.GetProperty("funds").EnumerateArray());
        Assert.Equal(("Excel workbook (sheet 'Fund B')", 10_000_000m), (fund.GetProperty("layout").GetString(), fund.GetProperty("fundValue").GetDecimal()));
        Assert.Equal(["Fund A"], fund.GetProperty("otherSheets").GetProperty("withHoldings").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["zte"], json.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("companyId").GetString()).Distinct());
    }

    [Fact]
    public void An_unknown_sheet_is_a_one_line_error_naming_the_file_and_its_sheets_and_a_sheet_for_a_csv_file_too()
    {
        using var temp = new TempFolder();
        var book = TwoFunds(temp);
        var r = CliRunner.Run("report", "--holdings", book, "--sheet", "Fund C", "--out", Path.Combine(temp.Path, "out"), "--format", "json");
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Equal($"error: {book}: the workbook has no sheet named 'Fund C' (its sheets: 'Notes', 'Fund A', 'Fund B')", r.Error.TrimEnd());
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));

        var csv = temp.File("fund.csv", "Name,Market Value\nALPHA,100\n");
        r = CliRunner.Run("report", "--holdings", csv, book, "--sheet", $"{csv}=Holdings", "--out", Path.Combine(temp.Path, "out"), "--format", "json");
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Equal($"error: {csv}: a sheet to read is given ('Holdings'), but the file is not an Excel workbook", r.Error.TrimEnd());
    }
}

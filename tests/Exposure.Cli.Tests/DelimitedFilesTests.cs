using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// A holdings file as a German or French spreadsheet saves "CSV" (semicolons, decimal commas), through the command line:
/// no mapping needed, the flagged company matched with its value read in full, and the report saying how the file was read.
/// </summary>
public sealed class DelimitedFilesTests
{
    private static JsonElement Report(TempFolder temp, string holdings)
    {
        var outDir = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--holdings", holdings, "--out", outDir, "--format", "json,csv");
        Assert.True(r.ExitCode == 0, r.Error);
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "exposure-report.json"))).RootElement.Clone();
    }

    [Theory]
    [InlineData("")]
    [InlineData("sep=;\r\n")]
    public void A_flagged_company_in_a_semicolon_file_with_german_numbers_is_matched_with_its_value(string sepLine)
    {
        using var temp = new TempFolder();
        var json = Report(temp, temp.File("fonds.csv", sepLine + """
            Ticker;Name;Exchange;Market Value;Weight (%);Currency
            2899;ZIJIN MINING GROUP LTD H;Hong Kong Exchanges And Clearing Ltd;2.500.000,50;25,0;EUR
            SAP;SAP SE;Xetra;7.500.001,50;75,0;EUR
            """));

        var fund = json.GetProperty("funds")[0];
        Assert.Equal("CSV with header row, separated by semicolons, decimal commas", fund.GetProperty("layout").GetString());
        Assert.Equal(10_000_002m, fund.GetProperty("fundValue").GetDecimal());
        Assert.Equal(2_500_000.50m, fund.GetProperty("flaggedValue").GetDecimal());
        var finding = json.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("state").GetString() == "matched");
        Assert.Equal("zijin-mining", finding.GetProperty("companyId").GetString());
        Assert.Equal("ZIJIN MINING GROUP LTD H", finding.GetProperty("name").GetString());
        Assert.Equal(2_500_000.50m, finding.GetProperty("value").GetDecimal());
        Assert.Equal(0.25m, finding.GetProperty("weight").GetDecimal());
        Assert.Equal(sepLine.Length == 0 ? 2 : 3, finding.GetProperty("line").GetInt32());
    }

    [Fact]
    public void A_comma_separated_file_with_german_numbers_is_read_with_decimal_commas()
    {
        using var temp = new TempFolder();
        var json = Report(temp, temp.File("fonds.csv", """
            Ticker,Name,Exchange,Market Value,Weight (%),Currency
            2899,ZIJIN MINING GROUP LTD H,Hong Kong Exchanges And Clearing Ltd,"250.000","25,0",EUR
            SAP,SAP SE,Xetra,"750.000","75,0",EUR
            """));

        var fund = json.GetProperty("funds")[0];
        Assert.Equal("CSV with header row, numbers read with decimal commas (Weight (%) '25,0' on line 2)", fund.GetProperty("layout").GetString());
        Assert.Equal(1_000_000m, fund.GetProperty("fundValue").GetDecimal());
        Assert.Equal(250_000m, fund.GetProperty("flaggedValue").GetDecimal());
        var finding = json.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("state").GetString() == "matched");
        Assert.Equal("zijin-mining", finding.GetProperty("companyId").GetString());
        Assert.Equal(250_000m, finding.GetProperty("value").GetDecimal());
        Assert.Equal(0.25m, finding.GetProperty("weight").GetDecimal());
    }

    [Fact]
    public void A_value_that_could_be_read_either_way_in_a_file_that_does_not_tell_is_unknown_with_the_reason()
    {
        using var temp = new TempFolder();
        var json = Report(temp, temp.File("fonds.csv", """
            Ticker,Name,Exchange,Market Value,Weight (%),Currency
            2899,ZIJIN MINING GROUP LTD H,Hong Kong Exchanges And Clearing Ltd,"250.000",25,EUR
            SAP,SAP SE,Xetra,"750.000",75,EUR
            """));

        var fund = json.GetProperty("funds")[0];
        Assert.StartsWith("CSV with header row, numbers that could be read with a decimal point or a decimal comma", fund.GetProperty("layout").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, fund.GetProperty("fundValue").ValueKind);
        Assert.Equal(JsonValueKind.Null, fund.GetProperty("flaggedValue").ValueKind);
        Assert.Equal(0.25m, fund.GetProperty("flaggedWeight").GetDecimal());
        var finding = json.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("state").GetString() == "matched");
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("value").ValueKind);
        Assert.Equal("Market Value '250.000' could be 250 (read with a decimal point) or 250,000 (read with a decimal comma), and the file's numbers do not tell which: not read",
            finding.GetProperty("valueUnknown").GetString());
        var codes = json.GetProperty("summary").GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).ToList();
        Assert.Contains("no-values", codes);
        Assert.DoesNotContain("weights-disagree", codes);
    }
}

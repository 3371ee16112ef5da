using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// A scheme's fund given as a workbook: <c>--sheet FILE=SHEET</c> chooses the sheet as it does for <c>--holdings</c>
/// files, FILE being a file the portfolio file names; without it the first sheet with holdings is read and the other
/// sheets with holdings are named beside the figures.
/// </summary>
public sealed class SchemeWorkbookSheetTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _portfolio;

    public SchemeWorkbookSheetTests()
    {
        Directory.CreateDirectory(Path.Combine(_temp.Path, "data"));
        InputWorkbook.WriteSheets(Path.Combine(_temp.Path, "data", "funds.xlsx"),
            ("Notes", [["Holdings of two funds"], ["Prepared for the trustees"]]),
            ("Fund A", [["Name", "Ticker", "Exchange", "Market Value", "Currency"], ["ALPHA", "AAA", "Xetra", 9_000_000m, "USD"],
                ["ZIJIN MINING GROUP LTD H", "2899", "Hong Kong Exchanges And Clearing Ltd", 1_000_000m, "USD"]]),
            ("Fund B", [["Name", "Ticker", "Exchange", "Market Value", "Currency"], ["ZTE CORP H", "763", "Hong Kong Exchanges And Clearing Ltd", 2_000_000m, "USD"],
                ["BETA", "BBB", "Xetra", 8_000_000m, "USD"]]));
        _temp.File("other.csv", "Name,Ticker,Market Value,Currency\nGAMMA,GGG,100,USD\n");
        _portfolio = _temp.File("scheme.json", """
            { "title": "Scheme", "reportCurrency": "USD",
              "holdings": [
                { "id": "managed", "name": "Managed Fund", "file": "data/funds.xlsx", "amount": 1000000, "currency": "USD" },
                { "id": "other", "name": "Other Fund", "file": "other.csv", "amount": 500000, "currency": "USD" } ] }
            """);
    }

    public void Dispose() => _temp.Dispose();

    private string Out => Path.Combine(_temp.Path, "out");

    private CliResult Run(params string[] sheet) =>
        CliRunner.Run(["report", "--portfolio", _portfolio, .. sheet, "--out", Out, "--format", "json", "--quiet"]);

    private JsonElement Json(params string[] sheet)
    {
        var r = Run(sheet);
        Assert.True(r.ExitCode == ExitCodes.Ok, r.Error);
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "exposure-report.json"))).RootElement.Clone();
    }

    private static JsonElement Managed(JsonElement json) =>
        Assert.Single(json.GetProperty("funds").EnumerateArray(), f => f.GetProperty("sourceFile").GetString() == "funds.xlsx");

    private static decimal EntryFlagged(JsonElement json) =>
        Assert.Single(json.GetProperty("portfolio").GetProperty("entries").EnumerateArray(), e => e.GetProperty("id").GetString() == "managed")
            .GetProperty("flaggedValue").GetDecimal();

    [Fact]
    public void Without_sheet_the_first_sheet_with_holdings_is_read_and_the_other_is_named_beside_the_figures_with_how_to_read_it()
    {
        var json = Json();

        var fund = Managed(json);
        Assert.Equal("Excel workbook (sheet 'Fund A')", fund.GetProperty("layout").GetString());
        Assert.Equal(["Fund B"], fund.GetProperty("otherSheets").GetProperty("withHoldings").EnumerateArray().Select(s => s.GetString()));
        // Zijin, 1,000,000 of 10,000,000: a tenth of the 1,000,000 invested.
        Assert.Equal(100_000m, EntryFlagged(json));
        var warning = Assert.Single(json.GetProperty("summary").GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "other-sheets");
        Assert.Equal(
            "Managed Fund: the workbook funds.xlsx has another sheet with holdings: 'Fund B'. Only 'Fund A' was read, so that sheet's holdings are not in the figures. " +
            "To read another sheet instead, name it as the holding's \"sheet\" in the portfolio file (or run again with --sheet funds.xlsx=NAME); " +
            "to screen it as well, give it a holding of its own, with this workbook as its \"file\" and the sheet as its \"sheet\".",
            warning.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("funds.xlsx=fund b")]
    [InlineData("data/funds.xlsx=Fund B")]
    public void Sheet_names_a_workbook_of_the_portfolio_by_its_file_name_or_as_the_portfolio_names_it(string sheet)
    {
        var json = Json("--sheet", sheet);

        var fund = Managed(json);
        Assert.Equal("Excel workbook (sheet 'Fund B')", fund.GetProperty("layout").GetString());
        Assert.Equal(["Fund A"], fund.GetProperty("otherSheets").GetProperty("withHoldings").EnumerateArray().Select(s => s.GetString()));
        // ZTE, 2,000,000 of 10,000,000: a fifth of the 1,000,000 invested.
        Assert.Equal(200_000m, EntryFlagged(json));
        Assert.Equal(["zte"], json.GetProperty("portfolio").GetProperty("companies").EnumerateArray()
            .Where(c => c.GetProperty("state").GetString() == "matched").Select(c => c.GetProperty("companyId").GetString()));
    }

    [Fact]
    public void A_sheet_the_workbook_does_not_have_is_a_one_line_error_naming_the_file_and_its_sheets()
    {
        var r = Run("--sheet", "funds.xlsx=Fund C");

        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Equal("error: data/funds.xlsx: the workbook has no sheet named 'Fund C' (its sheets: 'Notes', 'Fund A', 'Fund B')", r.Error.TrimEnd());
        Assert.False(Directory.Exists(Out));
    }

    [Theory]
    [InlineData("Fund B", "--sheet Fund B: with several files the portfolio file names, say which file: --sheet FILE=VALUE")]
    [InlineData("elsewhere.xlsx=Fund B", "--sheet elsewhere.xlsx=Fund B: 'elsewhere.xlsx' is not one of the files the portfolio file names")]
    public void A_sheet_that_names_no_file_of_the_portfolio_is_a_usage_error(string sheet, string message)
    {
        var r = Run("--sheet", sheet);

        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains(message, r.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void A_sheet_for_a_csv_file_of_the_portfolio_is_an_error_naming_it()
    {
        var r = Run("--sheet", "other.csv=Holdings");

        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Equal("error: other.csv: a sheet to read is given ('Holdings'), but the file is not an Excel workbook", r.Error.TrimEnd());
    }
}

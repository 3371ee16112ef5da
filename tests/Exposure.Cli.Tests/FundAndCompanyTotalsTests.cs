using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// Fund and company figures through the command line, in every output: a fund with no values beside one with values
/// leaves the totals of the companies only the second holds known; rows adding up to more or less than the stated net
/// assets are said beside the fund value; a screened value above the funds' value says why; a row of unknown value shows
/// the weight its file states.
/// </summary>
public sealed class FundAndCompanyTotalsTests
{
    private const string Header = "Ticker,Name,Asset Class,Market Value,Weight (%),Location,Exchange,Currency\n";

    private const string FundE =
        "Fund E\nFund Holdings as of,\"Sep 30, 2026\"\n \n" + Header +
        "\"2899\",\"ZIJIN MINING GROUP LTD H\",\"Equity\",\"N/A\",\"2.50\",\"China\",\"Hong Kong Exchanges And Clearing Ltd\",\"USD\"\n" +
        "\"700\",\"TENCENT HOLDINGS LTD\",\"Equity\",\"N/A\",\"97.50\",\"China\",\"Hong Kong Exchanges And Clearing Ltd\",\"USD\"\n";

    private const string FundF =
        "Fund F\nFund Holdings as of,\"Sep 30, 2026\"\nNet Assets,\"10,000,000.00\"\n \n" + Header +
        "\"2899\",\"ZIJIN MINING GROUP LTD H\",\"Equity\",\"100,000.00\",\"1.00\",\"China\",\"Hong Kong Exchanges And Clearing Ltd\",\"USD\"\n" +
        "\"600089\",\"TBEA LTD A\",\"Equity\",\"100,000.00\",\"1.00\",\"China\",\"Shanghai Stock Exchange\",\"USD\"\n" +
        "\"763\",\"ZTE CORP H\",\"Equity\",\"N/A\",\"1.00\",\"China\",\"Hong Kong Exchanges And Clearing Ltd\",\"USD\"\n" +
        "\"700\",\"TENCENT HOLDINGS LTD\",\"Equity\",\"9,700,000.00\",\"97.00\",\"China\",\"Hong Kong Exchanges And Clearing Ltd\",\"USD\"\n";

    /// <summary>Rows of 13,000,000 beside stated net assets of 10,000,000.</summary>
    private const string FundH =
        "Fund H\nFund Holdings as of,\"Sep 30, 2026\"\nNet Assets,\"10,000,000.00\"\n \n" +
        "Ticker,Name,Asset Class,Market Value,Location,Exchange,Currency\n" +
        "\"2899\",\"ZIJIN MINING GROUP LTD H\",\"Equity\",\"1,000,000.00\",\"China\",\"Hong Kong Exchanges And Clearing Ltd\",\"USD\"\n" +
        "\"700\",\"TENCENT HOLDINGS LTD\",\"Equity\",\"12,000,000.00\",\"China\",\"Hong Kong Exchanges And Clearing Ltd\",\"USD\"\n";

    /// <summary>Rows of 6,000,000 beside stated net assets of 10,000,000.</summary>
    private const string FundC =
        "Fund C\nFund Holdings as of,\"Sep 30, 2026\"\nNet Assets,\"10,000,000.00\"\n \n" +
        "Ticker,Name,Asset Class,Market Value,Location,Exchange,Currency\n" +
        "\"2899\",\"ZIJIN MINING GROUP LTD H\",\"Equity\",\"1,000,000.00\",\"China\",\"Hong Kong Exchanges And Clearing Ltd\",\"USD\"\n" +
        "\"700\",\"TENCENT HOLDINGS LTD\",\"Equity\",\"5,000,000.00\",\"China\",\"Hong Kong Exchanges And Clearing Ltd\",\"USD\"\n";

    [SkippableFact]
    public void A_fund_without_values_leaves_known_company_totals_known_in_every_output()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--holdings", temp.File("fund-e.csv", FundE), temp.File("fund-f.csv", FundF));

        Assert.Equal(100_000m, ReportTexts.Company(json, "tbea").GetProperty("totalValue").GetDecimal());
        var zijin = ReportTexts.Company(json, "zijin-mining");
        Assert.Equal(JsonValueKind.Null, zijin.GetProperty("totalValue").ValueKind);
        Assert.Equal(100_000m, zijin.GetProperty("totalAtLeast").GetDecimal());
        Assert.Equal("values-unknown", zijin.GetProperty("totalWithheld").GetString());
        Assert.Equal("some-values-unknown", json.GetProperty("summary").GetProperty("totalsWithheld").GetString());
        var fundE = json.GetProperty("funds").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "Fund E");
        Assert.Equal(JsonValueKind.Null, fundE.GetProperty("screenedValue").ValueKind);

        // The file states ZTE's weight though not its value: the weight is shown, marked as the file's.
        var zte = json.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("companyId").GetString() == "zte");
        Assert.Equal(0.01m, zte.GetProperty("weight").GetDecimal());
        Assert.True(zte.GetProperty("weightFromFile").GetBoolean());

        foreach (var output in new[] { "pdf", "html" })
        {
            var text = texts.Flat(output);
            Assert.True(text.Contains("Value held, all funds USD 100,000", StringComparison.Ordinal), $"{output} does not give TBEA's total");
            Assert.True(text.Contains("at least USD 100,000", StringComparison.Ordinal), $"{output} does not give Zijin's total as at least the known sum");
            Assert.False(text.Contains("no value could be read", StringComparison.Ordinal), $"{output} says no value could be read");
            Assert.False(text.Contains("No market value could be read", StringComparison.Ordinal), $"{output} says no market value could be read");
        }
        Assert.Contains("The value of some of the funds could not be read", texts.Flat("xlsx"), StringComparison.Ordinal);
        Assert.Contains("the weight is the one the file states", texts.Flat("xlsx"), StringComparison.Ordinal);

        // The workbook's Companies sheet: TBEA's total as a number, Zijin's known sum shown "at least", with why.
        var book = Path.Combine(temp.Path, "out", "exposure-report.xlsx");
        var names = WorkbookCells.Column(book, "Companies", "Company");
        var held = WorkbookCells.Column(book, "Companies", "Value held (USD)");
        var formats = WorkbookCells.ColumnFormats(book, "Companies", "Value held (USD)");
        var why = WorkbookCells.Column(book, "Companies", "Why the value held is not given in full");
        var tbea = names.IndexOf("TBEA Co., Ltd.");
        Assert.Equal("100000", held[tbea]);
        Assert.Equal("#,##0.00", formats[tbea]);
        var zijinRow = names.IndexOf("Zijin Mining Group Co., Ltd.");
        Assert.Equal("100000", held[zijinRow]);
        Assert.Equal("\"at least \"#,##0.00", formats[zijinRow]);
        Assert.False(string.IsNullOrEmpty(why[zijinRow]));
    }

    [SkippableFact]
    public void Rows_disagreeing_with_stated_net_assets_are_said_in_every_output_and_the_headline_says_why_more_is_screened()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--holdings", temp.File("fund-h.csv", FundH), temp.File("fund-c.csv", FundC));

        Assert.Equal(20_000_000m, json.GetProperty("summary").GetProperty("fundValue").GetDecimal());
        Assert.Equal(19_000_000m, json.GetProperty("summary").GetProperty("valueScreened").GetDecimal());
        foreach (var output in new[] { "terminal", "json", "html", "xlsx", "pdf" })
        {
            var text = texts.Flat(output);
            Assert.True(text.Contains("130% of the net assets it states (USD 10,000,000)", StringComparison.Ordinal), $"{output} does not say fund H's rows are 130%");
            Assert.True(text.Contains("60% of the net assets it states (USD 10,000,000)", StringComparison.Ordinal), $"{output} does not say fund C's rows are 60%");
        }
        foreach (var output in new[] { "html", "xlsx" })
            Assert.True(texts.Flat(output).Contains("stated net assets (rows add up to 130% of it)", StringComparison.Ordinal), $"{output} says nothing beside fund H's value");

        using var other = new TempFolder();
        var (more, moreJson) = ReportTexts.Report(other, "--holdings", other.File("fund-h.csv", FundH), other.File("fund-f.csv", FundF));
        Assert.True(moreJson.GetProperty("summary").GetProperty("valueScreened").GetDecimal() > moreJson.GetProperty("summary").GetProperty("fundValue").GetDecimal());
        foreach (var output in new[] { "terminal", "html", "xlsx", "pdf" })
            Assert.False(more.Flat(output).Contains("of it screened against the list", StringComparison.Ordinal), $"{output} shows more screened than the whole as part of it");
        // The PDF sets the headline in a column beside another: its words are checked in the outputs that keep them in a line.
        foreach (var output in new[] { "terminal", "html", "xlsx" })
            Assert.True(more.Flat(output).Contains("more than it: the rows of Fund H add up to 130% of the net assets it states", StringComparison.Ordinal), $"{output} does not say why");
    }
}

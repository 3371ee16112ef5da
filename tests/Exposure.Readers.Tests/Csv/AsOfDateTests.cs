using Exposure.Core.Holdings;
using Exposure.Readers.Csv;
using Exposure.TestSupport;

namespace Exposure.Readers.Tests.Csv;

/// <summary>A file's as-of date line: read where its form leaves no doubt; else the date is unknown and the line says why.</summary>
public sealed class AsOfDateTests
{
    private static List<ReadItem> Read(TempFolder temp, string date) =>
        CsvHoldingsReader.Read(temp.File("fund.csv",
            "Example Fund\n" +
            $"Fund Holdings as of,\"{date}\"\n" +
            "\n" +
            "Ticker,Name,Exchange,Market Value,Currency\n" +
            "601899,ZIJIN MINING GROUP CO LTD A,Shanghai Stock Exchange,\"10,000.00\",USD\n"), "fund.csv").ToList();

    [Theory]
    [InlineData("Mar 10, 2022")]
    [InlineData("March 10, 2022")]
    [InlineData("Mar 10 2022")]
    [InlineData("2022-03-10")]
    [InlineData("2022/03/10")]
    [InlineData("10 Mar 2022")]
    [InlineData("10-Mar-2022")]
    [InlineData("10-Mar-22")]
    [InlineData("10.03.2022")]
    [InlineData("03/25/2022")]
    [InlineData("25/03/2022")]
    public void A_date_whose_form_leaves_no_doubt_is_read(string text)
    {
        using var temp = new TempFolder();
        var items = Read(temp, text);
        var expected = text.Contains("25", StringComparison.Ordinal) ? new DateOnly(2022, 3, 25) : new DateOnly(2022, 3, 10);
        Assert.Equal(expected, Assert.IsType<FundDetected>(items[0]).Fund.AsOf);
        Assert.DoesNotContain(items, i => i is Rejected);
    }

    [Theory]
    [InlineData("10/03/2022", "'10/03/2022' could be 2022-10-03 (month first) or 2022-03-10 (day first): the date is left unknown (give it with --as-of)")]
    [InlineData("03/04/2022", "'03/04/2022' could be 2022-03-04 (month first) or 2022-04-03 (day first)")]
    [InlineData("3/10/22", "'3/10/22' is not a date in a form read here")]
    [InlineData("44630", "'44630' is not a date in a form read here")]
    public void A_date_that_could_be_two_days_or_is_not_read_is_unknown_and_its_line_says_why(string text, string reason)
    {
        using var temp = new TempFolder();
        var items = Read(temp, text);
        Assert.Null(Assert.IsType<FundDetected>(items[0]).Fund.AsOf);
        var rejected = Assert.Single(items.OfType<Rejected>());
        Assert.Equal(2, rejected.Source.Line);
        Assert.Contains(reason, rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_day_and_month_is_no_doubt()
    {
        using var temp = new TempFolder();
        Assert.Equal(new DateOnly(2022, 3, 3), Assert.IsType<FundDetected>(Read(temp, "03/03/2022")[0]).Fund.AsOf);
    }

    [Theory]
    [InlineData("As of,01/22/2025")]
    [InlineData("As of 01/22/2025")] // the label and the date in one field
    [InlineData("\"As of Jan 22, 2025\"")]
    [InlineData("As of:,22-Jan-2025")]
    [InlineData("Holdings:,As of 22-Jan-2025")]
    public void Common_forms_of_the_as_of_line_and_a_fund_name_with_a_colon_are_read(string line)
    {
        using var temp = new TempFolder();
        var items = CsvHoldingsReader.Read(temp.File("asof.csv",
            "Fund Name:,My Fund\n" + line + "\nName,Ticker,Exchange,Market Value\nZIJIN MINING GROUP CO LTD H,2899,Hong Kong Exchanges And Clearing Ltd,100\n"),
            "asof.csv").ToList();
        var fund = Assert.IsType<FundDetected>(items[0]).Fund;
        Assert.Equal(new DateOnly(2025, 1, 22), fund.AsOf);
        Assert.Equal("My Fund", fund.Name);
        Assert.DoesNotContain(items, i => i is Rejected);
    }

    [Fact]
    public void An_as_of_line_in_one_field_whose_date_cannot_be_read_is_rejected_with_the_reason()
    {
        using var temp = new TempFolder();
        var items = CsvHoldingsReader.Read(temp.File("asof.csv",
            "My Fund\nAs of 01/02/2025\nName,Ticker,Exchange,Market Value\nZIJIN MINING GROUP CO LTD H,2899,Hong Kong Exchanges And Clearing Ltd,100\n"),
            "asof.csv").ToList();
        Assert.Null(Assert.IsType<FundDetected>(items[0]).Fund.AsOf);
        var rejected = Assert.Single(items.OfType<Rejected>());
        Assert.Equal(2, rejected.Source.Line);
        Assert.StartsWith("As of '01/02/2025' could be 2025-01-02 (month first) or 2025-02-01 (day first)", rejected.Reason, StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("As at 30/09/2026")]
    [InlineData("As at,30/09/2026")]
    [InlineData("As at: 30 September 2026")]
    [InlineData("Valuation Date,30/09/2026")]
    [InlineData("Valuation date: 30-Sep-2026")]
    [InlineData("Valuation as at 30 September 2026")]
    [InlineData("Position date,2026-09-30")]
    public void A_custodians_as_at_or_valuation_date_line_is_read(string line)
    {
        using var temp = new TempFolder();
        var items = CsvHoldingsReader.Read(temp.File("fund.csv",
            "Northern Example Fund\n" + line + "\n\n" +
            "Security Description,SEDOL,Mkt Val (GBP),% of NAV\n" +
            "ZIJIN MINING GROUP CO LTD H,6725299,\"10,000.00\",1.00\n"), "fund.csv").ToList();
        var fund = Assert.IsType<FundDetected>(items[0]).Fund;
        Assert.Equal(new DateOnly(2026, 9, 30), fund.AsOf);
        Assert.Equal("Northern Example Fund", fund.Name);
        Assert.DoesNotContain(items, i => i is Rejected);
    }

    [Fact]
    public void An_as_at_date_that_could_be_two_days_is_rejected_with_its_label()
    {
        using var temp = new TempFolder();
        var items = CsvHoldingsReader.Read(temp.File("fund.csv",
            "Northern Example Fund\nAs at 01/09/2026\n\nSecurity Description,SEDOL,Mkt Val (GBP)\nZIJIN MINING GROUP CO LTD H,6725299,\"10,000.00\"\n"), "fund.csv").ToList();
        Assert.Null(Assert.IsType<FundDetected>(items[0]).Fund.AsOf);
        var rejected = Assert.Single(items.OfType<Rejected>());
        Assert.Equal(2, rejected.Source.Line);
        Assert.StartsWith("As at '01/09/2026' could be", rejected.Reason, StringComparison.Ordinal);
    }
}

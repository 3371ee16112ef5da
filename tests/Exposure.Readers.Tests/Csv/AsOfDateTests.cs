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
}

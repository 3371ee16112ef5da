using Exposure.Pipeline;
using Exposure.Reports.Csv;
using Exposure.TestSupport;

namespace Exposure.Reports.Tests.Csv;

/// <summary>A CSV file writes every number in one form, whatever form its input wrote it in.</summary>
public sealed class CsvNumbersTests
{
    [Fact]
    public void A_value_the_input_writes_with_trailing_zeros_is_written_without_them()
    {
        using var temp = new TempFolder();
        // 250.000 beside 500,000.00: the file writes decimals with a point, so it is 250.
        var input = temp.File("values.csv",
            "Name,Ticker,Exchange,Market Value,Weight (%)\n" +
            "\"ZTE CORP H\",763,Hong Kong Exchanges And Clearing Ltd,\"500,000.00\",50.00\n" +
            "\"HANGZHOU HIKVISION DIGITAL TECHNOLOGY LTD A\",002415,Shenzhen Stock Exchange,250.000,0.025\n" +
            "\"APPLE INC\",AAPL,NASDAQ,\"499,749.50\",49.975\n");
        ExposureRun.Execute(new RunRequest(
            [new HoldingsInput(input, "values.csv")], RepoPaths.ReferenceData, temp.Path, [new MatchesCsvRenderer(), ScreenedOutCsvRenderer.Unmatched()], "test"));

        var matches = File.ReadAllLines(Path.Combine(temp.Path, "matches.csv"));
        var column = Array.IndexOf(matches[0].Split(','), "market_value");
        Assert.True(column >= 0);
        var values = matches.Skip(1).Select(l => l.Split(',')[column]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["250", "500000"], values);
        Assert.Contains(",499749.5,", File.ReadAllText(Path.Combine(temp.Path, "unmatched.csv")), StringComparison.Ordinal);
    }
}

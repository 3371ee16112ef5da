using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// Two mandates of one manager both hold Fund A, whose file gives ZTE and Foxconn no value: the manager's count of
/// holdings of unknown value counts those two rows of Fund A's file once each, as the scheme's does, while the money each
/// mandate reaches is added.
/// </summary>
public sealed class SchemeManagerUnknownValueTests
{
    [Fact]
    public void A_fund_held_through_two_mandates_of_one_manager_counts_its_rows_of_unknown_value_once()
    {
        using var temp = new TempFolder();
        temp.File("fa.csv",
            "Name,Ticker,Exchange,Market Value,Currency\n" +
            "ZIJIN MINING GROUP LTD H,2899,Hong Kong Exchanges And Clearing Ltd,100000,USD\n" +
            "ZTE CORP H,763,Hong Kong Exchanges And Clearing Ltd,,USD\n" +
            "FOXCONN INDUSTRIAL INTERNET LTD A,601138,Shanghai Stock Exchange,,USD\n" +
            "TENCENT HOLDINGS LTD,700,Hong Kong Exchanges And Clearing Ltd,900000,USD\n");
        foreach (var mandate in new[] { "m1", "m2" })
            temp.File($"{mandate}.csv", "Name,Ticker,Exchange,Market Value,Currency\nFund A,,,500000,USD\nALPHA,AAA,Xetra,500000,USD\n");
        var scheme = temp.File("scheme.json", """
            { "title": "Test Scheme", "reportCurrency": "USD",
              "holdings": [
                { "id": "m1", "name": "Mandate 1", "manager": "M", "file": "m1.csv", "amount": 1000000, "currency": "USD" },
                { "id": "m2", "name": "Mandate 2", "manager": "M", "file": "m2.csv", "amount": 2000000, "currency": "USD" },
                { "id": "fa", "name": "Fund A", "manager": "M", "file": "fa.csv", "identifiers": { "name": "Fund A" } } ] }
            """);
        var output = Path.Combine(temp.Path, "out");

        var r = CliRunner.Run("report", "--portfolio", scheme, "--out", output, "--format", "json", "--quiet");

        Assert.True(r.ExitCode == ExitCodes.Ok, r.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "exposure-report.json")));
        var p = json.RootElement.GetProperty("portfolio");
        var manager = Assert.Single(p.GetProperty("managers").EnumerateArray());
        Assert.Equal(2, manager.GetProperty("valuesUnknown").GetProperty("named").GetInt32());
        Assert.Equal(2, p.GetProperty("valuesUnknown").GetProperty("named").GetInt32());
        Assert.All(p.GetProperty("entries").EnumerateArray(), e => Assert.Equal(2, e.GetProperty("valuesUnknown").GetProperty("named").GetInt32()));
        // Zijin is a tenth of Fund A's known values, half of each mandate: 3,000,000 x 0.5 x 0.1, a lower bound.
        Assert.Equal(150_000m, manager.GetProperty("flaggedValue").GetDecimal());
        Assert.Equal("at-least", manager.GetProperty("bounds").GetProperty("flaggedValue").GetString());
    }
}

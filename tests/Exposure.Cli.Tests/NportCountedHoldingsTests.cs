using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>A company's holdings in a market of two quarters: those of reports the totals leave out are listed, marked as not counted.</summary>
public sealed class NportCountedHoldingsTests
{
    [Fact]
    public void A_holding_of_an_earlier_report_is_listed_as_not_counted_in_the_json()
    {
        using var temp = new TempFolder();
        // Hikvision: held by the Asia fund in April only (sold by July), and by the unit investment trust in July.
        var (_, json) = ReportTexts.Report(temp, "--holdings", RepoPaths.NportDataSet(), RepoPaths.NportDataSet("nport-dataset-2026q3"), "--format", "json", "--quiet");

        var funds = json.GetProperty("funds").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("asOf").GetString());
        var holdings = ReportTexts.Company(json, "hikvision").GetProperty("holdings").EnumerateArray()
            .Select(h => (funds[h.GetProperty("fundId").GetString()!], h.GetProperty("value").GetDecimal(), h.TryGetProperty("notCounted", out var n) && n.GetBoolean()))
            .Order().ToList();
        Assert.Equal([("2026-04-30", 1_093_750m, true), ("2026-07-31", 205_000m, false)], holdings);
        Assert.Equal(205_000m, ReportTexts.Company(json, "hikvision").GetProperty("totalValue").GetDecimal());
    }
}

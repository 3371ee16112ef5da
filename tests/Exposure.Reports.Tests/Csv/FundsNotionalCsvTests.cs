using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Exposure.Pipeline;
using Exposure.Reports.Csv;
using Exposure.Reports.Json;
using Exposure.TestSupport;

namespace Exposure.Reports.Tests.Csv;

/// <summary>
/// funds.csv's <c>flagged_derivative_notional</c> of an N-PORT fund whose swaps on a named company state their notional
/// in another currency than the fund's: a notional not in the fund's currency is never added to it, so with none in the
/// fund's currency the figure is unknown (empty), never 0; the last two columns count the notionals left out and why,
/// as the JSON's <c>flaggedByInstrument</c> does.
/// </summary>
public sealed class FundsNotionalCsvTests
{
    private const string Fund = "Illustrative Asia Equity Fund";

    /// <summary>The hand-made data set with these swaps in its Asia fund, screened into funds.csv and the JSON.</summary>
    private static (Dictionary<string, string> Row, JsonElement Split) Run(string folder, params NportSwap[] swaps)
    {
        var data = NportSwaps.Write(Path.Combine(folder, "q2"), swaps);
        var output = Path.Combine(folder, "out");
        ExposureRun.Execute(new RunRequest([new HoldingsInput(data, "q2")], RepoPaths.ReferenceData, output, [new FundsCsvRenderer(), new JsonReportRenderer()], "test"));

        using var reader = new CsvReader(new StreamReader(Path.Combine(output, "funds.csv")), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        Assert.Equal(FundsCsvRenderer.Columns, reader.HeaderRecord);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read()) rows.Add(FundsCsvRenderer.Columns.ToDictionary(c => c, c => reader.GetField(c)!));
        // The fund's latest report, which the figures count.
        var row = Assert.Single(rows, r => r["fund_name"] == Fund && r["counted"] == "true");

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "exposure-report.json")));
        var fund = json.RootElement.GetProperty("funds").EnumerateArray().Single(f => f.GetProperty("id").GetString() == row["fund_id"]);
        return (row, fund.GetProperty("flaggedByInstrument").Clone());
    }

    [Fact]
    public void Every_notional_in_another_currency_leaves_the_notional_empty_and_says_why()
    {
        using var temp = new TempFolder();
        var (row, split) = Run(temp.Path, new NportSwap(900_000m, "CNY"));

        Assert.Equal("1", row["flagged_derivatives"]);
        Assert.Equal("", row["flagged_derivative_notional"]);
        Assert.Equal(("1", "0"), (row["flagged_derivative_notionals_in_other_currency"], row["flagged_derivative_notionals_unknown"]));
        // The JSON says the same: unknown, and why.
        Assert.Equal(JsonValueKind.Null, split.GetProperty("derivativeNotional").ValueKind);
        Assert.Equal((1, 1, 0), (split.GetProperty("derivativeRows").GetInt32(), split.GetProperty("notionalInOtherCurrency").GetInt32(), split.GetProperty("notionalUnknown").GetInt32()));
    }

    [Fact]
    public void Notionals_in_the_fund_s_currency_are_the_figure_and_those_in_another_are_counted_as_left_out()
    {
        using var temp = new TempFolder();
        var (row, split) = Run(temp.Path, new NportSwap(900_000m, "USD"), new NportSwap(400_000m, "CNY"), new NportSwap(250_000m, "USD"));

        Assert.Equal("3", row["flagged_derivatives"]);
        Assert.Equal(1_150_000m, decimal.Parse(row["flagged_derivative_notional"], CultureInfo.InvariantCulture));
        Assert.Equal(("1", "0"), (row["flagged_derivative_notionals_in_other_currency"], row["flagged_derivative_notionals_unknown"]));
        Assert.Equal(1_150_000m, split.GetProperty("derivativeNotional").GetDecimal());
        Assert.Equal(1, split.GetProperty("notionalInOtherCurrency").GetInt32());
    }

    [Fact]
    public void Every_notional_in_the_fund_s_currency_is_added_and_none_is_left_out()
    {
        using var temp = new TempFolder();
        var (row, split) = Run(temp.Path, new NportSwap(900_000m, "USD"));

        Assert.Equal(900_000m, decimal.Parse(row["flagged_derivative_notional"], CultureInfo.InvariantCulture));
        Assert.Equal(("0", "0"), (row["flagged_derivative_notionals_in_other_currency"], row["flagged_derivative_notionals_unknown"]));
        Assert.False(split.TryGetProperty("notionalInOtherCurrency", out _));
    }
}

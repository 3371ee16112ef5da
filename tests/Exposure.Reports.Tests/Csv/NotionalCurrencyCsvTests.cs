using System.Globalization;
using CsvHelper;
using Exposure.Pipeline;
using Exposure.Reports.Csv;
using Exposure.TestSupport;

namespace Exposure.Reports.Tests.Csv;

/// <summary>
/// matches.csv's last column, <c>notional_currency</c>: the currency of a derivative's notional where the N-PORT data set
/// states it in another currency than the fund's, empty where it is the fund's.
/// </summary>
public sealed class NotionalCurrencyCsvTests
{
    /// <summary>The hand-made N-PORT fixture, its swap's notional stated in <paramref name="currency"/>; screened into matches.csv.</summary>
    private static List<Dictionary<string, string>> Matches(string folder, string currency)
    {
        var data = Path.Combine(folder, "q2");
        Directory.CreateDirectory(data);
        foreach (var file in Directory.GetFiles(RepoPaths.NportDataSet())) File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        var swaps = Path.Combine(data, "NONFOREIGN_EXCHANGE_SWAP.tsv");
        var text = File.ReadAllText(swaps);
        Assert.Contains("\t900000.000000000000\tUSD\t", text, StringComparison.Ordinal);
        File.WriteAllText(swaps, text.Replace("\t900000.000000000000\tUSD\t", $"\t900000.000000000000\t{currency}\t", StringComparison.Ordinal));
        var output = Path.Combine(folder, "out");
        ExposureRun.Execute(new RunRequest([new HoldingsInput(data, "q2")], RepoPaths.ReferenceData, output, [new MatchesCsvRenderer()], "test"));

        using var reader = new CsvReader(new StreamReader(Path.Combine(output, "matches.csv")), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        Assert.Equal(MatchesCsvRenderer.Columns, reader.HeaderRecord);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read()) rows.Add(MatchesCsvRenderer.Columns.ToDictionary(c => c, c => reader.GetField(c)!));
        return rows;
    }

    private static bool IsTheSwap(Dictionary<string, string> row) =>
        row["instrument"] == "derivative" && decimal.TryParse(row["notional"], NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && n == 900_000m;

    [Fact]
    public void A_notional_in_another_currency_names_it_and_every_other_row_leaves_it_empty()
    {
        using var temp = new TempFolder();
        var rows = Matches(temp.Path, "CNY");

        var swap = Assert.Single(rows, IsTheSwap);
        Assert.Equal("CNY", swap["notional_currency"]);
        Assert.Equal("notional_currency", MatchesCsvRenderer.Columns[^5]);
        Assert.All(rows.Where(r => !ReferenceEquals(r, swap)), r => Assert.Equal("", r["notional_currency"]));
    }

    [Fact]
    public void A_notional_in_the_fund_s_currency_leaves_the_column_empty()
    {
        using var temp = new TempFolder();
        var rows = Matches(temp.Path, "USD");

        var swap = Assert.Single(rows, IsTheSwap);
        Assert.Equal("", swap["notional_currency"]);
        Assert.All(rows, r => Assert.Equal("", r["notional_currency"]));
    }
}

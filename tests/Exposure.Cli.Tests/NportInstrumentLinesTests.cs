using System.Globalization;
using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// How a company is held in a fund, instrument by instrument, in every output: each bond with its own terms, and a short
/// derivative's notional apart from a long one's, never added to it.
/// </summary>
public sealed class NportInstrumentLinesTests
{
    /// <summary>
    /// The hand-made data set, its Asia fund holding a second total return swap on Hikvision's A shares, short, with a
    /// notional of 500,000 (the first is long, 900,000); it holds Hikvision's 3.5% 2030 bond (250,000) and its 0.5% 2029
    /// convertible (150,000) already.
    /// </summary>
    private static string WithShortSwap(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(RepoPaths.NportDataSet())) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        Append(folder, "FUND_REPORTED_HOLDING.tsv", "7000208", cells =>
        {
            // HOLDING_ID, CURRENCY_VALUE, PERCENTAGE and PAYOFF_PROFILE, as the SEC's table orders them.
            cells[1] = "7000209";
            cells[10] = "-5000.000000000000";
            cells[12] = "-0.003968253968";
            cells[13] = "Short";
        });
        foreach (var table in new[] { "DESC_REF_OTHER.tsv", "NONFOREIGN_EXCHANGE_SWAP.tsv", "DERIVATIVE_COUNTERPARTY.tsv" })
        {
            Append(folder, table, "7000208", cells =>
            {
                cells[0] = "7000209";
                if (table == "NONFOREIGN_EXCHANGE_SWAP.tsv") cells[7] = "500000.000000000000";
            });
        }

        return folder;
    }

    /// <summary>Appends to a table a copy of the row of <paramref name="holdingId"/>, changed by <paramref name="change"/>.</summary>
    private static void Append(string folder, string table, string holdingId, Action<string[]> change)
    {
        var path = Path.Combine(folder, table);
        var lines = File.ReadAllLines(path).ToList();
        var cells = lines.Single(l => l.Split('\t').Contains(holdingId)).Split('\t');
        change(cells);
        lines.Add(string.Join('\t', cells));
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }

    [Fact]
    public void Each_bond_and_each_derivative_direction_is_a_line_of_its_own_in_every_output()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--holdings", WithShortSwap(Path.Combine(temp.Path, "swaps")), "--format", "pdf,html,xlsx,json,csv");

        // Where Hikvision is held: the bond and the convertible each with its own terms and value, the swaps each with its direction.
        string[] lines =
        [
            "bond, 3.5% due 2030-03-15, USD 250,000",
            "bond, 0.5% due 2029-11-01, convertible, USD 150,000",
            "derivative, long, notional USD 900,000",
            "derivative, short, notional USD 500,000",
        ];
        foreach (var output in new[] { "pdf", "html", "xlsx" })
        {
            var text = texts.Flat(output);
            foreach (var line in lines) Assert.True(text.Contains(line, StringComparison.Ordinal), $"{output}: {line}");
            Assert.DoesNotContain("2030-03-15, USD 400,000", text, StringComparison.Ordinal);
            Assert.DoesNotContain("1,400,000", text, StringComparison.Ordinal);
        }

        var asia = ReportTexts.Company(json, "hikvision").GetProperty("holdings").EnumerateArray()
            .Single(h => h.GetProperty("instruments").GetArrayLength() > 1);
        Assert.Equal(
            [("equity", null, 693_750m, null, null), ("debt", "0.5% due 2029-11-01, convertible", 150_000m, null, null),
             ("debt", "3.5% due 2030-03-15", 250_000m, null, null), ("derivative", null, 12_000m, 900_000m, "Long"),
             ("derivative", null, -5_000m, 500_000m, "Short")],
            asia.GetProperty("instruments").EnumerateArray().Select(i => (i.GetProperty("instrument").GetString(), i.GetProperty("terms").GetString(),
                Number(i.GetProperty("value")), Number(i.GetProperty("notional")), i.GetProperty("direction").GetString())));

        // The fund's and the report's split: the long notional and the short one apart, each said with its derivatives.
        const string split = "USD 900,000 notional in 1 derivative not short and USD 500,000 in 1 short derivative on {0}, not added to each other or to the value held";
        Assert.Contains(string.Format(CultureInfo.InvariantCulture, split, "them"), texts.Flat("terminal"), StringComparison.Ordinal);
        foreach (var output in new[] { "pdf", "html" })
            Assert.Contains(string.Format(CultureInfo.InvariantCulture, split, "it"), texts.Flat(output), StringComparison.Ordinal);
        var fund = json.GetProperty("funds").EnumerateArray().Single(f => f.GetProperty("seriesId").GetString() == "S000999101").GetProperty("flaggedByInstrument");
        Assert.Equal((900_000m, 500_000m, 2, 1),
            (fund.GetProperty("derivativeNotional").GetDecimal(), fund.GetProperty("shortNotional").GetDecimal(),
             fund.GetProperty("derivativeRows").GetInt32(), fund.GetProperty("shortDerivatives").GetInt32()));
        var row = texts.ByOutput["funds.csv"].Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.TrimEnd('\r').Split(',')).ToList();
        var header = row[0].ToList();
        var asiaRow = row.Single(r => r.Contains("S000999101"));
        Assert.Equal(("900000", "2", "500000", "1"),
            (asiaRow[header.IndexOf("flagged_derivative_notional")], asiaRow[header.IndexOf("flagged_derivatives")],
             asiaRow[header.IndexOf("flagged_short_derivative_notional")], asiaRow[header.IndexOf("flagged_short_derivatives")]));
    }

    private static decimal? Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDecimal();
}

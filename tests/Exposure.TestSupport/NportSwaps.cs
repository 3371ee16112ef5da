using System.Globalization;

namespace Exposure.TestSupport;

/// <summary>One total return swap on Hikvision's A shares in <see cref="NportSwaps"/>: its notional and the currency its table states it in.</summary>
public sealed record NportSwap(decimal Notional, string Currency);

/// <summary>
/// The hand-made N-PORT data set, its fund Illustrative Asia Equity Fund holding the given total return swaps on
/// Hikvision's A shares in place of its one swap (900,000 USD): the first swap is that holding, each other a copy of it
/// (its holding, swap, reference instrument and counterparty rows) under a holding id of its own.
/// </summary>
public static class NportSwaps
{
    private const string SwapHolding = "7000208";
    private const string Reference = "8500208";
    private const string Counterparty = "8800208";

    public static string Write(string folder, params NportSwap[] swaps)
    {
        ArgumentOutOfRangeException.ThrowIfZero(swaps.Length);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(RepoPaths.NportDataSet())) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));

        foreach (var table in new[] { "FUND_REPORTED_HOLDING.tsv", "NONFOREIGN_EXCHANGE_SWAP.tsv", "DESC_REF_OTHER.tsv", "DERIVATIVE_COUNTERPARTY.tsv" })
        {
            var path = Path.Combine(folder, table);
            var lines = File.ReadAllLines(path).ToList();
            var swap = lines.Single(l => l.Split('\t').Contains(SwapHolding));
            var at = lines.IndexOf(swap);
            lines.RemoveAt(at);
            lines.InsertRange(at, swaps.Select((s, i) => Copy(table, swap, s, i)));
            File.WriteAllText(path, string.Join('\n', lines) + "\n");
        }

        return folder;
    }

    /// <summary>The swap's row of a table as the <paramref name="index"/>th swap: its own ids (the first keeps the fixture's) and, in the swap table, its notional and currency.</summary>
    private static string Copy(string table, string row, NportSwap swap, int index)
    {
        var cells = row.Split('\t');
        string Id(string id) => index == 0 ? id : (long.Parse(id, CultureInfo.InvariantCulture) + 90 + index).ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] is SwapHolding or Reference or Counterparty) cells[i] = Id(cells[i]);
        }

        if (table == "NONFOREIGN_EXCHANGE_SWAP.tsv")
        {
            // NOTIONAL_AMOUNT and CURRENCY_CODE, as the SEC's table orders them.
            Expect(cells[7] == "900000.000000000000" && cells[8] == "USD", "the fixture's swap row");
            cells[7] = swap.Notional.ToString("0.000000000000", CultureInfo.InvariantCulture);
            cells[8] = swap.Currency;
        }

        return string.Join('\t', cells);
    }

    private static void Expect(bool condition, string what)
    {
        if (!condition) throw new InvalidOperationException($"{what} is not as this helper expects");
    }
}

using System.Globalization;
using System.Text;

namespace Exposure.TestSupport;

/// <summary>
/// Writes a small SEC N-PORT data set folder of many funds, with the tables and columns of the hand-made fixture: fund
/// <c>i</c> is series <c>S9{i:D8}</c> of registrant <c>i % registrants</c>, reports as of 30 April 2026, and holds
/// Hikvision (every third fund, by ISIN), ZTE (every fifth), Hon Hai (a parent of named companies, every seventh) and
/// one company on no list, each worth a different amount, so that every ranking is strict. With <c>quarter: 3</c> the
/// same funds report as of 31 July 2026, every fourth without its Hikvision and every sixth with ZTE. <c>fundName</c> names
/// fund <c>i</c> otherwise than <c>Example Fund {i:D4}</c>.
/// </summary>
public static class NportMarket
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The name two funds of different registrants share in <see cref="WriteSameNamed"/>.</summary>
    public const string SharedName = "Emerging Markets Fund";

    /// <summary>
    /// Two quarters (folders <c>q2</c>, <c>q3</c>) of six funds of two registrants, where funds 0 (Example Trust 000) and 3
    /// (Example Trust 001) are both named <see cref="SharedName"/> and both hold Hikvision in April; in July fund 0 has sold it.
    /// </summary>
    public static string[] WriteSameNamed(string folder)
    {
        static string Name(int i) => i % 3 == 0 ? SharedName : string.Create(Invariant, $"Example Fund {i:D4}");
        return [Write(Path.Combine(folder, "q2"), 6, 2, fundName: Name), Write(Path.Combine(folder, "q3"), 6, 2, quarter: 3, fundName: Name)];
    }

    public static string Write(string folder, int funds, int registrants, int quarter = 2, Func<int, string>? fundName = null)
    {
        Directory.CreateDirectory(folder);
        var fixture = RepoPaths.NportDataSet();
        string Header(string table) => File.ReadLines(Path.Combine(fixture, table)).First();
        int Count(string table) => Header(table).Split('\t').Length;
        string Row(string table, params (int Column, string Value)[] values)
        {
            var cells = new string[Count(table)];
            Array.Fill(cells, "");
            foreach (var (column, value) in values) cells[column] = value;
            return string.Join('\t', cells);
        }

        var submission = new StringBuilder(Header("SUBMISSION.tsv")).Append('\n');
        var registrant = new StringBuilder(Header("REGISTRANT.tsv")).Append('\n');
        var info = new StringBuilder(Header("FUND_REPORTED_INFO.tsv")).Append('\n');
        var holding = new StringBuilder(Header("FUND_REPORTED_HOLDING.tsv")).Append('\n');
        var identifiers = new StringBuilder(Header("IDENTIFIERS.tsv")).Append('\n');
        var (filed, asOf) = quarter == 3 ? ("20-AUG-2026", "31-JUL-2026") : ("20-MAY-2026", "30-APR-2026");
        var id = quarter * 10_000_000;
        for (var i = 0; i < funds; i++)
        {
            var accession = string.Create(Invariant, $"0009{quarter}{i:D5}-26-{i:D6}");
            var trust = i % registrants;
            var netAssets = 10_000_000m + i * 10_000m;
            submission.Append(Row("SUBMISSION.tsv", (0, accession), (1, filed), (2, $"811-{trust:D5}"), (3, "NPORT-P"), (4, "31-DEC-2026"), (5, asOf), (6, "N"))).Append('\n');
            registrant.Append(Row("REGISTRANT.tsv", (0, accession), (1, string.Create(Invariant, $"98{trust:D5}")), (2, string.Create(Invariant, $"Example Trust {trust:D3}")))).Append('\n');
            info.Append(Row("FUND_REPORTED_INFO.tsv", (0, accession), (1, fundName?.Invoke(i) ?? string.Create(Invariant, $"Example Fund {i:D4}")), (2, string.Create(Invariant, $"S9{i:D8}")),
                (6, netAssets.ToString(Invariant)))).Append('\n');

            var hikvision = i % 3 == 0 && !(quarter == 3 && i % 4 == 0);
            var zte = i % 5 == 0 || (quarter == 3 && i % 6 == 0);
            var held = new List<(string Name, string Isin, decimal Value)> { ("Example Unlisted Widget Co", "", 1000m + i) };
            if (hikvision) held.Add(("Hangzhou Hikvision Digital Technology Co Ltd", "CNE100000PM8", 50_000m + i * 7));
            if (zte) held.Add(("ZTE Corp", "CNE000000TK5", 30_000m + i * 11));
            if (i % 7 == 0) held.Add(("Hon Hai Precision Industry Co Ltd", "TW0002317005", 20_000m + i * 13));
            foreach (var (name, isin, value) in held)
            {
                var holdingId = (++id).ToString(Invariant);
                holding.Append(Row("FUND_REPORTED_HOLDING.tsv", (0, accession), (1, holdingId), (2, name), (3, "N/A"), (4, name), (5, "N/A"), (6, "1000"), (7, "NS"),
                    (9, "USD"), (10, value.ToString(Invariant)), (12, (value / netAssets * 100).ToString("0.############", Invariant)), (13, "Long"), (14, "EC"),
                    (16, "CORP"), (18, "CN"), (19, "N"), (20, "1"))).Append('\n');
                if (isin.Length > 0)
                {
                    identifiers.Append(Row("IDENTIFIERS.tsv", (0, holdingId), (1, "8" + holdingId), (2, isin))).Append('\n');
                }
            }
        }

        File.WriteAllText(Path.Combine(folder, "SUBMISSION.tsv"), submission.ToString());
        File.WriteAllText(Path.Combine(folder, "REGISTRANT.tsv"), registrant.ToString());
        File.WriteAllText(Path.Combine(folder, "FUND_REPORTED_INFO.tsv"), info.ToString());
        File.WriteAllText(Path.Combine(folder, "FUND_REPORTED_HOLDING.tsv"), holding.ToString());
        File.WriteAllText(Path.Combine(folder, "IDENTIFIERS.tsv"), identifiers.ToString());
        File.WriteAllText(Path.Combine(folder, "DEBT_SECURITY.tsv"), Header("DEBT_SECURITY.tsv") + "\n");
        return folder;
    }
}

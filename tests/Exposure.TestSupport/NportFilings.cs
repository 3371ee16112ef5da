using System.Globalization;
using System.Text;

namespace Exposure.TestSupport;

/// <summary>One holding of a filing written by <see cref="NportFilings"/>: an issuer, its ISIN (empty for none) and its value in US dollars.</summary>
public sealed record NportHolding(string Name, string Isin, decimal Value);

/// <summary>
/// One filing of a data set written by <see cref="NportFilings"/>: its accession number, filing date and report date as
/// the SEC writes them (<c>30-APR-2026</c>), form type (<c>NPORT-P</c>, <c>NPORT-P/A</c>), series (null id for a
/// single-series trust without one; <c>N/A</c> name as such trusts write it), registrant and net assets.
/// </summary>
public sealed record NportFiling(
    string Accession,
    string Filed,
    string ReportDate,
    string? SeriesId,
    string SeriesName,
    string Cik,
    string Registrant,
    IReadOnlyList<NportHolding> Holdings,
    string SubType = "NPORT-P",
    decimal NetAssets = 10_000_000m);

/// <summary>
/// Writes a small SEC N-PORT data set folder of the given filings, with the tables and columns of the hand-made fixture
/// (SUBMISSION, REGISTRANT, FUND_REPORTED_INFO, FUND_REPORTED_HOLDING, IDENTIFIERS), for tests that need particular
/// filings: amendments, series that stop filing, trusts of the same name.
/// </summary>
public static class NportFilings
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Write(string folder, params NportFiling[] filings)
    {
        Directory.CreateDirectory(folder);
        var fixture = RepoPaths.NportDataSet();
        string Header(string table) => File.ReadLines(Path.Combine(fixture, table)).First();
        string Row(string table, params (int Column, string Value)[] values)
        {
            var cells = new string[Header(table).Split('\t').Length];
            Array.Fill(cells, "");
            foreach (var (column, value) in values) cells[column] = value;
            return string.Join('\t', cells);
        }

        var submission = new StringBuilder(Header("SUBMISSION.tsv")).Append('\n');
        var registrant = new StringBuilder(Header("REGISTRANT.tsv")).Append('\n');
        var info = new StringBuilder(Header("FUND_REPORTED_INFO.tsv")).Append('\n');
        var holding = new StringBuilder(Header("FUND_REPORTED_HOLDING.tsv")).Append('\n');
        var identifiers = new StringBuilder(Header("IDENTIFIERS.tsv")).Append('\n');
        var id = 7_100_000;
        foreach (var f in filings)
        {
            submission.Append(Row("SUBMISSION.tsv", (0, f.Accession), (1, f.Filed), (2, "811-" + f.Cik), (3, f.SubType), (4, "31-DEC-2026"), (5, f.ReportDate), (6, "N"))).Append('\n');
            registrant.Append(Row("REGISTRANT.tsv", (0, f.Accession), (1, f.Cik), (2, f.Registrant))).Append('\n');
            info.Append(Row("FUND_REPORTED_INFO.tsv", (0, f.Accession), (1, f.SeriesName), (2, f.SeriesId ?? "N/A"), (6, f.NetAssets.ToString(Invariant)))).Append('\n');
            // Every filing holds something on no list, so that a filing holding no named company is still a fund.
            foreach (var (name, isin, value) in f.Holdings.Prepend(new NportHolding("Example Unlisted Widget Co", "", 1000m)))
            {
                var holdingId = (++id).ToString(Invariant);
                holding.Append(Row("FUND_REPORTED_HOLDING.tsv", (0, f.Accession), (1, holdingId), (2, name), (3, "N/A"), (4, name), (5, "N/A"), (6, "1000"), (7, "NS"),
                    (9, "USD"), (10, value.ToString(Invariant)), (12, (value / f.NetAssets * 100).ToString("0.############", Invariant)), (13, "Long"), (14, "EC"),
                    (16, "CORP"), (18, "CN"), (19, "N"), (20, "1"))).Append('\n');
                if (isin.Length > 0) identifiers.Append(Row("IDENTIFIERS.tsv", (0, holdingId), (1, "8" + holdingId), (2, isin))).Append('\n');
            }
        }

        File.WriteAllText(Path.Combine(folder, "SUBMISSION.tsv"), submission.ToString());
        File.WriteAllText(Path.Combine(folder, "REGISTRANT.tsv"), registrant.ToString());
        File.WriteAllText(Path.Combine(folder, "FUND_REPORTED_INFO.tsv"), info.ToString());
        File.WriteAllText(Path.Combine(folder, "FUND_REPORTED_HOLDING.tsv"), holding.ToString());
        File.WriteAllText(Path.Combine(folder, "IDENTIFIERS.tsv"), identifiers.ToString());
        return folder;
    }

    /// <summary>
    /// Two quarters of one trust (CIK 1000001, Alpha Trust), written as <c>q2</c> and <c>q3</c> under the folder: at the end
    /// of April, Alpha Growth Fund holds Hikvision (100,000) and so does Alpha China Fund (250,000); at the end of July,
    /// Alpha Growth Fund files no more and Alpha China Fund holds what is given.
    /// </summary>
    public static (string Q2, string Q3) OneFundStopsFiling(string folder, params NportHolding[] alphaChinaInJuly)
    {
        const string cik = "1000001", trust = "Alpha Trust";
        var q2 = Write(Path.Combine(folder, "q2"),
            new NportFiling("0001000001-26-000001", "20-MAY-2026", "30-APR-2026", "S000000001", "Alpha Growth Fund", cik, trust, [Hikvision(100_000m)]),
            new NportFiling("0001000001-26-000002", "20-MAY-2026", "30-APR-2026", "S000000002", "Alpha China Fund", cik, trust, [Hikvision(250_000m)]));
        var q3 = Write(Path.Combine(folder, "q3"),
            new NportFiling("0001000001-26-000012", "20-AUG-2026", "31-JUL-2026", "S000000002", "Alpha China Fund", cik, trust, alphaChinaInJuly));
        return (q2, q3);
    }

    /// <summary>The name both registrants of <see cref="SameNamedTrusts"/> file under, and the name of both their funds.</summary>
    public const string SharedTrust = "Pacific Trust";

    /// <inheritdoc cref="SharedTrust"/>
    public const string SharedFund = "Emerging Markets Fund";

    /// <summary>
    /// One quarter (as of the end of April) of two registrants of one name, <see cref="SharedTrust"/> (CIK 2000001 and
    /// 2000002), each filing a series named <see cref="SharedFund"/> (S000000101 and S000000102) that holds Hikvision,
    /// for 300,000 and 200,000: only their CIKs tell the two funds apart.
    /// </summary>
    public static string SameNamedTrusts(string folder) => Write(folder,
        new NportFiling("0002000001-26-000001", "20-MAY-2026", "30-APR-2026", "S000000101", SharedFund, "2000001", SharedTrust, [Hikvision(300_000m)]),
        new NportFiling("0002000002-26-000001", "20-MAY-2026", "30-APR-2026", "S000000102", SharedFund, "2000002", SharedTrust, [Hikvision(200_000m)]));

    /// <summary>The name both series of <see cref="SameNamedSeriesChange"/> share.</summary>
    public const string SharedSeries = "Index Fund";

    /// <summary>
    /// Two quarters (<c>q2</c>, <c>q3</c> under the folder) of two series named <see cref="SharedSeries"/> of two trusts,
    /// Beta Trust (CIK 3000001, S000000201) and Gamma Trust (CIK 3000002, S000000202). At the end of April Beta's holds
    /// Hikvision and Gamma's ZTE; at the end of July each holds the other's: each fund enters one company and leaves the
    /// other, and only their registrants tell the two apart.
    /// </summary>
    public static (string Q2, string Q3) SameNamedSeriesChange(string folder)
    {
        var q2 = Write(Path.Combine(folder, "q2"),
            new NportFiling("0003000001-26-000001", "20-MAY-2026", "30-APR-2026", "S000000201", SharedSeries, "3000001", "Beta Trust", [Hikvision(300_000m)]),
            new NportFiling("0003000002-26-000001", "20-MAY-2026", "30-APR-2026", "S000000202", SharedSeries, "3000002", "Gamma Trust", [Zte(200_000m)]));
        var q3 = Write(Path.Combine(folder, "q3"),
            new NportFiling("0003000001-26-000011", "20-AUG-2026", "31-JUL-2026", "S000000201", SharedSeries, "3000001", "Beta Trust", [Zte(310_000m)]),
            new NportFiling("0003000002-26-000011", "20-AUG-2026", "31-JUL-2026", "S000000202", SharedSeries, "3000002", "Gamma Trust", [Hikvision(210_000m)]));
        return (q2, q3);
    }

    /// <summary>A holding of Hangzhou Hikvision's A shares, by its ISIN.</summary>
    public static NportHolding Hikvision(decimal value) => new("HIKVISION DIGITAL-A", "CNE100000PM8", value);

    /// <summary>A holding of ZTE's A shares, by its ISIN.</summary>
    public static NportHolding Zte(decimal value) => new("ZTE CORP-A", "CNE000000TK5", value);
}

using System.Globalization;
using System.IO.Compression;
using System.Text;
using Exposure.Core.Reference;

namespace Exposure.Synthetic;

/// <summary>Sizes and seed of a synthetic SEC N-PORT data set.</summary>
/// <param name="Rows">Lines of FUND_REPORTED_HOLDING.tsv (besides its header), over all filings.</param>
/// <param name="Series">Funds (series); each files one or two monthly reports, some of them amended.</param>
/// <param name="Distinct">Distinct securities no source names.</param>
/// <param name="FlaggedRate">Share of the holdings of chosen filings that plant a flagged company's security (by ISIN).</param>
/// <param name="EarlierMonthShare">Share of series that also filed the month before their latest report.</param>
/// <param name="AmendedShare">Share of series whose latest report was amended (NPORT-P/A).</param>
/// <param name="Interleave">Write the holdings table with filings' rows mixed in blocks, not grouped by filing.</param>
public sealed record NportDataSetOptions(
    ReferenceOptions Reference,
    long Rows = 8_000_000,
    int Series = 15_000,
    int Distinct = 200_000,
    double FlaggedRate = 0.002,
    double EarlierMonthShare = 0.25,
    double AmendedShare = 0.02,
    bool Interleave = false);

/// <summary>What was generated, and where.</summary>
public sealed record NportDataSetResult(
    string ZipPath,
    string ReferenceFolder,
    string ManifestPath,
    string FilingsPath,
    long Rows,
    int Series,
    int Filings,
    int ChosenFilings,
    long ChosenRows,
    int FlaggedRows,
    long IdentifierRows,
    long DebtRows,
    long ZipBytes);

/// <summary>
/// Writes a synthetic SEC Form N-PORT data set: a zip (<c>2026q2_nport.zip</c>) holding every table of the real data
/// sets, tab-separated UTF-8 with the real headers (<see cref="NportTables"/>), dates as <c>30-APR-2026</c>. SUBMISSION,
/// REGISTRANT and FUND_REPORTED_INFO have a row per filing; FUND_REPORTED_HOLDING has <see cref="NportDataSetOptions.Rows"/>
/// holdings (equities of the synthetic universe, in their market currency with an exchange rate, debt with a
/// DEBT_SECURITY row, cash and futures), IDENTIFIERS an ISIN and ticker per equity; the other tables only their header.
/// Some series also filed the month before (superseded by the later month), some latest reports were amended (the
/// original superseded), a few series are named N/A. Beside the zip: <c>reference/</c> (the list), <c>manifest.csv</c>
/// (the planted flagged rows of chosen filings, with their expected state) and <c>filings.csv</c> (each filing, whether it
/// is the one a reader must choose, and its rows). The same options give the same bytes.
/// </summary>
public static class NportDataSetWriter
{
    public const string ZipName = "2026q2_nport.zip";
    public const string FilingsFileName = "filings.csv";
    private const string HoldingsTable = "FUND_REPORTED_HOLDING.tsv";
    private const long FirstHoldingId = 100_000_001;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly DateTimeOffset EntryTime = new(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly[] LatestMonths = [new(2026, 3, 31), new(2026, 4, 30), new(2026, 5, 31)];
    private static readonly string[] Styles = ["Equity", "Growth", "Value", "Income", "Index", "Emerging Markets", "International", "Small Cap", "Balanced", "Total Market"];

    private sealed record PlannedFiling(
        int Series, string Accession, string Cik, string Registrant, string SeriesId, string? SeriesName, string SubType,
        DateOnly ReportDate, DateOnly FilingDate, bool Chosen, int Weight)
    {
        public long FirstRow { get; set; }
        public long Rows { get; set; }
        public decimal NetAssets { get; set; }
    }

    public static NportDataSetResult Generate(NportDataSetOptions options, string folder, Action<string>? progress = null)
    {
        if (options.Rows <= 0) throw new ArgumentOutOfRangeException(nameof(options), "rows must be positive");
        if (options.Series <= 0) throw new ArgumentOutOfRangeException(nameof(options), "series must be positive");
        if (options.Distinct <= 0) throw new ArgumentOutOfRangeException(nameof(options), "distinct securities must be positive");
        Directory.CreateDirectory(folder);
        var seed = options.Reference.Seed;
        var reference = SyntheticReference.Generate(options.Reference);
        var referenceFolder = Path.Combine(folder, SyntheticUniverse.ReferenceFolderName);
        reference.WriteTo(referenceFolder);
        progress?.Invoke($"reference: {reference.Companies.Count} companies ({reference.Version})");

        var filings = Plan(options);
        if (options.Rows < filings.Count) throw new ArgumentOutOfRangeException(nameof(options), $"rows must be at least the {filings.Count} filings");
        AllocateRows(filings, options.Rows);
        var rows = new RowMaker(options, reference);
        foreach (var f in filings)
        {
            var total = 0m;
            for (var g = f.FirstRow; g < f.FirstRow + f.Rows; g++) total += rows.Value(g);
            f.NetAssets = total;
        }
        progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"plan: {options.Series:N0} series, {filings.Count:N0} filings, {options.Rows:N0} holdings rows"));

        var zipPath = Path.Combine(folder, ZipName);
        var manifestPath = Path.Combine(folder, Manifest.FileName);
        var identifiersTemp = Path.Combine(folder, "IDENTIFIERS.tsv.part");
        var debtTemp = Path.Combine(folder, "DEBT_SECURITY.tsv.part");
        int flagged;
        long identifierRows, debtRows;
        using (var file = new FileStream(zipPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            WriteSmallTables(zip, filings);
            using (var manifest = Writer(new FileStream(manifestPath, FileMode.Create, FileAccess.Write)))
            using (var identifiers = Writer(new FileStream(identifiersTemp, FileMode.Create, FileAccess.Write)))
            using (var debt = Writer(new FileStream(debtTemp, FileMode.Create, FileAccess.Write)))
            using (var holdings = Writer(Entry(zip, HoldingsTable)))
            {
                manifest.Write(Manifest.HeaderLine + "\n");
                holdings.Write(string.Join('\t', NportTables.Columns(HoldingsTable)) + "\n");
                identifiers.Write(string.Join('\t', NportTables.Columns("IDENTIFIERS.tsv")) + "\n");
                debt.Write(string.Join('\t', NportTables.Columns("DEBT_SECURITY.tsv")) + "\n");
                var line = 1;
                foreach (var (f, g) in RowOrder(filings, options.Interleave, seed))
                {
                    line++;
                    rows.Write(f.Accession, f.Chosen, f.NetAssets, g, line, holdings, identifiers, debt, manifest);
                    if (progress is not null && (line - 1) % 1_000_000 == 0) progress(string.Create(CultureInfo.InvariantCulture, $"holdings: {line - 1:N0} rows"));
                }
                flagged = rows.Flagged;
                identifierRows = rows.IdentifierRows;
                debtRows = rows.DebtRows;
            }
            CopyInto(zip, identifiersTemp, "IDENTIFIERS.tsv");
            CopyInto(zip, debtTemp, "DEBT_SECURITY.tsv");
            foreach (var (table, columns) in NportTables.All)
            {
                if (table is "SUBMISSION.tsv" or "REGISTRANT.tsv" or "FUND_REPORTED_INFO.tsv" or HoldingsTable or "IDENTIFIERS.tsv" or "DEBT_SECURITY.tsv") continue;
                using var w = Writer(Entry(zip, table));
                w.Write(string.Join('\t', columns) + "\n");
            }
        }
        File.Delete(identifiersTemp);
        File.Delete(debtTemp);

        var filingsPath = Path.Combine(folder, FilingsFileName);
        using (var w = Writer(new FileStream(filingsPath, FileMode.Create, FileAccess.Write)))
        {
            w.Write("accession_number,series_id,report_date,sub_type,chosen,rows,first_line\n");
            var firstLine = FirstLines(filings, options.Interleave, seed);
            foreach (var f in filings)
                w.Write(CsvText.Line([f.Accession, f.SeriesId, f.ReportDate.ToString("yyyy-MM-dd", Inv), f.SubType, f.Chosen ? "yes" : "no",
                    f.Rows.ToString(Inv), firstLine[f.Accession].ToString(Inv)]) + "\n");
        }
        return new NportDataSetResult(zipPath, referenceFolder, manifestPath, filingsPath, options.Rows, options.Series, filings.Count,
            filings.Count(f => f.Chosen), filings.Where(f => f.Chosen).Sum(f => f.Rows), flagged, identifierRows, debtRows, new FileInfo(zipPath).Length);
    }

    /// <summary>The filings of every series: an earlier month for some, the latest month, and for some an amendment of it.</summary>
    private static List<PlannedFiling> Plan(NportDataSetOptions options)
    {
        var seed = options.Reference.Seed;
        var filings = new List<PlannedFiling>();
        var sequence = new Dictionary<string, int>(StringComparer.Ordinal);
        string Accession(string cik)
        {
            sequence[cik] = sequence.GetValueOrDefault(cik) + 1;
            return string.Create(CultureInfo.InvariantCulture, $"{cik.PadLeft(10, '0')}-26-{sequence[cik]:D6}");
        }
        for (var s = 0; s < options.Series; s++)
        {
            var rng = Rng.For(seed, Purpose.Series, s);
            var registrant = s / 8;
            var cik = (1_900_000 + registrant).ToString(Inv);
            var registrantName = string.Create(CultureInfo.InvariantCulture, $"Synthetic {Vocabulary.UniverseLeads[registrant % Vocabulary.UniverseLeads.Length]} Funds Trust {registrant + 1:D4}");
            var seriesId = string.Create(CultureInfo.InvariantCulture, $"S{900_000_000 + s + 1:D9}");
            var seriesName = rng.Chance(0.005) ? null : string.Create(CultureInfo.InvariantCulture, $"Synthetic {rng.Pick(Styles)} Fund {s + 1:D5}");
            // Fund sizes vary: most small, a few large (weights 1 to 400).
            var weight = 1 + rng.Int(20) * rng.Int(20) + rng.Int(5);
            var latest = LatestMonths[rng.Int(LatestMonths.Length)];
            var earlier = rng.Chance(options.EarlierMonthShare);
            var amended = rng.Chance(options.AmendedShare);
            var filed = latest.AddDays(50 + rng.Int(10));
            if (earlier)
            {
                var month = new DateOnly(latest.Year, latest.Month, 1).AddDays(-1);
                filings.Add(new PlannedFiling(s, Accession(cik), cik, registrantName, seriesId, seriesName, "NPORT-P", month, month.AddDays(50 + rng.Int(10)), false, weight));
            }
            filings.Add(new PlannedFiling(s, Accession(cik), cik, registrantName, seriesId, seriesName, "NPORT-P", latest, filed, !amended, weight));
            if (amended)
                filings.Add(new PlannedFiling(s, Accession(cik), cik, registrantName, seriesId, seriesName, "NPORT-P/A", latest, filed.AddDays(10 + rng.Int(20)), true, weight));
        }
        return filings;
    }

    /// <summary>Rows in proportion to each filing's weight, at least one each, adding up to <paramref name="rows"/> exactly.</summary>
    private static void AllocateRows(List<PlannedFiling> filings, long rows)
    {
        var spare = rows - filings.Count;
        var weights = filings.Sum(f => (long)f.Weight);
        long given = 0;
        foreach (var f in filings)
        {
            f.Rows = 1 + spare * f.Weight / weights;
            given += f.Rows;
        }
        for (var i = 0; given < rows; i = (i + 1) % filings.Count, given++) filings[i].Rows++;
        long next = 0;
        foreach (var f in filings)
        {
            f.FirstRow = next;
            next += f.Rows;
        }
    }

    /// <summary>
    /// The holdings table's rows in order: grouped by filing, or (interleaved) filings taken eight at a time with their
    /// rows dealt out in blocks of up to 50, round the eight.
    /// </summary>
    private static IEnumerable<(PlannedFiling Filing, long Row)> RowOrder(List<PlannedFiling> filings, bool interleave, int seed)
    {
        if (!interleave)
        {
            foreach (var f in filings)
                for (var g = f.FirstRow; g < f.FirstRow + f.Rows; g++) yield return (f, g);
            yield break;
        }
        for (var start = 0; start < filings.Count; start += 8)
        {
            var batch = filings.Skip(start).Take(8).ToList();
            var next = batch.Select(f => f.FirstRow).ToArray();
            var any = true;
            while (any)
            {
                any = false;
                for (var i = 0; i < batch.Count; i++)
                {
                    var end = batch[i].FirstRow + batch[i].Rows;
                    var block = 1 + (int)(Rng.Hash(seed, Purpose.Series, next[i], 99) % 50);
                    for (var k = 0; k < block && next[i] < end; k++) yield return (batch[i], next[i]++);
                    any |= next[i] < end;
                }
            }
        }
    }

    private static Dictionary<string, int> FirstLines(List<PlannedFiling> filings, bool interleave, int seed)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var line = 1;
        foreach (var (f, _) in RowOrder(filings, interleave, seed))
        {
            line++;
            first.TryAdd(f.Accession, line);
        }
        return first;
    }

    private static void WriteSmallTables(ZipArchive zip, List<PlannedFiling> filings)
    {
        using (var w = Writer(Entry(zip, "SUBMISSION.tsv")))
        {
            w.Write(string.Join('\t', NportTables.Columns("SUBMISSION.tsv")) + "\n");
            foreach (var f in filings)
                w.Write(string.Join('\t', f.Accession, SecDate(f.FilingDate), "", f.SubType, SecDate(new DateOnly(f.ReportDate.Year, 12, 31)), SecDate(f.ReportDate), "N") + "\n");
        }
        using (var w = Writer(Entry(zip, "REGISTRANT.tsv")))
        {
            w.Write(string.Join('\t', NportTables.Columns("REGISTRANT.tsv")) + "\n");
            foreach (var f in filings)
                w.Write(string.Join('\t', f.Accession, f.Cik, f.Registrant, string.Create(CultureInfo.InvariantCulture, $"811-{int.Parse(f.Cik, Inv) % 100_000:D5}"), "N/A",
                    "1 Synthetic Plaza", "", "Exampleton", "US-NY", "US", "10001", "N/A") + "\n");
        }
        using (var w = Writer(Entry(zip, "FUND_REPORTED_INFO.tsv")))
        {
            var columns = NportTables.Columns("FUND_REPORTED_INFO.tsv");
            w.Write(string.Join('\t', columns) + "\n");
            var fields = new string[columns.Length];
            foreach (var f in filings)
            {
                Array.Fill(fields, "");
                var liabilities = Math.Round(f.NetAssets / 200, 2);
                fields[0] = f.Accession;
                fields[1] = f.SeriesName ?? "N/A";
                fields[2] = f.SeriesId;
                fields[3] = "N/A";
                fields[4] = (f.NetAssets + liabilities).ToString("0.00", Inv);
                fields[5] = liabilities.ToString("0.00", Inv);
                fields[6] = f.NetAssets.ToString("0.00", Inv);
                fields[Array.IndexOf(columns, "IS_NON_CASH_COLLATERAL")] = "N";
                w.Write(string.Join('\t', fields) + "\n");
            }
        }
    }

    private static string SecDate(DateOnly d) => d.ToString("dd-MMM-yyyy", Inv).ToUpperInvariant();

    private static Stream Entry(ZipArchive zip, string name)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = EntryTime;
        return entry.Open();
    }

    private static void CopyInto(ZipArchive zip, string path, string name)
    {
        using var target = Entry(zip, name);
        using var source = File.OpenRead(path);
        source.CopyTo(target, 1 << 16);
    }

    private static StreamWriter Writer(Stream stream) => new(stream, SyntheticReference.Utf8, 1 << 16) { NewLine = "\n" };

    /// <summary>Makes each holdings row (a pure function of the seed and its position) and its IDENTIFIERS and DEBT_SECURITY rows.</summary>
    private sealed class RowMaker
    {
        private readonly NportDataSetOptions _options;
        private readonly SyntheticReference _reference;
        private readonly SecurityUniverse _universe;
        private readonly ExpectationOracle _oracle;
        private readonly Permutation _cover;
        private readonly Security?[] _securities;
        private long _universeRow;
        private long _identifierId = 500_000_001;

        public RowMaker(NportDataSetOptions options, SyntheticReference reference)
        {
            _options = options;
            _reference = reference;
            _universe = new SecurityUniverse(reference, options.Reference.Seed);
            _oracle = new ExpectationOracle(reference);
            _cover = new Permutation(options.Distinct, options.Reference.Seed, 17);
            _securities = new Security?[options.Distinct];
        }

        private int Seed => _options.Reference.Seed;
        public int Flagged { get; private set; }
        public long IdentifierRows { get; private set; }
        public long DebtRows { get; private set; }

        /// <summary>The row's value in US dollars: integer draws only, 10.00 to about 100 million.</summary>
        public decimal Value(long g)
        {
            var rng = Rng.For(Seed, Purpose.Row, g);
            var mantissa = rng.Int(1000, 10000);
            var exponent = rng.Int(0, 5) + rng.Int(0, 4);
            var cents = (long)mantissa;
            for (var i = 0; i < exponent; i++) cents *= 10;
            return cents / 100m;
        }

        private Security Security(int id) => _securities[id] ??= _universe[id];

        public void Write(string accession, bool chosen, decimal netAssets, long g, int line, TextWriter holdings, TextWriter identifiers,
            TextWriter debt, TextWriter manifest)
        {
            var value = Value(g);
            var pct = netAssets == 0 ? 0 : Math.Round(value / netAssets * 100, 12);
            var holdingId = FirstHoldingId + g;
            var rng = Rng.For(Seed, Purpose.Row, g, 3);
            var kind = rng.Int(100);

            if (chosen && Rng.For(Seed, Purpose.Flag, g).Chance(_options.FlaggedRate) && Plant(g) is { } planted)
            {
                var c = planted.Company.Company;
                var home = _reference.Exchanges.All.FirstOrDefault(e => e.Exchange.Country == c.Country);
                var (currency, rate) = home is null || home.MarketCurrency == "USD" ? ("USD", "") : (home.MarketCurrency, home.FxRate.ToString("0.####", Inv));
                var price = rng.Int(100, 100_000) / 100m;
                Holding(holdings, accession, holdingId, c.NameEn, c.NameEn, "N/A", Math.Max(1, Math.Round(value / price, 0)), "NS", currency, value, rate, pct,
                    "EC", "CORP", c.Country);
                Identifiers(identifiers, holdingId, planted.Isin, null, null, null);
                manifest.Write(Manifest.Line(new ManifestEntry(HoldingsTable, line, c.Id, c.Basis == Basis.Named ? "matched" : "related", "isin", c.NameEn, null, null, planted.Isin)) + "\n");
                Flagged++;
                return;
            }
            if (kind < 5)
            {
                // A US dollar bond: debt terms in DEBT_SECURITY, no ISIN (as for most US bonds in the data sets).
                var coupon = rng.Int(100, 800) / 100m;
                var maturity = new DateOnly(2027 + rng.Int(0, 25), 1 + rng.Int(12), 15);
                var issuer = Security((int)(Rng.Hash(Seed, Purpose.Security, g, 2) % (ulong)_options.Distinct)).PlainName;
                Holding(holdings, accession, holdingId, issuer, $"{issuer} {coupon.ToString("0.00", Inv)}% {SecDate(maturity)}", "N/A",
                    Math.Round(value / 0.98m, 0), "PA", "USD", value, "", pct, "DBT", "CORP", "US");
                Identifiers(identifiers, holdingId, null, null, string.Create(CultureInfo.InvariantCulture, $"SYN{holdingId}"), "INTERNAL");
                debt.Write(string.Join('\t', holdingId.ToString(Inv), SecDate(maturity), "Fixed", coupon.ToString("0.00", Inv), "N", "N", "N", "N", "N") + "\n");
                DebtRows++;
                return;
            }
            if (kind < 8)
            {
                // Cash-like and futures lines: a money market fund, or an index future (a derivative, DERIVATIVE_CAT FUT).
                if (kind < 6)
                    Holding(holdings, accession, holdingId, "Synthetic Government Money Market Fund", "Synthetic Government Money Market Fund Institutional Class",
                        "N/A", value, "NS", "USD", value, "", pct, "STIV", "RF", "US");
                else
                    Holding(holdings, accession, holdingId, "Synthetic Futures Exchange", "Synthetic Equity Index Future", "N/A", rng.Int(1, 500), "NC", "USD",
                        Math.Round(value / 1000, 2), "", Math.Round(pct / 1000, 12), "DE", "N/A", "US", payoff: "N/A", derivative: "FUT");
                return;
            }

            var s = Security(NextSecurity(g));
            var fx = s.Exchange.MarketCurrency == "USD" ? "" : s.Exchange.FxRate.ToString("0.####", Inv);
            var country = s.Exchange.Exchange.Country.Length == 2 ? s.Exchange.Exchange.Country : "US";
            Holding(holdings, accession, holdingId, s.PlainName, s.PlainName, "N/A", Math.Max(1, Math.Round(value / s.Price, 0)), "NS",
                s.Exchange.MarketCurrency, value, fx, pct, "EC", "CORP", country);
            Identifiers(identifiers, holdingId, s.Isin, s.Code, null, null);
        }

        private int NextSecurity(long g)
        {
            var u = _universeRow++;
            return u < _options.Distinct ? (int)_cover[u] : (int)(Rng.Hash(Seed, Purpose.Security, g, 1) % (ulong)_options.Distinct);
        }

        private sealed record Planted(SyntheticCompany Company, string Isin);

        /// <summary>A flagged company's security given by an ISIN that the list gives for that company only, with its legal name.</summary>
        private Planted? Plant(long g)
        {
            var rng = Rng.For(Seed, Purpose.Variant, g);
            var companies = _reference.Companies;
            for (var attempt = 0; attempt < 32; attempt++)
            {
                var index = rng.Int(companies.Count);
                var c = companies[index].Company;
                if (c.Isins.Count == 0) continue;
                var isin = c.Isins[rng.Int(c.Isins.Count)];
                if (_oracle.IsinOwner(isin) != index) continue;
                return new Planted(companies[index], isin);
            }
            return null;
        }

        private static readonly StringBuilder Line = new(512);

        private static void Holding(TextWriter w, string accession, long holdingId, string name, string title, string cusip, decimal balance, string unit,
            string currency, decimal value, string rate, decimal pct, string assetCat, string issuerType, string country,
            string payoff = "Long", string derivative = "")
        {
            var b = Line.Clear();
            b.Append(accession).Append('\t').Append(holdingId.ToString(Inv)).Append('\t').Append(name).Append('\t').Append("N/A").Append('\t')
                .Append(title).Append('\t').Append(cusip).Append('\t').Append(balance.ToString("0.####", Inv)).Append('\t').Append(unit).Append('\t')
                .Append('\t').Append(currency).Append('\t').Append(value.ToString("0.00", Inv)).Append('\t').Append(rate).Append('\t')
                .Append(pct.ToString("0.############", Inv)).Append('\t').Append(payoff).Append('\t').Append(assetCat).Append('\t').Append('\t')
                .Append(issuerType).Append('\t').Append('\t').Append(country).Append('\t').Append('N').Append('\t')
                .Append(derivative.Length > 0 ? "2" : "1").Append('\t').Append(derivative).Append('\n');
            foreach (var chunk in b.GetChunks()) w.Write(chunk.Span);
        }

        private void Identifiers(TextWriter w, long holdingId, string? isin, string? ticker, string? other, string? otherDesc)
        {
            w.Write(string.Join('\t', holdingId.ToString(Inv), (_identifierId++).ToString(Inv), isin ?? "", ticker ?? "", other ?? "", otherDesc ?? "") + "\n");
            IdentifierRows++;
        }
    }
}

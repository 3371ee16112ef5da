using System.Globalization;
using Exposure.Core.Reference;

namespace Exposure.Synthetic;

/// <summary>Sizes and seed of a synthetic universe: a reference list and fund holdings files screened against it.</summary>
/// <param name="Rows">Data rows over all files (holdings, cash and derivatives).</param>
/// <param name="Distinct">Distinct securities no source names; each appears at least once when the rows allow.</param>
/// <param name="RowsPerFile">Rows per fund file (the last files may differ by one).</param>
/// <param name="Shapes">File shapes, used in turn; all four by default.</param>
/// <param name="FlaggedRate">Share of holdings rows that plant a flagged company's security.</param>
/// <param name="BundledShare">Share of planted rows that use a company of the real bundled list (when it is included).</param>
public sealed record UniverseOptions(
    ReferenceOptions Reference,
    long Rows = 1_000_000,
    int Distinct = 200_000,
    int RowsPerFile = 2_500,
    IReadOnlyList<HoldingsShape>? Shapes = null,
    double FlaggedRate = 0.002,
    double BundledShare = 0.2);

/// <summary>What was generated, and where.</summary>
public sealed record GenerationResult(
    string Folder,
    string ReferenceFolder,
    string HoldingsFolder,
    string ManifestPath,
    IReadOnlyList<GeneratedFile> Files,
    long Rows,
    int DistinctSecurities,
    int FlaggedRows,
    int Companies,
    int NameRows,
    string Version);

/// <summary>
/// Generates a synthetic universe into a folder: <c>reference/</c> (a list that loads), <c>holdings/</c> (fund files of
/// every supported shape, written streaming), <c>manifest.csv</c> (every planted flagged row with its expected company
/// and state) and <c>files.csv</c> (rows and lines per file). The same options always give the same bytes.
/// </summary>
public static class SyntheticUniverse
{
    public const string ReferenceFolderName = "reference";
    public const string HoldingsFolderName = "holdings";

    private enum Variant { TickerExchange, Isin, NameExact, NamePrefix, ShortName, CodeReused }

    private static readonly (Variant Variant, int Weight)[] ISharesVariants =
        [(Variant.TickerExchange, 55), (Variant.NameExact, 12), (Variant.NamePrefix, 13), (Variant.ShortName, 12), (Variant.CodeReused, 8)];
    private static readonly (Variant Variant, int Weight)[] PlainVariants =
        [(Variant.Isin, 15), (Variant.TickerExchange, 40), (Variant.NameExact, 15), (Variant.NamePrefix, 10), (Variant.ShortName, 12), (Variant.CodeReused, 8)];

    public static GenerationResult Generate(UniverseOptions options, string folder, Action<string>? progress = null)
    {
        if (options.Rows <= 0) throw new ArgumentOutOfRangeException(nameof(options), "rows must be positive");
        if (options.Distinct <= 0) throw new ArgumentOutOfRangeException(nameof(options), "distinct securities must be positive");
        if (options.RowsPerFile < 20) throw new ArgumentOutOfRangeException(nameof(options), "rows per file must be 20 or more");
        var shapes = options.Shapes is { Count: > 0 } s ? s : HoldingsShapes.All;

        var reference = SyntheticReference.Generate(options.Reference);
        var referenceFolder = Path.Combine(folder, ReferenceFolderName);
        var holdingsFolder = Path.Combine(folder, HoldingsFolderName);
        if (Directory.Exists(holdingsFolder)) Directory.Delete(holdingsFolder, recursive: true);
        Directory.CreateDirectory(holdingsFolder);
        reference.WriteTo(referenceFolder);
        progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"reference: {reference.Companies.Count} companies, {reference.NameRows} names ({reference.Version})"));

        var generator = new Generator(options, reference, shapes);
        var manifestPath = Path.Combine(folder, Manifest.FileName);
        var files = new List<GeneratedFile>();
        using (var manifest = new StreamWriter(manifestPath, append: false, SyntheticReference.Utf8) { NewLine = "\n" })
        {
            manifest.Write(Manifest.HeaderLine + "\n");
            var fileCount = (int)Math.Ceiling(options.Rows / (double)options.RowsPerFile);
            for (var f = 0; f < fileCount; f++)
            {
                var rows = (int)(options.Rows / fileCount + (f < options.Rows % fileCount ? 1 : 0));
                files.Add(generator.WriteFile(f, rows, holdingsFolder, manifest));
                if (progress is not null && (f + 1) % 50 == 0) progress(string.Create(CultureInfo.InvariantCulture, $"holdings: {f + 1} of {fileCount} files"));
            }
        }
        using (var w = new StreamWriter(Path.Combine(folder, Manifest.FilesFileName), append: false, SyntheticReference.Utf8) { NewLine = "\n" })
        {
            w.Write(Manifest.FilesHeaderLine + "\n");
            foreach (var f in files) w.Write(Manifest.Line(f) + "\n");
        }
        File.WriteAllText(Path.Combine(folder, "options.txt"),
            string.Create(CultureInfo.InvariantCulture, $"seed={options.Reference.Seed}\ncompanies={options.Reference.Companies}\nnames={options.Reference.Names}\n") +
            string.Create(CultureInfo.InvariantCulture, $"bundled={options.Reference.IncludeBundledCompanies}\nrows={options.Rows}\ndistinct={options.Distinct}\n") +
            string.Create(CultureInfo.InvariantCulture, $"rows_per_file={options.RowsPerFile}\nshapes={string.Join(',', shapes.Select(HoldingsShapes.Name))}\n") +
            $"flagged_rate={options.FlaggedRate.ToString(CultureInfo.InvariantCulture)}\nbundled_share={options.BundledShare.ToString(CultureInfo.InvariantCulture)}\n",
            SyntheticReference.Utf8);

        return new GenerationResult(folder, referenceFolder, holdingsFolder, manifestPath, files, options.Rows,
            generator.DistinctSecurities, files.Sum(f => f.FlaggedRows), reference.Companies.Count, reference.NameRows, reference.Version);
    }

    /// <summary>The files of a generated universe, in order, and its manifest.</summary>
    public static (string ReferenceFolder, string HoldingsFolder, List<GeneratedFile> Files, List<ManifestEntry> Manifest) Open(string folder)
    {
        var files = Manifest.ReadFiles(Path.Combine(folder, Manifest.FilesFileName));
        var manifest = Manifest.Read(Path.Combine(folder, Manifest.FileName));
        return (Path.Combine(folder, ReferenceFolderName), Path.Combine(folder, HoldingsFolderName), files, manifest);
    }

    private sealed class Generator
    {
        private readonly UniverseOptions _options;
        private readonly SyntheticReference _reference;
        private readonly IReadOnlyList<HoldingsShape> _shapes;
        private readonly SecurityUniverse _universe;
        private readonly ExpectationOracle _oracle;
        private readonly Permutation _cover;
        private readonly Cash.Line[] _plainCash;
        private long _globalRow;
        private long _universeRow;

        public Generator(UniverseOptions options, SyntheticReference reference, IReadOnlyList<HoldingsShape> shapes)
        {
            _options = options;
            _reference = reference;
            _shapes = shapes;
            _universe = new SecurityUniverse(reference, options.Reference.Seed);
            _oracle = new ExpectationOracle(reference);
            _cover = new Permutation(options.Distinct, options.Reference.Seed, 17);
            _plainCash = Cash.Lines.Where(c => _oracle.Unknown(c.Name)).ToArray();
        }

        private int Seed => _options.Reference.Seed;

        /// <summary>Distinct securities no source names that the rows written so far hold.</summary>
        public int DistinctSecurities => (int)Math.Min(_universeRow, _options.Distinct);

        public GeneratedFile WriteFile(int f, int rows, string folder, StreamWriter manifest)
        {
            var shape = _shapes[f % _shapes.Count];
            var name = string.Create(CultureInfo.InvariantCulture, $"fund-{f + 1:D5}.csv");
            var fileRng = Rng.For(Seed, Purpose.File, f);
            var cashPool = shape == HoldingsShape.PlainCsv ? _plainCash : Cash.Lines;
            var cashRows = cashPool.Length == 0 ? 0 : Math.Min(rows / 10, fileRng.Int(4, 16));
            var equityRows = rows - cashRows;
            var asOf = new DateOnly(2025, 1, 2).AddDays(fileRng.Int(0, 365));
            var fund = new FundHeader(string.Create(CultureInfo.InvariantCulture, $"Synthetic Markets Fund {f + 1:D5} ETF"), asOf, asOf.AddDays(-fileRng.Int(400, 7000)),
                fileRng.Int(1_000, 900_000) * 1_000m);
            var cash = Enumerable.Range(0, cashRows).Select(_ => cashPool[fileRng.Int(cashPool.Length)]).ToArray();

            // First pass: the fund's value, so that the weights written add up as a real file's do.
            var firstRow = _globalRow;
            var total = 0m;
            for (var j = 0; j < rows; j++) total += Value(firstRow + j, j >= equityRows, j >= equityRows && cash[j - equityRows].Futures);
            if (total == 0) total = 1;

            var flagged = 0;
            using (var writer = new HoldingsWriter(Path.Combine(folder, name), shape))
            {
                writer.Begin(fund);
                for (var j = 0; j < rows; j++)
                {
                    var g = firstRow + j;
                    var isCash = j >= equityRows;
                    var value = Value(g, isCash, isCash && cash[j - equityRows].Futures);
                    HoldingLine line;
                    ManifestEntry? planted = null;
                    if (isCash)
                    {
                        line = CashLine(cash[j - equityRows], value, Rng.For(Seed, Purpose.Row, g, 7));
                    }
                    else if (Rng.For(Seed, Purpose.Flag, g).Chance(_options.FlaggedRate) && Plant(g, shape, value, name) is { } p)
                    {
                        line = p.Line;
                        planted = p.Entry;
                    }
                    else
                    {
                        line = UniverseLine(NextSecurity(g), shape, value);
                    }
                    var at = writer.Row(line, value / total * 100);
                    if (planted is not null)
                    {
                        manifest.Write(Manifest.Line(planted with { Line = at }) + "\n");
                        flagged++;
                    }
                }
                writer.End();
                _globalRow += rows;
                return new GeneratedFile(name, shape, rows, cashRows, flagged, writer.Lines);
            }
        }

        /// <summary>The market value of row <paramref name="g"/>: integer draws only, 10.00 to about 100 million.</summary>
        private decimal Value(long g, bool cash, bool futures)
        {
            if (futures) return 0m;
            var rng = Rng.For(Seed, Purpose.Row, g);
            var mantissa = rng.Int(1000, 10000);
            var exponent = rng.Int(0, 5) + rng.Int(0, 4);
            var cents = mantissa * Pow10(exponent);
            var value = cents / 100m;
            return cash && rng.Chance(0.15) ? -value : value;
        }

        private static long Pow10(int e)
        {
            var r = 1L;
            for (var i = 0; i < e; i++) r *= 10;
            return r;
        }

        private int NextSecurity(long g)
        {
            var u = _universeRow++;
            return u < _options.Distinct ? (int)_cover[u] : (int)(Rng.Hash(Seed, Purpose.Security, g, 1) % (ulong)_options.Distinct);
        }

        private HoldingLine UniverseLine(int id, HoldingsShape shape, decimal value)
        {
            var s = _universe[id];
            var exchangeText = shape == HoldingsShape.PlainCsv && s.MicInPlainFiles ? s.Exchange.Mic : s.ExchangeText;
            return new HoldingLine(
                Tickers.ForHoldings(s.Code, s.Exchange.Exchange.TickerRule, shape),
                shape == HoldingsShape.PlainCsv ? s.PlainName : s.ISharesName,
                s.Sector, "Equity", value, value, Math.Max(1, Math.Round(value / s.Price, 0)), s.Price,
                s.Exchange.Location, exchangeText, s.Exchange.MarketCurrency, s.Exchange.FxRate,
                shape == HoldingsShape.PlainCsv ? s.Isin : null);
        }

        private static HoldingLine CashLine(Cash.Line c, decimal value, Rng rng)
        {
            var price = c.Futures ? rng.Int(50_000, 500_000) / 100m : 100m;
            var notional = c.Futures ? rng.Int(100, 5_000) * price : value;
            var quantity = c.Futures ? Math.Round(notional / price, 0) : Math.Round(value, 0);
            return new HoldingLine(c.Ticker, c.Name, "Cash and/or Derivatives", c.AssetClass, value, notional, quantity, price,
                c.Location, c.Exchange, c.MarketCurrency, c.FxRate, null);
        }

        private sealed record Planted(HoldingLine Line, ManifestEntry Entry);

        /// <summary>A row holding a flagged company's security, built so that the documented rules give one clear outcome.</summary>
        private Planted? Plant(long g, HoldingsShape shape, decimal value, string file)
        {
            var rng = Rng.For(Seed, Purpose.Variant, g);
            var variants = shape == HoldingsShape.PlainCsv ? PlainVariants : ISharesVariants;
            var total = variants.Sum(v => v.Weight);
            var bundled = _reference.BundledCount;
            var generated = _reference.Companies.Count - bundled;
            if (_reference.Companies.Count == 0) return null;
            for (var attempt = 0; attempt < 64; attempt++)
            {
                var roll = rng.Int(total);
                var variant = variants[^1].Variant;
                foreach (var (v, w) in variants)
                {
                    if (roll < w) { variant = v; break; }
                    roll -= w;
                }
                var index = bundled > 0 && (generated == 0 || rng.Chance(_options.BundledShare))
                    ? rng.Int(bundled)
                    : bundled + rng.Int(generated);
                if (TryPlant(index, variant, shape, value, file, ref rng) is { } planted) return planted;
            }
            return null;
        }

        private Planted? TryPlant(int index, Variant variant, HoldingsShape shape, decimal value, string file, ref Rng rng)
        {
            var company = _reference.Companies[index];
            var c = company.Company;
            var plain = shape == HoldingsShape.PlainCsv;
            var matchState = c.Basis == Basis.Named ? "matched" : "related";
            var home = _reference.Exchanges.All.FirstOrDefault(e => e.Exchange.Country == c.Country);
            var location = home?.Location ?? c.Country;
            var currency = home?.MarketCurrency ?? "USD";
            var fx = home?.FxRate ?? 1m;
            var price = rng.Int(100, 100_000) / 100m;
            var sector = rng.Pick(Vocabulary.Sectors);

            Planted Make(string name, string? ticker, string? exchangeText, string? isin, string state, string variantName) =>
                new(new HoldingLine(ticker, name, sector, "Equity", value, value, Math.Max(1, Math.Round(value / price, 0)), price, location,
                        exchangeText, currency, fx, isin),
                    new ManifestEntry(file, 0, c.Id, state, variantName, name, ticker, exchangeText, isin));

            string Written(string name, string suffix) => plain ? name : Names.IShares(name + suffix);

            switch (variant)
            {
                case Variant.TickerExchange:
                case Variant.CodeReused:
                {
                    var listings = c.Listings.Where(l => _reference.Exchanges.Find(l.Mic) is not null).ToList();
                    if (listings.Count == 0) return null;
                    var listing = listings[rng.Int(listings.Count)];
                    var exchange = _reference.Exchanges[listing.Mic];
                    var canonical = exchange.Exchange.CanonicalTicker(listing.Code);
                    if (canonical is null || _oracle.ListingOwner(listing.Mic, canonical) != index) return null;
                    var ticker = Tickers.ForHoldings(listing.Code, exchange.Exchange.TickerRule, shape);
                    var exchangeText = plain && rng.Chance(0.5) ? exchange.Mic : exchange.Aliases[rng.Int(exchange.Aliases.Count)];
                    if (variant == Variant.TickerExchange)
                    {
                        var name = Written(rng.Chance(0.8) ? c.NameEn : PickName(company, ref rng, NameKind.Legal, NameKind.Former, NameKind.Transliteration) ?? c.NameEn,
                            ClassSuffix(c, listing.Mic));
                        if (!_oracle.NamesAgree(name, index)) return null;
                        var isin = plain && c.Isins.Count > 0 && rng.Chance(0.5) ? c.Isins[0] : null;
                        return Make(name, ticker, exchangeText, isin, matchState, "ticker+exchange");
                    }
                    var other = _universe[rng.Int(_options.Distinct)];
                    var otherName = plain ? other.PlainName : other.ISharesName;
                    if (!_oracle.NamesUnrelated(otherName, index)) return null;
                    return Make(otherName, ticker, exchangeText, null, "needs-review", "code-reused");
                }
                case Variant.Isin:
                {
                    if (c.Isins.Count == 0) return null;
                    var isin = c.Isins[rng.Int(c.Isins.Count)];
                    if (_oracle.IsinOwner(isin) != index) return null;
                    return Make(c.NameEn, null, null, isin, matchState, "isin");
                }
                case Variant.NameExact:
                {
                    var kinds = plain
                        ? new[] { NameKind.Legal, NameKind.Former, NameKind.Transliteration, NameKind.Native }
                        : [NameKind.Legal, NameKind.Former, NameKind.Transliteration];
                    var chosen = PickName(company, ref rng, kinds);
                    if (chosen is null) return null;
                    if (!plain && Names.ISharesUncut(chosen).Length > Names.ISharesWidth) return null;
                    var name = Written(chosen, "");
                    if (_oracle.ForNameOnly(name) is not { Review: false } e || e.Company != index) return null;
                    return Make(name, null, plain ? null : "-", null, matchState, "name-exact");
                }
                case Variant.NamePrefix:
                {
                    var chosen = PickName(company, ref rng, NameKind.Legal, NameKind.Former, NameKind.Transliteration);
                    if (chosen is null) return null;
                    var uncut = Names.ISharesUncut(chosen + ClassSuffix(c, c.Listings.Count > 0 ? c.Listings[0].Mic : null));
                    if (uncut.Length <= Names.ISharesWidth) return null;
                    var name = plain ? Names.Plain(uncut[..Names.ISharesWidth].TrimEnd()) : Names.IShares(uncut);
                    if (_oracle.ForNameOnly(name) is not { Rule: "name-prefix" } e || e.Company != index) return null;
                    return Make(name, null, plain ? null : "-", null, e.Review ? "needs-review" : matchState, "name-prefix");
                }
                case Variant.ShortName:
                {
                    var chosen = PickName(company, ref rng, NameKind.Short, NameKind.Trading);
                    if (chosen is null) return null;
                    var name = plain ? chosen : Names.IShares(chosen);
                    if (_oracle.ForNameOnly(name) is not { Review: true, Rule: "name-exact, short or trading name only" } e || e.Company != index) return null;
                    return Make(name, null, plain ? null : "-", null, "needs-review", "short-name");
                }
                default:
                    return null;
            }
        }

        private static string? PickName(SyntheticCompany company, ref Rng rng, params NameKind[] kinds)
        {
            var candidates = company.IndexedNames().Where(n => kinds.Contains(n.Kind)).Select(n => n.Name).Distinct(StringComparer.Ordinal).ToList();
            return candidates.Count == 0 ? null : candidates[rng.Int(candidates.Count)];
        }

        /// <summary>The share-class tag iShares appends: A for Shanghai and Shenzhen, H for a mainland company in Hong Kong.</summary>
        private static string ClassSuffix(Company c, string? mic) => mic switch
        {
            "XSHG" or "XSHE" => " A",
            "XHKG" when c.Country == "CN" => " H",
            _ => "",
        };
    }
}

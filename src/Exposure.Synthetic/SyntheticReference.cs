using System.Globalization;
using System.Text;
using Exposure.Core.Reference;
using Exposure.Core.Text;

namespace Exposure.Synthetic;

/// <summary>A company of a synthetic list with every name the list gives it.</summary>
/// <param name="Bundled">True for a company copied from the real bundled list.</param>
public sealed record SyntheticCompany(Company Company, IReadOnlyList<CompanyName> Names, bool Bundled)
{
    public string Id => Company.Id;

    /// <summary>Every name the matcher indexes: the legal name, the native name and the names file's rows.</summary>
    public IEnumerable<(string Name, NameKind Kind)> IndexedNames()
    {
        yield return (Company.NameEn, NameKind.Legal);
        if (Company.NameNative is { } native) yield return (native, NameKind.Native);
        foreach (var n in Names) yield return (n.Name, n.Kind);
    }
}

/// <summary>Sizes and seed of a synthetic reference list.</summary>
/// <param name="BundledReferenceFolder">The real list: its exchanges and aliases are always used; its companies when <paramref name="IncludeBundledCompanies"/>.</param>
public sealed record ReferenceOptions(
    string BundledReferenceFolder,
    int Seed = 1,
    int Companies = 5_000,
    int Names = 20_000,
    bool IncludeBundledCompanies = true);

/// <summary>
/// A synthetic list of flagged companies, in exactly the schema of <c>reference-data/</c>, built to load: every listing,
/// ISIN and LEI has an <c>identifier_sources.csv</c> row, ISINs and LEIs carry valid check digits, every named company has
/// an allegation naming it itself, names are unique. Generated names follow the patterns of the real list
/// ("{Region} {Brand} {Industry} Co., Ltd.", native, short, former, trading and transliterated names) and are kept
/// apart from each other (see <see cref="StemRegistry"/>). Every source URL is under <c>https://synthetic.invalid/</c>.
/// </summary>
public sealed class SyntheticReference
{
    public const string Publisher = "Exposure synthetic generator (benchmark data, not real allegations)";

    private SyntheticReference(
        string version, ExchangeTable exchanges, List<SyntheticCompany> companies, List<Allegation> allegations,
        List<IdentifierSource> sources, int bundledCount, StemRegistry stems)
    {
        Version = version;
        Exchanges = exchanges;
        Companies = companies;
        Allegations = allegations;
        IdentifierSources = sources;
        BundledCount = bundledCount;
        Stems = stems;
        Listings = new HashSet<(string, string)>(companies.SelectMany(c => c.Company.Listings)
            .Select(l => (l.Mic, exchanges.Find(l.Mic)?.Exchange.CanonicalTicker(l.Code) ?? l.Code)));
        Isins = new HashSet<string>(companies.SelectMany(c => c.Company.Isins), StringComparer.Ordinal);
    }

    public string Version { get; }
    public ExchangeTable Exchanges { get; }

    /// <summary>Bundled companies first (when included), then generated ones.</summary>
    public IReadOnlyList<SyntheticCompany> Companies { get; }
    public IReadOnlyList<Allegation> Allegations { get; }
    public IReadOnlyList<IdentifierSource> IdentifierSources { get; }
    public int BundledCount { get; }

    /// <summary>Rows of <c>names.csv</c>.</summary>
    public int NameRows => Companies.Sum(c => c.Names.Count);

    /// <summary>(MIC, canonical code) of every listing: codes securities not on the list must not use.</summary>
    internal HashSet<(string Mic, string Code)> Listings { get; }
    internal HashSet<string> Isins { get; }
    internal StemRegistry Stems { get; }

    public static SyntheticReference Generate(ReferenceOptions options)
    {
        if (options.Companies < 0 || options.Names < 0) throw new ArgumentOutOfRangeException(nameof(options), "sizes must not be negative");
        var exchanges = ExchangeTable.Load(options.BundledReferenceFolder);
        var builder = new Builder(options, exchanges);
        if (options.IncludeBundledCompanies) builder.AddBundled(options.BundledReferenceFolder);
        builder.ReserveUniverseWords();
        builder.AddGenerated();
        var version = string.Create(CultureInfo.InvariantCulture, $"synthetic-s{options.Seed}-c{options.Companies}-n{options.Names}{(options.IncludeBundledCompanies ? "+bundled" : "")}");
        return new SyntheticReference(version, exchanges, builder.Companies, builder.Allegations, builder.Sources, builder.BundledCount, builder.Stems);
    }

    /// <summary>Writes the seven files of a reference folder.</summary>
    public void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "VERSION"), Version + "\n", Utf8);
        WriteRows(Path.Combine(folder, "exchanges.csv"), Exchanges.ExchangeRows);
        WriteRows(Path.Combine(folder, "exchange_aliases.csv"), Exchanges.AliasRows);

        using (var w = Writer(Path.Combine(folder, "companies.csv")))
        {
            w.Write("id,name_en,name_native,country,listings,isins,lei,parent_id,basis,review_note\n");
            foreach (var c in Companies.Select(c => c.Company))
                w.Write(CsvText.Line([c.Id, c.NameEn, c.NameNative, c.Country, string.Join(';', c.Listings), string.Join(';', c.Isins),
                    c.Lei, c.ParentId, Kebab(c.Basis), c.ReviewNote]) + "\n");
        }
        using (var w = Writer(Path.Combine(folder, "names.csv")))
        {
            w.Write("company_id,name,kind,source_url\n");
            foreach (var n in Companies.SelectMany(c => c.Names))
                w.Write(CsvText.Line([n.CompanyId, n.Name, Kebab(n.Kind), n.SourceUrl]) + "\n");
        }
        using (var w = Writer(Path.Combine(folder, "allegations.csv")))
        {
            w.Write("id,company_id,subject_name,subject_relation,category,list_or_report,date,summary,source_url,source_title,publisher\n");
            foreach (var a in Allegations)
                w.Write(CsvText.Line([a.Id, a.CompanyId, a.SubjectName, Kebab(a.SubjectRelation), a.Category, a.ListOrReport, a.Date,
                    a.Summary, a.SourceUrl, a.SourceTitle, a.Publisher]) + "\n");
        }
        using (var w = Writer(Path.Combine(folder, "identifier_sources.csv")))
        {
            w.Write("company_id,field,value,source_url,source_title,publisher,date\n");
            foreach (var s in IdentifierSources)
                w.Write(CsvText.Line([s.CompanyId, s.Field, s.Value, s.SourceUrl, s.SourceTitle, s.Publisher, s.Date]) + "\n");
        }
    }

    internal static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static StreamWriter Writer(string path) => new(path, append: false, Utf8) { NewLine = "\n" };

    private static void WriteRows(string path, IEnumerable<string[]> rows)
    {
        using var w = Writer(path);
        foreach (var r in rows) w.Write(CsvText.Line(r) + "\n");
    }

    internal static string Kebab<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static T ParseKebab<T>(string text) where T : struct, Enum =>
        Enum.Parse<T>(text.Replace("-", "", StringComparison.Ordinal), ignoreCase: true);

    /// <summary>The normalised compact form the matcher compares.</summary>
    internal static string Compact(string name) => NameNormaliser.Normalise(name).Compact;

    private sealed class Builder(ReferenceOptions options, ExchangeTable exchanges)
    {
        public readonly List<SyntheticCompany> Companies = [];
        public readonly List<Allegation> Allegations = [];
        public readonly List<IdentifierSource> Sources = [];
        public readonly StemRegistry Stems = new();
        public int BundledCount;

        private readonly HashSet<(string Mic, string Code)> _listings = [];
        private readonly HashSet<string> _isins = new(StringComparer.Ordinal);
        private readonly List<int> _namedGenerated = [];
        private readonly List<int> _parentsGenerated = [];
        private int _allegationNumber;

        private int Seed => options.Seed;

        public void AddBundled(string folder)
        {
            var names = CsvText.ReadTable(Path.Combine(folder, "names.csv"))
                .Select(r => new CompanyName(r["company_id"], r["name"], ParseKebab<NameKind>(r["kind"]), Empty(r["source_url"])))
                .ToLookup(n => n.CompanyId, StringComparer.Ordinal);
            foreach (var r in CsvText.ReadTable(Path.Combine(folder, "companies.csv")))
            {
                var company = new Company(
                    r["id"], r["name_en"], Empty(r["name_native"]), r["country"],
                    List(r["listings"]).Select(l => new Listing(l[..l.IndexOf(':')], l[(l.IndexOf(':') + 1)..])).ToList(),
                    List(r["isins"]), Empty(r["lei"]), Empty(r["parent_id"]), ParseKebab<Basis>(r["basis"]), r["review_note"]);
                var synthetic = new SyntheticCompany(company, names[company.Id].ToList(), Bundled: true);
                var owner = Companies.Count;
                Companies.Add(synthetic);
                foreach (var (name, _) in synthetic.IndexedNames()) Stems.Add(Compact(name), owner);
                Reserve(company);
            }
            BundledCount = Companies.Count;
            Allegations.AddRange(CsvText.ReadTable(Path.Combine(folder, "allegations.csv")).Select(r => new Allegation(
                r["id"], r["company_id"], r["subject_name"], ParseKebab<SubjectRelation>(r["subject_relation"]), r["category"],
                r["list_or_report"], Empty(r["date"]), r["summary"], r["source_url"], r["source_title"], r["publisher"])));
            Sources.AddRange(CsvText.ReadTable(Path.Combine(folder, "identifier_sources.csv")).Select(r => new IdentifierSource(
                r["company_id"], r["field"], r["value"], r["source_url"], r["source_title"], r["publisher"], Empty(r["date"]))));
        }

        /// <summary>The first words of unlisted securities' names (and of cash lines) are kept clear of every generated company.</summary>
        public void ReserveUniverseWords()
        {
            foreach (var w in Vocabulary.UniverseLeads.Concat(Cash.FirstWords))
                if (Stems.CanTake(w, StemRegistry.Reserved)) Stems.Add(w, StemRegistry.Reserved);
        }

        public void AddGenerated()
        {
            var width = Math.Max(5, options.Companies.ToString(CultureInfo.InvariantCulture).Length);
            for (var k = 0; k < options.Companies; k++)
            {
                var quota = options.Companies == 0 ? 0 : options.Names / options.Companies + (k < options.Names % options.Companies ? 1 : 0);
                AddOne(k, $"syn-{(k + 1).ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)}", quota);
            }
        }

        private sealed record Draft(string Country, string NameEn, string? NameNative, List<(string Name, NameKind Kind)> Names, List<string> Stems);

        private void AddOne(int k, string id, int quota)
        {
            var rng = Rng.For(Seed, Purpose.Company, k);
            var countryRoll = rng.Int(100);
            var country = countryRoll < 80 ? "CN" : countryRoll < 88 ? "HK" : countryRoll < 93 ? "TW" : countryRoll < 97 ? "US" : "KR";
            var owner = Companies.Count;

            Draft? draft = null;
            for (var attempt = 0; attempt < 10_000 && draft is null; attempt++)
            {
                var candidate = DraftNames(k, attempt, country, quota);
                if (Stems.CanTakeAll(candidate.Stems, owner)) draft = candidate;
            }
            if (draft is null) throw new InvalidOperationException($"could not find free names for company {id}: the vocabulary is exhausted");
            foreach (var s in draft.Stems) Stems.Add(s, owner);

            var basisRoll = rng.Int(100);
            var basis = basisRoll < 82 ? Basis.Named : basisRoll < 92 ? Basis.ParentOfNamed : Basis.SubsidiaryOfNamed;
            if (basis == Basis.SubsidiaryOfNamed && _namedGenerated.Count == 0) basis = Basis.Named;
            string? parentId = null;
            if (basis == Basis.SubsidiaryOfNamed) parentId = Companies[_namedGenerated[rng.Int(_namedGenerated.Count)]].Id;
            else if (basis == Basis.Named && _parentsGenerated.Count > 0 && rng.Chance(0.1))
                parentId = Companies[_parentsGenerated[rng.Int(_parentsGenerated.Count)]].Id;

            var listings = NewListings(country, ref rng, draft.NameEn);
            var isins = new List<string>();
            if (listings.Count > 0 && rng.Chance(0.4))
                isins.Add(NewIsin(country == "US" ? "US" : country, "S", k));
            if (listings.Any(l => l.Mic == "XHKG") && country == "CN" && rng.Chance(0.5))
                isins.Add(NewIsin("CN", "T", k));
            var lei = rng.Chance(0.08) ? SyntheticIdentifiers.Lei("549300" + SyntheticIdentifiers.ToBase36(k + 1, 12)) : null;

            var company = new Company(id, draft.NameEn, draft.NameNative, country, listings, isins, lei, parentId, basis,
                "synthetic company generated for benchmarks and tests; it is not a real company and no source names it");
            var url = string.Create(CultureInfo.InvariantCulture, $"https://synthetic.invalid/exposure/s{Seed}/{id}");
            var names = draft.Names.Select(n => new CompanyName(id, n.Name, n.Kind, n.Kind == NameKind.Legal ? null : $"{url}/names")).ToList();
            Companies.Add(new SyntheticCompany(company, names, Bundled: false));
            Reserve(company);
            if (basis == Basis.Named) _namedGenerated.Add(owner);
            if (basis == Basis.ParentOfNamed) _parentsGenerated.Add(owner);

            var date = string.Create(CultureInfo.InvariantCulture, $"20{rng.Int(19, 26)}-{rng.Int(1, 13):D2}");
            void Source(string field, string value) => Sources.Add(new IdentifierSource(id, field, value, $"{url}/{field}",
                $"Synthetic record of {draft.NameEn}", Publisher, date));
            foreach (var l in listings) Source("ticker", l.ToString());
            foreach (var i in isins) Source("isin", i);
            if (lei is not null) Source("lei", lei);
            if (draft.NameNative is not null) Source("name_native", draft.NameNative);
            if (parentId is not null) Source("parent_link", $"{id} -> {parentId}");

            switch (basis)
            {
                case Basis.Named:
                    var count = rng.Chance(0.3) ? 2 : 1;
                    for (var i = 0; i < count; i++) Allege(id, i == 0 ? draft.NameEn : draft.Names.FirstOrDefault(n => n.Kind == NameKind.Short).Name ?? draft.NameEn, SubjectRelation.Self, ref rng);
                    break;
                case Basis.ParentOfNamed:
                    Allege(id, string.Create(CultureInfo.InvariantCulture, $"{draft.NameEn.Split(' ')[0]} {draft.NameEn.Split(' ')[1]} Subsidiary {rng.Int(1, 9)} Co., Ltd."),
                        rng.Chance(0.8) ? SubjectRelation.Subsidiary : SubjectRelation.Affiliate, ref rng);
                    break;
                case Basis.SubsidiaryOfNamed:
                    Allege(id, Companies.First(c => c.Id == parentId).Company.NameEn, SubjectRelation.Parent, ref rng);
                    break;
            }
        }

        private Draft DraftNames(int k, int attempt, string country, int quota)
        {
            var rng = Rng.For(Seed, Purpose.Brand, k, attempt);
            var regions = country switch
            {
                "CN" => Vocabulary.ChineseRegions,
                "HK" => Vocabulary.HongKongRegions,
                "TW" => Vocabulary.TaiwanRegions,
                "US" => Vocabulary.UsRegions,
                _ => Vocabulary.KoreaRegions,
            };
            var region = rng.Pick(regions);
            var industry = rng.Pick(Vocabulary.Industries);
            var (formEn, formNative) = country switch
            {
                "CN" or "TW" => rng.Pick(Vocabulary.ChineseForms),
                "HK" => (rng.Pick(Vocabulary.HongKongForms), "有限公司"),
                "US" => (rng.Pick(Vocabulary.UsForms), ""),
                _ => (rng.Pick(Vocabulary.KoreaForms), ""),
            };
            var (brand, brandNative) = Brand(ref rng);

            var names = new List<(string Name, NameKind Kind)>();
            var stems = new List<string>();
            var legal = $"{region.English} {brand} {industry.English} {formEn}";
            string? native = region.Native is not null && country is "CN" or "HK" or "TW"
                ? region.Native + brandNative + industry.Native + formNative
                : null;

            // Kinds in the order they are given, as far as the quota goes.
            var plan = new List<Func<(string, NameKind, string)?>>
            {
                () => (legal, NameKind.Legal, Compact($"{region.English} {brand}")),
                () => ($"{brand} {industry.English}", NameKind.Short, Compact($"{brand} {industry.English}")),
                () => native is null ? null : (native, NameKind.Native, Compact(region.Native + brandNative)),
                () => region.Postal is null ? null : ($"{region.Postal} {brand} {industry.English} {formEn}", NameKind.Transliteration, Compact($"{region.Postal} {brand}")),
            };
            Func<(string, NameKind, string)?> Former() => () =>
            {
                var (b2, _) = Brand(ref rng);
                var i2 = rng.Pick(Vocabulary.Industries);
                return ($"{region.English} {b2} {i2.English} {formEn}", NameKind.Former, Compact($"{region.English} {b2}"));
            };
            plan.Add(Former());
            plan.Add(() => ($"{brand} {Vocabulary.TradingWords[(k + attempt) % Vocabulary.TradingWords.Length]}", NameKind.Trading,
                Compact($"{brand} {Vocabulary.TradingWords[(k + attempt) % Vocabulary.TradingWords.Length]}")));

            var nativeTaken = false;
            for (var step = 0; names.Count < quota; step++)
            {
                var next = step < plan.Count ? plan[step]() : Former()();
                if (next is not { } n) continue;
                names.Add((n.Item1, n.Item2));
                stems.Add(n.Item3);
                if (n.Item2 == NameKind.Native) nativeTaken = true;
                if (step > plan.Count + 1000) throw new InvalidOperationException("name plan does not terminate");
            }
            if (!stems.Contains(Compact($"{region.English} {brand}"))) stems.Add(Compact($"{region.English} {brand}"));
            return new Draft(country, legal, nativeTaken ? native : null, names, stems);
        }

        private static (string Latin, string Native) Brand(ref Rng rng)
        {
            var syllables = rng.Chance(0.15) ? 3 : 2;
            var latin = new StringBuilder();
            var native = new StringBuilder();
            var previous = -1;
            for (var i = 0; i < syllables; i++)
            {
                int s;
                do s = rng.Int(Vocabulary.BrandSyllables.Length); while (s == previous);
                previous = s;
                latin.Append(Vocabulary.BrandSyllables[s].Latin);
                native.Append(Vocabulary.BrandSyllables[s].Native);
            }
            latin[0] = char.ToUpperInvariant(latin[0]);
            return (latin.ToString(), native.ToString());
        }

        private List<Listing> NewListings(string country, ref Rng rng, string nameEn)
        {
            var mics = new List<string>();
            switch (country)
            {
                case "CN":
                    if (rng.Chance(0.12)) break; // unlisted, kept for name matching
                    mics.Add(rng.Chance(0.5) ? "XSHG" : "XSHE");
                    if (rng.Chance(0.15)) mics.Add("XHKG");
                    break;
                case "HK": mics.Add("XHKG"); break;
                case "TW": mics.Add(rng.Chance(0.8) ? "XTAI" : "ROCO"); break;
                case "US": mics.Add(rng.Chance(0.5) ? "XNYS" : "XNAS"); break;
                default: mics.Add(rng.Chance(0.7) ? "XKRX" : "XKOS"); break;
            }
            var result = new List<Listing>();
            foreach (var mic in mics)
            {
                if (exchanges.Find(mic) is not { } exchange) continue;
                var letters = string.Concat(nameEn.Split(' ').Skip(1).Select(w => w[0]));
                var code = Tickers.NewCode(exchange, ref rng, letters);
                for (var attempt = 0; _listings.Contains((mic, exchange.Exchange.CanonicalTicker(code)!)); attempt++)
                    code = Tickers.Bump(exchange, code, attempt);
                result.Add(new Listing(mic, code));
                _listings.Add((mic, exchange.Exchange.CanonicalTicker(code)!));
            }
            return result;
        }

        private string NewIsin(string country, string lead, int k)
        {
            var isin = SyntheticIdentifiers.Isin(country, lead + SyntheticIdentifiers.ToBase36(k + 1, 8));
            for (var bump = 1; _isins.Contains(isin); bump++)
                isin = SyntheticIdentifiers.Isin(country, lead + SyntheticIdentifiers.ToBase36(k + 1 + bump * 7_919_000L, 8));
            _isins.Add(isin);
            return isin;
        }

        private void Reserve(Company company)
        {
            foreach (var l in company.Listings)
                if (exchanges.Find(l.Mic)?.Exchange.CanonicalTicker(l.Code) is { } code) _listings.Add((l.Mic, code));
            foreach (var i in company.Isins) _isins.Add(i);
        }

        private void Allege(string companyId, string subject, SubjectRelation relation, ref Rng rng)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"SA{++_allegationNumber:D6}");
            var total = Vocabulary.Categories.Sum(c => c.Weight);
            var roll = rng.Int(total);
            var category = Vocabulary.Categories[^1].Category;
            foreach (var (c, w) in Vocabulary.Categories)
            {
                if (roll < w) { category = c; break; }
                roll -= w;
            }
            Allegations.Add(new Allegation(
                id, companyId, subject, relation, category, rng.Pick(Vocabulary.ListNames),
                string.Create(CultureInfo.InvariantCulture, $"20{rng.Int(19, 26)}-{rng.Int(1, 13):D2}-{rng.Int(1, 29):D2}"),
                "Synthetic allegation generated for benchmarks and tests; it describes no real company.",
                string.Create(CultureInfo.InvariantCulture, $"https://synthetic.invalid/exposure/s{Seed}/allegations/{id}"), $"Synthetic source {id}", Publisher));
        }

        private static string? Empty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

        private static List<string> List(string s) =>
            s.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
    }
}

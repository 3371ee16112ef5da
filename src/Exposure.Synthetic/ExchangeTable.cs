using Exposure.Core.Reference;

namespace Exposure.Synthetic;

/// <summary>One exchange of the list's <c>exchanges.csv</c>, with the names holdings files use for it and what its rows carry.</summary>
public sealed record ExchangeInfo(
    Exchange Exchange,
    IReadOnlyList<string> Aliases,
    string Location,
    string MarketCurrency,
    decimal FxRate)
{
    public string Mic => Exchange.Mic;
}

/// <summary>
/// The exchanges and aliases of a reference folder, read as the loader reads them, plus where their securities are
/// and in which currency (for the holdings files' Location, Market Currency and FX Rate columns).
/// </summary>
public sealed class ExchangeTable
{
    private static readonly Dictionary<string, (string Location, string Currency, decimal Fx)> Countries = new(StringComparer.Ordinal)
    {
        ["CN"] = ("China", "CNY", 7.30m), ["HK"] = ("Hong Kong", "HKD", 7.78m), ["TW"] = ("Taiwan", "TWD", 32.93m),
        ["US"] = ("United States", "USD", 1.00m), ["KR"] = ("Korea (South)", "KRW", 1457.85m), ["JP"] = ("Japan", "JPY", 156.40m),
        ["GB"] = ("United Kingdom", "GBP", 0.80m), ["IN"] = ("India", "INR", 86.61m), ["CA"] = ("Canada", "CAD", 1.44m),
        ["FR"] = ("France", "EUR", 0.97m), ["NL"] = ("Netherlands", "EUR", 0.97m), ["BE"] = ("Belgium", "EUR", 0.97m),
        ["PT"] = ("Portugal", "EUR", 0.97m), ["DE"] = ("Germany", "EUR", 0.97m), ["AU"] = ("Australia", "AUD", 1.61m),
        ["BR"] = ("Brazil", "BRL", 6.05m), ["CH"] = ("Switzerland", "CHF", 0.91m), ["ZA"] = ("South Africa", "ZAR", 18.70m),
        ["IT"] = ("Italy", "EUR", 0.97m), ["TH"] = ("Thailand", "THB", 34.20m), ["SA"] = ("Saudi Arabia", "SAR", 3.75m),
        ["MY"] = ("Malaysia", "MYR", 4.47m), ["SG"] = ("Singapore", "SGD", 1.36m), ["MX"] = ("Mexico", "MXN", 20.40m),
        ["ID"] = ("Indonesia", "IDR", 16300m), ["ES"] = ("Spain", "EUR", 0.97m), ["DK"] = ("Denmark", "DKK", 7.20m),
        ["SE"] = ("Sweden", "SEK", 11.00m), ["FI"] = ("Finland", "EUR", 0.97m), ["NO"] = ("Norway", "NOK", 11.30m),
        ["PH"] = ("Philippines", "PHP", 58.50m), ["PL"] = ("Poland", "PLN", 4.05m), ["CL"] = ("Chile", "CLP", 990m),
        ["IL"] = ("Israel", "ILS", 3.60m), ["TR"] = ("Turkey", "TRY", 35.50m), ["QA"] = ("Qatar", "QAR", 3.64m),
        ["KW"] = ("Kuwait", "KWD", 0.31m), ["IE"] = ("Ireland", "EUR", 0.97m), ["NZ"] = ("New Zealand", "NZD", 1.77m),
        ["AT"] = ("Austria", "EUR", 0.97m), ["AE"] = ("United Arab Emirates", "AED", 3.67m), ["CO"] = ("Colombia", "COP", 4300m),
        ["HU"] = ("Hungary", "HUF", 395m), ["GR"] = ("Greece", "EUR", 0.97m), ["CZ"] = ("Czech Republic", "CZK", 24.20m),
        ["EG"] = ("Egypt", "EGP", 50.40m), ["RU"] = ("Russian Federation", "RUB", 102.25m),
    };

    /// <summary>How often a security of the broad market is on each exchange (others: 1), roughly as in a global index fund.</summary>
    private static readonly Dictionary<string, int> UniverseWeights = new(StringComparer.Ordinal)
    {
        ["XNYS"] = 120, ["XNAS"] = 120, ["XHKG"] = 90, ["XSHG"] = 80, ["XSHE"] = 80, ["XTKS"] = 80, ["XKRX"] = 45, ["XKOS"] = 20,
        ["XTAI"] = 50, ["ROCO"] = 10, ["XLON"] = 45, ["XNSE"] = 50, ["XBOM"] = 10, ["XTSE"] = 30, ["XPAR"] = 20, ["XETR"] = 20,
        ["XASX"] = 20, ["XSWX"] = 12, ["XAMS"] = 8, ["BVMF"] = 15, ["XJSE"] = 10, ["XMIL"] = 8, ["XBKK"] = 8, ["XSAU"] = 8,
        ["XKLS"] = 8, ["XSES"] = 6, ["XMEX"] = 6, ["XIDX"] = 6, ["XMAD"] = 6, ["XSTO"] = 6,
    };

    private readonly Dictionary<string, ExchangeInfo> _byMic;

    private ExchangeTable(List<ExchangeInfo> exchanges, IReadOnlyList<string[]> exchangeRows, IReadOnlyList<string[]> aliasRows)
    {
        All = exchanges;
        _byMic = exchanges.ToDictionary(e => e.Mic, StringComparer.Ordinal);
        ExchangeRows = exchangeRows;
        AliasRows = aliasRows;
        Weights = exchanges.Select(e => UniverseWeights.GetValueOrDefault(e.Mic, 1)).ToArray();
        TotalWeight = Weights.Sum();
        Directory = new ExchangeDirectory(
            exchanges.Select(e => e.Exchange),
            aliasRows.Select(r => new KeyValuePair<string, string>(r[0], r[1])));
    }

    public IReadOnlyList<ExchangeInfo> All { get; }

    /// <summary>The list's own rows (header included), written back unchanged.</summary>
    internal IReadOnlyList<string[]> ExchangeRows { get; }
    internal IReadOnlyList<string[]> AliasRows { get; }

    /// <summary>The same directory the loader builds, for canonical codes and alias resolution.</summary>
    public ExchangeDirectory Directory { get; }

    internal int[] Weights { get; }
    internal int TotalWeight { get; }

    public ExchangeInfo this[string mic] => _byMic[mic];

    public ExchangeInfo? Find(string mic) => _byMic.GetValueOrDefault(mic);

    /// <summary>Reads <c>exchanges.csv</c> and <c>exchange_aliases.csv</c> of a reference folder.</summary>
    public static ExchangeTable Load(string referenceFolder)
    {
        var exchangeRows = CsvText.ReadAll(Path.Combine(referenceFolder, "exchanges.csv"));
        var aliasRows = CsvText.ReadAll(Path.Combine(referenceFolder, "exchange_aliases.csv"));
        Expect(exchangeRows, ["mic", "name", "country", "ticker_rule"], "exchanges.csv");
        Expect(aliasRows, ["alias", "mic"], "exchange_aliases.csv");

        var aliasesByMic = aliasRows.Skip(1).GroupBy(r => r[1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r[0]).ToList(), StringComparer.Ordinal);
        var exchanges = new List<ExchangeInfo>();
        foreach (var r in exchangeRows.Skip(1))
        {
            var rule = Enum.Parse<TickerRule>(r[3].Replace("-", "", StringComparison.Ordinal), ignoreCase: true);
            var exchange = new Exchange(r[0], r[1], r[2], rule);
            var aliases = aliasesByMic.GetValueOrDefault(r[0]) ?? [];
            if (!aliases.Contains(r[1], StringComparer.Ordinal)) aliases = [.. aliases, r[1]];
            var (location, currency, fx) = Countries.GetValueOrDefault(r[2], (r[2], "USD", 1m));
            exchanges.Add(new ExchangeInfo(exchange, aliases, location, currency, fx));
        }
        return new ExchangeTable(exchanges, exchangeRows, aliasRows);
    }

    private static void Expect(List<string[]> rows, string[] header, string file)
    {
        if (rows.Count == 0 || !rows[0].SequenceEqual(header))
            throw new InvalidDataException($"{file}: expected the header {string.Join(",", header)}");
    }
}

using Exposure.Cli;
using Exposure.Reports.Json;
using Exposure.TestSupport;

namespace Exposure.Reports.Html.Tests;

/// <summary>The bundled illustrative run and the sample scheme's run, each made once per test run by the CLI as a user runs it.</summary>
public static class SampleRuns
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "exposure-html-tests-" + Guid.NewGuid().ToString("N"));
    private static readonly Lazy<SampleRun> BundledRun = new(() => Run("bundled"));
    private static readonly Lazy<SampleRun> SchemeRun = new(() => Run("scheme", "--portfolio", Path.Combine(RepoPaths.Root, "samples", "scheme", "scheme.json")));
    private static readonly Lazy<SampleRun> MarketRun = new(() => Run("market", "--holdings", RepoPaths.NportDataSet(), RepoPaths.NportDataSet("nport-dataset-2026q3")));
    private static readonly Lazy<SampleRun> LargeMarketRun = new(() =>
    {
        var data = Path.Combine(Root, "large-market-data");
        return Run("large-market", "--holdings", NportMarket.Write(Path.Combine(data, "q2"), 300, 40), NportMarket.Write(Path.Combine(data, "q3"), 300, 40, quarter: 3));
    });
    private static readonly Lazy<SampleRun> SameNamedRun = new(() =>
        Run("same-named", ["--holdings", .. NportMarket.WriteSameNamed(Path.Combine(Root, "same-named-data"))]));
    private static readonly Lazy<SampleRun> CategoriesRun = new(() =>
        Run("categories", [.. ManyCategories.WriteHoldings(Path.Combine(Root, "categories-data")).SelectMany(h => new[] { "--holdings", h }),
            .. ManyCategories.SixteenCategories.SelectMany(l => new[] { "--list", l })]));
    private static readonly Lazy<SampleRun> CombinedRun = new(() =>
    {
        var data = Directory.CreateDirectory(Path.Combine(Root, "combined-data")).FullName;
        var fixtures = Path.Combine(RepoPaths.Root, "tests", "Exposure.Lists.Tests", "Fixtures", "combine");
        return Run("combined", "--holdings", CombinedHoldings(data), "--list", "bundled", "--list", Path.Combine(fixtures, "uflpa-entity-list.html"),
            "--list", Path.Combine(fixtures, "ngo-list.csv"), "--list", TrusteeList(data));
    });
    private static readonly object Gate = new();

    static SampleRuns()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                if (Directory.Exists(Root)) Directory.Delete(Root, true);
            }
            catch (IOException)
            {
            }
        };
    }

    public static SampleRun Bundled => BundledRun.Value;

    public static SampleRun Scheme => SchemeRun.Value;

    /// <summary>The two fixture quarters of an SEC N-PORT data set: a market of three funds with entries and exits.</summary>
    public static SampleRun Market => MarketRun.Value;

    /// <summary>A generated market of 300 funds of 40 registrants in two quarters, laid out with bounded tables.</summary>
    public static SampleRun LargeMarket => LargeMarketRun.Value;

    /// <summary>A generated market of two quarters where two funds of different registrants share a name (<see cref="NportMarket.WriteSameNamed"/>).</summary>
    public static SampleRun SameNamed => SameNamedRun.Value;

    /// <summary>Two funds screened against the bundled list and two example research lists: 16 categories (<see cref="ManyCategories"/>).</summary>
    public static SampleRun Categories => CategoriesRun.Value;

    /// <summary>
    /// The bundled list, the DHS UFLPA Entity List fixture, an NGO's list and a trustee's list screened together: three
    /// companies held are joined across lists, one pair of companies of one name is kept apart, and two of the trustee's
    /// ISINs fail their check digit.
    /// </summary>
    public static SampleRun Combined => CombinedRun.Value;

    public static SampleRun ByName(string name) => name switch
    {
        "categories" => Categories,
        "combined" => Combined,
        "scheme" => Scheme,
        "market" => Market,
        "large-market" => LargeMarket,
        _ => Bundled,
    };

    private static string CombinedHoldings(string folder)
    {
        static string Row(string ticker, string name) =>
            $"\"{ticker}\",\"{name}\",\"Industrials\",\"Equity\",\"1,000,000.00\",\"0.10\",\"1,000,000.00\",\"1,000.00\",\"1.00\",\"China\",\"Shanghai Stock Exchange\",\"USD\",\"1.00\",\"USD\",\"-\"\n";
        var path = Path.Combine(folder, "combined-holdings.csv");
        File.WriteAllText(path,
            "Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Notional Value,Quantity,Price,Location,Exchange,Currency,FX Rate,Market Currency,Accrual Date\n" +
            Row("688303", "XINJIANG DAQO NEW ENERGY LTD A") + Row("601311", "CAMEL GROUP LTD A") + Row("603185", "WUXI SHANGJI AUTOMATION LTD A") +
            Row("600888", "XINJIANG JOINWORLD LTD A"));
        return path;
    }

    private static string TrusteeList(string folder)
    {
        var path = Path.Combine(folder, "trustee-list.csv");
        File.WriteAllText(path,
            "# name: Example trustee list\n# source: https://example.org/trustee/list\n# date: 2026-10-01\n" +
            "Company,ISIN,Country,Reason\n" +
            "\"Camel Group Co., Ltd.\",CNE000001XX1,China,On the trustee's policy list\n" +
            "\"Wuxi Shangji Automation Co., Ltd.\",CNE1000000X2,China,On the trustee's policy list\n" +
            "\"Example Trustee Holdings Co., Ltd.\",CNE100000AB8,China,On the trustee's policy list\n");
        return path;
    }

    private static SampleRun Run(string name, params string[] inputs)
    {
        lock (Gate)
        {
            var folder = Path.Combine(Root, name);
            var output = new StringWriter();
            var error = new StringWriter();
            var code = ExposureCli.Run(["report", .. inputs, "--out", folder, "--format", "html,json", "--quiet"], output, error);
            if (code != 0) throw new InvalidOperationException($"exposure report exited {code}: {error}");
            var json = Path.Combine(folder, "exposure-report.json");
            using var stream = File.OpenRead(json);
            return new SampleRun(name, folder, Path.Combine(folder, "exposure-report.html"), json, JsonReportRenderer.Read(stream));
        }
    }
}

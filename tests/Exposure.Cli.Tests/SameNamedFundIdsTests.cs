using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// Two holdings files that give one fund name, through the command line: each fund's id depends on the fund and its
/// file, not on the order the files are given in, in the funds, the findings and the screened-out rows alike; a fund
/// whose name no other takes keeps the id of its name.
/// </summary>
public sealed class SameNamedFundIdsTests
{
    private static string Holdings(string name, string isin, decimal value) => $"""
        Fund Name,{name}
        As of,"2026-06-30"

        Security Name,ISIN,Ticker,Asset Type,Market Value (USD),% of Net Assets,Currency
        "ZTE CORP H","{isin}","","Common Stock","{value}","","USD"
        "NESTLE SA","CH0038863350","NESN","Common Stock","1000","","USD"
        "USD Cash","","","Cash","500","","USD"
        """;

    /// <summary>For each file as the reports name it: its fund's id in funds, findings, unmatched.csv and excluded.csv.</summary>
    private static Dictionary<string, (string Fund, string Findings, string Unmatched, string Excluded)> Ids(TempFolder temp, string outName, params string[] holdings)
    {
        var outDir = Path.Combine(temp.Path, outName);
        var r = CliRunner.Run(["report", "--holdings", .. holdings, "--out", outDir, "--format", "json,csv"]);
        Assert.True(r.ExitCode == 0, r.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "exposure-report.json")));
        var funds = json.RootElement.GetProperty("funds").EnumerateArray().ToDictionary(f => f.GetProperty("sourceFile").GetString()!, f => f.GetProperty("id").GetString()!);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .GroupBy(f => f.GetProperty("file").GetString()!).ToDictionary(g => g.Key, g => g.Select(f => f.GetProperty("fundId").GetString()!).Distinct().Single());
        return funds.ToDictionary(kv => kv.Key, kv => (kv.Value, findings[kv.Key], ScreenedOut(outDir, "unmatched.csv", kv.Key), ScreenedOut(outDir, "excluded.csv", kv.Key)));
    }

    /// <summary>The one fund id a screened-out file's rows of <paramref name="file"/> give (its first two columns are fund_id and file).</summary>
    private static string ScreenedOut(string outDir, string csv, string file) =>
        File.ReadAllLines(Path.Combine(outDir, csv)).Skip(1).Select(l => l.Split(',')).Where(c => c[1] == file).Select(c => c[0]).Distinct().Single();

    [Fact]
    public void Two_files_of_one_fund_name_give_each_fund_the_same_id_in_either_order()
    {
        using var temp = new TempFolder();
        var alpha = temp.File("alpha.csv", Holdings("Global Equity Fund", "CNE1000004Y2", 2000m));
        var beta = temp.File("beta.csv", Holdings("Global Equity Fund", "CNE000000TK5", 3000m));
        var other = temp.File("other.csv", Holdings("Asia Fund", "CNE1000004Y2", 100m));

        var forward = Ids(temp, "forward", alpha, beta, other);
        var backward = Ids(temp, "backward", other, beta, alpha);

        // The file whose name comes first keeps the name's id, the other is numbered, whatever the order given; every
        // finding and screened-out row of a file carries its fund's id.
        Assert.Equal(("global-equity-fund", "global-equity-fund", "global-equity-fund", "global-equity-fund"), forward["alpha.csv"]);
        Assert.Equal(("global-equity-fund-2", "global-equity-fund-2", "global-equity-fund-2", "global-equity-fund-2"), forward["beta.csv"]);
        Assert.Equal(("asia-fund", "asia-fund", "asia-fund", "asia-fund"), forward["other.csv"]);
        Assert.Equal(forward.OrderBy(kv => kv.Key, StringComparer.Ordinal), backward.OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }

    /// <summary>Every order of the items, each once.</summary>
    private static IEnumerable<IReadOnlyList<T>> Orders<T>(IReadOnlyList<T> items) =>
        items.Count <= 1
            ? [items]
            : items.SelectMany((first, i) => Orders(items.Where((_, j) => j != i).ToList()).Select(rest => (IReadOnlyList<T>)[first, .. rest]));

    [Fact]
    public void Funds_named_Fund_Fund_Fund_and_Fund_2_have_the_same_ids_in_every_order_of_their_files()
    {
        using var temp = new TempFolder();
        string[] files =
        [
            temp.File("alpha.csv", Holdings("Fund", "CNE1000004Y2", 2000m)),
            temp.File("beta.csv", Holdings("Fund", "CNE000000TK5", 3000m)),
            temp.File("delta.csv", Holdings("Fund", "CNE1000004Y2", 4000m)),
            temp.File("gamma.csv", Holdings("Fund 2", "CNE000000TK5", 5000m)),
        ];

        var orders = Orders(files).ToList();
        Assert.Equal(24, orders.Count);
        foreach (var (order, n) in orders.Select((o, n) => (o, n)))
        {
            var ids = Ids(temp, $"order-{n}", [.. order]);
            // "Fund 2" keeps its name's id in every order; the three funds named "Fund" take the name's id and the numbers
            // after it that no fund's name is, by their files' names. Each file's findings and screened-out rows follow.
            Assert.Equal(("fund", "fund", "fund", "fund"), ids["alpha.csv"]);
            Assert.Equal(("fund-3", "fund-3", "fund-3", "fund-3"), ids["beta.csv"]);
            Assert.Equal(("fund-4", "fund-4", "fund-4", "fund-4"), ids["delta.csv"]);
            Assert.Equal(("fund-2", "fund-2", "fund-2", "fund-2"), ids["gamma.csv"]);
        }
    }

    [Fact]
    public void Two_files_of_one_name_and_one_fund_name_in_two_folders_are_told_apart_by_their_paths_in_either_order()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "q1"));
        Directory.CreateDirectory(Path.Combine(temp.Path, "q2"));
        var first = temp.File(Path.Combine("q1", "fund.csv"), Holdings("Global Equity Fund", "CNE1000004Y2", 2000m));
        var second = temp.File(Path.Combine("q2", "fund.csv"), Holdings("Global Equity Fund", "CNE000000TK5", 3000m));

        var forward = Ids(temp, "forward", first, second);
        var backward = Ids(temp, "backward", second, first);

        Assert.Equal(2, forward.Count);
        Assert.Equal(forward.OrderBy(kv => kv.Key, StringComparer.Ordinal), backward.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.Equal(new[] { "global-equity-fund", "global-equity-fund-2" }, forward.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Value.Fund));
    }
}

using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// Several lists naming one company: the holding is matched to the one company carrying every list's allegations, each
/// list's category figure counts it, and where the lists tell two companies of one name apart the holding goes to review.
/// </summary>
public sealed class ListCombineTests
{
    private const string Header = "Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Notional Value,Quantity,Price,Location,Exchange,Currency,FX Rate,Market Currency,Accrual Date\n";
    private const string Uflpa = "DHS UFLPA Entity List";

    private static string Fixture(params string[] parts) =>
        Path.Combine([RepoPaths.Root, "tests", "Exposure.Lists.Tests", "Fixtures", "combine", .. parts]);

    private static string Row(string ticker, string name, string exchange) =>
        $"\"{ticker}\",\"{name}\",\"Industrials\",\"Equity\",\"1,000,000.00\",\"0.10\",\"1,000,000.00\",\"1,000.00\",\"1.00\",\"China\",\"{exchange}\",\"USD\",\"1.00\",\"USD\",\"-\"\n";

    private static JsonDocument Run(TempFolder temp, string holdings, params string[] lists)
    {
        var path = Path.Combine(temp.Path, "holdings.csv");
        File.WriteAllText(path, Header + holdings);
        var output = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run(["report", "--holdings", path, .. lists.SelectMany(l => new[] { "--list", l }), "--out", output, "--format", "json", "--quiet"]);
        Assert.True(r.ExitCode == 0, r.Error);
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "exposure-report.json")));
    }

    private static JsonElement Finding(JsonDocument json) => Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());

    private static List<string> Lists(JsonDocument json, string company) =>
        json.RootElement.GetProperty("companies").EnumerateArray().Single(c => c.GetProperty("id").GetString() == company)
            .GetProperty("allegations").EnumerateArray().Select(a => a.GetProperty("listName").GetString()!).Distinct().Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_holding_named_by_two_lists_is_matched_and_cites_both()
    {
        using var temp = new TempFolder();
        using var json = Run(temp, Row("688303", "XINJIANG DAQO NEW ENERGY LTD A", "Shanghai Stock Exchange"),
            Fixture("uflpa-entity-list.html"), Fixture("ngo-list.csv"));

        var finding = Finding(json);
        Assert.Equal("matched", finding.GetProperty("state").GetString());
        Assert.Equal([Uflpa, "Example NGO list (test fixture)"], Lists(json, finding.GetProperty("companyId").GetString()!));
        var fund = Assert.Single(json.RootElement.GetProperty("funds").EnumerateArray());
        Assert.Equal(1_000_000m, fund.GetProperty("flaggedValue").GetDecimal());
        Assert.Equal(2, fund.GetProperty("byCategory").EnumerateArray().Count(c => c.GetProperty("companies").GetInt32() == 1));
    }

    [Fact]
    public void Beside_the_bundled_list_the_uflpa_category_counts_every_holding_the_page_names()
    {
        using var temp = new TempFolder();
        using var json = Run(temp,
            Row("688303", "XINJIANG DAQO NEW ENERGY LTD A", "Shanghai Stock Exchange") + Row("601311", "CAMEL GROUP LTD A", "Shanghai Stock Exchange") +
            Row("603185", "WUXI SHANGJI AUTOMATION LTD A", "Shanghai Stock Exchange") + Row("600888", "XINJIANG JOINWORLD LTD A", "Shanghai Stock Exchange"),
            "bundled", Fixture("uflpa-entity-list.html"));

        var fund = Assert.Single(json.RootElement.GetProperty("funds").EnumerateArray());
        var uflpa = Assert.Single(fund.GetProperty("byCategory").EnumerateArray(), c => c.GetProperty("list").GetString() == Uflpa);
        // Joinworld is only an "also known as" of the page's Xinjiang Zhonghe: an alias alone goes to review, not to the figure.
        Assert.Equal(("forced-labour", 3, 3_000_000m), (uflpa.GetProperty("category").GetString(), uflpa.GetProperty("companies").GetInt32(), uflpa.GetProperty("value").GetDecimal()));
        var joinworld = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("name").GetString() == "XINJIANG JOINWORLD LTD A");
        Assert.Equal(("needs-review", "name-exact, short or trading name only"), (joinworld.GetProperty("state").GetString(), joinworld.GetProperty("rule").GetString()));
        foreach (var id in new[] { "xinjiang-daqo", "camel-group", "hongyuan-green-energy" })
            Assert.Equal([Uflpa, "Exposure bundled list"], Lists(json, id));
        var joined = json.RootElement.GetProperty("run").GetProperty("lists").GetProperty("joined").EnumerateArray()
            .Select(j => j.GetProperty("companyId").GetString()).ToList();
        Assert.Equal(["xinjiang-daqo", "camel-group", "hongyuan-green-energy"], joined);
    }

    [Fact]
    public void An_official_entry_giving_a_bundled_companys_listing_is_cited_with_the_bundled_allegations()
    {
        using var temp = new TempFolder();
        using var json = Run(temp, Row("300676", "BGI GENOMICS LTD A", "Shenzhen Stock Exchange"), "bundled", Fixture("ofac-cons-listing"));

        var finding = Finding(json);
        Assert.Equal(("matched", "bgi-genomics"), (finding.GetProperty("state").GetString(), finding.GetProperty("companyId").GetString()));
        Assert.Equal(["Exposure bundled list", "OFAC Consolidated Sanctions List (non-SDN)"], Lists(json, "bgi-genomics"));
    }

    [Fact]
    public void A_name_two_lists_give_to_companies_of_different_leis_goes_to_review()
    {
        using var temp = new TempFolder();
        var a = Path.Combine(temp.Path, "a.csv");
        var b = Path.Combine(temp.Path, "b.csv");
        File.WriteAllText(a, "# name: List A\n# source: https://example.org/a\nname,country,lei\n\"Example Twin Industries Co., Ltd.\",CN,529900T8BM49AURSDO55\n");
        File.WriteAllText(b, "# name: List B\n# source: https://example.org/b\nname,country,lei\nExample Twin Industries Co Ltd,China,5493001KJTIIGC8Y1R12\n");
        using var json = Run(temp, Row("", "EXAMPLE TWIN INDUSTRIES LTD", "-"), a, b);

        var finding = Finding(json);
        Assert.Equal(("needs-review", "name-exact, shared by several companies"), (finding.GetProperty("state").GetString(), finding.GetProperty("rule").GetString()));
        var lists = json.RootElement.GetProperty("run").GetProperty("lists");
        Assert.Empty(lists.GetProperty("joined").EnumerateArray());
        Assert.Equal("lei", Assert.Single(lists.GetProperty("conflicts").EnumerateArray()).GetProperty("field").GetString());
    }
}

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

    private static string ListFixture(params string[] parts) =>
        Path.Combine([RepoPaths.Root, "tests", "Exposure.Lists.Tests", "Fixtures", .. parts]);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_holding_whose_isin_another_list_gives_to_a_company_of_another_name_goes_to_review_whatever_the_order(bool sdnFirst)
    {
        // SDN.XML gives Hikvision's ISIN to CHINA ELECTRONICS IMPORT AND EXPORT TRADING COMPANY; screened against it
        // alone, the holding goes to review ("isin, name differs"). Beside the NS-CMIC list it must not be reported as
        // Hikvision listed on the SDN list.
        using var temp = new TempFolder();
        string[] lists = sdnFirst ? [ListFixture("ofac-xml", "SDN.XML"), ListFixture("ofac-cmic")] : [ListFixture("ofac-cmic"), ListFixture("ofac-xml", "SDN.XML")];
        var holdings = Path.Combine(temp.Path, "holdings.csv");
        File.WriteAllText(holdings, "Ticker,Name,Market Value,Weight (%),Location,Exchange,ISIN\n002415,HANGZHOU HIKVISION DIGITAL TECHNOLOGY LTD A,100000,100,China,Shenzhen Stock Exchange,CNE100000PM8\n");
        var output = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run(["report", "--holdings", holdings, .. lists.SelectMany(l => new[] { "--list", l }), "--out", output, "--format", "json,html", "--quiet"]);
        Assert.True(r.ExitCode == 0, r.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "exposure-report.json")));

        var finding = Finding(json);
        Assert.Equal(("needs-review", "isin, shared by several companies", "hangzhou-hikvision-digital-technology-co-ltd"),
            (finding.GetProperty("state").GetString(), finding.GetProperty("rule").GetString(), finding.GetProperty("companyId").GetString()));
        var fund = Assert.Single(json.RootElement.GetProperty("funds").EnumerateArray());
        Assert.Equal(0m, fund.GetProperty("flaggedValue").GetDecimal());
        Assert.Empty(json.RootElement.GetProperty("companies").EnumerateArray());
        var conflict = Assert.Single(json.RootElement.GetProperty("run").GetProperty("lists").GetProperty("conflicts").EnumerateArray());
        Assert.True(conflict.GetProperty("namesDiffer").GetBoolean());
        Assert.Equal("CNE100000PM8", conflict.GetProperty("value").GetString());
        // The web page's methodology says which identifier was not used to join, and between which names.
        var html = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(output, "exposure-report.html")));
        Assert.Contains("An identifier two lists give to different companies was not used to join them, for a person to decide: ISIN CNE100000PM8:", html);
        Assert.Contains("'CHINA ELECTRONICS IMPORT AND EXPORT TRADING COMPANY'", html);
    }

    /// <summary>A folder holding OFAC's SDN set and its non-SDN set side by side, as downloaded from OFAC's pages.</summary>
    private static string BothOfacSets(TempFolder temp)
    {
        var folder = Path.Combine(temp.Path, "ofac");
        Directory.CreateDirectory(folder);
        foreach (var set in new[] { "ofac-sdn", "ofac-cmic" })
            foreach (var file in Directory.GetFiles(ListFixture(set))) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }

    [Fact]
    public void A_folder_of_both_ofac_sets_is_screened_as_two_lists()
    {
        using var temp = new TempFolder();
        var folder = BothOfacSets(temp);

        var check = CliRunner.Run("list", "check", folder);
        Assert.True(check.ExitCode == 0, check.Error);
        Assert.Contains("2 lists, each read and screened against as a list of its own", check.Output);
        Assert.Contains("sdn.csv (+alt.csv, add.csv): OFAC SDN List (ofac-legacy", check.Output);
        Assert.Contains("cons_prim.csv (+cons_alt.csv, cons_add.csv, cons_comments.csv): OFAC Consolidated Sanctions List (non-SDN) (ofac-legacy", check.Output);
        Assert.Contains("15 entries in the file: 13 imported", check.Output);

        using var json = Run(temp, Row("002415", "HANGZHOU HIKVISION DIGITAL TECHNOLOGY LTD A", "Shenzhen Stock Exchange"), folder);
        var finding = Finding(json);
        Assert.Equal(("matched", "hangzhou-hikvision-digital-technology-co-ltd"), (finding.GetProperty("state").GetString(), finding.GetProperty("companyId").GetString()));
        var lists = json.RootElement.GetProperty("run").GetProperty("lists").GetProperty("lists").EnumerateArray().ToList();
        Assert.Equal(["OFAC SDN List", "OFAC Consolidated Sanctions List (non-SDN)"], lists.Select(l => l.GetProperty("name").GetString()));
        Assert.Equal([5, 13], lists.Select(l => l.GetProperty("entries").GetInt32()));
        Assert.NotEqual(lists[0].GetProperty("sha256").GetString(), lists[1].GetProperty("sha256").GetString());
        Assert.Equal(1_000_000m, Assert.Single(json.RootElement.GetProperty("funds").EnumerateArray()).GetProperty("flaggedValue").GetDecimal());
    }

    [Fact]
    public void Importing_a_folder_of_both_ofac_sets_stops_and_says_how_to_give_each()
    {
        using var temp = new TempFolder();
        var folder = BothOfacSets(temp);

        var r = CliRunner.Run("list", "import", folder, "--out", Path.Combine(temp.Path, "imported"));
        Assert.Equal(2, r.ExitCode);
        var line = Assert.Single(r.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("both OFAC sets", line);
        Assert.Contains(Path.Combine(folder, "sdn.csv"), line);
        Assert.Contains(Path.Combine(folder, "cons_prim.csv"), line);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "imported")));
    }

    [Fact]
    public void List_check_of_a_folder_of_both_ofac_sets_names_an_isin_they_give_to_companies_of_unlike_names()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "ofac");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(ListFixture("ofac-cmic"))) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(folder, "sdn.csv"),
            "30004,\"CHINA ELECTRONICS IMPORT AND EXPORT TRADING COMPANY\",-0- ,\"[NPWMD]\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"ISIN CNE100000PM8.\"\r\n");

        var check = CliRunner.Run("list", "check", folder);
        Assert.True(check.ExitCode == 0, check.Error);
        Assert.Contains("combined: 0 joins of companies named by several lists, 1 identifier conflict", check.Output);
        Assert.Contains("conflict, isin CNE100000PM8: OFAC SDN List gives this ISIN to 'CHINA ELECTRONICS IMPORT AND EXPORT TRADING COMPANY', " +
            "OFAC Consolidated Sanctions List (non-SDN) to 'HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.'", check.Output);
    }
}

using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// An OFAC entry the list calls a private company ("Target Type Private Company") has no listed shares: a holding named
/// as it, with no identifier of the entry, goes to review saying so, beside the bundled list as alone; its bond matched
/// by the ISIN the entry gives is matched.
/// </summary>
public sealed class PrivateCompanyListTests
{
    private const string Entry =
        "30937,\"CHINA GENERAL NUCLEAR POWER CORPORATION\",-0- ,\"CMIC-EO13959\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Issuer Name China General Nuclear Power Corporation; ISIN CND10003XXN0; Target Type Private Company; Effective Date (CMIC) 02 Aug 2021; Listing Date (CMIC) 03 Jun 2021; Unified Social Credit Code (USCC) 9144030010001694XX (China); a.k.a. 'CGN'.\"\r\n";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_holding_named_as_a_private_company_goes_to_review_and_its_bond_by_isin_is_matched(bool withBundled)
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "ofac");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "cons_prim.csv"), Entry);
        var holdings = Path.Combine(temp.Path, "fund.csv");
        File.WriteAllText(holdings, "Name,ISIN,Market Value\n" +
            "CHINA GENERAL NUCLEAR POWER CORPORATION,,700000\n" +
            "CHINA GENERAL NUCLEAR POWER CORP 3.2% 2031,CND10003XXN0,500000\n" +
            "Apple Inc,US0378331005,2000000\n");
        var output = Path.Combine(temp.Path, "out");
        string[] lists = withBundled ? ["--list", folder, "--list", "bundled"] : ["--list", folder];
        var r = CliRunner.Run(["report", "--holdings", holdings, .. lists, "--out", output, "--format", "json,csv", "--quiet"]);
        Assert.True(r.ExitCode == 0, r.Error);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "exposure-report.json")));
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        var byName = findings["CHINA GENERAL NUCLEAR POWER CORPORATION"];
        Assert.Equal(("needs-review", "name-exact, the list marks the company as a private company"),
            (byName.GetProperty("state").GetString(), byName.GetProperty("rule").GetString()));
        var bond = findings["CHINA GENERAL NUCLEAR POWER CORP 3.2% 2031"];
        Assert.Equal(("matched", "isin"), (bond.GetProperty("state").GetString(), bond.GetProperty("rule").GetString()));
        var fund = Assert.Single(json.RootElement.GetProperty("funds").EnumerateArray());
        Assert.Equal(500_000m, fund.GetProperty("flaggedValue").GetDecimal());

        // The reviewer is told why: what the list says, with its entry.
        var review = File.ReadAllText(Path.Combine(output, "review-candidates.csv"));
        Assert.Contains("entry 30937 of OFAC", review, StringComparison.Ordinal);
        Assert.Contains("Target Type Private Company", review, StringComparison.Ordinal);
    }
}

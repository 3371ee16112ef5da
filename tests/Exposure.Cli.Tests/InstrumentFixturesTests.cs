using System.Globalization;
using CsvHelper;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// Bonds, convertibles and derivatives through the command line (fixtures in Fixtures/instruments): every holding row's
/// state, the issuer it was matched on, the rule and its instrument type, pinned; what has no company issuer stays
/// excluded with its reason.
/// </summary>
public sealed class InstrumentFixturesTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.Root, "tests", "Exposure.Cli.Tests", "Fixtures", "instruments", name);

    /// <summary>Every holding row of the run: line, state, issuer matched on (or the name), company, rule, instrument, terms, notional; or the reason it was excluded.</summary>
    private static List<string> Rows(string outDir)
    {
        var rows = new List<(int Line, string Text)>();
        foreach (var r in Read(Path.Combine(outDir, "matches.csv")))
        {
            var issuer = r["issuer"].Length > 0 ? r["issuer"] : r["name"];
            rows.Add((int.Parse(r["line"], CultureInfo.InvariantCulture),
                $"{r["line"]} {r["state"]} '{issuer}' {r["company_id"]} [{r["rule"]}] {r["instrument"]}" +
                (r["terms"].Length > 0 ? $" {r["terms"]}" : "") + (r["notional"].Length > 0 ? $" notional {r["notional"]} {r["direction"]}" : "")));
        }
        foreach (var file in new[] { "unmatched.csv", "excluded.csv" })
            foreach (var r in Read(Path.Combine(outDir, file)))
                rows.Add((int.Parse(r["line"], CultureInfo.InvariantCulture), $"{r["line"]} {r["state"]} '{r["name"]}': {r["reason"]}"));
        return rows.OrderBy(r => r.Line).Select(r => r.Text).ToList();
    }

    private static List<Dictionary<string, string>> Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(header.ToDictionary(h => h, h => csv.GetField(h) ?? "", StringComparer.Ordinal));
        return rows;
    }

    private static (CliResult Result, List<string> Rows) Run(TempFolder temp, string fixture, params string[] more)
    {
        var outDir = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run(["report", "--holdings", Fixture(fixture), "--out", outDir, .. more]);
        Assert.True(r.ExitCode == 0, r.Output);
        return (r, Rows(outDir));
    }

    [Fact]
    public void An_ishares_bond_fund_is_screened_by_its_issuers_and_its_treasuries_and_cash_stay_excluded()
    {
        using var temp = new TempFolder();
        var (r, rows) = Run(temp, "ishares-bond-fund.csv");
        Assert.Equal(
        [
            "7 matched 'ZIJIN MINING GROUP CO LTD' zijin-mining [name-exact] debt 5.25% due 2029-11-03",
            "8 related 'CHINA RAILWAY CONSTRUCTION CORPORATION LTD' crcc [name-exact] debt 4.1% due 2030-01-20",
            "9 unmatched 'CHINA VANKE CO LTD': no company on the list matched",
            "10 unmatched 'CHINA RAILWAY GROUP LTD': no company on the list matched",
            "11 excluded 'TREASURY NOTE': government debt (sector 'Treasuries')",
            "12 excluded 'USD CASH': cash (asset class 'Cash')",
        ], rows);
        Assert.Contains("Held: USD 2,000,000 in bonds of named companies.", r.Output);
    }

    [Fact]
    public void Bond_descriptions_are_read_for_their_issuer_and_look_alike_issuers_stay_unmatched()
    {
        using var temp = new TempFolder();
        var (_, rows) = Run(temp, "bond-descriptions.csv");
        Assert.Equal(
        [
            "2 matched 'ZIJIN MINING' zijin-mining [name-exact] debt 5.25% due 2029-11-03",
            "3 needs-review 'HIKVISION' hikvision [name-exact, short or trading name only] debt 0% due 2027-02-05, convertible",
            "4 needs-review 'ZTE CORP' zte [name-exact, too short a name to rest on alone] debt 4.5% perpetual",
            "5 related 'CHINA RAILWAY CONSTRUCTION CORP' crcc [name-exact] debt 3.5% perpetual",
            "6 unmatched 'CHINA RAILWAY GROUP 3.25% 07/28/26': no company on the list matched",
            "7 unmatched 'WESTERN MINING 5 1/4 06/01/28': no company on the list matched",
            "8 unmatched 'GCL SYSTEM INTEGRATION 0 10/01/26 CV': no company on the list matched",
            "9 unmatched 'CITIC LTD 2.85% 02/25/30': no company on the list matched",
            "10 excluded 'CHINA GOVERNMENT BOND 2.5% 2033': government debt (asset class 'Government Bond')",
        ], rows);
    }

    [Fact]
    public void An_n_port_filing_s_bond_convertible_and_total_return_swap_are_found_and_the_swap_s_notional_is_apart()
    {
        using var temp = new TempFolder();
        var (r, rows) = Run(temp, "nport-bonds.xml");
        Assert.Equal(
        [
            "13 matched 'Zijin Mining Group Co Ltd' zijin-mining [name-exact] debt 5.25% due 2029-11-03",
            "39 matched 'Hangzhou Hikvision Digital Technology Co Ltd' hikvision [name-exact] debt 0% due 2027-02-05, convertible",
            "67 matched 'ZTE Corp' zte [reference-isin] derivative notional 3000000 Long",
            "106 matched 'Chenguang Biotech Group Co Ltd' chenguang-biotech [issuer-lei] debt 3% due 2028-06-30",
            "132 excluded 'United States Treasury': government debt (issuer category 'UST')",
            "160 excluded 'MSCI Emerging Markets Index future': derivative on an index, a rate or a commodity (reference 'MSCI Emerging Markets Index')",
        ], rows);

        // The swap's market value (USD 25,000) is in the fund's value, not in the value held; its notional stands apart.
        var funds = Read(Path.Combine(temp.Path, "out", "funds.csv")).Single();
        Assert.Equal(("7000000", "0", "7000000", "3000000", "1"),
            (funds["flagged_value"], funds["flagged_in_shares"], funds["flagged_in_bonds"], funds["flagged_derivative_notional"], funds["flagged_derivatives"]));
        Assert.Contains("Held: USD 7,000,000 in bonds of named companies; USD 3,000,000 notional in 1 derivative on them, not added to the value held.", r.Output);
    }

    [Fact]
    public void A_bond_s_cusip_matches_a_company_whose_us_isin_on_the_list_embeds_the_issuer_number()
    {
        using var temp = new TempFolder();
        var list = ExampleUsIssuerList.WriteTo(Path.Combine(temp.Path, "ref"));
        var holdings = temp.File("bonds.csv",
            "Name,CUSIP,Asset Class,Market Value,Currency\n" +
            $"EXAMPLE ISSUER HLDGS 4% 2031,{ExampleUsIssuerList.BondCusip},Fixed Income,100000,USD\n" +
            "EXAMPLE ISSUER HLDGS 4% 2031,037833AL4,Fixed Income,100000,USD\n");
        var outDir = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--holdings", holdings, "--reference", list, "--out", outDir);
        Assert.True(r.ExitCode == 0, r.Output);
        Assert.Equal(["2 matched 'EXAMPLE ISSUER HLDGS' example-us-issuer [cusip-issuer] debt 4% due 2031",
            "3 matched 'EXAMPLE ISSUER HLDGS' example-us-issuer [name-exact] debt 4% due 2031"], Rows(outDir));
    }
}

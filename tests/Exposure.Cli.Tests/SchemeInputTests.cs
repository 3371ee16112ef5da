using System.Globalization;
using System.Text;
using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// Broken, hostile and deep portfolio files through the command line: each problem is one line naming the file and the
/// line, exit 2, and no report; a deep fund-of-funds scheme completes with its paths counted.
/// </summary>
public sealed class SchemeInputTests
{
    private static CliResult Report(string portfolio, string outDir) =>
        CliRunner.Run("report", "--portfolio", portfolio, "--out", outDir, "--format", "json", "--quiet");

    /// <summary>Exit 2, one line "error: FILE, line N: problem", no stack trace, and nothing written.</summary>
    private static void AssertOneLineError(CliResult r, string outDir, string file, int? line, string problem)
    {
        Assert.True(r.ExitCode == ExitCodes.BadInput, $"exit {r.ExitCode}: {r.Error}");
        var lines = r.Error.TrimEnd().Split('\n');
        Assert.Single(lines);
        var prefix = line is { } l ? string.Create(CultureInfo.InvariantCulture, $"error: {file}, line {l}: ") : $"error: {file}: ";
        Assert.StartsWith(prefix, lines[0]);
        Assert.Contains(problem, lines[0]);
        Assert.DoesNotContain("Exception", r.Error);
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any(), "a report was written");
    }

    [SkippableFact]
    public void An_endless_portfolio_file_is_refused_after_a_bounded_read()
    {
        Skip.IfNot(File.Exists("/dev/zero"), "no /dev/zero on this system");
        using var temp = new TempFolder();
        var outDir = Path.Combine(temp.Path, "out");
        var r = Report("/dev/zero", outDir);
        AssertOneLineError(r, outDir, "/dev/zero", null, "larger than 16 MiB: not a portfolio file");
    }

    [Fact]
    public void A_portfolio_file_past_the_limit_is_refused_naming_it()
    {
        using var temp = new TempFolder();
        var big = Path.Combine(temp.Path, "big.json");
        using (var f = File.Create(big))
        {
            f.Write("{ \"title\": \""u8);
            f.Write(new byte[(16 << 20) + 1].Select(_ => (byte)'x').ToArray());
            f.Write("\" }"u8);
        }
        var outDir = Path.Combine(temp.Path, "out");
        AssertOneLineError(Report(big, outDir), outDir, big, null, "larger than 16 MiB");
    }

    /// <summary>Each JSON shape the format does not allow, with the line it is on and the words of the problem.</summary>
    [Theory]
    [InlineData("""{ "title": "T", "reportCurrency": "GBP", "holdings": [null] }""", 1, "holding 1 must be an object { \"id\": ..., \"amount\": ... }, not null")]
    [InlineData("{ \"title\": \"T\", \"reportCurrency\": \"GBP\",\n  \"holdings\": [\n    42 ] }", 3, "holding 1 must be an object { \"id\": ..., \"amount\": ... }, not a number")]
    [InlineData("{ \"title\": \"T\", \"reportCurrency\": \"GBP\",\n  \"holdings\": [\n { \"id\": 7, \"amount\": 1, \"currency\": \"GBP\" } ] }", 3, "holding 1: 'id' must be text, not a number")]
    [InlineData("{ \"title\": \"T\", \"reportCurrency\": \"GBP\", \"holdings\": [\n { \"id\": \"a\",\n \"amount\": -5, \"currency\": \"GBP\" } ] }", 3, "holding 'a': amount -5 is negative")]
    [InlineData("{ \"title\": \"T\", \"reportCurrency\": \"GBP\", \"holdings\": [\n { \"id\": \"a\", \"amount\": \"NaN\", \"currency\": \"GBP\" } ] }", 2, "holding 'a': amount must be a number of zero or more, not text 'NaN'")]
    [InlineData("{ \"title\": \"T\", \"reportCurrency\": \"GBP\", \"holdings\": [\n { \"id\": \"a\", \"amount\": NaN, \"currency\": \"GBP\" } ] }", 2, "not valid JSON")]
    [InlineData("{ \"title\": \"T\", \"reportCurrency\": \"GBP\", \"holdings\": [\n { \"id\": \"a\", \"amount\": 1e400, \"currency\": \"GBP\" } ] }", 2, "holding 'a': amount 1e400 is too large")]
    [InlineData("{ \"title\": \"T\", \"reportCurrency\": \"GBP\", \"holdings\": [\n { \"id\": \"a\", \"amount\": 1, \"currency\": \"GBP\" },\n { \"id\": \"a\", \"amount\": 2, \"currency\": \"GBP\" } ] }", 3, "holding id 'a' is used twice (first on line 2)")]
    [InlineData("{ \"title\": \"T\", \"reportCurrency\": \"GBP\", \"holdings\": [\n { \"id\": \"a\", \"ammount\": 1, \"currency\": \"GBP\" } ] }", 2, "holding 'a': unknown field 'ammount'")]
    [InlineData("{ \"title\": \"T\", \"reportCurrency\": \"GBP\", \"holdings\": [\n { \"id\": \"a\", \"files\": [ \"a.csv\", 3 ], \"amount\": 1, \"currency\": \"GBP\" } ] }", 2, "holding 'a': 'files' item 2 must be a file name, not a number")]
    [InlineData("{ \"title\": \"T\", \"reportCurrency\": \"GBP\", \"holdings\": [\n { \"id\": \"a\", \"amount\": 1, \"currency\": \"GBP\", \"identifiers\": { \"name\": \"Fund A\" } },\n { \"id\": \"b\", \"identifiers\": { \"name\": \"FUND  A\" } } ] }", 3, "identifiers: name 'FUND A' also names holding 'a' (line 2)")]
    [InlineData("{ \"title\": \"T\", \"reportCurrency\": \"GBP\", \"title\": \"U\", \"holdings\": [] }", 1, "'title' is given twice")]
    public void A_wrong_shape_is_one_line_naming_file_line_and_problem(string json, int line, string problem)
    {
        using var temp = new TempFolder();
        temp.File("a.csv", "Name,Market Value\nZTE CORP,100\n");
        var scheme = temp.File("scheme.json", json);
        var outDir = Path.Combine(temp.Path, "out");
        AssertOneLineError(Report(scheme, outDir), outDir, scheme, line, problem);
    }

    [Fact]
    public void A_fund_naming_itself_as_its_holding_is_a_cycle_of_one()
    {
        using var temp = new TempFolder();
        temp.File("a.csv", "Name,Market Value\nZTE CORP,100\nFund A Holding,50\n");
        var scheme = temp.File("scheme.json", """
            { "title": "Self", "reportCurrency": "GBP",
              "holdings": [
                { "id": "a", "file": "a.csv", "amount": 100, "currency": "GBP", "identifiers": { "name": "FUND A HOLDING" } } ] }
            """);
        var outDir = Path.Combine(temp.Path, "out");
        AssertOneLineError(Report(scheme, outDir), outDir, scheme, 3, "fund 'a' holds itself: a > a (a.csv, line 3 holds it)");
    }

    [Fact]
    public void Two_funds_whose_names_differ_by_one_letter_holding_each_other_are_a_cycle()
    {
        using var temp = new TempFolder();
        temp.File("a.csv", "Name,Market Value\nZTE CORP,100\nFUND B HOLDING,50\n");
        temp.File("b.csv", "Name,Market Value\nFUND A HOLDING,10\nOTHER CO,90\n");
        var scheme = temp.File("scheme.json", """
            { "title": "Two", "reportCurrency": "GBP",
              "holdings": [
                { "id": "a", "file": "a.csv", "amount": 100, "currency": "GBP", "identifiers": { "name": "FUND A HOLDING" } },
                { "id": "b", "file": "b.csv", "identifiers": { "name": "FUND B HOLDING" } } ] }
            """);
        var outDir = Path.Combine(temp.Path, "out");
        AssertOneLineError(Report(scheme, outDir), outDir, scheme, 3,
            "funds hold each other in a cycle: a > b > a (a.csv, line 3 holds 'b'; b.csv, line 2 holds 'a')");
    }

    [Fact]
    public void A_three_cycle_is_named_along_the_path_that_exists()
    {
        using var temp = new TempFolder();
        temp.File("a.csv", "Name,Market Value,Ticker\nFUND B,50,TB\nZTE CORP,50,\n");
        temp.File("b.csv", "Name,Market Value,Ticker\nFUND C,50,TC\nOTHER CO,50,\n");
        temp.File("c.csv", "Name,Market Value,Ticker\nOTHER CO,50,\nFUND A,50,TA\n");
        var scheme = temp.File("scheme.json", """
            { "title": "Three", "reportCurrency": "GBP",
              "holdings": [
                { "id": "b", "file": "b.csv", "identifiers": { "ticker": "TB" } },
                { "id": "c", "file": "c.csv", "identifiers": { "ticker": "TC" } },
                { "id": "a", "file": "a.csv", "amount": 100, "currency": "GBP", "identifiers": { "ticker": "TA" } } ] }
            """);
        var outDir = Path.Combine(temp.Path, "out");
        AssertOneLineError(Report(scheme, outDir), outDir, scheme, 3,
            "funds hold each other in a cycle: b > c > a > b (b.csv, line 2 holds 'c'; c.csv, line 3 holds 'a'; a.csv, line 2 holds 'b')");
    }

    [Fact]
    public void Funds_whose_names_differ_by_one_letter_are_two_funds()
    {
        using var temp = new TempFolder();
        temp.File("a.csv", "Name,Market Value\nZTE CORP,50\nFUND B HOLDING,50\n");
        temp.File("b.csv", "Name,Market Value\nHIKVISION,20\nOTHER CO,80\n");
        var scheme = temp.File("scheme.json", """
            { "title": "Names", "reportCurrency": "GBP",
              "holdings": [
                { "id": "b", "file": "b.csv", "identifiers": { "name": "Fund B  Holding" } },
                { "id": "a", "file": "a.csv", "amount": 1000, "currency": "GBP", "identifiers": { "name": "FUND A HOLDING" } } ] }
            """);
        var outDir = Path.Combine(temp.Path, "out");
        var r = Report(scheme, outDir);
        Assert.True(r.ExitCode == 0, r.Error);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "exposure-report.json")));
        var companies = json.RootElement.GetProperty("portfolio").GetProperty("companies").EnumerateArray().ToList();
        var through = companies.SelectMany(c => c.GetProperty("paths").EnumerateArray()).Select(p => p.GetProperty("path").GetString()).ToList();
        Assert.Contains("a > b", through);
        Assert.DoesNotContain(companies, c => c.GetProperty("name").GetString()!.Contains("FUND", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("from,to,rate\nUSD,GBP,0.79\nEUR,GBP,0.86\nUSD,GBP,0.79\n", 4, "USD to GBP is given twice (first on line 2)")]
    [InlineData("from,to,rate\nUSD,GBP,0.8\nGBP,USD,1.5\n", 3, "GBP to USD at 1.5 contradicts USD to GBP at 0.8 on line 2")]
    [InlineData("from,to,rate\nUSD,USD,2\n", 2, "a rate from USD to USD")]
    [InlineData("from,to,rate\nUSD,GBP\n", 2, "the line has no 'rate' value")]
    [InlineData("from,to,rate\nU$D,GBP,0.8\n", 2, "currency 'U$D' is not a three-letter ISO 4217 code")]
    public void A_wrong_exchange_rates_file_is_one_line_naming_file_and_line(string rates, int line, string problem)
    {
        using var temp = new TempFolder();
        temp.File("a.csv", "Name,Market Value\nZTE CORP,100\n");
        temp.File("fx.csv", rates);
        var scheme = temp.File("scheme.json", """
            { "title": "FX", "reportCurrency": "GBP", "fxRates": "fx.csv",
              "holdings": [ { "id": "a", "file": "a.csv", "amount": 100, "currency": "USD" } ] }
            """);
        var outDir = Path.Combine(temp.Path, "out");
        AssertOneLineError(Report(scheme, outDir), outDir, "fx.csv", line, problem);
    }

    [Fact]
    public void Consistent_inverse_rates_are_both_accepted()
    {
        using var temp = new TempFolder();
        temp.File("a.csv", "Name,Market Value\nZTE CORP,100\n");
        temp.File("fx.csv", "from,to,rate\nUSD,GBP,0.79\nGBP,USD,1.27\n");
        var scheme = temp.File("scheme.json", """
            { "title": "FX", "reportCurrency": "GBP", "fxRates": "fx.csv",
              "holdings": [ { "id": "a", "file": "a.csv", "amount": 100, "currency": "USD" } ] }
            """);
        var r = Report(scheme, Path.Combine(temp.Path, "out"));
        Assert.True(r.ExitCode == 0, r.Error);
    }

    /// <summary>
    /// 40 levels of two funds, each holding both funds of the next level (40% each) and ZTE (20%): 2^40 - 1 paths lead
    /// from each top fund to ZTE. Walking them would never end; counting them is immediate. The bound on the time is
    /// only a guard against hanging the test run: what is asserted is the counting.
    /// </summary>
    [Fact]
    public async Task A_forty_level_two_wide_scheme_completes_with_its_paths_counted()
    {
        const int levels = 40;
        using var temp = new TempFolder();
        var holdings = new List<string>();
        for (var level = 1; level <= levels; level++)
        {
            foreach (var side in "AB")
            {
                var csv = new StringBuilder("Name,Market Value,Ticker\n");
                if (level < levels)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"FUND {level + 1}A UNITS,40,T{level + 1}A\nFUND {level + 1}B UNITS,40,T{level + 1}B\nZTE CORP,20,\n");
                }
                else
                {
                    csv.Append("ZTE CORP,20,\nOTHER CO,80,\n");
                }
                var id = string.Create(CultureInfo.InvariantCulture, $"f{level}{char.ToLowerInvariant(side)}");
                temp.File(id + ".csv", csv.ToString());
                var amount = level == 1 ? "\"amount\": 1000000, \"currency\": \"GBP\", " : "";
                holdings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{{ \"id\": \"{id}\", \"file\": \"{id}.csv\", {amount}\"identifiers\": {{ \"ticker\": \"T{level}{side}\" }} }}"));
            }
        }
        var scheme = temp.File("scheme.json", $"{{ \"title\": \"Deep\", \"reportCurrency\": \"GBP\", \"holdings\": [\n{string.Join(",\n", holdings)} ] }}");
        var outDir = Path.Combine(temp.Path, "out");

        var r = await Task.Run(() => Report(scheme, outDir)).WaitAsync(TimeSpan.FromMinutes(5));
        Assert.True(r.ExitCode == 0, r.Error);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "exposure-report.json")));
        var portfolio = json.RootElement.GetProperty("portfolio");
        var zte = Assert.Single(portfolio.GetProperty("companies").EnumerateArray(), c => c.GetProperty("companyId").GetString() == "zte");
        var paths = zte.GetProperty("paths").EnumerateArray().ToList();
        var listed = paths.Where(p => !p.TryGetProperty("pathsCombined", out _)).ToList();
        var summarised = paths.Where(p => p.TryGetProperty("pathsCombined", out _)).ToList();

        Assert.Equal(20, listed.Count);
        Assert.Equal(2, summarised.Count);
        Assert.Equal(2 * ((1L << levels) - 1), listed.Count + summarised.Sum(p => p.GetProperty("pathsCombined").GetInt64()));
        Assert.All(summarised, p => Assert.Contains("more paths, none larger than those listed", p.GetProperty("route").GetString()));

        // Each level passes on 80% of what reaches it and holds 20% in ZTE: 2 x 1,000,000 x (1 - 0.8^40) in all.
        var expected = 2 * 1_000_000m * (1 - Pow(0.8m, levels));
        var value = zte.GetProperty("value").GetDecimal();
        Assert.Equal(expected, value, 4);
        Assert.Equal(value, paths.Sum(p => p.GetProperty("value").GetDecimal()), 4);
        // The largest paths are listed: the two top funds (200,000 each), 4 paths through level 2 (80,000), 8 through
        // level 3 (32,000) and 6 of the 16 through level 4 (12,800).
        decimal[] largest = [.. Enumerable.Repeat(200_000m, 2), .. Enumerable.Repeat(80_000m, 4), .. Enumerable.Repeat(32_000m, 8), .. Enumerable.Repeat(12_800m, 6)];
        Assert.Equal(largest, listed.Select(p => Math.Round(p.GetProperty("value").GetDecimal(), 6)));
        Assert.Equal(2_000_000m, portfolio.GetProperty("coverage").GetProperty("lookedThrough").GetDecimal(), 4);
    }

    private static decimal Pow(decimal x, int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++) result *= x;
        return result;
    }

    [SkippableFact]
    public void A_folder_given_as_the_portfolio_is_said_to_be_one()
    {
        using var temp = new TempFolder();
        var folder = Directory.CreateDirectory(Path.Combine(temp.Path, "scheme")).FullName;
        var outDir = Path.Combine(temp.Path, "out");
        AssertOneLineError(Report(folder, outDir), outDir, folder, null, "is a folder: --portfolio takes the portfolio file (JSON) itself");
    }
}

using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// What becomes a fund of a data set where a filing is incomplete: a report that lists no holdings is a fund with none, in
/// dollars, that withholds no total; a filing FUND_REPORTED_INFO does not describe is no fund, its rows rejected with a
/// warning. And inputs of one name in different folders are named apart everywhere.
/// </summary>
public sealed class NportDataSetFilingsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A copy of a fixture quarter in <paramref name="folder"/> (under the temporary folder), with every line of <paramref name="table"/> beginning with <paramref name="accession"/> taken out.</summary>
    private string Quarter(string folder, string fixture = "nport-dataset", string? table = null, string? accession = null)
    {
        var path = Path.Combine(_temp.Path, folder);
        Directory.CreateDirectory(path);
        foreach (var file in Directory.GetFiles(RepoPaths.NportDataSet(fixture))) File.Copy(file, Path.Combine(path, Path.GetFileName(file)));
        if (table is not null && accession is not null)
        {
            var lines = File.ReadAllLines(Path.Combine(path, table));
            Assert.Contains(lines, l => l.StartsWith(accession, StringComparison.Ordinal));
            File.WriteAllLines(Path.Combine(path, table), lines.Where(l => !l.StartsWith(accession, StringComparison.Ordinal)));
        }
        return path;
    }

    private (JsonElement Report, string Terminal, string Output) Run(params string[] holdings)
    {
        var output = Path.Combine(_temp.Path, "out-" + Guid.NewGuid().ToString("N"));
        var r = CliRunner.Run(["report", "--holdings", .. holdings, "--out", output, "--format", "json,csv"]);
        Assert.True(r.ExitCode == 0, r.Error);
        return (JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "exposure-report.json"))).RootElement, r.Output.ReplaceLineEndings(" "), output);
    }

    private static decimal? Figure(JsonElement report, string name) =>
        report.GetProperty("summary").GetProperty(name) is { ValueKind: JsonValueKind.Number } n ? n.GetDecimal() : null;

    private static JsonElement Fund(JsonElement report, string accession) =>
        report.GetProperty("funds").EnumerateArray().Single(f => f.GetProperty("accessionNumber").GetString() == accession);

    private static string Registrant(string output, string name) =>
        File.ReadAllLines(Path.Combine(output, "registrants.csv")).Single(l => l.StartsWith(name + ",", StringComparison.Ordinal));

    [Theory]
    // A liquidated fund: its chosen April report lists no holdings, its March report did.
    [InlineData("0009990001-26-000102", "Illustrative Series Trust,9990001,1,0,0,USD,126000000,0,0", 0)]
    // An amendment that lists no holdings replaces the original that listed one.
    [InlineData("0009990002-26-000202", "Illustrative Unit Investment Trust,9990002,1,0,0,USD,40100000,0,0", 1_093_750)]
    public void A_chosen_report_with_no_holdings_is_a_fund_in_dollars_and_every_total_is_given(string accession, string registrantRow, decimal flagged)
    {
        var (report, terminal, output) = Run(Quarter("nport", table: "FUND_REPORTED_HOLDING.tsv", accession: accession));

        var empty = Fund(report, accession);
        Assert.Equal(("USD", 0), (empty.GetProperty("currency").GetString(), empty.GetProperty("holdingRows").GetInt32()));
        var summary = report.GetProperty("summary");
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("totalsWithheld").ValueKind);
        Assert.Equal("USD", summary.GetProperty("currency").GetString());
        Assert.Equal((2, 166_100_000m, flagged), (summary.GetProperty("funds").GetInt32(), Figure(report, "fundValue"), Figure(report, "flaggedValue")));
        Assert.Equal(registrantRow, Registrant(output, registrantRow.Split(',')[0]));
        Assert.Contains("of the funds' value, USD 166,100,000", terminal, StringComparison.Ordinal);
        Assert.DoesNotContain("currencies", terminal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_with_no_holdings_and_no_net_assets_is_worth_nothing_and_withholds_no_total()
    {
        // A fund that filed its last report after liquidating: no rows, NET_ASSETS 0, nothing it supersedes.
        var folder = Quarter("nport");
        File.AppendAllText(Path.Combine(folder, "SUBMISSION.tsv"), "0009990007-26-000701\t26-JUN-2026\t811-99907\tNPORT-P\t31-DEC-2026\t30-APR-2026\tY\n");
        File.AppendAllText(Path.Combine(folder, "REGISTRANT.tsv"), "0009990007-26-000701\t9990007\tIllustrative Closed Trust\t811-99907\tN/A\t7 Example Street\t\tExampleton\tUS-NY\tUS\t10001\tN/A\n");
        var info = Path.Combine(folder, "FUND_REPORTED_INFO.tsv");
        var row = File.ReadAllLines(info)[1].Split('\t');
        (row[0], row[1], row[2], row[6]) = ("0009990007-26-000701", "Illustrative Closed Fund", "S000999701", "0.00");
        File.AppendAllText(info, string.Join('\t', row) + "\n");

        var (report, terminal, _) = Run(folder);

        var closed = Fund(report, "0009990007-26-000701");
        Assert.Equal(("USD", 0m, 0), (closed.GetProperty("currency").GetString(), closed.GetProperty("fundValue").GetDecimal(), closed.GetProperty("holdingRows").GetInt32()));
        Assert.Equal(JsonValueKind.Null, report.GetProperty("summary").GetProperty("totalsWithheld").ValueKind);
        Assert.Equal((3, 166_100_000m, 1_093_750m), (report.GetProperty("summary").GetProperty("funds").GetInt32(), Figure(report, "fundValue"), Figure(report, "flaggedValue")));
        Assert.Contains("of the funds' value, USD 166,100,000", terminal, StringComparison.Ordinal);

        // Its report lists no holdings: a note beside its figures says so, and the terminal says it in words, not as "0 lines".
        var words = "The report of 2026-04-30 lists no holdings; the fund's net assets are as stated.";
        var note = report.GetProperty("summary").GetProperty("warnings").EnumerateArray().Single(w => w.GetProperty("code").GetString() == "no-holdings");
        Assert.Equal((closed.GetProperty("id").GetString(), "Illustrative Closed Fund: " + words), (note.GetProperty("fundId").GetString(), note.GetProperty("text").GetString()));
        var narrow = CliRunner.RunAt(60, "report", "--holdings", folder, "--out", Path.Combine(_temp.Path, "narrow"), "--format", "json");
        Assert.True(narrow.ExitCode == 0, narrow.Error);
        var lines = narrow.Output.ReplaceLineEndings("\n").Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith("Illustrative Closed Fund, as of 2026-04-30", StringComparison.Ordinal));
        Assert.True(at >= 0, narrow.Output);
        var under = System.Text.RegularExpressions.Regex.Replace(string.Join(" ", lines[(at + 1)..(at + 4)]), " +", " ").Trim();
        Assert.StartsWith(words + " fund value USD 0", under, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("0 lines", StringComparison.Ordinal));
    }

    [Fact]
    public void A_filing_FUND_REPORTED_INFO_does_not_describe_is_no_second_fund_its_rows_rejected_with_a_warning()
    {
        var (report, terminal, _) = Run(Quarter("nport", table: "FUND_REPORTED_INFO.tsv", accession: "0009990002-26-000202"));

        // One fund per series: the trust's is its original report (40,000,000), not its amendment keyed apart.
        Assert.Equal([("S000999101", "0009990001-26-000102"), ("S000999202", "0009990002-26-000201")],
            report.GetProperty("funds").EnumerateArray().Select(f => (f.GetProperty("seriesId").GetString(), f.GetProperty("accessionNumber").GetString())));
        Assert.Equal(166_000_000m, Figure(report, "fundValue"));
        var rejected = report.GetProperty("rejected").EnumerateArray().Where(r => r.GetProperty("kind").GetString() == "no-fund-info").ToList();
        Assert.Equal([6, 12], rejected.Select(r => r.GetProperty("line").GetInt32()));
        Assert.Contains("3 lines rejected: 1 line of a filing not in SUBMISSION.tsv, 2 lines of filings not in FUND_REPORTED_INFO.tsv.", terminal, StringComparison.Ordinal);
        var warning = report.GetProperty("summary").GetProperty("warnings").EnumerateArray()
            .Single(w => w.GetProperty("code").GetString() == "input-incomplete").GetProperty("text").GetString();
        Assert.Equal("nport: a filing in SUBMISSION.tsv, 0009990002-26-000202 (NPORT-P/A as of 2026-04-30, filed 2026-06-10), has no row in FUND_REPORTED_INFO.tsv: " +
            "the series it reports on is unknown (no other table names it), so it is no fund's report, and its 2 holdings rows are rejected, counted in no fund.", warning);
    }

    [Fact]
    public void Two_quarters_in_folders_of_one_name_are_named_by_the_folders_that_tell_them_apart()
    {
        var q2 = Quarter(Path.Combine("dirA", "nport"));
        var q3 = Quarter(Path.Combine("dirB", "nport"), "nport-dataset-2026q3");
        var (report, terminal, output) = Run(q2, q3);

        var holdings = report.GetProperty("run").GetProperty("inputs").EnumerateArray()
            .Where(i => i.GetProperty("role").GetString() == "holdings").Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.Equal(["dirA/nport", "dirB/nport"], holdings);
        var files = report.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("file").GetString()).Distinct().Order().ToList();
        Assert.Equal(["dirA/nport/FUND_REPORTED_HOLDING.tsv", "dirB/nport/FUND_REPORTED_HOLDING.tsv"], files);
        Assert.Contains("dirA/nport/FUND_REPORTED_HOLDING.tsv", File.ReadAllText(Path.Combine(output, "funds.csv")), StringComparison.Ordinal);
        Assert.DoesNotContain(" nport/FUND_REPORTED_HOLDING.tsv", terminal, StringComparison.Ordinal);
        // The two are two data sets, the later the market, as the fixtures' own folders of different names are.
        var apart = Run(RepoPaths.NportDataSet(), RepoPaths.NportDataSet("nport-dataset-2026q3")).Report;
        foreach (var figure in new[] { "funds", "fundValue", "flaggedValue" })
            Assert.Equal(Figure(apart, figure), Figure(report, figure));
        Assert.Equal(apart.GetProperty("market").GetProperty("funds").EnumerateArray().Select(f => f.TryGetProperty("presence", out var p) ? p.GetString() : null),
            report.GetProperty("market").GetProperty("funds").EnumerateArray().Select(f => f.TryGetProperty("presence", out var p) ? p.GetString() : null));
    }

    [Fact]
    public void Plain_files_of_one_name_in_different_folders_are_named_apart_and_one_file_given_twice_keeps_its_name()
    {
        var a = Path.Combine(_temp.Path, "a");
        var b = Path.Combine(_temp.Path, "b");
        Directory.CreateDirectory(a);
        Directory.CreateDirectory(b);
        File.Copy(RepoPaths.IllustrativeHoldings, Path.Combine(a, "h.csv"));
        File.Copy(Path.Combine(RepoPaths.NportDataSet(), "..", "plain.csv"), Path.Combine(b, "h.csv"));

        var (report, _, _) = Run(Path.Combine(a, "h.csv"), Path.Combine(b, "h.csv"));
        Assert.Equal(["a/h.csv", "b/h.csv"], report.GetProperty("funds").EnumerateArray().Select(f => f.GetProperty("sourceFile").GetString()));

        var (twice, _, _) = Run(Path.Combine(a, "h.csv"), Path.Combine(a, "h.csv"));
        Assert.Equal(["h.csv", "h.csv"], twice.GetProperty("run").GetProperty("inputs").EnumerateArray()
            .Where(i => i.GetProperty("role").GetString() == "holdings").Select(i => i.GetProperty("name").GetString()));
    }
}

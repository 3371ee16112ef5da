using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// Two quarters' data sets given together: the later quarter's market, with the changes since the earlier. An amendment
/// replaces what it amends across data sets, whatever the order the data sets are given in; a fund that stopped filing
/// is an exit of the fund, not a holding of the later market.
/// </summary>
public sealed class NportQuartersTests
{
    private const string Trust = "Alpha Trust";
    private const string Cik = "1000001";

    private static JsonElement Report(string folder) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "exposure-report.json"))).RootElement;

    private static (string Q2, string Q3) Amended(string root) =>
    (
        NportFilings.Write(Path.Combine(root, "q2"),
            new NportFiling("0001000001-26-000001", "20-MAY-2026", "30-APR-2026", "S000000001", "Alpha Growth Fund", Cik, Trust, [NportFilings.Hikvision(100_000m)])),
        NportFilings.Write(Path.Combine(root, "q3"),
            // The April report amended in July, without Hikvision; then the July report, without it too.
            new NportFiling("0001000001-26-000009", "15-JUL-2026", "30-APR-2026", "S000000001", "Alpha Growth Fund", Cik, Trust, [], "NPORT-P/A"),
            new NportFiling("0001000001-26-000010", "20-AUG-2026", "31-JUL-2026", "S000000001", "Alpha Growth Fund", Cik, Trust, []))
    );

    [Fact]
    public void An_amendment_in_the_later_quarter_replaces_the_earlier_quarter_s_original_in_either_order_and_every_month_setting()
    {
        using var temp = new TempFolder();
        var (q2, q3) = Amended(temp.Path);
        var outputs = new List<string>();
        foreach (var (order, months) in new[] { ((string[])[q2, q3], "latest"), ([q3, q2], "latest"), ([q2, q3], "all"), ([q3, q2], "all") })
        {
            var output = Path.Combine(temp.Path, $"out-{outputs.Count}");
            var r = CliRunner.Run(["report", "--holdings", .. order, "--nport-months", months, "--out", output, "--format", "json,csv", "--quiet"]);
            Assert.True(r.ExitCode == 0, r.Error);
            outputs.Add(output);

            // No Hikvision exit: the April report that held it was replaced by its amendment.
            Assert.Empty(NportDataSetTests.Csv(Path.Combine(output, "changes.csv")));
            var funds = NportDataSetTests.Csv(Path.Combine(output, "funds.csv"));
            var original = funds.Single(f => f["accession_number"] == "0001000001-26-000001");
            var amendment = funds.Single(f => f["accession_number"] == "0001000001-26-000009");
            Assert.Equal(("false", "0001000001-26-000009"), (original["counted"], original["superseded_by"]));
            Assert.Equal(("false", "0001000001-26-000010"), (amendment["counted"], amendment["superseded_by"]));
            Assert.Equal("true", funds.Single(f => f["accession_number"] == "0001000001-26-000010")["counted"]);
            var summary = Report(output).GetProperty("summary");
            Assert.Equal(0m, summary.GetProperty("flaggedValue").GetDecimal());
            Assert.Equal(0, Report(output).GetProperty("market").GetProperty("summary").GetProperty("exits").GetInt32());
        }
        // The order the data sets are given in changes nothing the reports say of the funds.
        Assert.Equal(File.ReadAllText(Path.Combine(outputs[0], "changes.csv")), File.ReadAllText(Path.Combine(outputs[1], "changes.csv")));
    }

    [Fact]
    public void A_report_replaced_by_its_amendment_and_one_replaced_by_another_report_of_its_date_say_so_in_the_terminal_and_the_json()
    {
        using var temp = new TempFolder();
        var (q2, q3) = Amended(temp.Path);
        // A third quarter's folder: the April report filed again, not as an amendment, after the amendment.
        var again = NportFilings.Write(Path.Combine(temp.Path, "again"),
            new NportFiling("0001000001-26-000011", "25-AUG-2026", "30-APR-2026", "S000000001", "Alpha Growth Fund", Cik, Trust, []));
        var output = Path.Combine(temp.Path, "out");
        var amended = Path.Combine(temp.Path, "amended");

        var r = CliRunner.RunAt(60, "report", "--holdings", q3, q2, "--out", amended, "--format", "json");
        Assert.True(r.ExitCode == 0, r.Error);
        var terminal = r.Output.ReplaceLineEndings(" ");
        var replaced = "Not counted: replaced by its amendment (NPORT-P/A, accession 0001000001-26-000009, filed 2026-07-15).";
        Assert.Contains(replaced, System.Text.RegularExpressions.Regex.Replace(terminal, " +", " "), StringComparison.Ordinal);
        var funds = Report(amended).GetProperty("funds").EnumerateArray().ToDictionary(f => f.GetProperty("accessionNumber").GetString()!);
        var original = funds["0001000001-26-000001"];
        var by = original.GetProperty("supersededBy");
        Assert.Equal(("0001000001-26-000009", "NPORT-P/A", "2026-07-15", funds["0001000001-26-000009"].GetProperty("id").GetString()),
            (by.GetProperty("accessionNumber").GetString(), by.GetProperty("formType").GetString(), by.GetProperty("filedOn").GetString(), by.GetProperty("fundId").GetString()));
        Assert.Equal(replaced.TrimEnd('.'), original.GetProperty("notCounted").GetString());
        // The amendment is itself an earlier report of its fund; the July report counts and says nothing.
        Assert.Equal("Earlier report, not counted: its fund counts by its report as of 2026-07-31 (accession 0001000001-26-000010)",
            funds["0001000001-26-000009"].GetProperty("notCounted").GetString());
        Assert.False(funds["0001000001-26-000010"].TryGetProperty("notCounted", out _));

        // The April report filed again later, as a report, not an amendment: the amendment is replaced by it, in those words.
        r = CliRunner.RunAt(60, "report", "--holdings", q2, q3, again, "--out", output, "--format", "json");
        Assert.True(r.ExitCode == 0, r.Error);
        var sameDate = "Not counted: replaced by another report of the same date (accession 0001000001-26-000011).";
        Assert.Contains(sameDate, System.Text.RegularExpressions.Regex.Replace(r.Output.ReplaceLineEndings(" "), " +", " "), StringComparison.Ordinal);
        var after = Report(output).GetProperty("funds").EnumerateArray().Single(f => f.GetProperty("accessionNumber").GetString() == "0001000001-26-000009");
        Assert.Equal(sameDate.TrimEnd('.'), after.GetProperty("notCounted").GetString());
        Assert.Equal("NPORT-P", after.GetProperty("supersededBy").GetProperty("formType").GetString());
    }

    [Fact]
    public void Two_data_sets_give_their_funds_the_same_ids_and_figures_in_either_order()
    {
        using var temp = new TempFolder();
        var sets = NportMarket.WriteSameNamed(Path.Combine(temp.Path, "data"));
        var (first, second) = (sets[0], sets[1]);
        Dictionary<string, string> Funds(params string[] order)
        {
            var output = Path.Combine(temp.Path, "out-" + string.Join("-", order.Select(Path.GetFileName)));
            var r = CliRunner.Run(["report", "--holdings", .. order, "--out", output, "--format", "json", "--quiet"]);
            Assert.True(r.ExitCode == 0, r.Error);
            var report = Report(output);
            var findings = report.GetProperty("findings").EnumerateArray().ToLookup(f => f.GetProperty("fundId").GetString()!, f => f.GetProperty("companyId").GetString());
            // Each fund's id with what the report says of it: its filing, date, value, flagged value, what replaces it, and its findings.
            return report.GetProperty("funds").EnumerateArray().ToDictionary(
                f => f.GetProperty("id").GetString()!,
                f => string.Join("|", f.GetProperty("accessionNumber").GetString(), f.GetProperty("asOf").GetString(), f.GetProperty("fundValue").GetRawText(),
                    f.GetProperty("flaggedValue").GetRawText(), f.TryGetProperty("supersededBy", out var by) ? by.GetProperty("fundId").GetString() : "counted",
                    string.Join(",", findings[f.GetProperty("id").GetString()!].Order(StringComparer.Ordinal))));
        }

        var forward = Funds(first, second);
        var backward = Funds(second, first);
        Assert.Equal(12, forward.Count);
        Assert.Equal(forward.OrderBy(kv => kv.Key, StringComparer.Ordinal), backward.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        // Funds of one name have ids of their own series, dates and filings, not numbers in the order they were read.
        Assert.Contains("s900000000-2026-04-30-0009200000-26-000000", forward.Keys);
        Assert.Contains("s900000003-2026-07-31-0009300003-26-000003", forward.Keys);
    }

    [Fact]
    public void A_fund_that_stopped_filing_is_left_out_of_the_later_market_and_its_holdings_are_an_exit_of_the_fund_not_a_sale()
    {
        using var temp = new TempFolder();
        var q2 = NportFilings.Write(Path.Combine(temp.Path, "q2"),
            new NportFiling("0001000001-26-000001", "20-MAY-2026", "30-APR-2026", "S000000001", "Alpha Growth Fund", Cik, Trust, [NportFilings.Hikvision(100_000m)]),
            new NportFiling("0001000001-26-000002", "20-MAY-2026", "30-APR-2026", "S000000002", "Alpha China Fund", Cik, Trust, [NportFilings.Hikvision(250_000m)]),
            new NportFiling("0002000001-26-000001", "21-MAY-2026", "30-APR-2026", "S000000003", "Beta Fund", "2000001", "Beta Trust", [NportFilings.Hikvision(300_000m)]));
        var q3 = NportFilings.Write(Path.Combine(temp.Path, "q3"),
            // Alpha Growth Fund files no more; Alpha China Fund has sold Hikvision; Beta Fund still holds it.
            new NportFiling("0001000001-26-000012", "20-AUG-2026", "31-JUL-2026", "S000000002", "Alpha China Fund", Cik, Trust, []),
            new NportFiling("0002000001-26-000011", "21-AUG-2026", "31-JUL-2026", "S000000003", "Beta Fund", "2000001", "Beta Trust", [NportFilings.Hikvision(320_000m)]));
        var output = Path.Combine(temp.Path, "out");

        var r = CliRunner.Run("report", "--holdings", q2, q3, "--out", output, "--format", "json,csv", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);

        var report = Report(output);
        var summary = report.GetProperty("summary");
        // The later quarter's market: two funds, Hikvision USD 320,000 in one of them.
        Assert.Equal((2, 320_000m), (summary.GetProperty("funds").GetInt32(), summary.GetProperty("flaggedValue").GetDecimal()));
        var market = report.GetProperty("market");
        Assert.Equal(1, market.GetProperty("summary").GetProperty("fundsWithoutLaterReport").GetInt32());
        Assert.Equal(1, market.GetProperty("summary").GetProperty("exits").GetInt32());
        var hikvision = market.GetProperty("companies").EnumerateArray().Single(c => c.GetProperty("companyId").GetString() == "hikvision");
        Assert.Equal(1, hikvision.GetProperty("funds").GetInt32());
        var stopped = market.GetProperty("funds").EnumerateArray().Single(f => f.GetProperty("fundKey").GetString() == "S000000001");
        Assert.Equal("no-later-report", stopped.GetProperty("presence").GetString());
        Assert.Equal(320_000m, report.GetProperty("companies").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "hikvision").GetProperty("totalValue").GetDecimal());

        var registrants = NportDataSetTests.Csv(Path.Combine(output, "registrants.csv"));
        Assert.Equal("0", registrants.Single(x => x["cik"] == Cik)["flagged_value"]);

        var funds = NportDataSetTests.Csv(Path.Combine(output, "funds.csv"));
        var last = funds.Single(f => f["accession_number"] == "0001000001-26-000001");
        // Not counted, superseded by no report: its fund has no report in the latest data set, which the row names.
        Assert.Equal(("false", "", "q3"), (last["counted"], last["superseded_by"], last["no_later_report_in"]));
        Assert.All(funds.Where(f => f != last), f => Assert.Equal("", f["no_later_report_in"]));

        // changes.csv: the sale is an exit; the fund that stopped filing is its own kind; the words are the workbook's.
        var changes = NportDataSetTests.Csv(Path.Combine(output, "changes.csv"));
        Assert.Equal(
            [("Alpha China Fund", "exit", "2026-07-31", "250000"), ("Alpha Growth Fund", "no-later-report", "", "100000")],
            changes.Select(c => (c["fund_name"], c["change"], c["to_as_of"], c["value_before"])));
        var warning = summary.GetProperty("warnings").EnumerateArray().Single(w => w.GetProperty("code").GetString() == "no-later-report");
        Assert.StartsWith("1 fund has no report in the latest data set (q3): Alpha Growth Fund (Alpha Trust), last report 2026-04-30.",
            warning.GetProperty("text").GetString());
    }

    [Fact]
    public void The_same_data_set_given_twice_counts_each_report_once_and_says_so()
    {
        using var temp = new TempFolder();
        var (q2, _) = Amended(temp.Path);
        var copy = Path.Combine(temp.Path, "q2copy");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(q2)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        var once = Path.Combine(temp.Path, "once");
        var twice = Path.Combine(temp.Path, "twice");

        Assert.Equal(0, CliRunner.Run("report", "--holdings", q2, "--out", once, "--format", "json", "--quiet").ExitCode);
        var r = CliRunner.Run("report", "--holdings", q2, copy, "--out", twice, "--format", "json", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);

        var (one, two) = (Report(once).GetProperty("summary"), Report(twice).GetProperty("summary"));
        Assert.Equal((1, 100_000m), (two.GetProperty("funds").GetInt32(), two.GetProperty("flaggedValue").GetDecimal()));
        Assert.Equal(one.GetProperty("flaggedValue").GetDecimal(), two.GetProperty("flaggedValue").GetDecimal());
        var warnings = two.GetProperty("warnings").EnumerateArray().ToDictionary(w => w.GetProperty("code").GetString()!, w => w.GetProperty("text").GetString()!);
        // The copy's reports are of the same date: not earlier reports, and the totals count them once, as the warning says.
        Assert.False(warnings.ContainsKey("earlier-reports"));
        Assert.False(two.TryGetProperty("earlierReports", out var earlier) && earlier.ValueKind != JsonValueKind.Null);
        Assert.Contains("the totals count those holdings once", warnings["same-file"], StringComparison.Ordinal);
        Assert.DoesNotContain("twice", warnings["same-file"], StringComparison.Ordinal);
        Assert.StartsWith("1 report repeats a report of the same fund and date (2026-04-30)", warnings["same-report"], StringComparison.Ordinal);
    }
}

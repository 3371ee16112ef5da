using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// How N-PORT data sets are counted: two quarters together count each fund once, by its latest report, in every output;
/// a row of a filing the data set does not describe is a line of the data set, not of a fund; amounts are written as
/// other inputs' amounts are, not with the SEC's twelve decimals.
/// </summary>
public sealed class NportDataSetCountingTests
{
    private static readonly string DataSet = RepoPaths.NportDataSet();
    private static readonly string NextQuarter = RepoPaths.NportDataSet("nport-dataset-2026q3");

    [SkippableFact]
    public void Two_quarters_count_each_fund_once_by_its_latest_report_in_every_output()
    {
        using var temp = new TempFolder();
        var r = CliRunner.Run("report", "--holdings", DataSet, NextQuarter, "--out", temp.Path);
        Skip.If(r.ExitCode == ExitCodes.MissingFont, "no TrueType font for the PDF: " + r.Error.Trim());
        Assert.True(r.ExitCode == 0, r.Error);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "exposure-report.json")));
        var root = json.RootElement;
        var summary = root.GetProperty("summary");
        var market = root.GetProperty("market").GetProperty("summary");

        // Three series, each by its 2026-07-31 report: 130M + 50M + 40.5M, flagged 1.3M + 0.4M + 0.205M. The two
        // 2026-04-30 reports (126M and 40.1M; 1,093,750 flagged) are the base of the entries and exits, not added.
        Assert.Equal((3, 220_500_000m, 1_905_000m, 900_000m),
            (summary.GetProperty("funds").GetInt32(), summary.GetProperty("fundValue").GetDecimal(),
             summary.GetProperty("flaggedValue").GetDecimal(), summary.GetProperty("relatedValue").GetDecimal()));
        Assert.Equal((market.GetProperty("funds").GetInt32(), market.GetProperty("netAssets").GetDecimal(), market.GetProperty("flaggedValue").GetDecimal()),
            (summary.GetProperty("funds").GetInt32(), summary.GetProperty("fundValue").GetDecimal(), summary.GetProperty("flaggedValue").GetDecimal()));
        Assert.Equal(("2026-07-31", "2026-07-31", 0),
            (summary.GetProperty("dates").GetProperty("holdingsFrom").GetString(), summary.GetProperty("dates").GetProperty("holdingsTo").GetString(),
             summary.GetProperty("byDate").GetArrayLength()));
        var earlier = summary.GetProperty("earlierReports");
        Assert.Equal(5, earlier.GetProperty("reports").GetInt32());
        Assert.Equal(["s000999101-2026-04-30-0009990001-26-000102", "s000999202-2026-04-30-0009990002-26-000202"],
            earlier.GetProperty("fundIds").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(["2026-04-30"], earlier.GetProperty("dates").EnumerateArray().Select(x => x.GetString()));
        var codes = summary.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).ToList();
        Assert.Contains("earlier-reports", codes);
        Assert.DoesNotContain("dates-differ", codes);

        // Every report is still listed with its own figures; a company's total is over the latest reports: Hikvision's
        // 1,093,750 in the Asia fund's earlier report is an exit, not added to the 205,000 held now.
        Assert.Equal(5, root.GetProperty("funds").GetArrayLength());
        var hikvision = root.GetProperty("companies").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "hikvision");
        Assert.Equal(205_000m, hikvision.GetProperty("totalValue").GetDecimal());
        Assert.Equal(2, hikvision.GetProperty("holdings").GetArrayLength());
        Assert.Equal(5, NportDataSetTests.Csv(Path.Combine(temp.Path, "funds.csv")).Count);

        // Terminal: the headline over the latest reports, and why.
        var said = r.Output.ReplaceLineEndings(" ");
        Assert.Contains("Flagged value USD 1,905,000: 0.864% of the funds' value, USD 220,500,000", said, StringComparison.Ordinal);
        Assert.Contains(", over 3 funds as of 2026-07-31, each by its latest report (2 earlier reports not added).", said, StringComparison.Ordinal);
        Assert.Contains("the figures and totals count each fund once, by its latest report", r.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("2,998,750", r.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("386,600,000", r.Output, StringComparison.Ordinal);

        // Workbook: the Summary sheet's figures are the JSON's.
        var book = Path.Combine(temp.Path, "exposure-report.xlsx");
        Assert.Equal("3", WorkbookCells.Value(book, "Summary", "Funds screened (each by its latest report)"));
        Assert.Equal("220500000", WorkbookCells.Value(book, "Summary", "Fund value, the base of the shares (USD)"));
        Assert.Equal("1905000", WorkbookCells.Value(book, "Summary", "Value in companies named by a source (USD)"));

        // Web page: every summary figure carries its place in the JSON and equals it.
        var html = File.ReadAllText(Path.Combine(temp.Path, "exposure-report.html"));
        var figures = Regex.Matches(html, "<data value=\"([^\"]*)\" data-figure=\"(summary\\.[^\"]+)\">").ToList();
        Assert.Contains(figures, f => f.Groups[2].Value == "summary.fundValue");
        foreach (var f in figures)
        {
            var element = NportDataSetTests.Find(root, f.Groups[2].Value);
            Assert.Equal(element.ValueKind == JsonValueKind.Null ? "" : element.GetDecimal().ToString(CultureInfo.InvariantCulture),
                f.Groups[1].Value.Length == 0 ? "" : decimal.Parse(f.Groups[1].Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
        }
        Assert.Contains("<title>Exposure report: 3 funds screened</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("2,998,750", html, StringComparison.Ordinal);

        // PDF: the Summary's figures, and the note saying what they count.
        Requires.Program("pdftotext", "poppler-utils");
        var text = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", Path.Combine(temp.Path, "exposure-report.pdf"), "-"]) { RedirectStandardOutput = true })!
            .StandardOutput.ReadToEnd();
        Assert.Matches(@"Funds screened \(each by its latest report\)\s+3\n", text);
        Assert.Matches(@"Fund value, the base of the shares\s+USD 220,500,000\n", text);
        Assert.Contains("Each fund (an SEC series) counts once in these figures, by its latest report", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2,998,750", text, StringComparison.Ordinal);
        Assert.DoesNotContain("386,600,000", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_whose_fund_is_unknown_is_a_line_of_the_data_set_and_of_no_fund()
    {
        using var temp = new TempFolder();
        var r = CliRunner.Run("report", "--holdings", DataSet, "--out", temp.Path, "--format", "json,csv,xlsx", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "exposure-report.json")));
        var summary = json.RootElement.GetProperty("summary");

        // Line 11 is a row of filing 0009990004-26-000401, which SUBMISSION.tsv does not list: rejected, in no fund.
        var rejected = NportDataSetTests.Csv(Path.Combine(temp.Path, "rejected.csv")).Single();
        Assert.Equal(("nport-dataset/FUND_REPORTED_HOLDING.tsv", "11"), (rejected["file"], rejected["line"]));
        Assert.Contains("so its fund is unknown", rejected["reason"], StringComparison.Ordinal);
        var funds = NportDataSetTests.Csv(Path.Combine(temp.Path, "funds.csv"));
        Assert.Equal([("Illustrative Asia Equity Fund", "0", "11"), ("Illustrative Unit Investment Trust", "0", "3")],
            funds.Select(f => (f["fund_name"], f["lines_rejected"], f["lines_total"])));
        Assert.Equal(["0", "0"], WorkbookCells.Column(Path.Combine(temp.Path, "exposure-report.xlsx"), "Funds", "Rejected").Where(c => c.Length > 0));
        Assert.Equal(["11", "3"], WorkbookCells.Column(Path.Combine(temp.Path, "exposure-report.xlsx"), "Funds", "Lines").Where(c => c.Length > 0));

        // It is counted for the data set: the funds' lines and the lines of no fund add up to the table's lines.
        var ofNoFund = summary.GetProperty("linesOfNoFund").EnumerateArray().Single();
        Assert.Equal(("nport-dataset/FUND_REPORTED_HOLDING.tsv", 1, 1),
            (ofNoFund.GetProperty("file").GetString(), ofNoFund.GetProperty("lines").GetProperty("rejected").GetInt32(),
             ofNoFund.GetProperty("lines").GetProperty("total").GetInt32()));
        var lines = File.ReadAllLines(Path.Combine(DataSet, "FUND_REPORTED_HOLDING.tsv")).Length;
        Assert.Equal(lines, funds.Sum(f => int.Parse(f["lines_total"], CultureInfo.InvariantCulture)) + 1);
        Assert.Equal((lines, 1), (summary.GetProperty("lines").GetProperty("total").GetInt32(), summary.GetProperty("lines").GetProperty("rejected").GetInt32()));
        Assert.Contains(summary.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "lines-of-no-fund");
    }

    [Fact]
    public void Amounts_are_written_without_the_data_set_s_twelve_decimals_and_keep_their_values()
    {
        using var temp = new TempFolder();
        var r = CliRunner.Run("report", "--holdings", DataSet, NextQuarter, "--out", temp.Path, "--format", "json,csv", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);

        var funds = NportDataSetTests.Csv(Path.Combine(temp.Path, "funds.csv"));
        var asia = funds.First(f => f["fund_id"] == "s000999101-2026-04-30-0009990001-26-000102");
        Assert.Equal(("126000000", "1093750", "693750", "400000", "900000"),
            (asia["fund_value"], asia["flagged_value"], asia["flagged_in_shares"], asia["flagged_in_bonds"], asia["flagged_derivative_notional"]));
        var matches = NportDataSetTests.Csv(Path.Combine(temp.Path, "matches.csv"));
        Assert.Equal("693750", matches.First(m => m["line"] == "4" && m["fund_id"] == "s000999101-2026-04-30-0009990001-26-000102")["market_value"]);
        var unmatched = NportDataSetTests.Csv(Path.Combine(temp.Path, "unmatched.csv"));
        var tsmc = unmatched.First(u => u["line"] == "5" && u["fund_id"] == "s000999101-2026-04-30-0009990001-26-000102");
        Assert.Equal(("6804000", "5.4"), (tsmc["market_value"], tsmc["weight_percent_in_file"]));
        Assert.Equal(["1300000", "1093750", "205000"],
            NportDataSetTests.Csv(Path.Combine(temp.Path, "changes.csv")).Select(c => c["value_after"].Length > 0 ? c["value_after"] : c["value_before"]));

        // No number in any CSV file or the JSON keeps the twelve decimals' trailing zeros.
        foreach (var file in Directory.GetFiles(temp.Path, "*.csv"))
            Assert.DoesNotMatch(@"(^|,)-?\d+\.\d*0{3,}(,|$)", string.Join("\n", File.ReadAllLines(file)).Replace("\n", ",\n,", StringComparison.Ordinal));
        var text = File.ReadAllText(Path.Combine(temp.Path, "exposure-report.json"));
        Assert.DoesNotMatch(@"[:\[,]\s*-?\d+\.\d*000000", text);

        // The values are those of the data set: the JSON's as the table gives them.
        using var json = JsonDocument.Parse(text);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToDictionary(f => f.GetProperty("holdingId").GetString()!);
        Assert.Equal(693_750m, findings["7000201"].GetProperty("value").GetDecimal());
        Assert.Equal(3.5m, findings["7000206"].GetProperty("terms").GetProperty("coupon").GetDecimal());
    }

    [Fact]
    public void Funds_csv_json_and_workbook_say_which_reports_count_and_which_report_supersedes_the_others()
    {
        using var temp = new TempFolder();
        var r = CliRunner.Run("report", "--holdings", DataSet, NextQuarter, "--out", temp.Path, "--format", "json,csv,xlsx", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);

        // The second quarter's filings of the Asia fund (S000999101) and the trust (S000999202) count in place of the first's.
        var funds = NportDataSetTests.Csv(Path.Combine(temp.Path, "funds.csv"));
        Assert.Equal(
        [
            ("s000999101-2026-04-30-0009990001-26-000102", "2026-04-30", "0009990001-26-000102", "false", "0009990001-26-000103", "s000999101-2026-07-31-0009990001-26-000103"),
            ("s000999202-2026-04-30-0009990002-26-000202", "2026-04-30", "0009990002-26-000202", "false", "0009990002-26-000203", "s000999202-2026-07-31-0009990002-26-000203"),
            ("s000999101-2026-07-31-0009990001-26-000103", "2026-07-31", "0009990001-26-000103", "true", "", ""),
            ("s000999103-2026-07-31-0009990001-26-000104", "2026-07-31", "0009990001-26-000104", "true", "", ""),
            ("s000999202-2026-07-31-0009990002-26-000203", "2026-07-31", "0009990002-26-000203", "true", "", ""),
        ], funds.Select(f => (f["fund_id"], f["as_of"], f["accession_number"], f["counted"], f["superseded_by"], f["superseded_by_fund_id"])));
        // The report named in superseded_by is a counted row of funds.csv, of that accession number.
        foreach (var f in funds.Where(f => f["counted"] == "false"))
        {
            var by = funds.Single(x => x["fund_id"] == f["superseded_by_fund_id"]);
            Assert.Equal(("true", f["superseded_by"]), (by["counted"], by["accession_number"]));
        }

        // The rows counted are what the totals add; the JSON says the same of each fund.
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "exposure-report.json")));
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(summary.GetProperty("flaggedValue").GetDecimal(),
            funds.Where(f => f["counted"] == "true").Sum(f => decimal.Parse(f["flagged_value"], CultureInfo.InvariantCulture)));
        Assert.Equal(summary.GetProperty("earlierReports").GetProperty("fundIds").EnumerateArray().Select(x => x.GetString()),
            funds.Where(f => f["counted"] == "false").Select(f => f["fund_id"]));
        var superseded = json.RootElement.GetProperty("funds").EnumerateArray()
            .Select(f => f.TryGetProperty("supersededBy", out var by)
                ? (f.GetProperty("id").GetString(), by.GetProperty("fundId").GetString(), by.GetProperty("accessionNumber").GetString(), by.GetProperty("asOf").GetString())
                : (f.GetProperty("id").GetString(), null, null, null));
        Assert.Equal(funds.Select(f => ((string?)f["fund_id"], NullIfEmpty(f["superseded_by_fund_id"]), NullIfEmpty(f["superseded_by"]),
                f["counted"] == "true" ? null : "2026-07-31")),
            superseded);

        // Workbook: the Funds sheet gives each report's filing, whether it is counted, and the filing counted in its place.
        var book = Path.Combine(temp.Path, "exposure-report.xlsx");
        Assert.Equal(funds.Select(f => f["accession_number"]), WorkbookCells.Column(book, "Funds", "Accession number").Where(c => c.Length > 0));
        Assert.Equal(["0", "0", "1", "1", "1"], WorkbookCells.Column(book, "Funds", "Counted in the figures").Where(c => c.Length > 0));
        Assert.Equal(["0009990001-26-000103", "0009990002-26-000203"], WorkbookCells.Column(book, "Funds", "Superseded by (accession number)").Where(c => c.Length > 0));
    }

    [Fact]
    public void Every_month_of_a_filing_is_listed_and_only_the_latest_counts()
    {
        using var temp = new TempFolder();
        var r = CliRunner.Run("report", "--holdings", DataSet, "--nport-months", "all", "--out", temp.Path, "--format", "json,csv", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);

        var funds = NportDataSetTests.Csv(Path.Combine(temp.Path, "funds.csv"));
        Assert.Equal(
        [
            ("s000999101-2026-03-31-0009990001-26-000101", "2026-03-31", "false", "0009990001-26-000102", "s000999101-2026-04-30-0009990001-26-000102"),
            ("s000999101-2026-04-30-0009990001-26-000102", "2026-04-30", "true", "", ""),
            ("s000999202-2026-04-30-0009990002-26-000202", "2026-04-30", "true", "", ""),
        ], funds.Select(f => (f["fund_id"], f["as_of"], f["counted"], f["superseded_by"], f["superseded_by_fund_id"])));
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}

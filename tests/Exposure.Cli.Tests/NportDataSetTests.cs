using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>An SEC N-PORT quarterly data set screened as a market: each series' filing a fund, each finding traceable to it.</summary>
public sealed class NportDataSetTests
{
    private static readonly string DataSet = RepoPaths.NportDataSet();
    private static readonly string NextQuarter = RepoPaths.NportDataSet("nport-dataset-2026q3");

    private static JsonElement Report(string folder) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "exposure-report.json"))).RootElement;

    [Fact]
    public void Each_series_latest_filing_is_a_fund_with_its_registrant_and_filing()
    {
        using var temp = new TempFolder();
        var r = CliRunner.Run("report", "--holdings", DataSet, "--out", temp.Path, "--format", "json,csv", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);

        var report = Report(temp.Path);
        var funds = report.GetProperty("funds").EnumerateArray().ToList();
        Assert.Equal(2, funds.Count);
        var asia = funds.Single(f => f.GetProperty("seriesId").GetString() == "S000999101");
        Assert.Equal("Illustrative Asia Equity Fund", asia.GetProperty("name").GetString());
        Assert.Equal("Illustrative Series Trust", asia.GetProperty("registrant").GetString());
        Assert.Equal("9990001", asia.GetProperty("cik").GetString());
        Assert.Equal("0009990001-26-000102", asia.GetProperty("accessionNumber").GetString());
        Assert.Equal("2026-04-30", asia.GetProperty("asOf").GetString());

        // A series named N/A in the data set takes its registrant's name.
        var trust = funds.Single(f => f.GetProperty("seriesId").GetString() == "S000999202");
        Assert.Equal("Illustrative Unit Investment Trust", trust.GetProperty("name").GetString());

        // Every line of the holdings table is accounted for, over both funds and the line of a filing the data set does not describe.
        var lines = File.ReadAllLines(Path.Combine(DataSet, "FUND_REPORTED_HOLDING.tsv")).Length;
        var ofNoFund = report.GetProperty("summary").GetProperty("linesOfNoFund").EnumerateArray().Sum(x => x.GetProperty("lines").GetProperty("total").GetInt32());
        Assert.Equal(lines, funds.Sum(f => f.GetProperty("lines").GetProperty("total").GetInt32()) + ofNoFund);

        // Hikvision's shares, a bond, a convertible and a total return swap on its A shares, each traced to its HOLDING_ID.
        var findings = report.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal([("7000201", "equity"), ("7000206", "debt"), ("7000207", "debt"), ("7000208", "derivative")],
            findings.Select(f => (f.GetProperty("holdingId").GetString(), f.GetProperty("instrument").GetString())));
        Assert.All(findings, f =>
        {
            Assert.Equal("hikvision", f.GetProperty("companyId").GetString());
            Assert.EndsWith("FUND_REPORTED_HOLDING.tsv", f.GetProperty("file").GetString(), StringComparison.Ordinal);
            Assert.Equal(asia.GetProperty("id").GetString(), f.GetProperty("fundId").GetString());
        });
        var input = report.GetProperty("run").GetProperty("inputs").EnumerateArray().Single(i => i.GetProperty("role").GetString() == "holdings");

        Assert.Matches("^[0-9a-f]{64}$", input.GetProperty("sha256").GetString());
        Assert.Equal(lines, input.GetProperty("lines").GetInt32());
    }

    [Fact]
    public void Bonds_convertibles_and_swaps_carry_their_terms_and_a_swap_s_notional_stays_apart_from_the_value_held()
    {
        using var temp = new TempFolder();
        var r = CliRunner.Run("report", "--holdings", DataSet, "--out", temp.Path, "--format", "json,csv", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);
        var report = Report(temp.Path);
        var findings = report.GetProperty("findings").EnumerateArray().ToDictionary(f => f.GetProperty("holdingId").GetString()!);

        // The bond and the convertible: matched on the issuer's name, with DEBT_SECURITY's maturity and annualized rate.
        var bond = findings["7000206"];
        Assert.Equal(("3.5% due 2030-03-15", 3.5m, "2030-03-15", false), Terms(bond));
        var convertible = findings["7000207"];
        Assert.Equal(("0.5% due 2029-11-01, convertible", 0.5m, "2029-11-01", true), Terms(convertible));

        // The swap: matched by its reference instrument's ISIN (DESC_REF_OTHER), its notional given apart.
        var swap = findings["7000208"];
        Assert.Equal(("reference-isin", "matched", "Hangzhou Hikvision Digital Technology Co Ltd", "reference-instrument", 900_000m, "Long"),
            (swap.GetProperty("rule").GetString(), swap.GetProperty("state").GetString(), swap.GetProperty("issuer").GetString(),
             swap.GetProperty("issuerFrom").GetString(), swap.GetProperty("notional").GetDecimal(), swap.GetProperty("direction").GetString()));
        Assert.False(swap.TryGetProperty("terms", out _));

        // Value held: shares and bonds; the swap's notional (and its value) are not added to it.
        var fund = report.GetProperty("funds").EnumerateArray().Single(f => f.GetProperty("seriesId").GetString() == "S000999101");
        var split = fund.GetProperty("flaggedByInstrument");
        Assert.Equal((693_750m, 400_000m, 900_000m, 12_000m, 1, 2, 1),
            (split.GetProperty("shares").GetDecimal(), split.GetProperty("bonds").GetDecimal(), split.GetProperty("derivativeNotional").GetDecimal(),
             split.GetProperty("derivativeValue").GetDecimal(), split.GetProperty("shareRows").GetInt32(), split.GetProperty("bondRows").GetInt32(),
             split.GetProperty("derivativeRows").GetInt32()));
        Assert.Equal(1_093_750m, fund.GetProperty("flaggedValue").GetDecimal());

        // matches.csv carries the same terms, notional and direction.
        var matches = Csv(Path.Combine(temp.Path, "matches.csv"));
        Assert.Equal(
            [("equity", "", "", (decimal?)null, ""), ("debt", "3.5% due 2030-03-15", "2030-03-15", null, ""),
             ("debt", "0.5% due 2029-11-01, convertible", "2029-11-01", null, ""), ("derivative", "", "", 900_000m, "Long")],
            matches.Select(m => (m["instrument"], m["terms"], m["maturity"],
                m["notional"].Length == 0 ? (decimal?)null : decimal.Parse(m["notional"], CultureInfo.InvariantCulture), m["direction"])));
    }

    private static (string?, decimal, string?, bool) Terms(JsonElement finding)
    {
        var t = finding.GetProperty("terms");
        return (t.GetProperty("text").GetString(), t.GetProperty("coupon").GetDecimal(), t.GetProperty("maturity").GetString(), t.GetProperty("convertible").GetBoolean());
    }

    [Fact]
    public void Every_month_on_request_makes_each_monthly_filing_a_fund()
    {
        using var temp = new TempFolder();
        var latest = CliRunner.Run("report", "--holdings", DataSet, "--out", Path.Combine(temp.Path, "latest"), "--format", "json", "--quiet");
        var all = CliRunner.Run("report", "--holdings", DataSet, "--out", Path.Combine(temp.Path, "all"), "--format", "json", "--quiet", "--nport-months", "all");
        Assert.True(latest.ExitCode == 0, latest.Error);
        Assert.True(all.ExitCode == 0, all.Error);
        var monthly = Report(Path.Combine(temp.Path, "all")).GetProperty("funds").EnumerateArray().ToList();
        Assert.True(monthly.Count > Report(Path.Combine(temp.Path, "latest")).GetProperty("funds").GetArrayLength());
        Assert.Contains(monthly, f => f.GetProperty("asOf").GetString() == "2026-03-31");
    }

    [SkippableFact]
    public void Two_quarters_give_each_fund_s_entries_and_exits_and_every_output_shows_the_JSON_s_figures()
    {
        using var temp = new TempFolder();
        var r = CliRunner.Run("report", "--holdings", DataSet, NextQuarter, "--out", temp.Path, "--quiet");
        Skip.If(r.ExitCode == ExitCodes.MissingFont, "no TrueType font for the PDF: " + r.Error.Trim());
        Assert.True(r.ExitCode == 0, r.Error);
        var files = Directory.GetFiles(temp.Path).Select(Path.GetFileName).ToHashSet();
        Assert.Contains("registrants.csv", files);
        Assert.Contains("changes.csv", files);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "exposure-report.json")));
        var market = json.RootElement.GetProperty("market");
        var summary = market.GetProperty("summary");

        // Pinned: three funds (two reports of each of two, one of a fund new in the third quarter) of two registrants.
        Assert.Equal((3, 5, 2), (summary.GetProperty("funds").GetInt32(), summary.GetProperty("reports").GetInt32(), summary.GetProperty("registrants").GetInt32()));
        Assert.Equal((2, 2, 1), (summary.GetProperty("fundsCompared").GetInt32(), summary.GetProperty("entries").GetInt32(), summary.GetProperty("exits").GetInt32()));
        Assert.Equal(1_905_000m, summary.GetProperty("flaggedValue").GetDecimal());
        Assert.Equal(220_500_000m, summary.GetProperty("netAssets").GetDecimal());
        Assert.Equal(
            [("S000999101", "2026-04-30", "2026-07-31", "zte", "added", (decimal?)null, (decimal?)1_300_000m),
             ("S000999101", "2026-04-30", "2026-07-31", "hikvision", "removed", 1_093_750m, null), // shares and bonds; the swap apart
             ("S000999202", "2026-04-30", "2026-07-31", "hikvision", "added", null, 205_000m)],
            market.GetProperty("changes").EnumerateArray().Select(c => (c.GetProperty("fundKey").GetString(), c.GetProperty("fromAsOf").GetString(),
                c.GetProperty("toAsOf").GetString(), c.GetProperty("companyId").GetString(), c.GetProperty("change").GetString(),
                Money(c.GetProperty("valueBefore")), Money(c.GetProperty("valueAfter")))));
        var registrants = market.GetProperty("registrants").EnumerateArray().ToList();
        Assert.Equal(
            [("Illustrative Series Trust", "9990001", 2, 2, 2, (decimal?)180_000_000m, (decimal?)1_700_000m, (decimal?)900_000m),
             ("Illustrative Unit Investment Trust", "9990002", 1, 1, 1, 40_500_000m, 205_000m, 0m)],
            registrants.Select(x => (x.GetProperty("registrant").GetString(), x.GetProperty("cik").GetString(), x.GetProperty("funds").GetInt32(),
                x.GetProperty("fundsHoldingNamed").GetInt32(), x.GetProperty("companiesHeld").GetInt32(), Money(x.GetProperty("netAssets")),
                Money(x.GetProperty("flaggedValue")), Money(x.GetProperty("relatedValue")))));
        // Hon Hai's only holder (the Greater China Fund) is first reported in the later data set: its entries and exits are not known.
        static int? Known(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt32();
        Assert.Equal(
            [("zte", 2, (int?)1, (int?)0), ("hon-hai", 1, null, null), ("hikvision", 1, 1, 1)],
            market.GetProperty("companies").EnumerateArray().Select(c => (c.GetProperty("companyId").GetString(), c.GetProperty("funds").GetInt32(),
                Known(c.GetProperty("entries")), Known(c.GetProperty("exits")))));

        // CSV: registrants.csv and changes.csv are the JSON's registrants and changes, the changes in the workbook's words (entry, exit).
        var registrantsCsv = Csv(Path.Combine(temp.Path, "registrants.csv"));
        Assert.Equal(registrants.Select(x => (x.GetProperty("registrant").GetString(), Money(x.GetProperty("flaggedValue")))),
            registrantsCsv.Select(x => ((string?)x["registrant"], (decimal?)decimal.Parse(x["flagged_value"], CultureInfo.InvariantCulture))));
        var changesCsv = Csv(Path.Combine(temp.Path, "changes.csv"));
        Assert.Equal(market.GetProperty("changes").EnumerateArray().Select(c => (c.GetProperty("companyId").GetString(), c.GetProperty("change").GetString() == "added" ? "entry" : "exit")),
            changesCsv.Select(c => ((string?)c["company_id"], c["change"])));
        Assert.Equal(changesCsv.Select(c => c["change"]), WorkbookCells.Rows(Path.Combine(temp.Path, "exposure-report.xlsx"), "Fund changes").Skip(1).Select(row => row[7]));

        // Workbook: the same rows on Registrants and Fund changes, the market's figures on Market.
        var book = Path.Combine(temp.Path, "exposure-report.xlsx");
        var sheet = WorkbookCells.Rows(book, "Registrants");
        Assert.Equal(registrants.Select(x => (x.GetProperty("registrant").GetString(), Money(x.GetProperty("flaggedValue")))),
            sheet.Skip(1).Select(row => ((string?)row[0], (decimal?)decimal.Parse(row[7], CultureInfo.InvariantCulture))));
        Assert.Equal(changesCsv.Count, WorkbookCells.Rows(book, "Fund changes").Count - 1);
        Assert.Equal("2", WorkbookCells.Value(book, "Market", "Entries: a company a fund holds and did not in its previous report (sheet Fund changes)"));
        Assert.Equal("1905000", WorkbookCells.Value(book, "Market", "Value in companies named by a source (USD)"));

        // Web page: each of the market's figures carries its place in the JSON and equals it.
        var html = File.ReadAllText(Path.Combine(temp.Path, "exposure-report.html"));
        var figures = Regex.Matches(html, "<data value=\"([^\"]*)\" data-figure=\"(market\\.[^\"]+)\">").ToList();
        Assert.True(figures.Count > 40, $"{figures.Count} market figures on the page");
        foreach (var f in figures)
        {
            var element = Find(json.RootElement, f.Groups[2].Value);
            Assert.Equal(element.ValueKind == JsonValueKind.Null ? "" : element.GetDecimal().ToString(CultureInfo.InvariantCulture),
                f.Groups[1].Value.Length == 0 ? "" : decimal.Parse(f.Groups[1].Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
        }

        // PDF: the market's figures, the registrants' rows and the entries and exits.
        Requires.Program("pdftotext", "poppler-utils");
        var text = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", Path.Combine(temp.Path, "exposure-report.pdf"), "-"]) { RedirectStandardOutput = true })!
            .StandardOutput.ReadToEnd().Split('\n');
        Assert.Contains(text, l => l.Contains("USD 1,905,000 (0.864%)", StringComparison.Ordinal));
        Assert.Contains(text, l => l.Contains("2 entries and 1 exit across 2 funds", StringComparison.Ordinal));
        Assert.Contains(text, l => Regex.IsMatch(l, @"^\s*Illustrative Series Trust\s+2\s+2\s+2\s+180,000,000\s+1,700,000\s+900,000\s*$"));
        Assert.Contains(text, l => Regex.IsMatch(l, @"^\s*Hangzhou Hikvision Digital Technology Co\., Ltd\.\s+1\s+1\s+1\s*$"));
    }

    [Fact]
    public void One_quarter_is_a_market_with_no_entries_or_exits_to_count()
    {
        using var temp = new TempFolder();
        var r = CliRunner.Run("report", "--holdings", DataSet, "--out", temp.Path, "--format", "json,csv", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);
        var summary = Report(temp.Path).GetProperty("market").GetProperty("summary");
        Assert.Equal(0, summary.GetProperty("fundsCompared").GetInt32());
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("entries").ValueKind);
        Assert.Single(File.ReadAllLines(Path.Combine(temp.Path, "changes.csv"))); // the header only
    }

    [Fact]
    public void Holdings_files_that_are_not_filings_write_no_market_files()
    {
        using var temp = new TempFolder();
        var r = CliRunner.Run("report", "--out", temp.Path, "--format", "csv", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.False(File.Exists(Path.Combine(temp.Path, "registrants.csv")));
        Assert.False(File.Exists(Path.Combine(temp.Path, "changes.csv")));
        Assert.True(File.Exists(Path.Combine(temp.Path, "funds.csv")));
    }

    private static decimal? Money(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDecimal();

    internal static JsonElement Find(JsonElement root, string path)
    {
        var current = root;
        foreach (var part in path.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            current = current.GetProperty(bracket < 0 ? part : part[..bracket]);
            if (bracket >= 0) current = current[int.Parse(part[(bracket + 1)..^1], CultureInfo.InvariantCulture)];
        }

        return current;
    }

    internal static List<Dictionary<string, string>> Csv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvHelper.CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h) ?? "", StringComparer.Ordinal));
        return rows;
    }

    [Fact]
    public void A_folder_that_is_not_a_data_set_is_named_in_one_line()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "not-a-data-set");
        Directory.CreateDirectory(folder);
        var r = CliRunner.Run("report", "--holdings", folder, "--out", Path.Combine(temp.Path, "out"), "--quiet");
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.StartsWith($"error: {folder}", r.Error);
        Assert.Single(r.Error.TrimEnd().Split('\n'));
    }
}

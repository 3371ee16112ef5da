using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using Exposure.Core.Holdings;
using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.Reports.Excel.Report;
using Exposure.Reports.Excel.Tests.Writing;
using Exposure.TestSupport;
using Xunit.Abstractions;
using static Exposure.Reports.Excel.Tests.Report.SampleReports;

namespace Exposure.Reports.Excel.Tests.Report;

/// <summary>The report model of real runs through the workbook renderer: valid, and every figure read back equals the model's.</summary>
public sealed class ExcelReportRendererTests(ITestOutputHelper output)
{
    /// <summary>The value beside a label on a key/value sheet.</summary>
    private static double ValueOf(ReadBack book, string sheet, string label)
    {
        foreach (var row in book.Rows(sheet))
        {
            var cells = row.Elements<Cell>().ToList();
            if (cells.Count < 2 || cells[0].DataType is null) continue;
            if (book.Text(cells[0]) == label) return double.Parse(cells[1].CellValue!.Text, CultureInfo.InvariantCulture);
        }
        throw new InvalidOperationException($"no row '{label}' on {sheet}");
    }

    [Fact]
    public void Single_fund_workbook_is_valid_and_agrees_with_the_model()
    {
        using var temp = new TempFolder();
        var report = Illustrative(temp.Path);
        var bytes = Render(report);
        Assert.Empty(ReadBack.Validate(bytes, output));

        using var book = new ReadBack(bytes);
        Assert.Equal(["Summary", "Funds", "Companies", "Companies by fund", "Matches", "Review", "Rejected", "Sources", "Lists", "List review", "Run info"], book.SheetNames);
        var s = report.Summary;
        Assert.Equal((double)s.FlaggedValue!.Value, ValueOf(book, "Summary", "Value in companies named by a source (USD)"), 6);
        Assert.Equal((double)s.FlaggedShare!.Value, ValueOf(book, "Summary", "Share of fund value"), 9);
        Assert.Equal((double)s.FundValue!.Value, ValueOf(book, "Summary", "Fund value, the base of the shares (USD)"), 6);
        Assert.Equal(s.Lines.Total, ValueOf(book, "Summary", "Lines in all"));

        var fund = report.Funds[0];
        Assert.Equal((double)fund.FundValue!.Value, book.Number("Funds", "D2"), 6);
        Assert.Equal((double)fund.FlaggedValue!.Value, book.Number("Funds", "G2"), 6);
        Assert.Equal((double)fund.FlaggedWeight!.Value, book.Number("Funds", "H2"), 9);
        // The Foxconn holding's value is unknown: the flagged value and weight leave it out, and read "at least" as in every output.
        Assert.Equal(1, fund.ValuesUnknown.Matched);
        Assert.StartsWith("\"at least \"", book.NumberFormat("Funds", "G2"), StringComparison.Ordinal);
        Assert.StartsWith("\"at least \"", book.NumberFormat("Funds", "H2"), StringComparison.Ordinal);
        Assert.False(book.NumberFormat("Funds", "D2").StartsWith('"'));
        // A value that could not be read reads "unknown", never 0.
        var unknownRow = report.Findings.Where(f => f.State is RowState.Matched or RowState.Related).ToList().FindIndex(f => f.Value is null) + 2;
        Assert.True(unknownRow > 1);
        Assert.Equal("unknown", book.Text("Matches", string.Create(CultureInfo.InvariantCulture, $"J{unknownRow}")));
        Assert.Equal(report.Findings.Count(f => f.State is RowState.Matched or RowState.Related) + 1, book.Rows("Matches").Count);
        Assert.Equal(report.Companies.Sum(c => c.Allegations.Count) + 1, book.Rows("Sources").Count);
        Assert.Equal(report.Companies.Sum(c => c.Allegations.Count), book.Sheet("Sources").Worksheet.Descendants<Hyperlink>().Count());
    }

    [Fact]
    public void No_chart_is_drawn_that_would_leave_out_a_named_company_whose_value_is_unknown_or_draw_it_as_0()
    {
        using var temp = new TempFolder();
        var report = Illustrative(temp.Path);
        Assert.Contains(report.Companies, c => c.Basis == Core.Reference.Basis.Named && c.TotalValue is null);
        using (var book = new ReadBack(Render(report)))
            Assert.Null(book.Sheet("Summary").DrawingsPart);

        // With every named company's value known, the chart is drawn, in the currency of the funds.
        var known = report with { Companies = report.Companies.Where(c => c.TotalValue is not null).ToList() };
        using var withChart = new ReadBack(Render(known));
        Assert.NotNull(withChart.Sheet("Summary").DrawingsPart);
    }

    /// <summary>A table sheet's rows below its header, each as its header's texts to its text cells' texts (an empty or number cell is absent).</summary>
    private static List<Dictionary<string, string>> Table(ReadBack book, string sheet)
    {
        static string Column(Cell cell) => new(cell.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray());
        var rows = book.Rows(sheet);
        var headers = rows[0].Elements<Cell>().ToDictionary(Column, book.Text);
        return rows.Skip(1).Select(r => r.Elements<Cell>().Where(c => c.DataType?.Value == CellValues.SharedString || c.DataType?.Value == CellValues.InlineString)
            .ToDictionary(c => headers[Column(c)], book.Text)).ToList();
    }

    [Fact]
    public void Two_same_named_funds_of_different_registrants_are_told_apart_on_the_funds_and_matches_sheets()
    {
        using var temp = new TempFolder();
        var dataSets = NportMarket.WriteSameNamed(Path.Combine(temp.Path, "data"));
        var report = ExposureRun.Execute(new RunRequest(dataSets.Select(d => new HoldingsInput(d, Path.GetFileName(d))).ToList(),
            RepoPaths.ReferenceData, Path.Combine(temp.Path, "out"), [], "test")).Report;
        using var book = new ReadBack(Render(report));

        // The Funds sheet's columns as they were, then who filed each fund.
        var header = book.Rows("Funds")[0].Elements<Cell>().Select(book.Text).ToList();
        Assert.Equal(["Fund", "As of"], header.Take(2));
        Assert.Equal(["Accession number", "Counted in the figures", "Superseded by (accession number)", "Superseded by (as of)", "Registrant", "CIK", "Series id",
            "Not counted: no report in (latest data set)"], header.TakeLast(8));
        var funds = Table(book, "Funds").Where(r => r["Fund"].StartsWith(NportMarket.SharedName, StringComparison.Ordinal))
            .Select(r => (r["Fund"], r["Registrant"], r["CIK"], r["Series id"])).Distinct().Order().ToList();
        Assert.Equal(
            [("Emerging Markets Fund (Example Trust 000)", "Example Trust 000", "9800000", "S900000000"),
             ("Emerging Markets Fund (Example Trust 001)", "Example Trust 001", "9800001", "S900000003")],
            funds);
        // The Market funds sheet names them the same way.
        Assert.Equal(
            [("Emerging Markets Fund (Example Trust 000)", "S900000000"), ("Emerging Markets Fund (Example Trust 001)", "S900000003")],
            Table(book, "Market funds").Where(r => r["Fund"].StartsWith(NportMarket.SharedName, StringComparison.Ordinal)).Select(r => (r["Fund"], r["Series id or name"])).Order());

        // The Matches sheet gives each finding's fund by its label and registrant, not only by its id.
        var matches = Table(book, "Matches").Where(r => r["Company"].StartsWith("Hangzhou Hikvision", StringComparison.Ordinal)
                && r["Fund name"].StartsWith(NportMarket.SharedName, StringComparison.Ordinal))
            .Select(r => (r["File"], r["Fund name"], r["Registrant"], r["Series id"])).Order().ToList();
        Assert.Equal(
            [("q2/FUND_REPORTED_HOLDING.tsv", "Emerging Markets Fund (Example Trust 000)", "Example Trust 000", "S900000000"),
             ("q2/FUND_REPORTED_HOLDING.tsv", "Emerging Markets Fund (Example Trust 001)", "Example Trust 001", "S900000003"),
             ("q3/FUND_REPORTED_HOLDING.tsv", "Emerging Markets Fund (Example Trust 001)", "Example Trust 001", "S900000003")],
            matches);

        // The Fund changes sheet names the fund that sold Hikvision by its label too, never by the name both funds share.
        var changes = Table(book, "Fund changes");
        Assert.Contains(("Emerging Markets Fund (Example Trust 000)", "S900000000", "hikvision", "exit"),
            changes.Select(r => (r["Fund"], r["Series id or name"], r["Company id"], r["Change"])));
        Assert.DoesNotContain(changes, r => r["Fund"] == NportMarket.SharedName);
    }

    [Fact]
    public void Market_workbook_has_every_registrant_and_every_entry_and_exit_and_agrees_with_the_model()
    {
        using var temp = new TempFolder();
        var report = ExposureRun.Execute(new RunRequest(
            [new HoldingsInput(RepoPaths.NportDataSet(), "nport-dataset"), new HoldingsInput(RepoPaths.NportDataSet("nport-dataset-2026q3"), "nport-dataset-2026q3")],
            RepoPaths.ReferenceData, temp.Path, [], "test")).Report;
        var market = report.Market!;
        var bytes = Render(report);
        Assert.Empty(ReadBack.Validate(bytes, output));

        using var book = new ReadBack(bytes);
        Assert.Equal(["Summary", "Market", "Registrants", "Market funds", "Market companies", "Fund changes", "Funds"], book.SheetNames.Take(7));
        var s = market.Summary;
        Assert.Equal(s.Funds, ValueOf(book, "Market", "Funds (series), each counted once"));
        Assert.Equal(s.Reports, ValueOf(book, "Market", "Fund reports screened (every report of every fund)"));
        Assert.Equal((double)s.FlaggedValue!.Value, ValueOf(book, "Market", "Value in companies named by a source (USD)"), 6);
        Assert.Equal(s.Entries!.Value, ValueOf(book, "Market", "Entries: a company a fund holds and did not in its previous report (sheet Fund changes)"));
        Assert.Equal(s.Exits!.Value, ValueOf(book, "Market", "Exits: a company a fund held and no longer does (sheet Fund changes)"));

        // Every registrant, every fund, every company and every change is a row of its table, in the model's order.
        Assert.Equal(market.Registrants.Count + 1, book.Rows("Registrants").Count);
        for (var i = 0; i < market.Registrants.Count; i++)
        {
            var r = market.Registrants[i];
            var row = (i + 2).ToString(CultureInfo.InvariantCulture);
            Assert.Equal(r.Registrant, book.Text("Registrants", "A" + row));
            Assert.Equal(r.Funds, book.Number("Registrants", "C" + row));
            Assert.Equal((double)r.FlaggedValue!.Value, book.Number("Registrants", "H" + row), 6);
        }

        Assert.Equal(market.Funds.Count + 1, book.Rows("Market funds").Count);
        Assert.Equal(market.Companies.Count + 1, book.Rows("Market companies").Count);
        Assert.Equal(market.Changes.Count + 1, book.Rows("Fund changes").Count);
        for (var i = 0; i < market.Changes.Count; i++)
        {
            var c = market.Changes[i];
            var row = (i + 2).ToString(CultureInfo.InvariantCulture);
            Assert.Equal((report.FundLabel(c.FundId), c.CompanyName, c.Change == Core.Portfolio.HoldingChange.Added ? "entry" : "exit"),
                (book.Text("Fund changes", "A" + row), book.Text("Fund changes", "F" + row), book.Text("Fund changes", "H" + row)));
            Assert.Equal((double)(c.ValueAfter ?? c.ValueBefore)!.Value, book.Number("Fund changes", (c.ValueAfter is null ? "I" : "J") + row), 6);
            Assert.Null(book.Cell("Fund changes", (c.ValueAfter is null ? "J" : "I") + row)?.CellValue); // not applicable: empty, never 0
        }
    }

    [Fact]
    public void The_companies_sheet_counts_the_funds_and_value_the_totals_count_not_earlier_reports()
    {
        using var temp = new TempFolder();
        // Hikvision: held by the Asia fund in April only (sold by July), and by the unit investment trust in July (205,000).
        var report = ExposureRun.Execute(new RunRequest(
            [new HoldingsInput(RepoPaths.NportDataSet(), "q2"), new HoldingsInput(RepoPaths.NportDataSet("nport-dataset-2026q3"), "q3")],
            RepoPaths.ReferenceData, temp.Path, [], "test")).Report;
        using var book = new ReadBack(Render(report));

        var header = book.Rows("Companies")[0].Elements<Cell>().Select(book.Text).ToList();
        string Column(string name) => ((char)('A' + header.FindIndex(h => h.StartsWith(name, StringComparison.Ordinal)))).ToString();
        var row = Enumerable.Range(2, book.Rows("Companies").Count - 1)
            .Single(r => book.Text("Companies", "A" + r.ToString(CultureInfo.InvariantCulture)).StartsWith("Hangzhou Hikvision", StringComparison.Ordinal))
            .ToString(CultureInfo.InvariantCulture);
        Assert.Equal((1d, 205_000d), (book.Number("Companies", Column("Funds holding") + row), book.Number("Companies", Column("Value held") + row)));
        // As the Market companies sheet has it.
        var market = Assert.Single(report.Market!.Companies, c => c.CompanyId == "hikvision");
        Assert.Equal((1, 205_000m), (market.Funds, market.Value));
    }

    [Fact]
    public void A_market_value_that_is_unknown_reads_unknown_on_every_market_sheet_never_a_blank_that_sums_as_zero()
    {
        using var temp = new TempFolder();
        // The unit investment trust's Hikvision holding (its only named one) with its value not given.
        var q3 = Path.Combine(temp.Path, "q3");
        Directory.CreateDirectory(q3);
        foreach (var file in Directory.GetFiles(RepoPaths.NportDataSet("nport-dataset-2026q3")))
        {
            var text = File.ReadAllText(file);
            File.WriteAllText(Path.Combine(q3, Path.GetFileName(file)), Path.GetFileName(file) == "FUND_REPORTED_HOLDING.tsv"
                ? string.Join('\n', text.Split('\n').Select(l => l.Contains("\t7000802\t", StringComparison.Ordinal) ? l.Replace("\t205000.000000000000\t", "\tN/A\t", StringComparison.Ordinal) : l))
                : text);
        }
        var report = ExposureRun.Execute(new RunRequest([new HoldingsInput(RepoPaths.NportDataSet(), "q2"), new HoldingsInput(q3, "q3")],
            RepoPaths.ReferenceData, Path.Combine(temp.Path, "out"), [], "test")).Report;
        using var book = new ReadBack(Render(report));

        var trust = Table(book, "Registrants").Single(r => r["Registrant"] == "Illustrative Unit Investment Trust");
        Assert.Equal(Wording.Unknown, trust["Value in named companies"]);
        var hikvision = Table(book, "Market companies").Single(r => r["Company id"] == "hikvision");
        Assert.Equal(Wording.Unknown, hikvision["Value held"]);
        var entry = Table(book, "Fund changes").Single(r => r["Company id"] == "hikvision" && r["Change"] == "entry");
        Assert.Equal((Wording.Unknown, ""), (entry["Value after"], entry.GetValueOrDefault("Value before", ""))); // nothing was held before an entry
    }

    [Fact]
    public void Entries_and_exits_not_known_read_unknown_on_the_market_sheets_never_a_blank_that_sums_as_zero()
    {
        using var temp = new TempFolder();
        // The Greater China fund first reports in July: its entries and exits, and those of Hon Hai, which only it holds, are not known.
        var report = ExposureRun.Execute(new RunRequest(
            [new HoldingsInput(RepoPaths.NportDataSet(), "q2"), new HoldingsInput(RepoPaths.NportDataSet("nport-dataset-2026q3"), "q3")],
            RepoPaths.ReferenceData, temp.Path, [], "test")).Report;
        using var book = new ReadBack(Render(report));

        var companies = Table(book, "Market companies");
        var honHai = companies.Single(r => r["Company id"] == "hon-hai");
        Assert.Equal((Wording.Unknown, Wording.Unknown), (honHai["Entries"], honHai["Exits"]));
        // ZTE, entered by the Asia fund, keeps its counts as numbers.
        Assert.DoesNotContain("Entries", companies.Single(r => r["Company id"] == "zte").Keys);
        var china = Table(book, "Market funds").Single(r => r["Fund"] == "Illustrative Greater China Fund");
        Assert.Equal((Wording.Unknown, Wording.Unknown), (china["Entries"], china["Exits"]));

        // One quarter alone: no fund has two reports, so the market's entries and exits are not known either.
        var one = ExposureRun.Execute(new RunRequest([new HoldingsInput(RepoPaths.NportDataSet("nport-dataset-2026q3"), "q3")],
            RepoPaths.ReferenceData, Path.Combine(temp.Path, "one"), [], "test")).Report;
        Assert.Null(one.Market!.Summary.Entries);
        using var single = new ReadBack(Render(one));
        static bool IsText(Cell c) => c.DataType?.Value == CellValues.SharedString || c.DataType?.Value == CellValues.InlineString;
        string Beside(string label) => single.Text(single.Rows("Market")
            .Select(r => r.Elements<Cell>().ToList())
            .Single(c => c.Count >= 2 && IsText(c[0]) && single.Text(c[0]) == label)[1]);
        Assert.Equal(Wording.Unknown, Beside("Entries: a company a fund holds and did not in its previous report (sheet Fund changes)"));
        Assert.Equal(Wording.Unknown, Beside("Exits: a company a fund held and no longer does (sheet Fund changes)"));
    }

    [Fact]
    public void A_fund_that_stopped_filing_is_its_own_exit_on_the_fund_changes_sheet_worded_as_in_changes_csv()
    {
        using var temp = new TempFolder();
        // Alpha Growth Fund files no more; Alpha China Fund has sold Hikvision and bought ZTE.
        var (q2, q3) = NportFilings.OneFundStopsFiling(temp.Path, NportFilings.Zte(50_000m));
        var report = ExposureRun.Execute(new RunRequest([new HoldingsInput(q2, "q2"), new HoldingsInput(q3, "q3")],
            RepoPaths.ReferenceData, Path.Combine(temp.Path, "out"), [], "test")).Report;
        var bytes = Render(report);
        Assert.Empty(ReadBack.Validate(bytes, output));

        using var book = new ReadBack(bytes);
        var changes = Table(book, "Fund changes");
        Assert.Equal(
            [("Alpha China Fund", "hikvision", "exit"), ("Alpha China Fund", "zte", "entry"), ("Alpha Growth Fund", "hikvision", "no-later-report")],
            changes.Select(r => (r["Fund"], r["Company id"], r["Change"])).Order());
        Assert.Equal(report.Market!.Changes.Select(Wording.Code), changes.Select(r => r["Change"]));

        // The stopped fund's row: its last report's date and value, no later date and no value after (empty, never 0).
        var row = (changes.FindIndex(r => r["Change"] == "no-later-report") + 2).ToString(CultureInfo.InvariantCulture);
        Assert.NotNull(book.Cell("Fund changes", "D" + row)?.CellValue);
        Assert.Null(book.Cell("Fund changes", "E" + row)?.CellValue);
        Assert.Equal(100_000d, book.Number("Fund changes", "I" + row), 6);
        Assert.Null(book.Cell("Fund changes", "J" + row)?.CellValue);

        // Its last report on the Funds sheet says why it is not counted, and the Market funds sheet that it has no later report.
        var funds = Table(book, "Funds");
        Assert.Equal(["q3"], funds.Where(r => r["Fund"] == "Alpha Growth Fund").Select(r => r["Not counted: no report in (latest data set)"]));
        Assert.All(funds.Where(r => r["Fund"] != "Alpha Growth Fund"), r => Assert.False(r.ContainsKey("Not counted: no report in (latest data set)")));
        Assert.Equal(
            [("Alpha China Fund", "yes"), ("Alpha Growth Fund", "no: its last report, not counted")],
            Table(book, "Market funds").Select(r => (r["Fund"], r["In the latest data set"])).Order());
    }

    [Fact]
    public void Without_a_market_the_workbook_has_no_market_sheets()
    {
        using var temp = new TempFolder();
        using var book = new ReadBack(Render(Illustrative(temp.Path)));
        Assert.DoesNotContain(book.SheetNames, n => n is "Market" or "Registrants" or "Market funds" or "Market companies" or "Fund changes");
    }

    [Fact]
    public void Scheme_workbook_has_the_portfolio_view_and_agrees_with_the_model()
    {
        using var temp = new TempFolder();
        var report = Scheme(temp.Path);
        var bytes = Render(report);
        Assert.Empty(ReadBack.Validate(bytes, output));

        using var book = new ReadBack(bytes);
        Assert.Equal(["Summary", "Scheme", "Scheme holdings", "Managers", "Exposure paths", "Coverage", "Changes"], book.SheetNames.Take(7));
        var p = report.Portfolio!;
        Assert.Equal((double)p.TotalInvested, ValueOf(book, "Scheme", "Amount invested (GBP)"), 4);
        Assert.Equal((double)p.FlaggedValue, ValueOf(book, "Scheme", "Value in companies named by a source (GBP)"), 4);
        Assert.Equal((double)p.Coverage.LookedThroughShare!.Value, ValueOf(book, "Scheme", "Share looked through"), 9);
        Assert.Equal(p.Companies.Sum(c => c.Paths.Count) + 1, book.Rows("Exposure paths").Count);
        Assert.Equal(p.Coverage.Gaps.Count + 1, book.Rows("Coverage").Count);
        Assert.Equal(p.Changes.Count + 1, book.Rows("Changes").Count);
    }

    [Fact]
    public void A_scheme_s_short_derivatives_notional_has_its_own_row_apart_from_the_other_derivatives_notional()
    {
        using var temp = new TempFolder();
        var report = Scheme(temp.Path);
        var held = new Core.Portfolio.HeldSplit(1_000m, 200m, 0m, 900m, 500m);
        using var book = new ReadBack(Render(report with { Portfolio = report.Portfolio! with { FlaggedByInstrument = held } }));

        Assert.Equal(900, ValueOf(book, "Scheme", "Derivatives' notional on named companies, not added (GBP)"), 4);
        Assert.Equal(500, ValueOf(book, "Scheme", $"{Wording.ShortNotionalLabel} (GBP)"), 4);

        // Where no derivative is short, there is no such row.
        using var longOnly = new ReadBack(Render(report with { Portfolio = report.Portfolio! with { FlaggedByInstrument = held with { ShortNotional = 0 } } }));
        Assert.Equal(900, ValueOf(longOnly, "Scheme", "Derivatives' notional on named companies, not added (GBP)"), 4);
        Assert.Throws<InvalidOperationException>(() => ValueOf(longOnly, "Scheme", $"{Wording.ShortNotionalLabel} (GBP)"));
    }

    [Fact]
    public void With_the_run_details_the_workbook_lists_unmatched_and_excluded_holdings()
    {
        using var temp = new TempFolder();
        var result = ExposureRun.Execute(new RunRequest([new HoldingsInput(RepoPaths.IllustrativeHoldings, "illustrative-holdings.csv")],
            RepoPaths.ReferenceData, temp.Path, [new ExcelReportRenderer()], "test"));
        var bytes = File.ReadAllBytes(Path.Combine(temp.Path, "exposure-report.xlsx"));
        Assert.Empty(ReadBack.Validate(bytes, output));

        using var book = new ReadBack(bytes);
        var fund = result.Report.Funds[0];
        Assert.Equal(fund.Lines.Unmatched + 1, book.Rows("Unmatched").Count);
        Assert.Equal(fund.Lines.Excluded + 1, book.Rows("Excluded").Count);
        Assert.Equal("TENCENT HOLDINGS LTD", book.Text("Unmatched", "E2"));
        Assert.Equal(4_250_000, book.Number("Unmatched", "K2"));
    }

    [Fact]
    public void Detail_rows_beyond_the_limit_are_left_to_the_csv_and_the_summary_says_so()
    {
        using var temp = new TempFolder();
        var result = ExposureRun.Execute(new RunRequest([new HoldingsInput(RepoPaths.IllustrativeHoldings, "illustrative-holdings.csv")],
            RepoPaths.ReferenceData, temp.Path, [new ExcelReportRenderer(detailRows: 5)], "test"));
        using var book = new ReadBack(File.ReadAllBytes(Path.Combine(temp.Path, "exposure-report.xlsx")));
        Assert.Equal(6, book.Rows("Unmatched").Count);
        var unmatched = result.Report.Summary.Lines.Unmatched;
        Assert.Equal(unmatched, ValueOf(book, "Summary", "Lines: unmatched (the first 5 on sheet Unmatched, all in unmatched.csv)"));
    }

    [Fact]
    public void Holding_names_that_look_like_formulas_stay_text()
    {
        using var temp = new TempFolder();
        var input = temp.File("evil.csv", "Name,Market Value\n+Zhejiang Dahua Technology Co Ltd,100\n@SUM(A1),5\n");
        var report = ExposureRun.Execute(new RunRequest([new HoldingsInput(input, "evil.csv")], RepoPaths.ReferenceData, temp.Path, [], "test")).Report;
        Assert.Contains(report.Findings, f => f.Name == "+Zhejiang Dahua Technology Co Ltd");

        using var book = new ReadBack(Render(report));
        var cell = book.Sheet("Matches").Worksheet.Descendants<Cell>().Single(c => c.DataType is not null && book.Text(c) == "+Zhejiang Dahua Technology Co Ltd");
        Assert.Null(cell.CellFormula);
        Assert.True(book.Format(cell).QuotePrefix?.Value);
    }

    /// <summary>The cell beside a label on a key/value sheet; null when the sheet has no such label.</summary>
    private static Cell? Beside(ReadBack book, string sheet, string label)
    {
        foreach (var row in book.Rows(sheet))
        {
            var cells = row.Elements<Cell>().ToList();
            if (cells.Count >= 2 && cells[0].DataType is not null && book.Text(cells[0]) == label) return cells[1];
        }

        return null;
    }

    private const string NotionalLabel = "Notional of derivatives on named companies, not added to the value held (USD)";
    private const string LeftOutLabel = "  derivatives whose notional is not in it (sheet Matches)";

    /// <summary>The hand-made N-PORT data set, its Asia fund holding these swaps on Hikvision, screened and rendered.</summary>
    private byte[] Swaps(TempFolder temp, params NportSwap[] swaps)
    {
        var data = NportSwaps.Write(Path.Combine(temp.Path, "q2"), swaps);
        var report = ExposureRun.Execute(new RunRequest([new HoldingsInput(data, "q2")], RepoPaths.ReferenceData, Path.Combine(temp.Path, "out"), [], "test")).Report;
        var bytes = Render(report);
        Assert.Empty(ReadBack.Validate(bytes, output));
        return bytes;
    }

    [Fact]
    public void The_matches_sheet_gives_a_notional_s_currency_beside_it_where_it_is_not_the_fund_s()
    {
        using var temp = new TempFolder();
        using var book = new ReadBack(Swaps(temp, new NportSwap(900_000m, "CNY"), new NportSwap(250_000m, "USD")));

        var header = book.Rows("Matches")[0].Elements<Cell>().Select(book.Text).ToList();
        var notional = header.IndexOf("Notional (derivatives, not added to value)");
        Assert.True(notional >= 0);
        Assert.Equal("Notional currency (where not the fund's)", header[notional + 1]);
        var swaps = Table(book, "Matches").Where(r => r["Instrument"].StartsWith("derivative", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, swaps.Count);
        Assert.Equal(["CNY"], swaps.Select(r => r.GetValueOrDefault("Notional currency (where not the fund's)")).OfType<string>());
        // Every other finding leaves it empty.
        Assert.Single(Table(book, "Matches"), r => r.ContainsKey("Notional currency (where not the fund's)"));
    }

    [Fact]
    public void Every_flagged_notional_in_another_currency_reads_unknown_with_why_never_0()
    {
        using var temp = new TempFolder();
        using var book = new ReadBack(Swaps(temp, new NportSwap(900_000m, "CNY")));

        var notional = Beside(book, "Summary", NotionalLabel);
        Assert.NotNull(notional);
        Assert.NotNull(notional.DataType);
        Assert.Equal("unknown", book.Text(notional));
        Assert.Equal("1 notional stated in another currency, not added", book.Text(Beside(book, "Summary", LeftOutLabel)!));
    }

    [Fact]
    public void A_flagged_notional_that_leaves_some_out_keeps_its_figure_and_says_which_are_left_out()
    {
        using var temp = new TempFolder();
        using (var book = new ReadBack(Swaps(temp, new NportSwap(900_000m, "USD"), new NportSwap(400_000m, "CNY"))))
        {
            Assert.Equal(900_000d, ValueOf(book, "Summary", NotionalLabel), 6);
            Assert.Equal("1 notional stated in another currency, not added", book.Text(Beside(book, "Summary", LeftOutLabel)!));
        }

        using var other = new TempFolder();
        using var all = new ReadBack(Swaps(other, new NportSwap(900_000m, "USD")));
        Assert.Equal(900_000d, ValueOf(all, "Summary", NotionalLabel), 6);
        Assert.Null(Beside(all, "Summary", LeftOutLabel));
    }
}

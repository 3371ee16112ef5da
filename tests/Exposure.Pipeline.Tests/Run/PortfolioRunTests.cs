using System.Text.Json;
using Exposure.Core;
using Exposure.Core.Holdings;
using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.Pipeline.Schemes;
using Exposure.Readers.Portfolio;
using Exposure.Reports.Json;
using Exposure.TestSupport;

namespace Exposure.Reports.Tests.Run;

public sealed class PortfolioRunTests
{
    private static string Scheme => Path.Combine(RepoPaths.Root, "samples", "scheme", "scheme.json");

    private static PortfolioExposure Run(string portfolioPath, string outDir)
    {
        var plan = PortfolioPlan.Load(portfolioPath, Path.GetFileName(portfolioPath));
        var result = ExposureRun.Execute(new RunRequest(plan.Inputs(), RepoPaths.ReferenceData, outDir, [], "test", Portfolio: plan));
        return result.Report.Portfolio!;
    }

    [Fact]
    public void Beside_the_bundled_list_an_own_list_s_category_is_a_figure_of_its_own()
    {
        using var temp = new TempFolder();
        var list = temp.File("own-list.csv",
            "# name: Example trustee forced-labour list\n# source: https://example.org/trustee/forced-labour-list\n# date: 2026-10-01\n" +
            "Company,ISIN,Ticker,Exchange,Country,Reason,Category\n" +
            "ZTE Corporation,CNE1000004Y2,763,Hong Kong Exchanges And Clearing Ltd,China,On the trustee's policy list,forced-labour\n");
        var plan = PortfolioPlan.Load(Scheme, Path.GetFileName(Scheme));
        var alone = Run(Scheme, Path.Combine(temp.Path, "alone"));
        var both = ExposureRun.Execute(new RunRequest(plan.Inputs(), RepoPaths.ReferenceData, Path.Combine(temp.Path, "both"), [], "test", Portfolio: plan,
            Lists: ["bundled", list])).Report.Portfolio!;

        // The bundled list's forced-labour figure is what it is screened alone; the trustee's list adds one of its own, ZTE's.
        var bundledAlone = Assert.Single(alone.Categories, c => c.Category == "forced-labour");
        Assert.Null(bundledAlone.List);
        var forcedLabour = both.Categories.Where(c => c.Category == "forced-labour").ToList();
        Assert.Equal(2, forcedLabour.Count);
        var bundled = Assert.Single(forcedLabour, c => c.List == "Exposure bundled list");
        Assert.Equal((bundledAlone.Value, bundledAlone.Companies), (bundled.Value, bundled.Companies));
        var own = Assert.Single(forcedLabour, c => c.List == "Example trustee forced-labour list");
        Assert.Equal((both.Companies.Single(c => c.CompanyId == "zte").Value, 1), (own.Value, own.Companies));
    }

    [Fact]
    public void A_company_s_profile_gives_the_scheme_s_value_looked_through_and_a_plain_run_its_files()
    {
        using var temp = new TempFolder();
        var plan = PortfolioPlan.Load(Scheme, Path.GetFileName(Scheme));
        var report = ExposureRun.Execute(new RunRequest(plan.Inputs(), RepoPaths.ReferenceData, temp.Path, [], "test", Portfolio: plan)).Report;
        var p = report.Portfolio!;

        // Every company's figure is the scheme's table of companies', in the report currency, "at least" where that says so.
        Assert.All(report.Companies, c =>
        {
            var s = c.Scheme!;
            Assert.Equal(p.ReportCurrency, s.Currency);
            var row = p.Companies.Where(x => x.CompanyId == c.Id).OrderBy(x => x.State == RowState.Matched ? 0 : 1).FirstOrDefault();
            Assert.Equal(row?.Value, s.Value);
            Assert.Equal(row is { Value: not null } && row.ValueBound == Bound.AtLeast, s.AtLeast);
            // Found in one pass over the scheme's companies, or by the one company: the same figure.
            Assert.Equal(SchemeCompanyValue.Of(p, c.Id), s);
        });
        Assert.Equal(new SchemeCompanyValue(null, p.ReportCurrency, false, 0), SchemeCompanyValue.For(p)("not-a-company"));

        // ZTE is held directly, through the fund of funds and through the index mandate: its profile gives all three paths
        // in GBP, not its own rows' per-file figure in USD.
        var zte = report.Companies.Single(c => c.Id == "zte");
        var scheme = p.Companies.Single(c => c.CompanyId == "zte");
        Assert.Equal(scheme.Value, zte.Scheme!.Value);
        Assert.True(zte.Scheme.Paths >= 3, $"{zte.Scheme.Paths} paths");
        Assert.StartsWith((zte.Scheme.AtLeast ? "at least " : "") + "GBP ", Wording.CompanyTotal(zte), StringComparison.Ordinal);
        Assert.Equal(Wording.SchemeCompanyValueLabel, Wording.CompanyValueLabel(zte));
        Assert.Contains("the holdings listed with it are each holdings file's own rows, in its fund's currency", Wording.CompanyTotalNote(zte), StringComparison.Ordinal);

        // A run of the same files without the portfolio gives each company its files' own total, as before.
        var plain = ExposureRun.Execute(new RunRequest(plan.Inputs(), RepoPaths.ReferenceData, Path.Combine(temp.Path, "plain"), [], "test")).Report;
        Assert.All(plain.Companies, c => Assert.Null(c.Scheme));
        Assert.Equal("Value held, all funds", Wording.CompanyValueLabel(plain.Companies[0]));
    }

    [Fact]
    public void The_json_gives_each_company_s_paths_through_the_scheme_down_to_the_file_rows_adding_up_to_its_value()
    {
        using var temp = new TempFolder();
        var plan = PortfolioPlan.Load(Scheme, Path.GetFileName(Scheme));
        ExposureRun.Execute(new RunRequest(plan.Inputs(), RepoPaths.ReferenceData, temp.Path, [new JsonReportRenderer()], "test", Portfolio: plan));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "exposure-report.json")));
        var companies = json.RootElement.GetProperty("companies").EnumerateArray().ToList();

        // Every company's paths add up to its value held by the scheme, looked through.
        foreach (var company in companies)
        {
            var scheme = company.GetProperty("scheme");
            if (scheme.GetProperty("value").ValueKind == JsonValueKind.Null) continue;
            var sum = scheme.GetProperty("through").EnumerateArray()
                .Sum(p => p.GetProperty("value").ValueKind == JsonValueKind.Number ? p.GetProperty("value").GetDecimal() : 0m);
            Assert.True(Math.Abs(scheme.GetProperty("value").GetDecimal() - sum) < 0.01m, $"{company.GetProperty("id")}: {sum}");
        }

        // ZTE through the multi-asset fund of funds: EUR 20,000,000 at 0.86 invested, the EM fund's row in the fund of funds'
        // file, ZTE's row in the EM fund's file, and the value they make.
        var zte = companies.Single(c => c.GetProperty("id").GetString() == "zte").GetProperty("scheme");
        var path = zte.GetProperty("through").EnumerateArray().Single(p => p.GetProperty("path").GetString() == "multi-asset > em-equity");
        Assert.Equal(20_000_000m * 0.86m, path.GetProperty("invested").GetDecimal());
        var funds = path.GetProperty("funds").EnumerateArray().ToList();
        Assert.Equal(new[] { "multi-asset", "em-equity" }, funds.Select(f => f.GetProperty("id").GetString()));
        Assert.False(funds[0].TryGetProperty("weight", out _));
        Assert.Equal("multi-asset-2026-09.csv", funds[1].GetProperty("file").GetString());
        Assert.Equal(LineOf("multi-asset-2026-09.csv", "ILLUSTRATIVE EM EQUITY FUND"), funds[1].GetProperty("line").GetInt32());
        Assert.Equal("em-equity-2026-09.csv", path.GetProperty("file").GetString());
        Assert.Equal(new[] { LineOf("em-equity-2026-09.csv", "ZTE CORP") }, path.GetProperty("lines").EnumerateArray().Select(l => l.GetInt32()));
        var value = path.GetProperty("invested").GetDecimal() * funds[1].GetProperty("weight").GetDecimal() * path.GetProperty("holdingWeight").GetDecimal();
        Assert.True(Math.Abs(value - path.GetProperty("value").GetDecimal()) < 0.01m, $"{value}");
    }

    /// <summary>The line of a sample scheme's file that names <paramref name="text"/>, counted from 1.</summary>
    private static int LineOf(string file, string text) =>
        File.ReadAllLines(Path.Combine(Path.GetDirectoryName(Scheme)!, file)).Select((l, i) => (l, i)).Single(x => x.l.Contains(text, StringComparison.Ordinal)).i + 1;

    [Fact]
    public void Look_through_multiplies_amounts_and_weights_along_every_path()
    {
        using var temp = new TempFolder();
        var p = Run(Scheme, temp.Path);

        // By hand, from the sample files: USD 30m at 0.79 in EM Equity (ZTE 450,000 of 20,800,000 in the September snapshot);
        // EUR 20m at 0.86 in Multi-Asset, which holds EM Equity at 4,000,000 of 18,150,000; GBP 50m in the index at 0.01%.
        const decimal emWeight = 450_000m / 20_800_000m;
        var direct = 30_000_000m * 0.79m * emWeight;
        var throughMultiAsset = 20_000_000m * 0.86m * (4_000_000m / 18_150_000m) * emWeight;
        var throughIndex = 50_000_000m * 0.0001m;

        var zte = p.Companies.Single(c => c.CompanyId == "zte");
        Assert.Equal(3, zte.Paths.Count);
        Assert.Equal(direct, zte.Paths.Single(x => x.Path == "em-equity").Value!.Value, 2);
        Assert.Equal(throughMultiAsset, zte.Paths.Single(x => x.Path == "multi-asset > em-equity").Value!.Value, 2);
        Assert.Equal(throughIndex, zte.Paths.Single(x => x.Path == "world-index").Value!.Value, 2);
        Assert.Equal(direct + throughMultiAsset + throughIndex, zte.Value!.Value, 2);
        Assert.Equal("Manager C", zte.Paths.Single(x => x.Path == "multi-asset > em-equity").Manager);

        Assert.Equal(30_000_000m * 0.79m + 50_000_000m + 20_000_000m * 0.86m + 5_000_000m, p.TotalInvested);
        Assert.Equal(p.Entries.Sum(e => e.FlaggedValue), p.FlaggedValue);
        Assert.Equal(p.Managers.Sum(m => m.FlaggedValue), p.FlaggedValue);
        Assert.Equal(p.Companies.Where(c => c.State == RowState.Matched).Sum(c => c.Value ?? 0), p.FlaggedValue, 6);
    }

    [Fact]
    public void Coverage_reconciles_and_names_what_was_not_looked_through()
    {
        using var temp = new TempFolder();
        var p = Run(Scheme, temp.Path);

        Assert.Equal(p.TotalInvested, p.Coverage.LookedThrough + p.Coverage.Gaps.Sum(g => g.Value), 4);
        var noFile = Assert.Single(p.Coverage.Gaps, g => g.Reason == "no holdings file");
        Assert.Equal(("private-credit", 5_000_000m), (noFile.Path, noFile.Value));
        Assert.Contains(p.Coverage.Gaps, g => g.Path == "multi-asset" && g.Reason.StartsWith("not screened", StringComparison.Ordinal));
        Assert.Contains(p.Coverage.Gaps, g => g.Path == "multi-asset > em-equity");
    }

    [Fact]
    public void Snapshots_form_a_time_series_and_totals_use_the_latest()
    {
        using var temp = new TempFolder();
        var p = Run(Scheme, temp.Path);

        var em = p.Entries.Single(e => e.Id == "em-equity");
        Assert.Equal(2, em.Snapshots);
        Assert.Equal(new DateOnly(2026, 9, 30), em.SnapshotAsOf);
        var changes = p.Changes.Where(c => c.EntryId == "em-equity").ToDictionary(c => c.CompanyId, c => c.Change);
        Assert.Equal(HoldingChange.Removed, changes["hikvision"]);
        Assert.Equal(HoldingChange.Added, changes["goldwind"]);
        Assert.Equal(HoldingChange.Up, changes["zte"]);
        Assert.Equal(HoldingChange.Down, changes["longi"]);
        Assert.DoesNotContain(p.Companies, c => c.CompanyId == "hikvision");
    }

    [Fact]
    public void Funds_holding_each_other_are_an_error_naming_the_cycle()
    {
        using var temp = new TempFolder();
        temp.File("a.csv", "Name,Market Value,Ticker\nFUND B UNITS,100,B1\nZTE CORP,100,\n");
        temp.File("b.csv", "Name,Market Value,Ticker\nFUND A UNITS,100,A1\n");
        var scheme = temp.File("scheme.json", """
            { "title": "Cycle", "reportCurrency": "GBP",
              "holdings": [
                { "id": "a", "file": "a.csv", "amount": 100, "currency": "GBP", "identifiers": { "ticker": "A1" } },
                { "id": "b", "file": "b.csv", "identifiers": { "ticker": "B1" } } ] }
            """);
        var e = Assert.Throws<DataException>(() => Run(scheme, Path.Combine(temp.Path, "out")));
        Assert.Equal("scheme.json, line 3: funds hold each other in a cycle: a > b > a (a.csv, line 2 holds 'b'; b.csv, line 2 holds 'a')", e.Message);
    }

    [Fact]
    public void A_missing_exchange_rate_names_the_currency_pair()
    {
        using var temp = new TempFolder();
        temp.File("a.csv", "Name,Market Value\nZTE CORP,100\n");
        temp.File("fx.csv", "from,to,rate\nUSD,GBP,0.79\n");
        var scheme = temp.File("scheme.json", """
            { "title": "FX", "reportCurrency": "GBP", "fxRates": "fx.csv",
              "holdings": [ { "id": "a", "file": "a.csv", "amount": 100, "currency": "CHF" } ] }
            """);
        var e = Assert.Throws<DataException>(() => Run(scheme, Path.Combine(temp.Path, "out")));
        Assert.Equal("fx.csv: no exchange rate for CHF to GBP: add a line 'CHF,GBP,<rate>'", e.Message);
    }

    [Theory]
    [InlineData("""{ "title": "T", "reportCurrency": "GBP", "holdings": [ { "id": "a", "amount": 1 } ] }""", "scheme.json, line 1: holding 'a': amount given without its currency")]
    [InlineData("""{ "title": "T", "reportCurrency": "GBP", "holdings": [ { "id": "a", "kind": "etf", "amount": 1, "currency": "GBP" } ] }""", "scheme.json, line 1: holding 'a': kind 'etf' is neither 'fund' nor 'index'")]
    [InlineData("""{ "title": "T", "reportCurrency": "GBP", "holdings": [ { "id": "a", "file": "nope.csv", "amount": 1, "currency": "GBP" } ] }""", "scheme.json, line 1: holding 'a': file 'nope.csv' not found")]
    [InlineData("""{ "title": "T", "reportCurrency": "POUNDS", "holdings": [] }""", "scheme.json, line 1: currency 'POUNDS' is not a three-letter ISO 4217 code")]
    [InlineData("{ \"title\": \"T\",\n  \"holdings\": [ }", "scheme.json, line 2: not valid JSON")]
    public void Portfolio_file_mistakes_name_file_line_and_problem(string json, string message)
    {
        using var temp = new TempFolder();
        var scheme = temp.File("scheme.json", json);
        var e = Assert.Throws<DataException>(() => PortfolioFile.Read(scheme, "scheme.json"));
        Assert.StartsWith(message, e.Message);
    }
    [Fact]
    public void An_index_mandate_gives_weights_and_the_scheme_holds_the_amount_invested_times_each_weight()
    {
        using var temp = new TempFolder();
        var plan = PortfolioPlan.Load(Scheme, "scheme.json");
        var report = ExposureRun.Execute(new RunRequest(plan.Inputs(), RepoPaths.ReferenceData, temp.Path, [], "test", Portfolio: plan)).Report;

        // The constituent list: weights only, never a value in money (the sample's weights add up to 100.00).
        var mandate = report.Funds.Single(f => f.SourceFile == "world-index-constituents.csv");
        Assert.Equal(FundValueBasis.ConstituentWeights, mandate.FundValueBasis);
        Assert.All(new[] { mandate.FundValue, mandate.FlaggedValue, mandate.RelatedValue, mandate.ScreenedValue }, v => Assert.Null(v));
        Assert.Equal(new decimal?[] { 0.0005m, 0.0008m, 1m }, new[] { mandate.FlaggedWeight, mandate.RelatedWeight, mandate.ScreenedWeight });
        Assert.All(report.Findings.Where(f => f.FundId == mandate.Id), f => Assert.Null(f.Value));
        Assert.All(report.Companies.SelectMany(c => c.Holdings).Where(h => h.FundId == mandate.Id), h => Assert.Null(h.Value));
        Assert.Equal(TotalsWithheld.WeightsOnly, report.Summary.TotalsWithheld);

        // The scheme: GBP 50m in the mandate, times ZTE 0.01% + Daqo 0.01% + Zijin 0.03% named, Hon Hai 0.08% related, all of it looked through.
        var entry = report.Portfolio!.Entries.Single(e => e.Id == "world-index");
        Assert.Equal(new decimal?[] { 50_000_000m * 0.0005m, 50_000_000m * 0.0008m, 50_000_000m }, new[] { entry.FlaggedValue, entry.RelatedValue, entry.LookedThrough });
        Assert.Null(entry.NotLookedThrough);
        Assert.DoesNotContain(report.Portfolio.Coverage.Gaps, g => g.Path.StartsWith("world-index", StringComparison.Ordinal));
    }

    [Fact]
    public void An_index_mandate_whose_weights_add_up_to_200_percent_is_looked_through_for_its_amount_not_twice_it()
    {
        using var temp = new TempFolder();
        temp.File("idx.csv", "Name,Ticker,Exchange,Weight (%)\nZIJIN MINING GROUP LTD H,2899,Hong Kong Exchanges And Clearing Ltd,60\n" +
            "TENCENT HOLDINGS LTD,700,Hong Kong Exchanges And Clearing Ltd,140\n");
        var scheme = temp.File("p.json", """
            { "title": "P", "reportCurrency": "USD",
              "holdings": [ { "id": "ix", "kind": "index", "name": "Idx", "file": "idx.csv", "amount": 10000000, "currency": "USD" } ] }
            """);
        var plan = PortfolioPlan.Load(scheme, "p.json");
        var report = ExposureRun.Execute(new RunRequest(plan.Inputs(), RepoPaths.ReferenceData, Path.Combine(temp.Path, "out"), [], "test", Portfolio: plan)).Report;

        var mandate = Assert.Single(report.Funds);
        Assert.True(mandate.WeightCheck.TakenOverTotal);
        Assert.Equal(0.3m, mandate.FlaggedWeight);
        Assert.Contains(report.Summary.Warnings, w => w.Code == "weights-over-total" && w.Text.StartsWith("Idx: the list's weights add up to 200%", StringComparison.Ordinal));
        // USD 10m times Zijin's 60% of 200%: 3m named; the whole mandate looked through once, with no gap of minus its amount.
        var entry = Assert.Single(report.Portfolio!.Entries);
        Assert.Equal(new decimal?[] { 3_000_000m, 10_000_000m }, new[] { entry.FlaggedValue, entry.LookedThrough });
        Assert.Equal(10_000_000m, report.Portfolio.Coverage.LookedThrough);
        Assert.Empty(report.Portfolio.Coverage.Gaps);
    }
}

using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;

namespace Exposure.Core.Tests.Reporting;

public sealed class ExposureBuilderTests
{
    private static readonly ReferenceData Reference = BundledReference.Value;
    private static readonly RunInfo Run = new("test", Reference.Version, Matcher.AlgorithmVersion, null, [], new(0, 0, 0, 0), 0.01m, null);

    private static HoldingRow Row(int line, string name, decimal value, decimal? weightPercent = null, string currency = "USD") =>
        new(new SourceLocation("f.csv", line), name, Currency: currency, MarketValue: value, WeightPercent: weightPercent);

    private static MatchResult Hit(string companyId, MatchOutcome outcome = MatchOutcome.Match) =>
        new(outcome, Reference.Company(companyId), "test", 1, []);

    private static FundMetadata Fund(string name, decimal? netAssets) =>
        new(name, MetadataOrigin.File, new DateOnly(2025, 1, 15), MetadataOrigin.File, netAssets, "test");

    [Fact]
    public void Fund_figures_are_computed_over_stated_net_assets()
    {
        var builder = new ExposureBuilder(Reference);
        var fund = builder.BeginFund("f.csv", Fund("Fund A", 1000m));
        fund.NotAHolding(new SourceLocation("f.csv", 1, 3));
        fund.Holding(Row(4, "ZTE", 50m, 5.00m), RowState.Matched, Hit("zte"));
        fund.Holding(Row(5, "HON HAI", 20m, 2.00m), RowState.Related, Hit("hon-hai"));
        fund.Holding(Row(6, "MAYBE", 10m, 1.00m), RowState.NeedsReview, Hit("dahua", MatchOutcome.NeedsReview));
        fund.Holding(Row(7, "USD CASH", 100m, 10.00m), RowState.Excluded);
        fund.Holding(Row(8, "OTHER", 800m, 80.50m), RowState.Unmatched);
        fund.Rejected(new SourceLocation("f.csv", 9), "broken", "x");
        var f = fund.Complete(9);

        Assert.Equal(1000m, f.FundValue);
        Assert.Equal(FundValueBasis.StatedNetAssets, f.FundValueBasis);
        Assert.Equal(980m, f.SumOfRows);
        Assert.Equal(100m, f.ExcludedValue);
        Assert.Equal(50m, f.FlaggedValue);
        Assert.Equal(0.05m, f.FlaggedWeight);
        Assert.Equal(0.02m, f.RelatedWeight);
        Assert.Equal(0.01m, f.ReviewWeight);
        Assert.Equal(new StateCounts(3, 1, 1, 1, 1, 1, 1), f.Lines);
        Assert.Equal(5, f.HoldingRows);
        Assert.Equal("USD", f.Currency);
        // 80.50 stated against 80.00 computed: one row outside the 0.01 point tolerance.
        Assert.Equal(5, f.WeightCheck.RowsCompared);
        Assert.Equal(1, f.WeightCheck.RowsOutsideTolerance);
        Assert.Equal(0.5m, f.WeightCheck.MaxDifferencePercent);
    }

    [Fact]
    public void Without_stated_net_assets_fund_value_is_the_sum_of_rows()
    {
        var builder = new ExposureBuilder(Reference);
        var fund = builder.BeginFund("f.csv", Fund("Fund B", null));
        fund.Holding(Row(1, "ZTE", 30m), RowState.Matched, Hit("zte"));
        fund.Holding(Row(2, "OTHER", 70m), RowState.Unmatched);
        var f = fund.Complete(2);
        Assert.Equal(100m, f.FundValue);
        Assert.Equal(FundValueBasis.SumOfRows, f.FundValueBasis);
        Assert.Equal(0.3m, f.FlaggedWeight);
    }

    [Fact]
    public void Lines_that_do_not_add_up_stop_the_run()
    {
        var builder = new ExposureBuilder(Reference);
        var fund = builder.BeginFund("f.csv", Fund("Fund C", null));
        fund.Holding(Row(1, "OTHER", 70m), RowState.Unmatched);
        var e = Assert.Throws<InvalidOperationException>(() => fund.Complete(2));
        Assert.Contains("1 lines were accounted for but the file has 2", e.Message);
    }

    [Fact]
    public void Categories_are_per_company_and_never_summed()
    {
        var builder = new ExposureBuilder(Reference);
        var fund = builder.BeginFund("f.csv", Fund("Fund D", 1000m));
        // Hikvision is named for surveillance and also carries a US sanctions listing: its value counts in both.
        fund.Holding(Row(1, "HIKVISION", 40m), RowState.Matched, Hit("hikvision"));
        fund.Holding(Row(2, "OTHER", 960m), RowState.Unmatched);
        var f = fund.Complete(2);
        var categories = Reference.AllegationsOf("hikvision").Select(a => a.Category).Distinct().ToList();
        Assert.True(categories.Count >= 2);
        Assert.Equal(categories.Count, f.ByCategory.Count);
        Assert.All(f.ByCategory, c => Assert.Equal(40m, c.Value));
    }

    [Fact]
    public void Report_totals_combine_funds_in_one_currency_and_list_companies_by_basis()
    {
        var builder = new ExposureBuilder(Reference);
        var a = builder.BeginFund("a.csv", Fund("Fund", 1000m));
        a.Holding(Row(1, "ZTE", 50m), RowState.Matched, Hit("zte"));
        a.Holding(Row(2, "HON HAI", 25m), RowState.Related, Hit("hon-hai"));
        a.Complete(2);
        var b = builder.BeginFund("b.csv", Fund("Fund", 3000m));
        b.Holding(Row(1, "ZTE", 150m), RowState.Matched, Hit("zte"));
        b.Complete(1);

        var report = builder.Build(Run, 3);
        Assert.Equal(["fund", "fund-2"], report.Funds.Select(f => f.Id));
        Assert.Equal(4000m, report.Summary.ValueScreened);
        Assert.Equal(200m, report.Summary.FlaggedValue);
        Assert.Equal(0.05m, report.Summary.FlaggedShare);
        Assert.Equal(1, report.Summary.CompaniesFlagged);
        Assert.Equal(1, report.Summary.CompaniesRelated);

        var zte = report.Companies[0];
        Assert.Equal("zte", zte.Id);
        Assert.Equal(200m, zte.TotalValue);
        Assert.Equal([150m, 50m], zte.Holdings.Select(h => h.Value));
        Assert.Equal([0.05m, 0.05m], zte.Holdings.Select(h => h.Weight));
        Assert.NotEmpty(zte.Allegations);
        Assert.All(zte.Allegations, x => Assert.StartsWith("http", x.SourceUrl));

        var honHai = report.Companies[1];
        Assert.Equal(Basis.ParentOfNamed, honHai.Basis);
        Assert.StartsWith("Not named itself; parent of named entities:", honHai.BasisText);
        Assert.False(string.IsNullOrWhiteSpace(honHai.ReviewNote));
    }

    [Fact]
    public void Family_links_are_spelled_out_with_their_sources()
    {
        var builder = new ExposureBuilder(Reference);
        var fund = builder.BeginFund("f.csv", Fund("Fund", 1000m));
        fund.Holding(Row(1, "JINKO SOLAR LTD A", 10m), RowState.Related, Hit("jinko-solar-co"));
        fund.Complete(1);
        var company = builder.Build(Run, 1).Companies.Single();

        Assert.Equal(Basis.SubsidiaryOfNamed, company.Basis);
        Assert.Equal("Not named itself; subsidiary of named parent JinkoSolar Holding Co., Ltd.", company.BasisText);
        var parent = Assert.Single(company.Relations);
        Assert.Equal("jinkosolar", parent.Id);
        Assert.Equal("named", parent.Basis);
        Assert.Equal("parent of Jinko Solar Co., Ltd.", parent.Relation);
        Assert.Equal(2, parent.Sources.Count);
        Assert.Contains(parent.Sources, s => s.Publisher == "US SEC EDGAR" && s.Url.StartsWith("https://www.sec.gov/", StringComparison.Ordinal));
    }

    [Fact]
    public void Funds_in_different_currencies_get_no_combined_total()
    {
        var builder = new ExposureBuilder(Reference);
        var a = builder.BeginFund("a.csv", Fund("A", null));
        a.Holding(Row(1, "ZTE", 50m, currency: "USD"), RowState.Matched, Hit("zte"));
        a.Complete(1);
        var b = builder.BeginFund("b.csv", Fund("B", null));
        b.Holding(Row(1, "ZTE", 50m, currency: "EUR"), RowState.Matched, Hit("zte"));
        b.Complete(1);
        var report = builder.Build(Run, 1);
        Assert.Null(report.Summary.Currency);
        Assert.Null(report.Summary.ValueScreened);
        Assert.Null(report.Companies.Single().TotalValue);
    }
}

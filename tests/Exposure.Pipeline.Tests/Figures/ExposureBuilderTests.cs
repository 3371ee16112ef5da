using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Pipeline.Figures;
using static Exposure.Pipeline.Tests.Figures.BundledFigures;

namespace Exposure.Pipeline.Tests.Figures;

public sealed class ExposureBuilderTests
{
    private static Holding Row(int line, string name, decimal value, decimal? weightPercent = null, string currency = "USD") =>
        Normaliser.Normalise(new HoldingRow(new SourceLocation("f.csv", line), name, Currency: currency, MarketValue: value, WeightPercent: weightPercent));

    private static FundExposure Complete(ExposureBuilder builder, FundAccumulator fund)
    {
        var result = fund.Complete();
        builder.Add(result);
        return result.Fund;
    }

    private static FundMetadata Fund(string name, decimal? netAssets) =>
        new(name, MetadataOrigin.File, new DateOnly(2025, 1, 15), MetadataOrigin.File, netAssets, "test");

    [Fact]
    public void Fund_figures_are_computed_over_stated_net_assets()
    {
        var builder = new ExposureBuilder(Reference);
        var fund = builder.BeginFund("f.csv", Fund("Fund A", 1000m));
        fund.NotAHolding(new SourceLocation("f.csv", 1, 3));
        fund.Add(Row(4, "ZTE", 50m, 5.00m), RowState.Matched, Hit("zte"));
        fund.Add(Row(5, "HON HAI", 20m, 2.00m), RowState.Related, Hit("hon-hai"));
        fund.Add(Row(6, "MAYBE", 10m, 1.00m), RowState.NeedsReview, Hit("dahua", MatchOutcome.NeedsReview));
        fund.Add(Row(7, "USD CASH", 100m, 10.00m), RowState.Excluded);
        fund.Add(Row(8, "OTHER", 800m, 80.50m), RowState.Unmatched);
        fund.Rejected(new SourceLocation("f.csv", 9), "broken", "x");
        var f = Complete(builder, fund);

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
        fund.Add(Row(1, "ZTE", 30m), RowState.Matched, Hit("zte"));
        fund.Add(Row(2, "OTHER", 70m), RowState.Unmatched);
        var f = Complete(builder, fund);
        Assert.Equal(100m, f.FundValue);
        Assert.Equal(FundValueBasis.SumOfRows, f.FundValueBasis);
        Assert.Equal(0.3m, f.FlaggedWeight);
    }

    [Fact]
    public void Categories_are_per_company_and_never_summed()
    {
        var builder = new ExposureBuilder(Reference);
        var fund = builder.BeginFund("f.csv", Fund("Fund D", 1000m));
        // Hikvision is named for surveillance and also carries a US sanctions listing: its value counts in both.
        fund.Add(Row(1, "HIKVISION", 40m), RowState.Matched, Hit("hikvision"));
        fund.Add(Row(2, "OTHER", 960m), RowState.Unmatched);
        var f = Complete(builder, fund);
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
        a.Add(Row(1, "ZTE", 50m), RowState.Matched, Hit("zte"));
        a.Add(Row(2, "HON HAI", 25m), RowState.Related, Hit("hon-hai"));
        Complete(builder, a);
        var b = builder.BeginFund("b.csv", Fund("Fund", 3000m));
        b.Add(Row(1, "ZTE", 150m), RowState.Matched, Hit("zte"));
        Complete(builder, b);

        var report = builder.Build(Run, 3);
        Assert.Equal(["fund", "fund-2"], report.Funds.Select(f => f.Id));
        Assert.Equal(4000m, report.Summary.FundValue);
        Assert.Equal(225m, report.Summary.ValueScreened);
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
        Assert.StartsWith("Not named itself; its subsidiaries named by 2 lists or reports (", honHai.BasisText, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(honHai.ReviewNote));
    }

    [Fact]
    public void Family_links_are_spelled_out_with_their_sources()
    {
        var builder = new ExposureBuilder(Reference);
        var fund = builder.BeginFund("f.csv", Fund("Fund", 1000m));
        fund.Add(Row(1, "JINKO SOLAR LTD A", 10m), RowState.Related, Hit("jinko-solar-co"));
        Complete(builder, fund);
        var company = builder.Build(Run, 1).Companies.Single();

        Assert.Equal(Basis.SubsidiaryOfNamed, company.Basis);
        Assert.StartsWith("Not named itself; its parent JinkoSolar Holding Co., Ltd. named by ", company.BasisText, StringComparison.Ordinal);
        var parent = Assert.Single(company.Relations);
        Assert.Equal("jinkosolar", parent.Id);
        Assert.Equal(Basis.Named, parent.Basis);
        Assert.Equal("parent of Jinko Solar Co., Ltd.", parent.Relation);
        Assert.Equal(2, parent.Sources.Count);
        Assert.Contains(parent.Sources, s => s.Publisher == "US SEC EDGAR" && s.Url.StartsWith("https://www.sec.gov/", StringComparison.Ordinal));
    }

    [Fact]
    public void Funds_in_different_currencies_get_no_combined_total()
    {
        var builder = new ExposureBuilder(Reference);
        var a = builder.BeginFund("a.csv", Fund("A", null));
        a.Add(Row(1, "ZTE", 50m, currency: "USD"), RowState.Matched, Hit("zte"));
        Complete(builder, a);
        var b = builder.BeginFund("b.csv", Fund("B", null));
        b.Add(Row(1, "ZTE", 50m, currency: "EUR"), RowState.Matched, Hit("zte"));
        Complete(builder, b);
        var report = builder.Build(Run, 1);
        Assert.Null(report.Summary.Currency);
        Assert.Null(report.Summary.FundValue);
        Assert.Null(report.Summary.ValueScreened);
        Assert.Null(report.Companies.Single().TotalValue);
    }
}

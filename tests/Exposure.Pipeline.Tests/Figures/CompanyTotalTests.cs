using Exposure.Core.Holdings;
using Exposure.Core.Reporting;
using Exposure.Pipeline.Figures;
using static Exposure.Pipeline.Tests.Figures.BundledFigures;

namespace Exposure.Pipeline.Tests.Figures;

/// <summary>
/// A company's value held over all funds is its own: the sum of its holdings when all are known and in one currency,
/// unknown (with at least the known sum) when a holding of it has no known value, not given when its holdings are in
/// different currencies. A fund the company is not held in plays no part, and the headline says which funds' values are unknown.
/// </summary>
public sealed class CompanyTotalTests
{
    private static Holding Row(int line, string name, decimal? value, decimal? weightPercent, string currency = "USD") =>
        Normaliser.Normalise(new HoldingRow(new SourceLocation("f.csv", line), name, Currency: currency, MarketValue: value, WeightPercent: weightPercent));

    private static FundMetadata Fund(string name, decimal? netAssets) =>
        new(name, MetadataOrigin.File, new DateOnly(2026, 9, 30), MetadataOrigin.File, netAssets, "test");

    /// <summary>Fund E gives weights and no value; fund F values for every row. Zijin is in both, Jinko and TBEA in F only.</summary>
    private static ExposureReport FundWithoutValuesBesideOneWithValues()
    {
        var builder = new ExposureBuilder(Reference);
        var e = builder.BeginFund("e.csv", Fund("Fund E", null));
        e.Add(Row(1, "ZIJIN MINING", null, 2.50m), RowState.Matched, Hit("zijin-mining"));
        e.Add(Row(2, "OTHER", null, 97.50m), RowState.Unmatched);
        builder.Add(e.Complete());
        var f = builder.BeginFund("f.csv", Fund("Fund F", 1_000_000m));
        f.Add(Row(1, "ZIJIN MINING", 100_000m, 10m), RowState.Matched, Hit("zijin-mining"));
        f.Add(Row(2, "JINKO", 100_000m, 10m), RowState.Matched, Hit("jinko-solar-co"));
        f.Add(Row(3, "TBEA", 50_000m, 5m), RowState.Matched, Hit("tbea"));
        f.Add(Row(4, "OTHER", 750_000m, 75m), RowState.Unmatched);
        builder.Add(f.Complete());
        return builder.Build(Run, 5);
    }

    [Fact]
    public void A_fund_without_values_leaves_the_totals_of_companies_it_does_not_hold_known()
    {
        var report = FundWithoutValuesBesideOneWithValues();

        var jinko = report.Companies.Single(c => c.Id == "jinko-solar-co");
        Assert.Equal(100_000m, jinko.TotalValue);
        Assert.Equal("USD", jinko.Currency);
        Assert.Null(jinko.TotalWithheld);
        Assert.Null(jinko.TotalUnknown);
        Assert.Equal("USD 100,000", Wording.CompanyTotal(jinko));
        Assert.Equal(50_000m, report.Companies.Single(c => c.Id == "tbea").TotalValue);
    }

    [Fact]
    public void A_company_one_of_whose_holdings_has_no_value_is_unknown_and_at_least_the_known_sum_with_the_reason()
    {
        var zijin = FundWithoutValuesBesideOneWithValues().Companies.Single(c => c.Id == "zijin-mining");

        Assert.Null(zijin.TotalValue);
        Assert.Equal(100_000m, zijin.TotalAtLeast);
        Assert.Equal(TotalsWithheld.ValuesUnknown, zijin.TotalWithheld);
        Assert.Contains("Fund E: no value given", zijin.TotalUnknown, StringComparison.Ordinal);
        Assert.Contains("1 row's value is unknown", zijin.TotalUnknown, StringComparison.Ordinal);
        Assert.Equal("at least USD 100,000", Wording.CompanyTotal(zijin));
        Assert.Equal(zijin.TotalUnknown, Wording.CompanyTotalNote(zijin));
    }

    [Fact]
    public void The_headline_says_that_some_funds_values_are_unknown_not_that_none_could_be_read()
    {
        var s = FundWithoutValuesBesideOneWithValues().Summary;

        Assert.Equal(TotalsWithheld.SomeValuesUnknown, s.TotalsWithheld);
        Assert.Null(s.FundValue);
        Assert.Equal(Wording.Unknown, Wording.NoTotal(s.TotalsWithheld));
        var why = Wording.WhyNoTotal(s.TotalsWithheld);
        Assert.DoesNotContain("No market value could be read", why, StringComparison.Ordinal);
        Assert.Contains("some of the funds", why, StringComparison.Ordinal);
    }

    [Fact]
    public void When_no_fund_has_a_value_the_totals_are_withheld_as_values_unknown()
    {
        var builder = new ExposureBuilder(Reference);
        foreach (var name in new[] { "Fund E", "Fund G" })
        {
            var e = builder.BeginFund(name + ".csv", Fund(name, null));
            e.Add(Row(1, "ZIJIN MINING", null, 2.50m), RowState.Matched, Hit("zijin-mining"));
            e.Add(Row(2, "OTHER", null, 97.50m), RowState.Unmatched);
            builder.Add(e.Complete());
        }
        var report = builder.Build(Run, 2);

        Assert.Equal(TotalsWithheld.ValuesUnknown, report.Summary.TotalsWithheld);
        var zijin = report.Companies.Single();
        Assert.Null(zijin.TotalValue);
        Assert.Null(zijin.TotalAtLeast);
        Assert.Contains("2 rows' values are unknown", zijin.TotalUnknown, StringComparison.Ordinal);
        Assert.Equal(Wording.Unknown, Wording.CompanyTotal(zijin));
    }

    [Fact]
    public void Funds_of_two_currencies_give_each_company_held_in_one_its_total_and_the_others_none()
    {
        var builder = new ExposureBuilder(Reference);
        var f = builder.BeginFund("f.csv", Fund("Fund F", 1_000_000m));
        f.Add(Row(1, "ZIJIN MINING", 100_000m, 10m), RowState.Matched, Hit("zijin-mining"));
        f.Add(Row(2, "JINKO", 100_000m, 10m), RowState.Matched, Hit("jinko-solar-co"));
        f.Add(Row(3, "OTHER", 800_000m, 80m), RowState.Unmatched);
        builder.Add(f.Complete());
        var g = builder.BeginFund("g.csv", Fund("Fund G", null));
        g.Add(Row(1, "ZIJIN MINING", 250_000m, 2.5m, "EUR"), RowState.Matched, Hit("zijin-mining"));
        g.Add(Row(2, "OTHER", 9_750_000m, 97.5m, "EUR"), RowState.Unmatched);
        builder.Add(g.Complete());
        var report = builder.Build(Run, 3);

        Assert.Equal(TotalsWithheld.DifferentCurrencies, report.Summary.TotalsWithheld);
        var jinko = report.Companies.Single(c => c.Id == "jinko-solar-co");
        Assert.Equal(100_000m, jinko.TotalValue);
        Assert.Equal("USD 100,000", Wording.CompanyTotal(jinko));
        var zijin = report.Companies.Single(c => c.Id == "zijin-mining");
        Assert.Null(zijin.TotalValue);
        Assert.Null(zijin.TotalAtLeast);
        Assert.Equal(TotalsWithheld.DifferentCurrencies, zijin.TotalWithheld);
        Assert.Contains("(EUR, USD)", zijin.TotalUnknown, StringComparison.Ordinal);
        Assert.Equal(Wording.NotGiven, Wording.CompanyTotal(zijin));
    }
}

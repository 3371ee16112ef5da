using Exposure.Core.Holdings;
using Exposure.Core.Reporting;

namespace Exposure.Core.Tests.Reporting;

/// <summary>Funds of one name that are not the same fund are labelled apart, by registrant first; reports of one fund share a label.</summary>
public sealed class FundLabelsTests
{
    private static FundExposure Fund(string id, string name, string? registrant = null, string? cik = null, string? series = null, string file = "q2/FUND_REPORTED_HOLDING.tsv") =>
        new(id, name, MetadataOrigin.File, new DateOnly(2026, 4, 30), MetadataOrigin.File, "USD", file, "SEC N-PORT data set",
            1_000_000m, FundValueBasis.StatedNetAssets, 1_000_000m, 1_000_000m, 0m, 10_000m, 0.01m, 0m, 0m, 0m, 0m, 1,
            StateCounts.Zero, 2, [], new WeightCheck(0, 0, 0m, 0.01m), 1_000_000m, [], UnknownValues.None,
            Registrant: registrant, Cik: cik, SeriesId: series);

    private static List<string?> Labels(params FundExposure[] funds) => FundLabels.Apply(funds).Select(f => f.Label).ToList();

    [Fact]
    public void Two_funds_of_one_name_from_different_registrants_are_named_with_their_registrant()
    {
        var funds = FundLabels.Apply(
        [
            Fund("emerging-markets-fund", "Emerging Markets Fund", "Beta Trust", "1000002", "S000000003"),
            Fund("emerging-markets-fund-2", "Emerging Markets Fund", "Gamma Trust", "1000003", "S000000004"),
            Fund("alpha-growth-fund", "Alpha Growth Fund", "Alpha Trust", "1000001", "S000000001"),
        ]);

        Assert.Equal(["Emerging Markets Fund (Beta Trust)", "Emerging Markets Fund (Gamma Trust)", "Alpha Growth Fund"], funds.Select(f => f.DisplayName));
        Assert.Null(funds[2].Label);
        Assert.Equal(["Emerging Markets Fund", "Emerging Markets Fund", "Alpha Growth Fund"], funds.Select(f => f.Name));
    }

    [Fact]
    public void Reports_of_one_series_at_two_dates_share_their_name_and_are_not_labelled()
    {
        var april = Fund("alpha-china-fund", "Alpha China Fund", "Alpha Trust", "1000001", "S000000002");
        var july = Fund("alpha-china-fund-2", "Alpha China Fund", "Alpha Trust", "1000001", "S000000002", "q3/FUND_REPORTED_HOLDING.tsv") with { AsOf = new DateOnly(2026, 7, 31) };
        Assert.Equal([null, null], Labels(april, july));
        Assert.Equal(april.Identity, july.Identity);
    }

    [Fact]
    public void Every_report_of_each_of_two_same_named_funds_carries_its_own_registrant()
    {
        Assert.Equal(
            ["Emerging Markets Fund (Beta Trust)", "Emerging Markets Fund (Gamma Trust)", "Emerging Markets Fund (Beta Trust)"],
            Labels(
                Fund("a", "Emerging Markets Fund", "Beta Trust", "1000002", "S000000003"),
                Fund("b", "Emerging Markets Fund", "Gamma Trust", "1000003", "S000000004"),
                Fund("c", "Emerging Markets Fund", "Beta Trust", "1000002", "S000000003", "q3/FUND_REPORTED_HOLDING.tsv")));
    }

    [Fact]
    public void Registrants_of_one_name_are_told_apart_by_their_cik()
    {
        // Two registrants named alike, each filing a "Pacific Fund" without a series id: the fund is its CIK and name.
        Assert.Equal(
            ["Pacific Fund (Capital Series Trust, CIK 3000003)", "Pacific Fund (Capital Series Trust, CIK 3000004)"],
            Labels(Fund("a", "Pacific Fund", "Capital Series Trust", "3000003"), Fund("b", "Pacific Fund", "Capital Series Trust", "3000004")));
    }

    [Fact]
    public void Two_series_of_one_name_of_one_registrant_are_told_apart_by_series_id()
    {
        Assert.Equal(
            ["Income Fund (Beta Trust, CIK 1000002, S000000005)", "Income Fund (Beta Trust, CIK 1000002, S000000006)"],
            Labels(Fund("a", "Income Fund", "Beta Trust", "1000002", "S000000005"), Fund("b", "Income Fund", "Beta Trust", "1000002", "S000000006")));
    }

    [Fact]
    public void Holdings_files_of_one_fund_name_are_one_fund_and_keep_their_name()
    {
        // Without a filing, a fund is known by its name: two files of the same name are two snapshots of it.
        Assert.Equal([null, null], Labels(Fund("a", "iShares MSCI China ETF", file: "a.csv"), Fund("b", "iShares MSCI China ETF", file: "b.csv")));
    }

    [Fact]
    public void A_list_whose_names_are_all_apart_is_returned_as_it_is()
    {
        IReadOnlyList<FundExposure> funds = [Fund("a", "Alpha Fund", "Alpha Trust", "1", "S1"), Fund("b", "Beta Fund", "Alpha Trust", "1", "S2")];
        Assert.Same(funds, FundLabels.Apply(funds));
    }
}

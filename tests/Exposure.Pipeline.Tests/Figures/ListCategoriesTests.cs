using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Lists.Combine;
using Exposure.Pipeline.Figures;
using Exposure.TestSupport;

namespace Exposure.Pipeline.Tests.Figures;

/// <summary>
/// A category is the list's that gives it: screened beside the bundled list, a list of one's own that puts a company in
/// a category of the same name is a figure of its own, naming its list, never added into the bundled list's.
/// </summary>
public sealed class ListCategoriesTests
{
    private const string OwnListName = "Example trustee forced-labour list";

    /// <summary>ZTE (forced labour on the bundled list) and Tencent (on no bundled row), both in the trustee's "forced labour" category.</summary>
    private const string OwnList =
        "# name: " + OwnListName + "\n" +
        "# source: https://example.org/trustee/forced-labour-list\n" +
        "# publisher: Example Pension Trust\n" +
        "# date: 2026-10-01\n" +
        "Company,ISIN,Ticker,Exchange,Country,Reason,Category\n" +
        "ZTE Corporation,CNE1000004Y2,763,Hong Kong Exchanges And Clearing Ltd,China,On the trustee's policy list,Forced Labor\n" +
        "Tencent Holdings Ltd,KYG875721634,700,Hong Kong Exchanges And Clearing Ltd,Cayman Islands,On the trustee's policy list,forced-labour\n";

    private static ReferenceData Combined(TempFolder temp, string ownList = OwnList) => ListSet.Combine(
    [
        ListLoader.Load(ListLoader.Bundled, RepoPaths.ReferenceData),
        ListLoader.Load(temp.File("own-list.csv", ownList), RepoPaths.ReferenceData),
    ]).Data;

    private static FundExposure Fund(ReferenceData reference, params (string Name, string CompanyId, decimal Value)[] held)
    {
        var normaliser = new HoldingNormaliser(reference.Exchanges);
        var builder = new ExposureBuilder(reference);
        var fund = builder.BeginFund("f.csv", new FundMetadata("Fund A", MetadataOrigin.File, new DateOnly(2026, 11, 30), MetadataOrigin.File, 1000m, "test"));
        var line = 1;
        foreach (var (name, companyId, value) in held)
        {
            var holding = normaliser.Normalise(new HoldingRow(new SourceLocation("f.csv", line++), name, Currency: "USD", MarketValue: value));
            fund.Add(holding, RowState.Matched, new MatchResult(MatchOutcome.Match, reference.Company(companyId), "test", 1, []));
        }
        fund.Add(normaliser.Normalise(new HoldingRow(new SourceLocation("f.csv", line), "OTHER", Currency: "USD", MarketValue: 1000m - held.Sum(h => h.Value))), RowState.Unmatched);
        var result = fund.Complete();
        builder.Add(result);
        return result.Fund;
    }

    [Fact]
    public void The_same_category_of_two_lists_is_two_figures_each_naming_its_list()
    {
        using var temp = new TempFolder();
        var reference = Combined(temp);
        var f = Fund(reference, ("ZTE CORP H", "zte", 40m), ("TENCENT HOLDINGS LTD", "tencent-holdings-ltd", 100m));

        var forcedLabour = f.ByCategory.Where(c => c.Category == AllegationCategories.ForcedLabour).ToList();
        Assert.Equal(2, forcedLabour.Count);
        // The trustee's list names both companies: 140 of 1,000.
        var ownFigure = Assert.Single(forcedLabour, c => c.List == OwnListName);
        Assert.Equal(140m, ownFigure.Value);
        Assert.Equal(0.14m, ownFigure.Weight);
        Assert.Equal(2, ownFigure.Companies);
        // The bundled list names ZTE alone: 40 of 1,000, not the 140 the two lists' categories would add up to as one.
        var bundledFigure = Assert.Single(forcedLabour, c => c.List == ListLoader.BundledName);
        Assert.Equal(40m, bundledFigure.Value);
        Assert.Equal(0.04m, bundledFigure.Weight);
        Assert.Equal(1, bundledFigure.Companies);
        // Every figure says whose category it is.
        Assert.All(f.ByCategory, c => Assert.NotNull(c.List));
        Assert.Equal("Forced labour (Example trustee forced-labour list)", Wording.Category(ownFigure));
        Assert.Equal("Forced labour (Exposure bundled list)", Wording.Category(bundledFigure));
    }

    [Fact]
    public void Two_lists_of_one_name_keep_their_categories_apart()
    {
        using var temp = new TempFolder();
        var sameName = OwnList.Replace(OwnListName, ListLoader.BundledName, StringComparison.Ordinal);
        var reference = Combined(temp, sameName);
        var f = Fund(reference, ("ZTE CORP H", "zte", 40m));

        var forcedLabour = f.ByCategory.Where(c => c.Category == AllegationCategories.ForcedLabour).ToList();
        Assert.Equal([ListLoader.BundledName, ListLoader.BundledName + " (2)"], forcedLabour.Select(c => c.List).Order(StringComparer.Ordinal));
        Assert.All(forcedLabour, c => Assert.Equal(40m, c.Value));
    }

    [Fact]
    public void One_list_gives_its_categories_without_a_list_name()
    {
        var reference = BundledReference.Value;
        var f = Fund(reference, ("ZTE CORP H", "zte", 40m));

        var category = Assert.Single(f.ByCategory);
        Assert.Equal(AllegationCategories.ForcedLabour, category.Category);
        Assert.Null(category.List);
        Assert.Equal(40m, category.Value);
        Assert.Equal("Forced labour", Wording.Category(category));
    }
}

using Exposure.Lists.Conversion;
using Exposure.TestSupport;

namespace Exposure.Lists.Tests.Conversion;

public sealed class LegalNameTests
{
    [Theory]
    [InlineData("Xinjiang Daqo New Energy Co., Ltd.", "XINJIANG DAQO NEW ENERGY CO LTD")]
    [InlineData("  xinjiang daqo new-energy co. ltd ", "XINJIANG DAQO NEW ENERGY CO LTD")]
    [InlineData("Hoshine Silicon Industry (Shanshan) Co., Ltd.", "HOSHINE SILICON INDUSTRY SHANSHAN CO LTD")]
    [InlineData("ＺＴＥ Corporation", "ZTE CORPORATION")]
    [InlineData("新疆大全新能源股份有限公司", "新疆大全新能源股份有限公司")]
    public void Case_punctuation_spacing_and_width_are_set_aside(string name, string key) => Assert.Equal(key, LegalName.Key(name));

    [Fact]
    public void Legal_forms_and_words_stay_so_a_group_and_its_company_differ()
    {
        Assert.NotEqual(LegalName.Key("China State Construction Group Co., Ltd."), LegalName.Key("China State Construction Co., Ltd."));
        Assert.NotEqual(LegalName.Key("Example Holdings Ltd"), LegalName.Key("Example Ltd"));
    }

    [Fact]
    public void One_list_entering_a_name_with_other_punctuation_in_one_country_enters_one_company()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "list.csv");
        File.WriteAllText(path, "# source: https://example.org/list\nName,Country\n\"Example Silicon Co., Ltd.\",CN\nEXAMPLE SILICON CO LTD,China\n\"Example Silicon Group Co., Ltd.\",CN\n");
        var data = ListConverter.ToReference(Fixtures.Import(path), Fixtures.Exchanges);

        Assert.Equal(["Example Silicon Co., Ltd.", "Example Silicon Group Co., Ltd."], data.Companies.Select(c => c.NameEn));
        Assert.Contains("entered 2 times on the list (lines 3, 4)", data.Companies[0].ReviewNote);
    }
}

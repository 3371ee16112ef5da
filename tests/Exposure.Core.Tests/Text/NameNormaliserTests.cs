using Exposure.Core.Text;

namespace Exposure.Core.Tests.Text;

public sealed class NameNormaliserTests
{
    [Theory]
    [InlineData("ZTE CORP H", "ZTE")]
    [InlineData("ZTE Corporation", "ZTE")]
    [InlineData("TBEA LTD A", "TBEA")]
    [InlineData("TBEA Co., Ltd.", "TBEA")]
    [InlineData("GOLDWIND SCIENCE&TECHNOLOGY LTD A", "GOLDWIND SCIENCE TECHNOLOGY")]
    [InlineData("Goldwind Science & Technology Co., Ltd.", "GOLDWIND SCIENCE TECHNOLOGY")]
    [InlineData("Goldwind Science and Technologies", "GOLDWIND SCIENCE TECHNOLOGY")]
    [InlineData("HIKVISION DIGITAL TECH", "HIKVISION DIGITAL TECHNOLOGY")]
    [InlineData("AVARY HOLDING (SHENZHEN) LTD A", "AVARY SHENZHEN")]
    [InlineData("Avary Holding (Shenzhen) Co., Limited", "AVARY SHENZHEN")]
    [InlineData("DAQO NEW ENERGY ADR REPRESENTING", "DAQO NEW ENERGY")]
    [InlineData("Daqo New Energy Corp. Sponsored ADR", "DAQO NEW ENERGY")]
    [InlineData("ALPHABET INC CLASS A", "ALPHABET")]
    [InlineData("ZIJIN MINING GROUP LTD-A (XSHG)", "ZIJIN MINING")]
    [InlineData("ＺＴＥ　ＣＯＲＰ", "ZTE")]
    [InlineData("Hon Hai Precision Industry Co., Ltd.", "HON HAI PRECISION INDUSTRY")]
    public void Reduces_names_to_a_comparable_form(string raw, string expected) =>
        Assert.Equal(expected, NameNormaliser.Normalise(raw).Text);

    [Fact]
    public void Compact_form_joins_split_words() =>
        Assert.Equal("OFILMTECHNOLOGY", NameNormaliser.Normalise("O-FILM TECH LTD A").Compact);

    [Fact]
    public void Chinese_legal_forms_are_removed() =>
        Assert.Equal("浙江大华技术", NameNormaliser.Normalise("浙江大华技术股份有限公司").Compact);

    [Fact]
    public void Traditional_and_simplified_chinese_compare_equal() =>
        Assert.Equal(
            NameNormaliser.Normalise("杭州海康威视数字技术股份有限公司").Compact,
            NameNormaliser.Normalise("杭州海康威視數字技術股份有限公司").Compact);

    [Fact]
    public void A_leading_legal_word_is_kept() =>
        Assert.Equal("GROUP 1 AUTOMOTIVE", NameNormaliser.Normalise("GROUP 1 AUTOMOTIVE INC").Text);

    [Fact]
    public void Empty_names_normalise_to_empty()
    {
        Assert.True(NameNormaliser.Normalise(null).IsEmpty);
        Assert.True(NameNormaliser.Normalise(" - ").IsEmpty);
    }
}

using Exposure.Core.Identifiers;

namespace Exposure.Core.Tests.Identifiers;

public sealed class CusipTests
{
    [Theory]
    [InlineData("037833100", true)] // Apple Inc. common stock
    [InlineData("037833AL4", true)]
    [InlineData("912797NP8", true)]
    [InlineData("037833101", false)]
    [InlineData("03783310", false)]
    [InlineData("0378331000", false)]
    public void The_check_digit_is_checked(string cusip, bool valid) => Assert.Equal(valid, Cusip.IsValid(cusip));

    [Theory]
    [InlineData("US0378331005", "037833100")]
    [InlineData("CA0679011084", "067901108")]
    [InlineData("CNE100000PM8", null)]
    [InlineData("US0378331006", null)]
    public void A_us_or_canadian_isin_embeds_its_cusip(string isin, string? cusip) => Assert.Equal(cusip, Cusip.FromIsin(isin));

    [Fact]
    public void The_issuer_number_is_the_first_six_characters_of_a_valid_cusip()
    {
        Assert.Equal("037833", Cusip.IssuerPrefix("037833AL4"));
        Assert.Null(Cusip.IssuerPrefix("037833AL5"));
    }

    [Fact]
    public void All_zeros_is_no_cusip() => Assert.Null(Cusip.Normalise("000000000"));
}

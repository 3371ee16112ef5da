using Exposure.Core.Identifiers;

namespace Exposure.Core.Tests.Identifiers;

public sealed class IsinTests
{
    [Theory]
    [InlineData("US0378331005")] // Apple
    [InlineData("CNE000000TK5")] // ZTE A
    [InlineData("CNE1000004Y2")] // ZTE H
    [InlineData("TW0002317005")] // Hon Hai
    [InlineData("CNE100000PM8")] // Hikvision
    public void Accepts_real_isins(string isin) => Assert.True(Isin.IsValid(isin));

    [Theory]
    [InlineData("US0378331006")] // wrong check digit
    [InlineData("CNE000000TK4")]
    [InlineData("us0378331005")] // lower case
    [InlineData("US037833100")] // too short
    [InlineData("1S0378331005")] // country not letters
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_malformed_isins(string? isin) => Assert.False(Isin.IsValid(isin));
}

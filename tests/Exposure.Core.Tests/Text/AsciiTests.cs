using Exposure.Core.Text;

namespace Exposure.Core.Tests.Text;

public sealed class AsciiTests
{
    [Theory]
    [InlineData("ZTE CORP", "ZTE CORP")]
    [InlineData(" zte corp ", "ZTE CORP")]
    [InlineData("Zte", "ZTE")]
    [InlineData("straße", "STRAßE")]
    [InlineData("中兴通讯", "中兴通讯")]
    [InlineData("", "")]
    [InlineData("\u00A0ABC", "ABC")]
    public void Trims_and_upper_cases_as_the_invariant_culture_does(string text, string expected)
    {
        Assert.Equal(text.Trim().ToUpperInvariant(), Ascii.TrimUpper(text));
        Assert.Equal(expected, Ascii.TrimUpper(text));
    }

    [Fact]
    public void A_string_that_needs_nothing_is_returned_as_it_is()
    {
        var s = "ALREADY UPPER 123";
        Assert.Same(s, Ascii.TrimUpper(s));
    }
}

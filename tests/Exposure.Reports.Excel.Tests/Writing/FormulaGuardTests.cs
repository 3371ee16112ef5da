using Exposure.Core.Text;

namespace Exposure.Reports.Excel.Tests.Writing;

public sealed class FormulaGuardTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    [InlineData("=")]
    public void Text_starting_with_a_formula_character_needs_protection(string text)
    {
        Assert.True(FormulaGuard.NeedsProtection(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Fund A")]
    [InlineData(" =1")]
    [InlineData("1-2")]
    [InlineData("a@b.example")]
    [InlineData("\n=1")]
    public void Other_text_does_not(string? text)
    {
        Assert.False(FormulaGuard.NeedsProtection(text));
    }
}

using Exposure.Core.Text;

namespace Exposure.Core.Tests.Text;

public sealed class FormulaGuardTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("'quoted", "''quoted")]
    [InlineData("ZTE CORP H", "ZTE CORP H")]
    public void Csv_text_is_guarded_and_restored_exactly(string text, string guarded)
    {
        Assert.Equal(guarded, FormulaGuard.ForCsv(text));
        Assert.Equal(text, FormulaGuard.FromCsv(FormulaGuard.ForCsv(text)));
    }
}

using System.Globalization;
using Exposure.Core.Matching;
using Exposure.Core.Reporting;

namespace Exposure.Core.Tests.Reporting;

public sealed class WordingTests
{
    [Theory]
    [InlineData("")]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("sv-SE")]
    public void Evidence_reads_the_same_whatever_the_culture(string culture)
    {
        var evidence = new Evidence("name-similar", "ZTE CORP H", "ZTE Corporation", 0.8567, "words weighted by rarity");
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal("name-similar: 'ZTE CORP H' vs 'ZTE Corporation' (0.857) words weighted by rarity", Wording.Of(evidence));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}

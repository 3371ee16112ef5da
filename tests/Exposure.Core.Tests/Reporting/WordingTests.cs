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

    [Theory]
    [InlineData(0, "No line was rejected: every line that looked like a holding could be read.")]
    [InlineData(1, "No line was rejected: every line that looked like a holding was kept, though 1 value on those lines could not be read and is unknown.")]
    [InlineData(3, "No line was rejected: every line that looked like a holding was kept, though 3 values on those lines could not be read and are unknown.")]
    public void With_no_line_rejected_the_report_says_every_line_could_be_read_only_when_every_value_could(int notReadable, string said) =>
        Assert.Equal(said, Wording.NoLineRejected(new UnknownValues(notReadable + 2, 0, 0, 0, notReadable)));

    [Theory]
    [InlineData("2026.12.04", "2026-12-04", "version 2026.12.04; latest allegation dated 2025-01-15")]
    [InlineData("synthetic-s5+bundled", "synthetic-s5+bundled", "version synthetic-s5+bundled; latest allegation dated 2025-01-15")]
    [InlineData("v3", "2026-10-01", "version v3, dated 2026-10-01; latest allegation dated 2025-01-15")]
    public void A_list_s_version_that_is_no_date_is_not_said_to_be_its_date(string version, string listDate, string said) =>
        Assert.Equal(said, Wording.ListDates(new ReportDates(null, null, 0, version, listDate, "2025-01-15", null)));
}

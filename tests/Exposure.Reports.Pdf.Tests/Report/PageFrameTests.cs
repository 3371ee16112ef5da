using Exposure.Reports.Pdf.Report;

namespace Exposure.Reports.Pdf.Tests.Report;

/// <summary>The running header's reference data fits its one line, however the list is dated.</summary>
public sealed class PageFrameTests
{
    [Theory]
    [InlineData("2026.12.04", "Reference data 2026.12.04")]
    [InlineData("2026-12-05 (file date)", "List 2026-12-05 (file date)")]
    [InlineData("OFAC SDN List of 2026-12-05, as published with its alternate names", "List: see Methodology and limits")]
    public void The_headers_reference_data_fits_one_line(string version, string header)
    {
        var run = Reports.Illustrative.Run with { ReferenceDataVersion = version, Lists = null };

        Assert.Equal(header, PageFrame.ReferenceData(run));
        Assert.True(header.Length <= PageFrame.HeaderChars);
    }
}

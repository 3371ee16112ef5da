using Xunit.Abstractions;

namespace Exposure.Reports.Pdf.Tests;

public sealed class DemoTests(ITestOutputHelper output)
{
    /// <summary>Writes the sample report to $EXPOSURE_PDF_DEMO, or to the temp folder, for looking at (e.g. pdftoppm -png -r 50).</summary>
    [Fact]
    public void Writes_the_sample_report()
    {
        var path = Environment.GetEnvironmentVariable("EXPOSURE_PDF_DEMO") is { Length: > 0 } target
            ? target
            : Path.Combine(Path.GetTempPath(), "exposure-pdf-demo.pdf");

        var layout = SampleReport.Build(TestFonts.Set).Save(path);

        output.WriteLine($"Wrote {path}: {layout.PageCount} pages.");
        Assert.True(layout.PageCount >= 6);
        Assert.Equal(0, layout.OversizedBlocks);
        Assert.Equal(1, layout.FallbacksUsed);
        Assert.True(new FileInfo(path).Length > 10_000);
    }
}

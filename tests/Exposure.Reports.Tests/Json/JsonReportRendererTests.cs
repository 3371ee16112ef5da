using Exposure.Pipeline;
using Exposure.Reports.Json;
using Exposure.TestSupport;

namespace Exposure.Reports.Tests.Json;

public sealed class JsonReportRendererTests
{
    [Fact]
    public void Lines_end_with_a_line_feed_on_every_system()
    {
        // System.Text.Json would otherwise end indented lines with the system's newline: CR LF on Windows.
        Assert.Equal("\n", JsonReportRenderer.Options.NewLine);

        using var temp = new TempFolder();
        ExposureRun.Execute(new RunRequest(
            [new HoldingsInput(RepoPaths.IllustrativeHoldings, "illustrative-holdings.csv")], RepoPaths.ReferenceData, temp.Path, [new JsonReportRenderer()], "test"));
        var json = File.ReadAllText(Path.Combine(temp.Path, "exposure-report.json"));
        Assert.Contains('\n', json);
        Assert.DoesNotContain('\r', json);
    }
}

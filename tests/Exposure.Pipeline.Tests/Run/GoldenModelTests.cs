using Exposure.Pipeline;
using Exposure.Pipeline.Schemes;
using Exposure.Reports.Json;
using Exposure.TestSupport;

namespace Exposure.Reports.Tests.Json;

/// <summary>
/// Pins the whole report model of the bundled illustrative fund and sample scheme. When a change to them is intended,
/// rerun with EXPOSURE_UPDATE_GOLDEN=1 to rewrite tests/golden/*.json, and review the diff before committing it.
/// </summary>
public sealed class GoldenModelTests
{
    [Fact]
    public void Illustrative_report_model_is_as_pinned() =>
        AssertGolden("illustrative-report.json", [new HoldingsInput(RepoPaths.IllustrativeHoldings, "illustrative-holdings.csv")], null);

    [Fact]
    public void Sample_scheme_report_model_is_as_pinned()
    {
        var plan = PortfolioPlan.Load(Path.Combine(RepoPaths.Root, "samples", "scheme", "scheme.json"), "scheme.json");
        AssertGolden("scheme-report.json", plan.Inputs(), plan);
    }

    private static void AssertGolden(string name, IReadOnlyList<HoldingsInput> inputs, PortfolioPlan? plan)
    {
        using var temp = new TempFolder();
        ExposureRun.Execute(new RunRequest(inputs, RepoPaths.ReferenceData, temp.Path, [new JsonReportRenderer()], "golden", Portfolio: plan));
        var actual = File.ReadAllText(Path.Combine(temp.Path, "exposure-report.json")).ReplaceLineEndings("\n");
        var golden = RepoPaths.Golden(name);
        if (Environment.GetEnvironmentVariable("EXPOSURE_UPDATE_GOLDEN") == "1") File.WriteAllText(golden, actual);
        var expected = File.ReadAllText(golden).ReplaceLineEndings("\n");
        if (expected == actual) return;

        var failed = Path.Combine(Path.GetTempPath(), "exposure-" + name);
        File.WriteAllText(failed, actual);
        var line = expected.Split('\n').Zip(actual.Split('\n')).TakeWhile(p => p.First == p.Second).Count() + 1;
        Assert.Fail($"the report model differs from tests/golden/{name} from line {line}; the new model is in {failed}. " +
            "If the change is intended, rerun with EXPOSURE_UPDATE_GOLDEN=1 and review the diff.");
    }
}

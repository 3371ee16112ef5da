using Exposure.Cli;
using Exposure.Reports.Json;
using Exposure.TestSupport;

namespace Exposure.Reports.Html.Tests;

/// <summary>The bundled illustrative run and the sample scheme's run, each made once per test run by the CLI as a user runs it.</summary>
public static class SampleRuns
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "exposure-html-tests-" + Guid.NewGuid().ToString("N"));
    private static readonly Lazy<SampleRun> BundledRun = new(() => Run("bundled"));
    private static readonly Lazy<SampleRun> SchemeRun = new(() => Run("scheme", "--portfolio", Path.Combine(RepoPaths.Root, "samples", "scheme", "scheme.json")));
    private static readonly object Gate = new();

    static SampleRuns()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                if (Directory.Exists(Root)) Directory.Delete(Root, true);
            }
            catch (IOException)
            {
            }
        };
    }

    public static SampleRun Bundled => BundledRun.Value;

    public static SampleRun Scheme => SchemeRun.Value;

    public static SampleRun ByName(string name) => name == "scheme" ? Scheme : Bundled;

    private static SampleRun Run(string name, params string[] inputs)
    {
        lock (Gate)
        {
            var folder = Path.Combine(Root, name);
            var output = new StringWriter();
            var error = new StringWriter();
            var code = ExposureCli.Run(["report", .. inputs, "--out", folder, "--format", "html,json", "--quiet"], output, error);
            if (code != 0) throw new InvalidOperationException($"exposure report exited {code}: {error}");
            var json = Path.Combine(folder, "exposure-report.json");
            using var stream = File.OpenRead(json);
            return new SampleRun(name, folder, Path.Combine(folder, "exposure-report.html"), json, JsonReportRenderer.Read(stream));
        }
    }
}

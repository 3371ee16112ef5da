using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// The built program run as a user runs it, in a child process, so that the time zone and the culture come from the
/// environment (TZ, LANG, LC_ALL) as they do on a user's machine.
/// </summary>
public sealed class BuiltProgramTests
{
    private static string Program => Path.Combine(AppContext.BaseDirectory, "exposure.dll");

    private static string Scheme => Path.Combine(RepoPaths.Root, "samples", "scheme", "scheme.json");

    [SkippableFact]
    public void The_same_bytes_in_any_time_zone_and_culture()
    {
        SkipWithoutCultures("de-DE", "th-TH");
        using var temp = new TempFolder();
        var utc = Run(temp.Path, "UTC", "en_US.UTF-8", "report", "--portfolio", Scheme, "--out", Path.Combine(temp.Path, "utc"), "--quiet");
        var kiritimati = Run(temp.Path, "Pacific/Kiritimati", "th_TH.UTF-8", "report", "--portfolio", Scheme, "--out", Path.Combine(temp.Path, "th"), "--quiet");
        var stJohns = Run(temp.Path, "America/St_Johns", "de_DE.UTF-8", "report", "--portfolio", Scheme, "--out", Path.Combine(temp.Path, "de"), "--quiet");
        foreach (var r in new[] { utc, kiritimati, stJohns })
        {
            Skip.If(r.ExitCode == ExitCodes.MissingFont, "no TrueType font for the PDF: " + r.Error.Trim());
            Assert.True(r.ExitCode == 0, r.Error);
        }

        var expected = OutputHashes.Of(Path.Combine(temp.Path, "utc"));
        Assert.Equal(ReproducibleOutputTests.AllOutputs, expected.Keys);
        Assert.Empty(OutputHashes.Differences(expected, OutputHashes.Of(Path.Combine(temp.Path, "th"))));
        Assert.Empty(OutputHashes.Differences(expected, OutputHashes.Of(Path.Combine(temp.Path, "de"))));
    }

    [SkippableFact]
    public void The_child_process_sees_the_time_zone_it_is_given()
    {
        // Guards the test above: a time stamp asked for is the machine's local time, so TZ must reach the program.
        Skip.If(!OperatingSystem.IsWindows() && !File.Exists("/usr/share/zoneinfo/Pacific/Kiritimati"), "no time zone data on this machine");
        using var temp = new TempFolder();
        var outDir = Path.Combine(temp.Path, "stamped");
        var r = Run(temp.Path, "Pacific/Kiritimati", "th_TH.UTF-8", "report", "--out", outDir, "--format", "json", "--timestamp", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "exposure-report.json")));
        var stamp = json.RootElement.GetProperty("run").GetProperty("generatedAt").GetString();
        Assert.EndsWith("+14:00", stamp);
    }

    [Fact]
    public void From_another_folder_it_screens_against_the_list_beside_it()
    {
        using var temp = new TempFolder();
        var r = Run(temp.Path, "UTC", "en_US.UTF-8", "--version");
        Assert.Equal(0, r.ExitCode);
        var version = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "reference-data", "VERSION")).Trim();
        Assert.Contains($"reference list {version} ({Path.Combine(AppContext.BaseDirectory, "reference-data")}, built in)", r.Output);

        var report = Run(temp.Path, "UTC", "en_US.UTF-8", "report", "--format", "json", "--quiet");
        Assert.True(report.ExitCode == 0, report.Error);
        Assert.True(File.Exists(Path.Combine(temp.Path, "reports", "exposure-report.json")));
    }

    private static void SkipWithoutCultures(params string[] names)
    {
        foreach (var name in names)
        {
            try
            {
                CultureInfo.GetCultureInfo(name);
            }
            catch (CultureNotFoundException)
            {
                throw new SkipException($"culture {name} is not available (globalization-invariant mode?)");
            }
        }
    }

    private static CliResult Run(string workingDirectory, string timeZone, string locale, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost(), [Program, .. args])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["TZ"] = timeZone;
        start.Environment["LANG"] = locale;
        start.Environment["LC_ALL"] = locale;
        start.Environment.Remove("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "the program did not finish in three minutes");
        return new CliResult(process.ExitCode, output.Result, error.Result);
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self
        : "dotnet";
}

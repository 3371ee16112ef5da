using System.Diagnostics;

namespace Exposure.Reports.Pdf.Tests;

/// <summary>Runs poppler and qpdf command-line tools when they are installed.</summary>
internal static class PdfTools
{
    public static bool IsInstalled(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, tool)));

    public static (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var (exitCode, output, error) = RunApart(tool, arguments);
        return (exitCode, output + error);
    }

    /// <summary>Runs <paramref name="tool"/>, keeping its standard output (e.g. JSON) apart from its warnings.</summary>
    public static (int ExitCode, string Output, string Error) RunApart(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill();
            throw new TimeoutException($"{tool} did not finish.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The text of each page, from pdftotext.</summary>
    public static IReadOnlyList<string> PageTexts(string pdfPath)
    {
        var (exitCode, output) = Run("pdftotext", "-layout", "-enc", "UTF-8", pdfPath, "-");
        Assert.Equal(0, exitCode);
        return output.Split('\f').Where(p => p.Trim().Length > 0).ToList();
    }
}

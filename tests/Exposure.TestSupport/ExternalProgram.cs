using System.Diagnostics;

namespace Exposure.TestSupport;

/// <summary>Runs a program the tests check outputs with (python3, a PDF tool) and gives back what it wrote.</summary>
public static class ExternalProgram
{
    /// <summary>Runs <paramref name="program"/> to its end; its error stream is read while its output is, so neither pipe fills and blocks it.</summary>
    public static (int ExitCode, string Output, string Error) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.GetAwaiter().GetResult());
    }
}

namespace Exposure.Cli.Tests;

/// <summary>The built program, to run in a child process as a user runs it.</summary>
internal static class BuiltProgram
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "exposure.dll");

    /// <summary>The dotnet host that runs the tests, to run the program with.</summary>
    public static string Host() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } self && System.IO.Path.GetFileNameWithoutExtension(self) == "dotnet" ? self
        : "dotnet";
}

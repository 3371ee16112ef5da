namespace Exposure.TestSupport;

/// <summary>
/// What a test needs from the machine (a program, a font, the shared samples). When it is missing the test is reported
/// as skipped, saying what to install; with <c>EXPOSURE_REQUIRE_TOOLS=1</c> (set by CI, which installs everything) a
/// missing need fails the test instead.
/// </summary>
public static class Requires
{
    public static bool Strict => Environment.GetEnvironmentVariable("EXPOSURE_REQUIRE_TOOLS") == "1";

    /// <param name="available">Whether the need is met here.</param>
    /// <param name="missing">What is missing and how to get it, e.g. "pdftotext (apt-get install poppler-utils)".</param>
    public static void That([System.Diagnostics.CodeAnalysis.DoesNotReturnIf(false)] bool available, string missing)
    {
        if (available) return;
        if (Strict) Assert.Fail($"{missing} is missing, and EXPOSURE_REQUIRE_TOOLS=1 requires it");
        Skip.If(true, $"{missing} is missing here");
    }

    /// <summary>A program on the PATH (or at an absolute path).</summary>
    public static void Program(string name, string package) => That(IsOnPath(name), $"{name} (apt-get install {package})");

    public static bool IsOnPath(string name) =>
        Path.IsPathRooted(name) ? File.Exists(name)
        : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => d.Length > 0 && File.Exists(Path.Combine(d, name)));
}

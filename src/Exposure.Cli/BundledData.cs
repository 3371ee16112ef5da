namespace Exposure.Cli;

/// <summary>
/// Data shipped beside the program: the reference list it was built with and the illustrative holdings. Found relative
/// to the program (in the tool package, the single-file build and the build output alike), never the current folder.
/// </summary>
public static class BundledData
{
    public static string ReferenceFolder => Path.Combine(AppContext.BaseDirectory, "reference-data");

    public static string IllustrativeHoldings => Path.Combine(AppContext.BaseDirectory, "samples", "illustrative-holdings.csv");

    public const string IllustrativeNote =
        "Illustrative data: the bundled holdings file is a made-up fund built to demonstrate the tool. Its values are not any real fund's holdings.";

    /// <summary>The version of the built-in list (its VERSION file), or null when the file is missing or empty.</summary>
    public static string? ListVersion()
    {
        var file = Path.Combine(ReferenceFolder, "VERSION");
        if (!File.Exists(file)) return null;
        var version = File.ReadAllText(file).Trim();
        return version.Length == 0 ? null : version;
    }
}

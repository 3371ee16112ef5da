namespace Exposure.Cli;

/// <summary>Data shipped beside the program: the reference list and the illustrative holdings.</summary>
public static class BundledData
{
    public static string ReferenceFolder => Path.Combine(AppContext.BaseDirectory, "reference-data");

    public static string IllustrativeHoldings => Path.Combine(AppContext.BaseDirectory, "samples", "illustrative-holdings.csv");

    public const string IllustrativeNote =
        "Illustrative data: the bundled holdings file is a made-up fund built to demonstrate the tool. Its values are not any real fund's holdings.";
}

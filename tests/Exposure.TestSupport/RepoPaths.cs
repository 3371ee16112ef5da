namespace Exposure.TestSupport;

/// <summary>Locates the repository, its bundled data and the shared samples beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string ReferenceData => Path.Combine(Root, "reference-data");

    public static string Golden(string name) => Path.Combine(Root, "tests", "golden", name);

    public static string IllustrativeHoldings => Path.Combine(Root, "samples", "illustrative-holdings.csv");

    /// <summary>The hand-made SEC N-PORT data set fixtures: <c>nport-dataset</c> (a 2026 second quarter) and <c>nport-dataset-2026q3</c> (the next).</summary>
    public static string NportDataSet(string name = "nport-dataset") => Path.Combine(Root, "tests", "Exposure.Readers.Tests", "Fixtures", name);

    /// <summary>The shared iShares samples, or null when ../shared is not beside the checkout.</summary>
    public static string? SharedSample(string fileName)
    {
        var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "samples", "ishares", fileName));
        return File.Exists(path) ? path : null;
    }

    public static string Absent(string fileName) =>
        $"../shared/samples/ishares/{fileName} (the shared samples beside this checkout)";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Exposure.sln"))) return dir.FullName;
        throw new InvalidOperationException("Exposure.sln not found above " + AppContext.BaseDirectory);
    }
}

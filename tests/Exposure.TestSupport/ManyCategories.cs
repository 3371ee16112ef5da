using System.Text;

namespace Exposure.TestSupport;

/// <summary>
/// A run whose chart of categories has more series than six: two funds (the illustrative holdings, and a copy under
/// another name holding less of Tencent) screened against the bundled list (4 categories) and example research lists
/// of their own: list A puts held companies in 7 categories (11 series with the bundled list), list B in 5 more (16).
/// </summary>
public static class ManyCategories
{
    public const string ListAName = "Example research list A";
    public const string ListBName = "Example research list B";

    public static string ListA => Path.Combine(RepoPaths.Root, "tests", "Exposure.Cli.Tests", "Fixtures", "lists", "example-research-every-category.csv");

    public static string ListB => Path.Combine(RepoPaths.Root, "tests", "Exposure.Cli.Tests", "Fixtures", "lists", "example-research-second-list.csv");

    /// <summary>The bundled list and list A: 11 categories.</summary>
    public static IReadOnlyList<string> ElevenCategories => ["bundled", ListA];

    /// <summary>The bundled list and lists A and B: 16 categories.</summary>
    public static IReadOnlyList<string> SixteenCategories => ["bundled", ListA, ListB];

    /// <summary>Writes the two funds' holdings files into <paramref name="folder"/> and returns their paths.</summary>
    public static IReadOnlyList<string> WriteHoldings(string folder)
    {
        Directory.CreateDirectory(folder);
        var text = File.ReadAllText(RepoPaths.IllustrativeHoldings, Encoding.UTF8);
        var first = Path.Combine(folder, "emerging.csv");
        var second = Path.Combine(folder, "asia.csv");
        var other = text
            .Replace("Illustrative Emerging Markets Equity Fund", "Illustrative Asia Equity Fund", StringComparison.Ordinal)
            .Replace("\"4,250,000.00\",\"22.20\"", "\"1,250,000.00\",\"6.53\"", StringComparison.Ordinal);
        if (other.Contains("Emerging Markets", StringComparison.Ordinal) || other.Contains("\"22.20\"", StringComparison.Ordinal))
            throw new InvalidOperationException("The illustrative holdings changed: the second fund would not differ from the first.");
        File.WriteAllText(first, text, new UTF8Encoding(true));
        File.WriteAllText(second, other, new UTF8Encoding(true));
        return [first, second];
    }
}

using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// The methodology's table of stated against computed weights lists every holdings file: the illustrative scheme's EM
/// Equity Fund has two, of one name, and each row names its file, as the table of funds does, so that a reader can tell
/// which snapshot a row is, in the PDF and on the web page.
/// </summary>
public sealed class WeightCheckFilesTests
{
    private static string Scheme => Path.Combine(RepoPaths.Root, "samples", "scheme", "scheme.json");

    /// <summary>The text of the methodology from its section on fund value and weights to the one on how figures are added up.</summary>
    private static string WeightsPart(string text)
    {
        var from = text.LastIndexOf("Fund value and weights", StringComparison.Ordinal);
        var to = text.IndexOf("How figures are added up", from, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "the methodology's section on fund value and weights");
        return text[from..to];
    }

    [SkippableFact]
    public void Each_row_of_the_weight_check_names_its_holdings_file()
    {
        using var temp = new TempFolder();
        var (texts, _) = ReportTexts.Report(temp, "--portfolio", Scheme, "--format", "pdf,html,json", "--quiet");

        foreach (var output in new[] { "pdf", "html" })
        {
            var part = WeightsPart(texts.Flat(output));
            Assert.Contains("em-equity-2026-06.csv · fund value: sum of rows", part, StringComparison.Ordinal);
            Assert.Contains("em-equity-2026-09.csv · fund value: sum of rows", part, StringComparison.Ordinal);
            Assert.Contains("world-index-constituents.csv · fund value: constituent weights", part, StringComparison.Ordinal);
        }
    }
}

using System.Text;
using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Report;
using Exposure.TestSupport;
using Xunit.Abstractions;

namespace Exposure.Reports.Pdf.Tests.Report;

/// <summary>
/// Pins the text of the pages a reader sees first — the cover, the executive summary, the scheme's figures and the
/// screening summary — for the bundled illustrative report and scheme, in golden files under Golden/. The text comes
/// from the layout (not from a PDF text extractor) and is joined per paragraph, so it does not depend on where the fonts
/// at hand wrap lines. When a change is intended, rewrite the files and review the diff:
///   EXPOSURE_UPDATE_GOLDEN=1 dotnet test tests/Exposure.Reports.Pdf.Tests --filter FrontPagesGoldenTests
/// </summary>
public sealed class FrontPagesGoldenTests(ITestOutputHelper output)
{
    private const string UpdateVariable = "EXPOSURE_UPDATE_GOLDEN";

    [Fact]
    public void The_illustrative_reports_front_pages_match_the_golden_file() =>
        Compare("illustrative-front-pages.txt", Reports.Illustrative,
        [
            (CoverSection.Bookmark, ExecutiveSummarySection.Title),
            (ExecutiveSummarySection.Title, ChartsSection.Title),
            (SummarySection.Title, FundsSection.Title),
        ]);

    [Fact]
    public void The_illustrative_schemes_front_pages_match_the_golden_file() =>
        Compare("scheme-front-pages.txt", Reports.Scheme,
        [
            (CoverSection.Bookmark, ExecutiveSummarySection.Title),
            (ExecutiveSummarySection.Title, ChartsSection.Title),
            (PortfolioSection.Title, PortfolioSection.HoldingsTitle),
            (SummarySection.Title, FundsSection.Title),
        ]);

    /// <summary>The golden text: each part under its bookmark, then every bookmark with its level (pages depend on the fonts, so are left out).</summary>
    internal static string FrontPages(ExposureReport report, IEnumerable<(string From, string To)> parts)
    {
        var layout = new PdfReportRenderer(new PdfReportOptions(), TestFonts.Set).Compose(report).Layout();
        var text = new StringBuilder();
        foreach (var (from, to) in parts)
        {
            text.Append("=== ").Append(from).Append(" ===\n");
            // The cover's banner comes before its bookmark (on the title): the cover is the whole first page.
            var blocks = from == CoverSection.Bookmark ? layout.Pages[0].Blocks.Select(b => b.Block) : Layouts.Between(layout, from, to);
            foreach (var line in Blocks.ReadingText(blocks))
            {
                text.Append(line.TrimEnd()).Append('\n');
            }

            text.Append('\n');
        }

        text.Append("=== Bookmarks ===\n");
        foreach (var (entry, _, _) in layout.Outline)
        {
            text.Append(new string(' ', 2 * (entry.Level - 1))).Append(entry.Title).Append('\n');
        }

        return text.ToString();
    }

    private void Compare(string name, ExposureReport report, IReadOnlyList<(string From, string To)> parts)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "Exposure.Reports.Pdf.Tests", "Golden", name);
        var actual = FrontPages(report, parts);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, actual);
            output.WriteLine($"Rewrote {path}: review the diff (git diff) before committing it.");
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing. Create it with {UpdateVariable}=1 dotnet test tests/Exposure.Reports.Pdf.Tests --filter FrontPagesGoldenTests");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            return;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var at = Enumerable.Range(0, Math.Max(expectedLines.Length, actualLines.Length))
            .First(i => i >= expectedLines.Length || i >= actualLines.Length || expectedLines[i] != actualLines[i]);
        output.WriteLine(actual);
        Assert.Fail(
            $"The front pages differ from {name} at line {at + 1}:\n" +
            $"  golden: {(at < expectedLines.Length ? expectedLines[at] : "(end of file)")}\n" +
            $"  now:    {(at < actualLines.Length ? actualLines[at] : "(end of file)")}\n" +
            "If the change is intended (new wording, a figure the model now computes differently), rewrite the golden files and review " +
            $"the diff:\n  {UpdateVariable}=1 dotnet test tests/Exposure.Reports.Pdf.Tests --filter FrontPagesGoldenTests\n  git diff tests/Exposure.Reports.Pdf.Tests/Golden/\n" +
            "Otherwise the PDF now says something else on its first pages than it did: find out why before changing the golden file.");
    }
}

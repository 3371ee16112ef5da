using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// A run in which no fund holds a company the flagged value counts (the illustrative fund screened against the UFLPA
/// Entity List page alone) has no chart to draw: the PDF's page of charts, like the web page's section, says so in the
/// list's words, instead of a heading over an empty page.
/// </summary>
public sealed class NothingToChartTests
{
    private static string Uflpa => Path.Combine(RepoPaths.Root, "tests", "Exposure.Lists.Tests", "Fixtures", "uflpa", "uflpa-entity-list.html");

    private const string Said = "There is nothing to chart: no fund holds a company listed on an official list.";

    [SkippableFact]
    public void The_pdf_s_page_of_charts_and_the_web_page_say_there_is_nothing_to_chart()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--list", Uflpa, "--format", "pdf,html,json", "--quiet");
        Assert.Equal(0, json.GetProperty("companies").GetArrayLength());

        // The page of charts, told by its opening sentence (the contents page names its heading too).
        var page = Assert.Single(texts.Pdf.Split('\f'), p => p.Contains("The figures of the tables that follow, as charts.", StringComparison.Ordinal));
        Assert.Contains(Said, System.Text.RegularExpressions.Regex.Replace(page, "\\s+", " "), StringComparison.Ordinal);
        Assert.Contains(Said, texts.Flat("html"), StringComparison.Ordinal);
        Assert.DoesNotContain("no fund holds a company on the list", texts.Flat("html"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_run_with_named_companies_held_draws_its_charts_and_does_not_say_so()
    {
        using var temp = new TempFolder();
        var (texts, _) = ReportTexts.Report(temp, "--format", "pdf,html,json", "--quiet");
        Assert.DoesNotContain("There is nothing to chart", texts.Flat("pdf"), StringComparison.Ordinal);
        Assert.DoesNotContain("There is nothing to chart", texts.Flat("html"), StringComparison.Ordinal);
        Assert.Contains("By company named by a source", texts.Flat("pdf"), StringComparison.Ordinal);
    }
}

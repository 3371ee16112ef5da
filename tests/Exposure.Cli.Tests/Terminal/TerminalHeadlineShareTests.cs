using System.Text.Json;
using Exposure.Core.Reporting;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests.Terminal;

/// <summary>One fund, one share: the terminal's headline gives the fund's flagged weight, on the basis the fund line gives it.</summary>
public sealed class TerminalHeadlineShareTests
{
    private static string Fixture(string file) => Path.Combine(RepoPaths.Root, "tests", "Exposure.Pipeline.Tests", "Fixtures", file);

    [Theory]
    [InlineData("net-assets-of-another-day.csv", "", " of the fund by the file's own weights, which disagree with its values")]
    [InlineData("named-values-unknown.csv", "at least ", " of the fund value")]
    public void The_headline_share_is_the_fund_lines_share(string file, string bound, string of)
    {
        using var temp = new TempFolder();
        var run = CliRunner.Run("report", "--holdings", Fixture(file), "--out", temp.Path, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "exposure-report.json")));
        var share = Wording.Percent(json.RootElement.GetProperty("funds")[0].GetProperty("flaggedWeight").GetDecimal());

        // A sentence wider than the terminal goes on over lines indented by two spaces: read each as one line.
        var lines = run.Output.Replace("\r", "", StringComparison.Ordinal).Replace("\n  ", " ", StringComparison.Ordinal).Split('\n').ToList();
        var headline = Assert.Single(lines, l => l.StartsWith("Flagged value ", StringComparison.Ordinal));
        Assert.Contains($": {bound}{share}{of}", headline, StringComparison.Ordinal);
        // The fund's own line or row gives the same share.
        Assert.Contains(lines, l => l != headline && l.Contains(share, StringComparison.Ordinal) && !l.StartsWith("Note:", StringComparison.Ordinal));
    }
    [Theory]
    [InlineData("net-assets-of-another-day.csv", "", ", of the fund, by the file's own weights)", " of the fund, by the file's own weights)")]
    [InlineData("named-values-unknown.csv", "at least ", ")", " of the fund value)")]
    public void The_summary_rows_share_says_its_bound_and_basis_as_the_headline_does(string file, string bound, string pdfEnd, string htmlEnd)
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--holdings", Fixture(file), "--format", "pdf,html,json", "--quiet");
        var share = Wording.Percent(json.GetProperty("summary").GetProperty("flaggedShare").GetDecimal());

        // The PDF's row label names the fund value; its share says where it is a lower bound, and its basis where it is another.
        Assert.Contains($"({bound}{share}{pdfEnd}", texts.Pdf.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains($"({bound}{share}{htmlEnd}", texts.Html, StringComparison.Ordinal);
    }
}

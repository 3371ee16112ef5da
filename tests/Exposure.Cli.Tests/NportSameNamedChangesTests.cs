using System.Text.Json;
using System.Text.RegularExpressions;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// Two series of one name ("Index Fund") of two trusts, each entering one named company and leaving another between two
/// quarters: every output that lists the entries and exits names each fund by its label, never the two by one name.
/// </summary>
public sealed class NportSameNamedChangesTests
{
    private const string Beta = NportFilings.SharedSeries + " (Beta Trust)";
    private const string Gamma = NportFilings.SharedSeries + " (Gamma Trust)";

    [SkippableFact]
    public void Each_output_tells_the_two_funds_changes_apart()
    {
        using var temp = new TempFolder();
        var (q2, q3) = NportFilings.SameNamedSeriesChange(Path.Combine(temp.Path, "data"));
        var outDir = Path.Combine(temp.Path, "out");
        var r = CliRunner.RunAt(80, "report", "--holdings", q2, q3, "--out", outDir);
        Assert.True(r.ExitCode == 0, r.Error);
        var texts = ReportTexts.Read(outDir, r.Output);

        // changes.csv: the label is a column of its own, last, after the columns other tools read by name or position.
        var csv = File.ReadAllLines(Path.Combine(outDir, "changes.csv"));
        Assert.EndsWith(",change,value_before,value_after,fund_label", csv[0]);
        Assert.Equal(
            [("S000000201", "zte", "entry", Beta), ("S000000201", "hikvision", "exit", Beta),
             ("S000000202", "hikvision", "entry", Gamma), ("S000000202", "zte", "exit", Gamma)],
            csv.Skip(1).Select(l => l.Split(',')).Select(c => (c[0], c[5], c[^4], c[^1])));

        // The workbook's Fund changes sheet names the fund by its label.
        var xlsx = Path.Combine(outDir, "exposure-report.xlsx");
        Assert.Equal([Beta, Beta, Gamma, Gamma], WorkbookCells.Column(xlsx, "Fund changes", "Fund"));
        Assert.Equal(["S000000201", "S000000201", "S000000202", "S000000202"], WorkbookCells.Column(xlsx, "Fund changes", "Series id or name"));

        // The JSON gives each change the report it is seen in, whose fund's label is the one the other outputs show.
        using var json = JsonDocument.Parse(texts.Json);
        var labels = json.RootElement.GetProperty("funds").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("label").GetString());
        Assert.Equal([Beta, Beta, Gamma, Gamma],
            json.RootElement.GetProperty("market").GetProperty("changes").EnumerateArray().Select(c => labels[c.GetProperty("fundId").GetString()!]));

        // The PDF, the web page and the terminal name the funds by their labels only (lines wrapped at the width joined first).
        foreach (var output in new[] { "pdf", "html", "terminal" })
        {
            var flat = Regex.Replace(texts.ByOutput[output].Replace('│', ' '), @"\s+", " ");
            Assert.Contains(Beta, flat);
            Assert.Contains(Gamma, flat);
            Assert.Empty(Regex.Matches(flat, Regex.Escape(NportFilings.SharedSeries) + @"(?! \((Beta|Gamma) Trust\))"));
        }
    }
}

using System.Text.RegularExpressions;
using Exposure.Cli.Terminal;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests.Terminal;

/// <summary>
/// The summary printed after a run of SEC N-PORT data sets: each report the figures do not count says so under it, in
/// the words of the model, and a market of many funds is listed in part, with where every report is.
/// </summary>
public sealed class TerminalMarketReportsTests
{
    private static CliResult Run(TempFolder temp, int width, params string[] holdings)
    {
        var r = CliRunner.RunAt(width, ["report", "--holdings", .. holdings, "--out", Path.Combine(temp.Path, "out"), "--format", "json"]);
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.All(r.Output.TrimEnd('\n').Split('\n'), l => Assert.True(TerminalText.Width(l) <= width, $"{TerminalText.Width(l)} cells wide: {l}"));
        return r;
    }

    /// <summary>The output with each run of white space (a line wrapped at the width, a table's cell border) made one space.</summary>
    private static string Flat(string output) => Regex.Replace(output.Replace('│', ' '), @"\s+", " ");

    [Fact]
    public void An_earlier_month_of_a_series_is_marked_under_its_figures_as_not_counted()
    {
        using var temp = new TempFolder();
        var r = Run(temp, 80, RepoPaths.NportDataSet(), RepoPaths.NportDataSet("nport-dataset-2026q3"));
        var lines = r.Output.Split('\n');

        // Each fund's latest report comes first, its earlier report right under it, marked with the report counted instead.
        var headings = lines.Where(l => l.StartsWith("Illustrative", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["Illustrative Asia Equity Fund, as of 2026-07-31", "Illustrative Asia Equity Fund, as of 2026-04-30",
             "Illustrative Greater China Fund, as of 2026-07-31",
             "Illustrative Unit Investment Trust, as of 2026-07-31", "Illustrative Unit Investment Trust, as of 2026-04-30"],
            headings);
        var flat = Flat(r.Output);
        Assert.Contains("Illustrative Asia Equity Fund, as of 2026-04-30 Earlier report, not counted: its fund counts by its report as of 2026-07-31 (accession 0009990001-26-000103). 11 lines", flat);
        Assert.Contains("Illustrative Unit Investment Trust, as of 2026-04-30 Earlier report, not counted: its fund counts by its report as of 2026-07-31 (accession 0009990002-26-000203). 3 lines", flat);
        Assert.Equal(2, Regex.Count(flat, "not counted"));
        Assert.DoesNotContain("Illustrative Asia Equity Fund, as of 2026-07-31 Earlier", flat);
    }

    [Fact]
    public void A_wide_terminal_marks_each_report_in_a_column_of_the_table()
    {
        using var temp = new TempFolder();
        var r = Run(temp, 260, RepoPaths.NportDataSet(), RepoPaths.NportDataSet("nport-dataset-2026q3"));
        var rows = r.Output.Split('\n').Where(l => l.StartsWith("│ Illustrative", StringComparison.Ordinal)).ToList();
        Assert.Contains("Counted in the figures", r.Output);
        Assert.Equal(5, rows.Count);
        Assert.Equal(
            [("2026-07-31", "yes"), ("2026-04-30", "Earlier report, not counted: its fund counts by its report as of"), ("2026-07-31", "yes"),
             ("2026-07-31", "yes"), ("2026-04-30", "Earlier report, not counted: its fund counts by its report as of")],
            rows.Select(l => l.Split('│', StringSplitOptions.TrimEntries)).Select(c => (c[2], c[^2].Length > 64 ? c[^2][..64] : c[^2])));
    }

    [Fact]
    public void A_fund_that_stopped_filing_is_marked_as_the_reports_mark_it()
    {
        using var temp = new TempFolder();
        var (q2, q3) = NportFilings.OneFundStopsFiling(Path.Combine(temp.Path, "data"), NportFilings.Hikvision(260_000m));
        var flat = Flat(Run(temp, 80, q2, q3).Output);
        Assert.Contains("Alpha Growth Fund, as of 2026-04-30 No report in q3 (stopped filing, or not in that data set): its last report, not counted in the totals.", flat);
        Assert.Contains("Alpha China Fund, as of 2026-04-30 Earlier report, not counted: its fund counts by its report as of 2026-07-31 (accession 0001000001-26-000012).", flat);
        Assert.DoesNotContain("Alpha China Fund, as of 2026-07-31 Earlier", flat);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(260)]
    public void A_market_of_many_funds_lists_its_first_reports_and_says_where_every_one_is(int width)
    {
        using var temp = new TempFolder();
        var q2 = NportMarket.Write(Path.Combine(temp.Path, "q2"), 120, 7);
        var q3 = NportMarket.Write(Path.Combine(temp.Path, "q3"), 120, 7, quarter: 3);
        var r = Run(temp, width, q2, q3);

        // 240 reports of 120 funds: the first 25 are listed, each fund's latest report followed by its earlier one.
        var listed = Regex.Matches(r.Output, @"Example Fund (\d{4})(?:, as of | *│ )(\d{4}-\d{2}-\d{2})").Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.Equal(25, listed.Count);
        Assert.All(listed.Chunk(2).Where(c => c.Length == 2), c => Assert.Equal((c[0].Item1, "2026-07-31", "2026-04-30"), (c[1].Item1, c[0].Item2, c[1].Item2)));
        Assert.Contains("… and 215 more fund reports: the workbook's Funds sheet, funds.csv and the JSON (funds) list every one, each report of each fund.", Flat(r.Output));
        Assert.True(r.Output.Split('\n').Length < 200, $"{r.Output.Split('\n').Length} lines");
    }
}

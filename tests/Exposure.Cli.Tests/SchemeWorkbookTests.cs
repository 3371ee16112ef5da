using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// The workbook of a scheme reads its figures as the PDF and the web page do: the chart by manager says "at least" where a
/// figure is a lower bound and lists a manager not looked through as unknown, and the summary over holdings files in
/// several currencies says what it is rather than "not given" right after the scheme's figures.
/// </summary>
public sealed class SchemeWorkbookTests
{
    private static string Fixture(string file) => Path.Combine(RepoPaths.Root, "tests", "Exposure.Cli.Tests", "Fixtures", "scheme-shares", file);

    [Fact]
    public void The_chart_by_manager_says_at_least_and_lists_the_manager_not_looked_through()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--portfolio", Fixture("managers.json"), "--format", "xlsx,json,pdf,html");
        var book = Path.Combine(temp.Path, "out", "exposure-report.xlsx");
        var managers = json.GetProperty("portfolio").GetProperty("managers").EnumerateArray()
            .ToDictionary(m => m.GetProperty("manager").GetString()!, m => m);
        Assert.Equal("at-least", managers["Manager A"].GetProperty("bounds").GetProperty("flaggedValue").GetString());
        Assert.Equal("exact", managers["Manager B"].GetProperty("bounds").GetProperty("flaggedValue").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, managers["Manager C"].GetProperty("flaggedValue").ValueKind);

        // The chart's data range: under its header row "Manager", one row a manager, every manager of the scheme.
        var rows = WorkbookCells.Rows(book, "Scheme");
        var formats = WorkbookCells.Formats(book, "Scheme");
        var header = rows.FindIndex(r => r.Count > 1 && r[0] == "Manager" && r[1] == "Value (GBP)");
        Assert.True(header > 0, "no chart data on the sheet Scheme");
        var chart = Enumerable.Range(header + 1, rows.Count - header - 1).Select(i => (Label: rows[i][0], Value: rows[i][1], Format: formats[i][1])).ToList();
        Assert.Equal(3, chart.Count);
        var a = Assert.Single(chart, x => x.Label == "Manager A (at least)");
        Assert.Equal(managers["Manager A"].GetProperty("flaggedValue").GetDecimal(), decimal.Parse(a.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("\"at least \"", a.Format, StringComparison.Ordinal);
        var b = Assert.Single(chart, x => x.Label == "Manager B");
        Assert.DoesNotContain("at least", b.Format, StringComparison.Ordinal);
        Assert.Contains(chart, x => x.Label == "Manager C: not looked through" && x.Value == "unknown");

        // The chart's labels take their cells' formats.
        using var package = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(book, false);
        var chartXml = package.WorkbookPart!.WorksheetParts.SelectMany(w => w.DrawingsPart?.ChartParts ?? []).Single().ChartSpace.OuterXml;
        Assert.Contains("sourceLinked=\"1\"", chartXml, StringComparison.Ordinal);

        // The PDF's chart by manager says the same of Manager C.
        Assert.Contains("not looked through", texts.Pdf, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_over_files_in_several_currencies_points_to_the_schemes_figures_not_not_given()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--portfolio", Fixture("managers.json"), "--format", "xlsx,json,pdf,html");
        Assert.Equal("different-currencies", json.GetProperty("summary").GetProperty("totalsWithheld").GetString());
        const string said = "GBP, USD: the figures of this block are per holdings file, each in its own currency, and are not added up here; the scheme's figures, in GBP, are under";

        var book = Path.Combine(temp.Path, "out", "exposure-report.xlsx");
        Assert.StartsWith(said, WorkbookCells.Value(book, "Summary", "Holdings files' currencies"), StringComparison.Ordinal);
        var labels = WorkbookCells.Rows(book, "Summary").Where(r => r.Count > 1).Select(r => r[0]).ToList();
        Assert.DoesNotContain("Report currency", labels);
        Assert.DoesNotContain(labels, l => l.StartsWith("Value in companies named by a source", StringComparison.Ordinal));

        var html = System.Text.RegularExpressions.Regex.Replace(texts.Html, @"\s+", " ");
        Assert.Contains($"Holdings files' currencies {said} The scheme, looked through", html, StringComparison.Ordinal);
        var pdf = texts.Pdf.Replace("\n", " ", StringComparison.Ordinal);
        Assert.Contains("Holdings files' currencies", pdf, StringComparison.Ordinal);
        Assert.Contains($"{said} The scheme, looked through", pdf, StringComparison.Ordinal);
        foreach (var text in new[] { pdf, html })
        {
            Assert.DoesNotContain("mixed or not stated", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Value in companies named by a source (flagged), share of fund value not given", text, StringComparison.Ordinal);
        }
    }
}

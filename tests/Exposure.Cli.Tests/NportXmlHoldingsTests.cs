using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// A filing's XML gives each holding as an <c>invstOrSec</c> entry spanning many lines, and every input's lines are
/// counted by state: a fund of 5 holdings has 163 lines, 21 of them in the holding that matched. Where a reader reads a
/// count (the headline, the key findings, the funds tables, the terminal's table), the filing counts its holdings, with
/// its lines said as lines; the table of lines by state says what they are in holdings; the JSON keeps the lines.
/// </summary>
public sealed partial class NportXmlHoldingsTests
{
    private static string Filing => Path.Combine(RepoPaths.Root, "tests", "Exposure.Readers.Tests", "Fixtures", "nport", "primary_doc.xml");

    [GeneratedRegex("<invstOrSec>")]
    private static partial Regex Entry();

    private static string Sample => Path.Combine(RepoPaths.Root, "samples", "illustrative-holdings.csv");

    [SkippableFact]
    public void A_filing_s_xml_is_counted_in_holdings_where_a_reader_reads_counts_and_its_lines_stay_in_the_json()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--holdings", Filing, "--format", "pdf,html,json");
        var xml = File.ReadAllText(Filing);
        var entries = Entry().Count(xml);
        Assert.Equal(5, entries);

        var fund = json.GetProperty("funds")[0];
        var lines = fund.GetProperty("lines");
        var holdings = fund.GetProperty("holdings");
        // Every line in one state, as before; every entry in one state, once.
        Assert.Equal(xml.Split('\n').Length - (xml.EndsWith('\n') ? 1 : 0), lines.GetProperty("total").GetInt32());
        Assert.Equal((163, 21, 25, 68, 49), (lines.GetProperty("total").GetInt32(), lines.GetProperty("matched").GetInt32(), lines.GetProperty("unmatched").GetInt32(),
            lines.GetProperty("excluded").GetInt32(), lines.GetProperty("notAHolding").GetInt32()));
        Assert.Equal((5, 1, 1, 3, 0), (holdings.GetProperty("total").GetInt32(), holdings.GetProperty("matched").GetInt32(), holdings.GetProperty("unmatched").GetInt32(),
            holdings.GetProperty("excluded").GetInt32(), holdings.GetProperty("notAHolding").GetInt32()));

        // Read back from its JSON, the report still knows its filing's holdings: its summary is written again as it was.
        var back = Exposure.Reports.Json.JsonReportRenderer.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json.GetRawText())));
        Assert.Equal(5, back.Summary.Holdings!.Total);
        Assert.Equal(JsonSerializer.Serialize(json.GetProperty("summary")),
            JsonSerializer.Serialize(JsonDocument.Parse(JsonSerializer.Serialize(back.Summary, Exposure.Reports.Json.JsonReportRenderer.Options)).RootElement));
        // The report's lines stay an audit of every line; its holdings are the filing's.
        var summary = json.GetProperty("summary");
        Assert.True(JsonElement.DeepEquals(lines, summary.GetProperty("lines")));
        Assert.True(JsonElement.DeepEquals(holdings, summary.GetProperty("holdings")));
        Assert.Equal(5, summary.GetProperty("holdingRows").GetInt32());

        var pdf = texts.Flat("pdf");
        var html = texts.Flat("html");
        var terminal = texts.Flat("terminal");
        // The headline and the key findings count the excluded holdings, with their lines said as lines of the filing.
        const string Excluded = "3 holdings without a company issuer (68 lines of an N-PORT filing's XML) were excluded;";
        Assert.Contains(Excluded, pdf, StringComparison.Ordinal);
        Assert.Contains(Excluded, html, StringComparison.Ordinal);
        const string Finding = "3 holdings without a company issuer (cash, money market, government debt, index derivatives), 68 lines of an N-PORT filing's XML, were excluded and not screened.";
        Assert.Contains(Finding, pdf, StringComparison.Ordinal);
        Assert.Contains(Finding, html, StringComparison.Ordinal);
        // The table of lines by state says what its lines of the filing are in holdings.
        const string States = "Of the lines in the table, 163 are of an N-PORT filing's XML, where a holding (an invstOrSec entry) spans several lines and each of them counts " +
            "in the holding's state: its 5 holdings are 1 matched (21 lines), 1 unmatched (25 lines) and 3 excluded (68 lines), and its other 49 lines are not a holding.";
        Assert.Contains(States, pdf, StringComparison.Ordinal);
        Assert.Contains(States, html, StringComparison.Ordinal);
        // The funds table counts the filing's holdings, its lines after them.
        const string Cell = "5 holdings (invstOrSec entries): 1 matched · 1 unmatched · 3 excluded; 163 lines in all, 49 of them outside any holding";
        Assert.Contains(Cell, pdf, StringComparison.Ordinal);
        Assert.Contains(Cell, html, StringComparison.Ordinal);
        Assert.Contains("Holdings by state", html, StringComparison.Ordinal);
        Assert.Contains("Holdings (a row, or an invstOrSec entry of an N-PORT filing's XML) / distinct securities screened", pdf, StringComparison.Ordinal);
        Assert.Contains("Holdings (a row, or an invstOrSec entry of an N-PORT filing's XML) read 5", html, StringComparison.Ordinal);
        foreach (var (output, text) in new[] { ("pdf", pdf), ("html", html), ("terminal", terminal) })
        {
            // No count of the filing's lines reads as holdings.
            Assert.False(text.Contains("68 lines without a company issuer", StringComparison.Ordinal), output);
            Assert.False(text.Contains("21 matched", StringComparison.Ordinal), output);
            Assert.False(text.Contains("lines hold", StringComparison.Ordinal), output);
        }

        // The terminal's table counts the filing's holdings in its state columns, and says so beneath.
        var row = Cells(texts.Terminal, "Illustrative Emerging Markets Equity Fund");
        Assert.Equal(["163", "49", "0", "3", "1", "1", "0", "0"], row.Skip(2).Take(8));
        Assert.Contains("Illustrative Emerging Markets Equity Fund (primary_doc.xml): an N-PORT filing's XML: the columns Rejected to Review count its 5 holdings (invstOrSec entries), " +
            "not lines; Lines and Not a holding count its 163 lines, 49 of them outside any holding.", terminal, StringComparison.Ordinal);
        Assert.Contains("0 holdings need review; no line rejected.", terminal, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Beside_a_csv_file_a_filing_s_xml_is_counted_in_holdings_and_the_csv_file_in_lines()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--holdings", Filing, Sample, "--format", "pdf,html,xlsx,json");
        var funds = json.GetProperty("funds").EnumerateArray().ToList();
        var csv = funds.Single(f => f.GetProperty("sourceFile").GetString() == "illustrative-holdings.csv");
        Assert.False(csv.TryGetProperty("holdings", out _));
        var csvLines = csv.GetProperty("lines");
        var csvExcluded = csvLines.GetProperty("excluded").GetInt32();
        Assert.True(csvExcluded > 0);
        var summary = json.GetProperty("summary");
        Assert.Equal(68 + csvExcluded, summary.GetProperty("lines").GetProperty("excluded").GetInt32());
        Assert.Equal(3, summary.GetProperty("holdings").GetProperty("excluded").GetInt32());
        Assert.Equal(5 + csv.GetProperty("holdingRows").GetInt32(), summary.GetProperty("holdingRows").GetInt32());

        // A line of the CSV file is a holding, an entry of the filing is one: the excluded holdings are both, their lines said apart.
        var excluded = $"{3 + csvExcluded} holdings without a company issuer ({68 + csvExcluded} lines, 68 of them of an N-PORT filing's XML) were excluded;";
        Assert.Contains(excluded, texts.Flat("pdf"), StringComparison.Ordinal);
        Assert.Contains(excluded, texts.Flat("html"), StringComparison.Ordinal);
        Assert.Contains("Lines by state (holdings for an N-PORT filing's XML)", texts.Flat("html"), StringComparison.Ordinal);
        // The CSV file's cell stays in lines, each a holding.
        var csvCell = $"{csvLines.GetProperty("matched").GetInt32()} matched · ";
        Assert.Contains(csvCell, texts.Flat("html"), StringComparison.Ordinal);
        Assert.Contains($"{csvLines.GetProperty("total").GetInt32()} lines in all", texts.Flat("html"), StringComparison.Ordinal);

        // The workbook gives the filing's holdings beside the lines, in its Summary and its Funds sheets.
        Assert.Contains("Holdings of an N-PORT filing's XML (invstOrSec entries, their lines counted above): excluded", texts.Xlsx, StringComparison.Ordinal);
        Assert.Contains("Holdings (invstOrSec entries of an N-PORT filing's XML)", texts.Xlsx, StringComparison.Ordinal);

        // In the terminal's table, the filing's row counts holdings and the CSV file's its lines.
        var rows = texts.Terminal.Split('\n').Where(l => l.StartsWith("│ Illustrative", StringComparison.Ordinal)).Select(l => l.Split('│').Select(c => c.Trim()).ToList()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["163", "49", "0", "3", "1", "1"], rows[0].Skip(3).Take(6));
        Assert.Equal(new[] { "total", "notAHolding", "rejected", "excluded", "unmatched", "matched" }.Select(k => csvLines.GetProperty(k).GetInt32().ToString(CultureInfo.InvariantCulture)),
            rows[1].Skip(3).Take(6));
    }

    [Fact]
    public void On_a_narrow_terminal_a_filing_s_xml_is_counted_in_holdings_in_its_block()
    {
        using var temp = new TempFolder();
        var result = CliRunner.RunAt(60, "report", "--holdings", Filing, "--out", Path.Combine(temp.Path, "out"), "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        var said = Regex.Replace(result.Output, "\\s+", " ");
        Assert.Contains("5 holdings (invstOrSec entries): 1 matched, 1 unmatched, 3 excluded; 163 lines in all, 49 of them outside any holding", said, StringComparison.Ordinal);
        Assert.DoesNotContain("68 excluded", said, StringComparison.Ordinal);
        // The block says its holdings itself: nothing is said beneath of columns it does not have.
        Assert.DoesNotContain("Rejected to Review", said, StringComparison.Ordinal);
    }

    /// <summary>The cells of the terminal table's row whose first cell starts with <paramref name="fund"/>.</summary>
    private static List<string> Cells(string terminal, string fund) =>
        terminal.Split('\n').Single(l => l.StartsWith("│ " + fund, StringComparison.Ordinal)).Split('│').Skip(1).Select(c => c.Trim()).ToList();

    [Fact]
    public void A_file_of_one_line_a_holding_says_nothing_of_holdings_beside_its_lines()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--format", "html,json");

        Assert.False(json.GetProperty("funds")[0].TryGetProperty("holdings", out _));
        Assert.DoesNotContain("lines hold", texts.Flat("terminal"), StringComparison.Ordinal);
        Assert.DoesNotContain("lines hold", texts.Flat("html"), StringComparison.Ordinal);
    }
}

using System.Text.RegularExpressions;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// A filing's XML gives each holding as an <c>invstOrSec</c> entry spanning many lines, and every input's lines are
/// counted by state: so a fund of 5 holdings reads "163 lines", and a holding that matched "21 matched". Beside those
/// lines, the terminal and the reports say what they are in holdings, so that a reader does not take lines for holdings;
/// the lines still add up to the file's.
/// </summary>
public sealed partial class NportXmlHoldingsTests
{
    private static string Filing => Path.Combine(RepoPaths.Root, "tests", "Exposure.Readers.Tests", "Fixtures", "nport", "primary_doc.xml");

    [GeneratedRegex("<invstOrSec>")]
    private static partial Regex Entry();

    [Fact]
    public void The_lines_of_a_filing_s_xml_are_said_in_holdings_beside_them()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--holdings", Filing, "--format", "html,json");
        var xml = File.ReadAllText(Filing);
        var entries = Entry().Count(xml);
        Assert.Equal(5, entries);

        var fund = json.GetProperty("funds")[0];
        var lines = fund.GetProperty("lines");
        var holdings = fund.GetProperty("holdings");
        // Every line in one state, as before; every entry in one state, once.
        Assert.Equal(xml.Split('\n').Length - (xml.EndsWith('\n') ? 1 : 0), lines.GetProperty("total").GetInt32());
        Assert.Equal(entries, holdings.GetProperty("total").GetInt32());
        Assert.Equal(0, holdings.GetProperty("notAHolding").GetInt32());
        Assert.Equal(1, holdings.GetProperty("matched").GetInt32());
        Assert.True(lines.GetProperty("matched").GetInt32() > 1);

        var said = $"the {lines.GetProperty("total").GetInt32()} lines hold 5 holdings (invstOrSec entries): 1 matched, " +
            $"{holdings.GetProperty("unmatched").GetInt32()} unmatched, {holdings.GetProperty("excluded").GetInt32()} excluded";
        Assert.Equal(entries, 1 + holdings.GetProperty("unmatched").GetInt32() + holdings.GetProperty("excluded").GetInt32());
        Assert.Contains($"Illustrative Emerging Markets Equity Fund (primary_doc.xml): {said}.", texts.Flat("terminal"), StringComparison.Ordinal);
        Assert.Contains($"{lines.GetProperty("total").GetInt32()} lines in all; {said}", texts.Flat("html"), StringComparison.Ordinal);
    }

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

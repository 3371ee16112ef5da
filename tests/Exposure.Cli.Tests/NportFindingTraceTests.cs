using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>Every finding of an SEC N-PORT data set names its filing and its HOLDING_ID in the flat files and the workbook, as in the JSON.</summary>
public sealed class NportFindingTraceTests
{
    [Fact]
    public void Matches_csv_and_the_matches_sheet_give_each_finding_s_accession_number_and_holding_id()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--holdings", RepoPaths.NportDataSet(), "--format", "xlsx,json,csv", "--quiet");

        // Hikvision's shares, bond, convertible and swap, all of the Asia fund's April filing.
        var lines = texts.ByOutput["matches.csv"].Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.EndsWith(",notional_currency,accession_number,holding_id,lists,value_disagrees", lines[0], StringComparison.Ordinal);
        Assert.Equal(
            ["0009990001-26-000102,7000201", "0009990001-26-000102,7000206", "0009990001-26-000102,7000207", "0009990001-26-000102,7000208"],
            lines.Skip(1).Select(l => string.Join(',', l.Split(',')[^4..^2])));
        Assert.Equal(["7000201", "7000206", "7000207", "7000208"],
            json.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("holdingId").GetString()));

        var workbook = texts.Xlsx;
        Assert.Contains("Accession number", workbook, StringComparison.Ordinal);
        Assert.Contains("Holding id (HOLDING_ID)", workbook, StringComparison.Ordinal);
        foreach (var id in new[] { "7000201", "7000206", "7000207", "7000208" })
            Assert.Contains("\n" + id + "\n", workbook, StringComparison.Ordinal);
    }
}

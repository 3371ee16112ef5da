using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// In an N-PORT data set a participation note is a holding of the issuing bank (ISSUER_NAME the bank, ASSET_CAT SN), the
/// company only in ISSUER_TITLE: it goes to review against the company its title names, never to the flagged value.
/// </summary>
public sealed class NportNoteOnCompanyTests
{
    [Fact]
    public void A_bank_s_note_on_a_named_company_is_a_candidate_for_review_and_a_note_naming_none_stays_unmatched()
    {
        using var temp = new TempFolder();
        var folder = NportFilings.Write(Path.Combine(temp.Path, "q3"),
            new NportFiling("0001000001-26-000001", "20-AUG-2026", "31-JUL-2026", "S000000001", "Alpha China Fund", "1000001", "Alpha Trust", []));
        var table = Path.Combine(folder, "FUND_REPORTED_HOLDING.tsv");
        var lines = File.ReadAllLines(table).ToList();
        string Note(string id, string title)
        {
            var cells = lines[1].Split('\t');
            (cells[1], cells[2], cells[3], cells[4], cells[10], cells[14], cells[18]) = (id, "UBS AG London", "BFM8T61CT2L1QCEMIK50", title, "180000", "SN", "CH");
            return string.Join('\t', cells);
        }
        lines.Add(Note("7190001", "UBS AG P-Note on Hangzhou Hikvision Digital Technology Co Ltd A, 15-JAN-2027"));
        lines.Add(Note("7190002", "UBS AG Structured Note 3% 15-JAN-2027"));
        File.WriteAllLines(table, lines);
        var output = Path.Combine(temp.Path, "out");

        var r = CliRunner.Run("report", "--holdings", folder, "--out", output, "--format", "json,csv", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);

        var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "exposure-report.json"))).RootElement;
        var findings = report.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("name").GetString() == "UBS AG London")
            .ToDictionary(f => f.GetProperty("holdingId").GetString()!);
        var note = findings["7190001"];
        Assert.Equal(("needs-review", "hikvision", "name-exact, a note on the company issued by another"),
            (note.GetProperty("state").GetString(), note.GetProperty("companyId").GetString(), note.GetProperty("rule").GetString()));
        // The note whose title names no company is the bank's holding, unmatched as before (line 4 of the table).
        Assert.False(findings.ContainsKey("7190002"));
        Assert.Single(File.ReadAllLines(Path.Combine(output, "unmatched.csv")), l => l.Contains("UBS AG London", StringComparison.Ordinal) && l.Contains(",4,unmatched,", StringComparison.Ordinal));
        Assert.Equal(0m, report.GetProperty("summary").GetProperty("flaggedValue").GetDecimal());
        Assert.Contains("a note issued by UBS AG London on Hangzhou Hikvision Digital Technology Co Ltd A",
            File.ReadAllText(Path.Combine(output, "review-candidates.csv")), StringComparison.Ordinal);
    }
}

using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>A decision records what the reviewer saw; next quarter, a row that reads otherwise keeps its rule's result and the decision is stale.</summary>
public sealed class ReviewChangedRowTests
{
    [Fact]
    public void A_decision_is_not_applied_to_a_row_renamed_or_given_another_sedol_and_is_listed_as_stale_with_why()
    {
        using var temp = new TempFolder();
        var q1 = temp.File("q1.csv",
            "Name,Ticker,Exchange,SEDOL,Market Value\n" +
            "ACME WIDGETS HOLDINGS LTD,0020,Hong Kong,,1000\n" +
            "HIKVISION,,,B61ZNQ5,2000\n" +
            "APPLE INC,AAPL,NASDAQ,2046251,9000\n");
        var first = Path.Combine(temp.Path, "first");
        Assert.Equal(0, CliRunner.Run("report", "--holdings", q1, "--out", first, "--format", "csv", "--quiet").ExitCode);

        var candidates = Path.Combine(first, "review-candidates.csv");
        var lines = File.ReadAllLines(candidates);
        Assert.Equal("holding_names,sedol,cusip,finding_id,state", string.Join(',', lines[0].Split(',')[^5..]));
        File.WriteAllLines(candidates, lines.Select(l =>
            l.Contains(",sensetime,", StringComparison.Ordinal) ? "reject,C. Reviewer,2026-12-03,Ticker 0020 here is ACME Widgets" + l[3..]
            : l.Contains(",hikvision,", StringComparison.Ordinal) ? "accept,A. Reviewer,2026-12-01,SEDOL B61ZNQ5 is the Hikvision A share" + l[3..]
            : l));
        var decisions = Path.Combine(temp.Path, "decisions.csv");
        var recorded = CliRunner.Run("review", "record", "--candidates", candidates, "--decisions", decisions);
        Assert.True(recorded.ExitCode == 0, recorded.Error);
        var log = File.ReadAllLines(decisions);
        Assert.Equal("decision,reviewer,decided_on,reason,company_id,isin,mic,ticker,name,holding_names,sedol,cusip,rule,state", log[0]);
        Assert.Contains(log, l => l.StartsWith("reject,", StringComparison.Ordinal) && l.EndsWith(",ACME WIDGETS HOLDINGS LTD,,,\"ticker+exchange, name differs\",needs-review", StringComparison.Ordinal));
        Assert.Contains(log, l => l.StartsWith("accept,", StringComparison.Ordinal) && l.Contains(",HIKVISION,B61ZNQ5,,", StringComparison.Ordinal));

        // The same quarter again: both decisions apply.
        var same = CliRunner.Run("report", "--holdings", q1, "--decisions", decisions, "--out", Path.Combine(temp.Path, "same"), "--format", "json");
        Assert.True(same.ExitCode == 0, same.Error);
        Assert.Contains("2 in force; 1 row accepted and 1 row set aside by a person; 0 stale", same.Output);

        // Next quarter: code 0020 now reads SenseTime, and the HIKVISION row has another SEDOL.
        var q2 = temp.File("q2.csv",
            "Name,Ticker,Exchange,SEDOL,Market Value\n" +
            "SENSETIME GROUP INC-CL B,0020,Hong Kong,,1000\n" +
            "HIKVISION,,,BMWX0D2,2000\n" +
            "APPLE INC,AAPL,NASDAQ,2046251,9000\n");
        var second = Path.Combine(temp.Path, "second");
        var run = CliRunner.Run("report", "--holdings", q2, "--decisions", decisions, "--out", second, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("2 in force; 0 rows accepted and 0 rows set aside by a person; 2 stale", run.Output);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(second, "exposure-report.json")));
        var root = json.RootElement;
        var findings = root.GetProperty("findings").EnumerateArray().ToDictionary(f => f.GetProperty("companyId").GetString()!, f => f.GetProperty("state").GetString());
        Assert.Equal("matched", findings["sensetime"]);
        Assert.Equal("needs-review", findings["hikvision"]);
        var review = root.GetProperty("review");
        Assert.Equal(0, review.GetProperty("matchesOverturned").GetInt32());
        var stale = review.GetProperty("stale").EnumerateArray().ToDictionary(s => s.GetProperty("companyId").GetString()!, s => s.GetProperty("why").GetString());
        Assert.Equal("the holding now reads 'SENSETIME GROUP INC-CL B', decided on 'ACME WIDGETS HOLDINGS LTD' (q2.csv, line 2)", stale["sensetime"]);
        Assert.Equal("the holding's SEDOL is now BMWX0D2, decided on B61ZNQ5 (q2.csv, line 3)", stale["hikvision"]);
    }
}

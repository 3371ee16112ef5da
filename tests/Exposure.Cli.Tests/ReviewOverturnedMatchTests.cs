using System.Text.Json;
using Exposure.Core.Reporting;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>A decision that sets a rule's match aside is said to be that, not a rejected candidate, in the model, the terminal and the web page.</summary>
public sealed class ReviewOverturnedMatchTests
{
    [Fact]
    public void A_rejected_automatic_match_is_reported_as_a_match_a_person_overturned()
    {
        using var temp = new TempFolder();
        var holdings = temp.File("fund.csv",
            "Name,Ticker,Exchange,Market Value\nAVARY HOLDING (SHENZHEN) LTD A,002938,Shenzhen Stock Exchange,1000\nAPPLE INC,AAPL,NASDAQ,9000\n");
        var decisions = temp.File("decisions.csv", "decision,reviewer,decided_on,reason,company_id,isin,mic,ticker,name\nreject,R,2026-12-05,Checked: not the company,avary,,XSHE,002938,\n");
        var output = Path.Combine(temp.Path, "out");

        // Without the decision, a rule matches the row: the decision overturns that match.
        var before = CliRunner.Run("report", "--holdings", holdings, "--out", Path.Combine(temp.Path, "before"), "--format", "json");
        Assert.Equal(0, before.ExitCode);
        using (var model = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "before", "exposure-report.json"))))
            Assert.Contains(model.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("companyId").GetString() == "avary" && f.GetProperty("state").GetString() == "matched");

        var run = CliRunner.Run("report", "--holdings", holdings, "--decisions", decisions, "--out", output, "--format", "json,html");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "exposure-report.json")));
        var review = json.RootElement.GetProperty("review");
        Assert.Equal(1, review.GetProperty("rowsRejected").GetInt32());
        Assert.Equal(1, review.GetProperty("matchesOverturned").GetInt32());
        Assert.Contains("Of the rows set aside, 1 was a match a rule had made that a person overturned.", run.Output.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);

        var html = File.ReadAllText(Path.Combine(output, "exposure-report.html"));
        Assert.Contains($"<dt>{Wording.MatchesOverturnedLabel}</dt><dd><data value=\"1\" data-figure=\"review.matchesOverturned\">1</data>", html, StringComparison.Ordinal);
        Assert.Contains("<data value=\"1\" data-figure=\"review.rowsRejected\">1</data>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("because a person rejected the candidate", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rows_a_person_set_aside_are_listed_with_fund_line_company_rule_reviewer_date_and_reason_in_the_json_web_page_and_pdf()
    {
        using var temp = new TempFolder();
        var holdings = temp.File("fund.csv",
            "Name,Ticker,Exchange,Market Value\nAVARY HOLDING (SHENZHEN) LTD A,002938,Shenzhen Stock Exchange,1000\nAPPLE INC,AAPL,NASDAQ,9000\n");
        var decisions = temp.File("decisions.csv",
            "decision,reviewer,decided_on,reason,company_id,isin,mic,ticker,name\nreject,Ben Checker,2026-12-02,Custodian static data names another issuer,avary,,XSHE,002938,\n");

        var (texts, json) = ReportTexts.Report(temp, "--holdings", holdings, "--decisions", decisions, "--show-reviewers", "--format", "json,html,pdf");

        var row = Assert.Single(json.GetProperty("review").GetProperty("setAside").EnumerateArray());
        Assert.Equal(("fund.csv", 2, "AVARY HOLDING (SHENZHEN) LTD A", "avary", "ticker+exchange", true),
            (row.GetProperty("file").GetString(), row.GetProperty("line").GetInt32(), row.GetProperty("holding").GetString(), row.GetProperty("companyId").GetString(),
             row.GetProperty("rule").GetString(), row.GetProperty("matchOverturned").GetBoolean()));
        Assert.Equal(("Ben Checker", "2026-12-02", "Custodian static data names another issuer", "decisions.csv", 2),
            (row.GetProperty("reviewer").GetString(), row.GetProperty("decidedOn").GetString(), row.GetProperty("reason").GetString(),
             row.GetProperty("decisionsFile").GetString(), row.GetProperty("decisionLine").GetInt32()));

        string[] said = ["Holding rows set aside by a person", "AVARY HOLDING (SHENZHEN) LTD A", "a rule's match, overturned", "Ben Checker, 2026-12-02",
            "Custodian static data names another issuer", "(decisions.csv, line 2)"];
        Assert.All(said, s => Assert.Contains(s, texts.Html, StringComparison.Ordinal));
        // The PDF wraps its narrow cells, and a text extractor may read a line of the next cell between a cell's lines: each
        // phrase's words are read in order, with at most a few words of other cells between them.
        var words = Words(texts.Pdf).Split(' ');
        Assert.All(said, s => Assert.True(InOrder(words, s.Split(' ')), $"'{s}' is not in the PDF's text"));

        // Unless names are published, the reviewer is "a reviewer" there too.
        using var other = new TempFolder();
        var (withheld, withheldJson) = ReportTexts.Report(other, "--holdings", holdings, "--decisions", decisions, "--format", "json,html");
        Assert.Equal("a reviewer", Assert.Single(withheldJson.GetProperty("review").GetProperty("setAside").EnumerateArray()).GetProperty("reviewer").GetString());
        Assert.Contains("a reviewer, 2026-12-02", withheld.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ben Checker", withheld.Html, StringComparison.Ordinal);
    }

    /// <summary>The PDF's text with its lines and columns run together, as a reader reads a wrapped cell.</summary>
    private static bool InOrder(string[] words, string[] phrase) =>
        Enumerable.Range(0, words.Length).Any(start =>
        {
            var at = start;
            foreach (var word in phrase)
            {
                var found = Array.IndexOf(words, word, at, Math.Min(6, words.Length - at));
                if (found < 0 || (at == start && found != start)) return false;
                at = found + 1;
            }

            return true;
        });

    private static string Words(string pdf) => string.Join(' ', pdf.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}

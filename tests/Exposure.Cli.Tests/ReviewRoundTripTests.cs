using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>Write candidates, decide them as a person would, record, rerun: the decisions apply, append-only, and go stale when unmet.</summary>
public sealed class ReviewRoundTripTests
{
    [Fact]
    public void Decisions_written_edited_recorded_and_applied_on_the_next_run()
    {
        using var temp = new TempFolder();
        var first = Path.Combine(temp.Path, "first");
        Assert.Equal(0, CliRunner.Run("report", "--out", first, "--format", "json,csv").ExitCode);

        var candidatesPath = Path.Combine(first, "review-candidates.csv");
        var candidates = File.ReadAllLines(candidatesPath);
        Assert.Equal(2, candidates.Length);
        Assert.StartsWith(",,,,meiya-pico,,,,MEIYA PICO INFORMATION,", candidates[1]);

        // A reviewer accepts the candidate.
        File.WriteAllLines(candidatesPath, [candidates[0], "accept,A. Reviewer,2026-11-20,Same company: Xiamen Meiya Pico; checked the filing" + candidates[1][3..]]);
        var decisions = Path.Combine(temp.Path, "decisions.csv");
        var recorded = CliRunner.Run("review", "record", "--candidates", candidatesPath, "--decisions", decisions);
        Assert.Equal(0, recorded.ExitCode);
        Assert.Contains("appended 1 decision", recorded.Output);

        // Later a reviewer rejects a rule match (ZTE H) and records a decision for a security no file holds.
        File.AppendAllLines(decisions,
        [
            "reject,B. Reviewer,2026-11-21,Test of a rejection,zte,,XHKG,763,",
            "accept,B. Reviewer,2026-11-21,Held last quarter,tbea,,,,NO LONGER HELD CO",
        ]);
        var firstLines = File.ReadAllLines(decisions);

        var second = Path.Combine(temp.Path, "second");
        var run = CliRunner.Run("report", "--out", second, "--format", "json,csv", "--decisions", decisions, "--show-reviewers");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("3 in force; 1 row accepted and 1 row set aside by a person; 1 stale", run.Output);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(second, "exposure-report.json")));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("summary").GetProperty("rowsMatchedByDecision").GetInt32());
        var meiya = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("companyId").GetString() == "meiya-pico");
        Assert.Equal("matched", meiya.GetProperty("state").GetString());
        Assert.Equal("A. Reviewer", meiya.GetProperty("decidedBy").GetString());
        Assert.StartsWith("review decision: accepted", meiya.GetProperty("rule").GetString());

        Assert.DoesNotContain(root.GetProperty("findings").EnumerateArray(), f => f.GetProperty("name").GetString() == "ZTE CORP H");
        var unmatched = File.ReadAllText(Path.Combine(second, "unmatched.csv"));
        Assert.Contains("review decision: rejected (ticker+exchange): rejected by B. Reviewer on 2026-11-21: Test of a rejection", unmatched);

        var stale = Assert.Single(root.GetProperty("review").GetProperty("stale").EnumerateArray());
        Assert.Equal("tbea", stale.GetProperty("companyId").GetString());
        Assert.Equal("no holding row met this decision", stale.GetProperty("why").GetString());
        Assert.Equal(0, File.ReadAllLines(Path.Combine(second, "review-candidates.csv")).Length - 1);

        // Recording the same file again appends nothing: the decision is in the log already.
        var again = CliRunner.Run("review", "record", "--candidates", candidatesPath, "--decisions", decisions);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("nothing appended", again.Output);
        Assert.Equal(firstLines, File.ReadAllLines(decisions));
    }

    [Fact]
    public void A_decision_whose_code_lost_its_leading_zeros_in_a_spreadsheet_still_meets_its_security()
    {
        using var temp = new TempFolder();
        var holdings = temp.File("fund.csv",
            "Name,Ticker,Exchange,Market Value\nAVARY HOLDING (SHENZHEN) LTD A,002938,Shenzhen Stock Exchange,1000\nAPPLE INC,AAPL,NASDAQ,9000\n");
        // 002938 as a spreadsheet re-saves it: 2938.
        var decisions = temp.File("decisions.csv", "decision,reviewer,decided_on,reason,company_id,isin,mic,ticker,name\nreject,R,2026-12-05,Checked: not the company,avary,,XSHE,2938,\n");

        var run = CliRunner.Run("report", "--holdings", holdings, "--decisions", decisions, "--out", Path.Combine(temp.Path, "out"), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 in force; 0 rows accepted and 1 row set aside by a person; 0 stale", run.Output);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "out", "exposure-report.json")));
        Assert.DoesNotContain(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("companyId").GetString() == "avary");
    }

    [Fact]
    public void A_reviewer_overturns_automatic_matches_by_id_or_in_the_template_and_the_next_run_sets_them_aside()
    {
        using var temp = new TempFolder();
        var first = Path.Combine(temp.Path, "first");
        Assert.Equal(0, CliRunner.Run("report", "--out", first, "--format", "json,csv", "--quiet").ExitCode);
        var before = Report(first);
        var template = Path.Combine(first, "decisions-template.csv");
        var rows = File.ReadAllLines(template);
        var ids = Findings(before);
        // Every finding, not only the candidates awaiting review, can be decided from the template.
        Assert.Equal(ids.Select(f => f.Id).Distinct().Order(StringComparer.Ordinal), TemplateIds(template).Order(StringComparer.Ordinal));

        // A false positive set aside by its id, without writing a decisions row by hand.
        var tbea = Assert.Single(ids, f => f.Company == "tbea" && f.State == "matched");
        var decisions = Path.Combine(temp.Path, "review", "decisions.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(decisions)!);
        var reject = CliRunner.Run("review", "reject", tbea.Id, "--reviewer", "B. Reviewer", "--reason", "Not the same TBEA: checked the filing",
            "--date", "2026-11-21", "--findings", template, "--decisions", decisions);
        Assert.True(reject.ExitCode == 0, reject.Error);
        Assert.Contains($"reject {tbea.Id}: TBEA LTD A as ", reject.Output);
        Assert.Contains("appended 1 decision", reject.Output);

        // Another in the template, recorded like a review candidate.
        var zhongtai = Assert.Single(ids, f => f.Company == "zhongtai-chemical");
        var decided = rows.Select(r => r.Contains(zhongtai.Id, StringComparison.Ordinal) ? "reject,C. Reviewer,2026-11-22,Different company of the same name" + r[3..] : r);
        File.WriteAllLines(template, decided);
        var record = CliRunner.Run("review", "record", "--candidates", template, "--decisions", decisions);
        Assert.True(record.ExitCode == 0, record.Error);
        Assert.Contains("appended 1 decision", record.Output);

        // Deciding again what the log holds appends nothing.
        var again = CliRunner.Run("review", "reject", tbea.Id, "--reviewer", "B. Reviewer", "--reason", "Not the same TBEA: checked the filing",
            "--date", "2026-11-21", "--findings", template, "--decisions", decisions);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("nothing appended", again.Output);
        Assert.Equal(3, File.ReadAllLines(decisions).Length);

        var second = Path.Combine(temp.Path, "second");
        var rerun = CliRunner.Run("report", "--out", second, "--format", "json,csv", "--decisions", decisions, "--show-reviewers");
        Assert.True(rerun.ExitCode == 0, rerun.Error);
        Assert.Contains("2 rows set aside by a person", rerun.Output);
        var after = Report(second);
        var left = Findings(after);
        Assert.DoesNotContain(left, f => f.Id == tbea.Id || f.Id == zhongtai.Id);
        Assert.Equal(ids.Count - 2, left.Count);
        Assert.Equal(2, after.GetProperty("review").GetProperty("rowsRejected").GetInt32());
        Assert.Equal(before.GetProperty("summary").GetProperty("companiesFlagged").GetInt32() - 2, after.GetProperty("summary").GetProperty("companiesFlagged").GetInt32());
        Assert.Empty(after.GetProperty("review").GetProperty("stale").EnumerateArray());
        var unmatched = File.ReadAllText(Path.Combine(second, "unmatched.csv"));
        Assert.Contains("rejected by B. Reviewer on 2026-11-21: Not the same TBEA: checked the filing", unmatched);
        Assert.Contains("rejected by C. Reviewer on 2026-11-22: Different company of the same name", unmatched);
    }

    [Fact]
    public void An_unknown_finding_id_is_a_usage_error_and_appends_nothing()
    {
        using var temp = new TempFolder();
        var first = Path.Combine(temp.Path, "first");
        Assert.Equal(0, CliRunner.Run("report", "--out", first, "--format", "csv", "--quiet").ExitCode);
        var decisions = Path.Combine(temp.Path, "decisions.csv");
        var r = CliRunner.Run("review", "accept", "0000000000", "--reviewer", "A", "--reason", "r", "--findings", Path.Combine(first, "decisions-template.csv"), "--decisions", decisions);
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("no finding '0000000000' in ", r.Error);
        Assert.False(File.Exists(decisions));
    }

    private static List<string> TemplateIds(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvHelper.CsvReader(reader, System.Globalization.CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var ids = new List<string>();
        while (csv.Read()) ids.Add(csv.GetField("finding_id")!);
        return ids;
    }

    [Fact]
    public void A_rejection_is_reversed_by_its_finding_id_which_the_next_template_keeps_for_the_rows_set_aside()
    {
        using var temp = new TempFolder();
        var first = Path.Combine(temp.Path, "first");
        Assert.Equal(0, CliRunner.Run("report", "--out", first, "--format", "json,csv", "--quiet").ExitCode);
        var before = Findings(Report(first));
        // A candidate awaiting review, and a rule's match.
        var meiya = Assert.Single(before, f => f.Company == "meiya-pico" && f.State == "needs-review");
        var tbea = Assert.Single(before, f => f.Company == "tbea" && f.State == "matched");
        var log = Path.Combine(temp.Path, "decisions.csv");
        var reject = CliRunner.Run("review", "reject", meiya.Id, tbea.Id, "--reviewer", "B. Reviewer", "--reason", "Another issuer of the same name",
            "--date", "2026-11-21", "--findings", Path.Combine(first, "decisions-template.csv"), "--decisions", log);
        Assert.True(reject.ExitCode == 0, reject.Error);

        var second = Path.Combine(temp.Path, "second");
        var rejected = CliRunner.Run("report", "--out", second, "--format", "json,csv", "--decisions", log, "--quiet");
        Assert.True(rejected.ExitCode == 0, rejected.Error);
        Assert.DoesNotContain(Findings(Report(second)), f => f.Id == meiya.Id || f.Id == tbea.Id);
        Assert.Equal(2, Report(second).GetProperty("review").GetProperty("rowsRejected").GetInt32());
        // The rows set aside keep their finding's id in the template, with what the reviewer saw and why they are set aside.
        var template = Path.Combine(second, "decisions-template.csv");
        var rows = TemplateRows(template).Where(r => r["finding_id"] == meiya.Id || r["finding_id"] == tbea.Id).OrderBy(r => r["company_id"], StringComparer.Ordinal).ToList();
        Assert.Equal([("meiya-pico", "set-aside"), ("tbea", "set-aside")], rows.Select(r => (r["company_id"], r["state"])));
        Assert.Equal("MEIYA PICO INFORMATION", rows[0]["holding_names"]);
        // The reviewer's name is published only with --show-reviewers, in the template as in the reports.
        Assert.StartsWith("a candidate, rejected: a reviewer, 2026-11-21: Another issuer of the same name (decisions.csv, line ", rows[0]["evidence"], StringComparison.Ordinal);
        Assert.StartsWith("a rule's match, overturned: ", rows[1]["evidence"], StringComparison.Ordinal);
        Assert.Equal(TemplateIds(template).Count, TemplateIds(template).Distinct().Count());

        // Decided again by the same ids: the later decision in the log wins.
        var accept = CliRunner.Run("review", "accept", meiya.Id, tbea.Id, "--reviewer", "C. Reviewer", "--reason", "Checked the filing again: the same company",
            "--date", "2026-11-22", "--findings", template, "--decisions", log);
        Assert.True(accept.ExitCode == 0, accept.Error);
        Assert.Contains($"accept {meiya.Id}: MEIYA PICO INFORMATION as ", accept.Output);
        Assert.Contains("(set-aside; name 'MEIYA PICO INFORMATION')", accept.Output);
        Assert.Contains("appended 2 decisions", accept.Output);

        var third = Path.Combine(temp.Path, "third");
        var accepted = CliRunner.Run("report", "--out", third, "--format", "json,csv", "--decisions", log, "--show-reviewers", "--quiet");
        Assert.True(accepted.ExitCode == 0, accepted.Error);
        var after = Report(third);
        var review = after.GetProperty("review");
        Assert.Equal(0, review.GetProperty("rowsRejected").GetInt32());
        Assert.Equal(1, review.GetProperty("rowsAccepted").GetInt32());
        Assert.Empty(review.GetProperty("stale").EnumerateArray());
        Assert.Empty(review.GetProperty("setAside").EnumerateArray());
        var findings = after.GetProperty("findings").EnumerateArray().ToList();
        var meiyaNow = Assert.Single(findings, f => f.GetProperty("id").GetString() == meiya.Id);
        Assert.Equal("matched", meiyaNow.GetProperty("state").GetString());
        Assert.Equal("C. Reviewer", meiyaNow.GetProperty("decidedBy").GetString());
        Assert.Equal("matched", Assert.Single(findings, f => f.GetProperty("id").GetString() == tbea.Id).GetProperty("state").GetString());
        Assert.DoesNotContain(TemplateRows(Path.Combine(third, "decisions-template.csv")), r => r["state"] == "set-aside");
    }

    /// <summary>The lines of a decisions template, each as its header's columns to its fields.</summary>
    private static List<Dictionary<string, string>> TemplateRows(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvHelper.CsvReader(reader, System.Globalization.CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(header.ToDictionary(h => h, h => csv.GetField(h) ?? "", StringComparer.Ordinal));
        return rows;
    }

    private static JsonElement Report(string folder) => JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "exposure-report.json"))).RootElement;

    private static List<(string Id, string Company, string State)> Findings(JsonElement report) =>
        report.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("id").GetString()!, f.GetProperty("companyId").GetString()!, f.GetProperty("state").GetString()!))
            .ToList();

    [Fact]
    public void A_decision_without_a_reason_is_refused_with_its_line()
    {
        using var temp = new TempFolder();
        var decisions = temp.File("decisions.csv", "decision,reviewer,decided_on,reason,company_id,isin,mic,ticker,name\naccept,A,2026-11-20,,zte,,XHKG,763,\n");
        var r = CliRunner.Run("report", "--out", Path.Combine(temp.Path, "out"), "--decisions", decisions);
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Equal($"error: {decisions}, line 2: reason is empty: say why", r.Error.TrimEnd());
    }

    /// <summary>
    /// A candidates file as LibreOffice saves it again in a locale that writes decimal commas (Fixtures/delimiters: semicolons
    /// between the fields, every text quoted, a reason with a semicolon in it), here with the byte-order mark and CRLF line
    /// ends Excel writes on Windows. Its delimiter is found by its header, as a holdings file's is.
    /// </summary>
    [Fact]
    public void A_candidates_file_saved_again_with_semicolons_a_byte_order_mark_and_crlf_is_recorded_and_its_decision_applied()
    {
        using var temp = new TempFolder();
        var saved = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Exposure.Cli.Tests", "Fixtures", "delimiters", "review-candidates-semicolons.csv"));
        Assert.StartsWith("\"decision\";\"reviewer\";", saved, StringComparison.Ordinal);
        var candidates = Path.Combine(temp.Path, "review-candidates.csv");
        File.WriteAllText(candidates, "\uFEFF" + saved.ReplaceLineEndings("\r\n"), new System.Text.UTF8Encoding(false));

        var decisions = Path.Combine(temp.Path, "decisions.csv");
        var recorded = CliRunner.Run("review", "record", "--candidates", candidates, "--decisions", decisions);
        Assert.True(recorded.ExitCode == 0, recorded.Error);
        Assert.Contains("appended 1 decision", recorded.Output);
        Assert.Equal(
            ["decision,reviewer,decided_on,reason,company_id,isin,mic,ticker,name,holding_names,sedol,cusip,rule,state",
             "accept,A. Reviewer,2026-11-20,Same company: Xiamen Meiya Pico; checked the filing,meiya-pico,,,,MEIYA PICO INFORMATION,,,,name-similar,needs-review"],
            File.ReadAllLines(decisions));

        // The same file gives the findings to decide by id.
        var reject = CliRunner.Run("review", "reject", "310e1bd404", "--reviewer", "B. Reviewer", "--reason", "Checked again", "--date", "2026-11-21",
            "--findings", candidates, "--decisions", Path.Combine(temp.Path, "by-id.csv"));
        Assert.True(reject.ExitCode == 0, reject.Error);
        Assert.Contains("reject 310e1bd404: MEIYA PICO INFORMATION as Xiamen Meiya Pico Information Co., Ltd.", reject.Output);

        var run = CliRunner.Run("report", "--out", Path.Combine(temp.Path, "out"), "--format", "json", "--decisions", decisions);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("1 in force; 1 row accepted and 0 rows set aside by a person; 0 stale", run.Output);
    }

    [Fact]
    public void A_decisions_log_saved_again_with_semicolons_is_appended_to_with_semicolons()
    {
        using var temp = new TempFolder();
        var decisions = temp.File("decisions.csv",
            "\uFEFFdecision;reviewer;decided_on;reason;company_id;isin;mic;ticker;name\r\nreject;B. Reviewer;2026-11-21;Test of a rejection;zte;;XHKG;763;\r\n");
        var candidates = Path.Combine(RepoPaths.Root, "tests", "Exposure.Cli.Tests", "Fixtures", "delimiters", "review-candidates-semicolons.csv");

        var recorded = CliRunner.Run("review", "record", "--candidates", candidates, "--decisions", decisions);
        Assert.True(recorded.ExitCode == 0, recorded.Error);
        Assert.Contains("appended 1 decision", recorded.Output);
        Assert.Equal("accept;A. Reviewer;2026-11-20;\"Same company: Xiamen Meiya Pico; checked the filing\";meiya-pico;;;;MEIYA PICO INFORMATION", File.ReadAllLines(decisions)[^1]);

        var run = CliRunner.Run("report", "--out", Path.Combine(temp.Path, "out"), "--format", "json", "--decisions", decisions);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("2 in force; 1 row accepted and 1 row set aside by a person; 0 stale", run.Output);
    }

    [Fact]
    public void A_decision_dated_after_today_is_refused_in_a_file_with_its_line_and_on_the_command_line()
    {
        using var temp = new TempFolder();
        var decisions = temp.File("decisions.csv", "decision,reviewer,decided_on,reason,company_id,isin,mic,ticker,name\naccept,A,2099-01-01,Checked,zte,,XHKG,763,\n");
        var run = CliRunner.Run("report", "--out", Path.Combine(temp.Path, "out"), "--decisions", decisions);
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal($"error: {decisions}, line 2: decided_on 2099-01-01 is after today: a decision is dated the day it was made", run.Error.TrimEnd());
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")) && Directory.EnumerateFiles(Path.Combine(temp.Path, "out")).Any());

        var first = Path.Combine(temp.Path, "first");
        Assert.Equal(0, CliRunner.Run("report", "--out", first, "--format", "csv", "--quiet").ExitCode);
        var log = Path.Combine(temp.Path, "log.csv");
        var id = TemplateIds(Path.Combine(first, "decisions-template.csv"))[0];
        var future = CliRunner.Run("review", "accept", id, "--reviewer", "A", "--reason", "r", "--date", "2099-01-01",
            "--findings", Path.Combine(first, "decisions-template.csv"), "--decisions", log);
        Assert.Equal(ExitCodes.Usage, future.ExitCode);
        Assert.Contains("--date: 2099-01-01 is after today", future.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(log));
    }
}

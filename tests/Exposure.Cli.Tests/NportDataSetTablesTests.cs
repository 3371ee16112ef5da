using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// A data set missing a table: refused where the figures would be wrong without it (FUND_REPORTED_INFO), read with a
/// warning beside the figures where it only loses names or identifiers (REGISTRANT, IDENTIFIERS); never silently.
/// </summary>
public sealed class NportDataSetTablesTests
{
    private static readonly NportFiling[] OneTrust =
    [
        new("0001000001-26-000001", "20-MAY-2026", "30-APR-2026", "S000000001", "Alpha Growth Fund", "1000001", "Alpha Trust", [NportFilings.Hikvision(100_000m)]),
        new("0001000001-26-000002", "20-MAY-2026", "30-APR-2026", "S000000002", "Alpha China Fund", "1000001", "Alpha Trust", [NportFilings.Hikvision(250_000m)]),
        new("0002000001-26-000001", "21-MAY-2026", "30-APR-2026", null, "N/A", "2000001", "Beta Single Trust", [NportFilings.Zte(40_000m)]),
    ];

    private static JsonElement Report(string folder) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "exposure-report.json"))).RootElement;

    private static List<(string? Code, string? Text)> Warnings(JsonElement report) =>
        report.GetProperty("summary").GetProperty("warnings").EnumerateArray()
            .Select(w => (w.GetProperty("code").GetString(), w.GetProperty("text").GetString())).ToList();

    [Fact]
    public void Without_the_series_table_the_data_set_is_refused_in_one_line_and_no_report_is_written()
    {
        using var temp = new TempFolder();
        var q2 = NportFilings.Write(Path.Combine(temp.Path, "q2"), OneTrust);
        File.Delete(Path.Combine(q2, "FUND_REPORTED_INFO.tsv"));
        var output = Path.Combine(temp.Path, "out");

        var r = CliRunner.Run("report", "--holdings", q2, "--out", output, "--format", "json,csv", "--quiet");

        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Equal($"error: {q2}: not a complete N-PORT data set: it has FUND_REPORTED_HOLDING.tsv but no FUND_REPORTED_INFO.tsv (each filing's series and net assets)",
            r.Error.Trim());
        Assert.False(File.Exists(Path.Combine(output, "exposure-report.json")));
    }

    [Fact]
    public void Without_registrants_the_figures_are_the_same_and_a_warning_says_what_names_the_funds()
    {
        using var temp = new TempFolder();
        var full = NportFilings.Write(Path.Combine(temp.Path, "full"), OneTrust);
        var noRegistrant = NportFilings.Write(Path.Combine(temp.Path, "no-registrant"), OneTrust);
        File.Delete(Path.Combine(noRegistrant, "REGISTRANT.tsv"));

        var a = CliRunner.Run("report", "--holdings", full, "--out", Path.Combine(temp.Path, "a"), "--format", "json", "--quiet");
        var b = CliRunner.Run("report", "--holdings", noRegistrant, "--out", Path.Combine(temp.Path, "b"), "--format", "json", "--quiet");
        Assert.True(a.ExitCode == 0, a.Error);
        Assert.True(b.ExitCode == 0, b.Error);
        var (withAll, without) = (Report(Path.Combine(temp.Path, "a")), Report(Path.Combine(temp.Path, "b")));

        // The two series of one trust stay two funds, each with its holding and net assets: the figures do not change.
        foreach (var figure in new[] { "funds", "fundValue", "flaggedValue" })
            Assert.Equal(withAll.GetProperty("summary").GetProperty(figure).GetDecimal(), without.GetProperty("summary").GetProperty(figure).GetDecimal());
        Assert.Equal(3, without.GetProperty("summary").GetProperty("funds").GetInt32());
        Assert.Equal(390_000m, without.GetProperty("summary").GetProperty("flaggedValue").GetDecimal());
        Assert.DoesNotContain(Warnings(withAll), w => w.Code == "input-incomplete");

        var warning = Assert.Single(Warnings(without), w => w.Code == "input-incomplete");
        Assert.StartsWith("no-registrant: the data set has no REGISTRANT.tsv: no fund's registrant or CIK is known", warning.Text);
        Assert.Contains("named by its filing's accession number", warning.Text);
        var names = without.GetProperty("funds").EnumerateArray().Select(f => f.GetProperty("name").GetString()).Order().ToList();
        Assert.Equal(["0002000001-26-000001", "Alpha China Fund", "Alpha Growth Fund"], names);
    }

    [Fact]
    public void Without_identifiers_a_warning_says_holdings_were_matched_without_ISINs_and_a_header_without_the_ISIN_column_is_refused()
    {
        using var temp = new TempFolder();
        var noIds = NportFilings.Write(Path.Combine(temp.Path, "no-ids"), OneTrust);
        File.Delete(Path.Combine(noIds, "IDENTIFIERS.tsv"));
        var r = CliRunner.Run("report", "--holdings", noIds, "--out", Path.Combine(temp.Path, "a"), "--format", "json", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);
        var warning = Assert.Single(Warnings(Report(Path.Combine(temp.Path, "a"))), w => w.Code == "input-incomplete");
        Assert.Equal("no-ids: the data set has no IDENTIFIERS.tsv: holdings were matched without ISINs, tickers or SEDOLs (by CUSIP, LEI and name only), " +
            "so a holding that only its ISIN would have matched is not matched.", warning.Text);

        var badHeader = NportFilings.Write(Path.Combine(temp.Path, "bad-header"), OneTrust);
        var table = Path.Combine(badHeader, "IDENTIFIERS.tsv");
        File.WriteAllText(table, File.ReadAllText(table).Replace("IDENTIFIER_ISIN", "ISIN", StringComparison.Ordinal));
        var output = Path.Combine(temp.Path, "b");
        var bad = CliRunner.Run("report", "--holdings", badHeader, "--out", output, "--format", "json", "--quiet");
        Assert.Equal(ExitCodes.BadInput, bad.ExitCode);
        Assert.Equal($"error: {badHeader}/IDENTIFIERS.tsv, line 1: the header has no IDENTIFIER_ISIN column; not a table of an SEC N-PORT data set", bad.Error.Trim());
        Assert.False(File.Exists(Path.Combine(output, "exposure-report.json")));
    }

    [Fact]
    public void A_row_of_a_filing_SUBMISSION_does_not_list_is_counted_as_such_not_as_a_line_that_could_not_be_read()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--holdings", RepoPaths.NportDataSet(), "--out", output, "--format", "json,csv");
        Assert.True(r.ExitCode == 0, r.Error);

        Assert.Contains("1 line rejected: 1 line of a filing not in SUBMISSION.tsv.", r.Output.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.DoesNotContain("line that could not be read", r.Output, StringComparison.Ordinal);
        var rejected = Assert.Single(Report(output).GetProperty("rejected").EnumerateArray());
        Assert.Equal(("not-in-submission", "its filing (accession 0009990004-26-000401) is not in SUBMISSION.tsv, so its fund is unknown"),
            (rejected.GetProperty("kind").GetString(), rejected.GetProperty("reason").GetString()));
    }

    [Fact]
    public void A_swap_s_notional_keeps_the_currency_its_table_states_and_is_not_added_to_notionals_in_dollars()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "q2");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(RepoPaths.NportDataSet())) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        var swaps = Path.Combine(folder, "NONFOREIGN_EXCHANGE_SWAP.tsv");
        var text = File.ReadAllText(swaps);
        Assert.Contains("\t900000.000000000000\tUSD\t", text, StringComparison.Ordinal);
        File.WriteAllText(swaps, text.Replace("\t900000.000000000000\tUSD\t", "\t900000.000000000000\tCNY\t", StringComparison.Ordinal));
        var output = Path.Combine(temp.Path, "out");

        var r = CliRunner.Run("report", "--holdings", folder, "--out", output, "--format", "json,html", "--quiet");
        Assert.True(r.ExitCode == 0, r.Error);

        var report = Report(output);
        var swap = report.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("holdingId").GetString() == "7000208");
        Assert.Equal((900_000m, "CNY"), (swap.GetProperty("notional").GetDecimal(), swap.GetProperty("notionalCurrency").GetString()));
        var split = report.GetProperty("summary").GetProperty("flaggedByInstrument");
        // No notional is in dollars: the notional in dollars is unknown, never 0, and the count says why.
        Assert.Equal((JsonValueKind.Null, 1, 1), (split.GetProperty("derivativeNotional").ValueKind, split.GetProperty("derivativeRows").GetInt32(),
            split.GetProperty("notionalInOtherCurrency").GetInt32()));
        var hikvision = report.GetProperty("companies").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "hikvision");
        var held = hikvision.GetProperty("holdings")[0].GetProperty("instruments").EnumerateArray().Single(i => i.GetProperty("instrument").GetString() == "derivative");
        Assert.Equal("CNY", held.GetProperty("notionalCurrency").GetString());

        // In words: the notional in its own currency, and never a sum of dollars it is not in.
        var page = File.ReadAllText(Path.Combine(output, "exposure-report.html"));
        Assert.Contains("derivative, long, notional CNY 900,000", page, StringComparison.Ordinal);
        Assert.DoesNotContain("notional USD 900,000", page, StringComparison.Ordinal);
        Assert.DoesNotContain("USD 0 notional", page, StringComparison.Ordinal);
        Assert.Contains("1 derivative on it, not added to the value held (1 notional is stated in another currency, not added: see the holdings)", page, StringComparison.Ordinal);
    }
}

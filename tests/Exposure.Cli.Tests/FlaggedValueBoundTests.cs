using System.Text.Json;
using Exposure.Core.Reporting;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// A fund holding a named company whose value is unknown: its flagged value leaves that holding out, so every output
/// gives the value as a lower bound, "at least", as it gives the share.
/// </summary>
public sealed class FlaggedValueBoundTests
{
    private static string Fixture(string file) => Path.Combine(RepoPaths.Root, "tests", "Exposure.Pipeline.Tests", "Fixtures", file);

    [SkippableFact]
    public void A_flagged_value_leaving_out_named_holdings_of_unknown_value_reads_at_least_in_every_output()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--holdings", Fixture("named-values-unknown.csv"), "--format", "pdf,html,json");
        var summary = json.GetProperty("summary");
        var fund = json.GetProperty("funds")[0];
        Assert.Equal(3, summary.GetProperty("valuesUnknown").GetProperty("matched").GetInt32());
        // The file states no currency: the value reads without one.
        var value = Wording.Money(summary.GetProperty("flaggedValue").GetDecimal(), summary.GetProperty("currency").GetString());
        Assert.Equal("2,000", value);

        // The JSON says the value is a lower bound, for the fund and over all funds; the related value, with no holding of unknown value, is not.
        Assert.True(summary.GetProperty("flaggedValueAtLeast").GetBoolean());
        Assert.True(fund.GetProperty("flaggedValueAtLeast").GetBoolean());
        Assert.False(summary.TryGetProperty("relatedValueAtLeast", out _));

        var terminal = texts.Flat("terminal");
        Assert.Contains($"Flagged value at least {value}: at least ", terminal, StringComparison.Ordinal);
        Assert.Contains($"│ at least {value} │ at least ", terminal, StringComparison.Ordinal);
        // The headline, the summary's row and the funds table: each gives the value as a lower bound.
        var pdf = texts.Flat("pdf");
        Assert.Contains($"at least {value} (at least ", pdf, StringComparison.Ordinal);
        Assert.True(pdf.Split($"at least {value} ").Length - 1 >= 3);
        var html = texts.Flat("html");
        Assert.Contains($"at least {value} in companies named by a source (flagged)", html, StringComparison.Ordinal);
        Assert.Contains($"at least {value} (at least ", html, StringComparison.Ordinal);
        Assert.Contains($"at least {value} at least ", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flagged_value_every_holding_of_which_is_known_reads_as_it_is()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--holdings", Fixture("net-assets-of-another-day.csv"), "--format", "json");
        Assert.Equal(0, json.GetProperty("summary").GetProperty("valuesUnknown").GetProperty("matched").GetInt32());
        Assert.False(json.GetProperty("summary").TryGetProperty("flaggedValueAtLeast", out _));
        Assert.False(json.GetProperty("funds")[0].TryGetProperty("flaggedValueAtLeast", out _));
        Assert.DoesNotContain("at least", texts.Flat("terminal"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_dates_flagged_value_leaving_out_named_holdings_of_unknown_value_reads_at_least_by_date()
    {
        using var temp = new TempFolder();
        // The file of unknown values states no date; the other fund is of 2025-01-21: the figures are given per date.
        var (texts, json) = ReportTexts.Report(temp, "--holdings", Fixture("named-values-unknown.csv"), "--holdings", Fixture("net-assets-of-another-day.csv"),
            "--format", "pdf,html,json");
        var byDate = json.GetProperty("summary").GetProperty("byDate").EnumerateArray().ToList();
        Assert.Equal(2, byDate.Count);
        var dated = byDate.Single(d => d.GetProperty("asOf").ValueKind == JsonValueKind.String);
        var undated = byDate.Single(d => d.GetProperty("asOf").ValueKind == JsonValueKind.Null);
        // The JSON says which date's figures are lower bounds: only the one with holdings of unknown value.
        Assert.True(undated.GetProperty("flaggedValueAtLeast").GetBoolean());
        Assert.True(undated.GetProperty("flaggedShareAtLeast").GetBoolean());
        Assert.False(dated.TryGetProperty("flaggedValueAtLeast", out _));
        Assert.False(dated.TryGetProperty("flaggedShareAtLeast", out _));

        var bound = Wording.Money(undated.GetProperty("flaggedValue").GetDecimal(), null);
        var boundShare = Wording.Percent(undated.GetProperty("flaggedShare").GetDecimal());
        var exact = Wording.Money(dated.GetProperty("flaggedValue").GetDecimal(), null);
        var exactShare = Wording.Percent(dated.GetProperty("flaggedShare").GetDecimal());
        Assert.Equal("2,000", bound);

        var terminal = texts.Flat("terminal");
        Assert.Contains($"As of an unknown date: 1 fund; fund value 10,000; flagged value at least {bound} (at least {boundShare});", terminal, StringComparison.Ordinal);
        Assert.Contains($"As of 2025-01-21: 1 fund; fund value 114,000; flagged value {exact} ({exactShare});", terminal, StringComparison.Ordinal);
        foreach (var output in new[] { "pdf", "html" })
        {
            var text = texts.Flat(output);
            // The table by date: each date's row, its value and share as lower bounds only where they are.
            Assert.Contains($"date unknown 1 10,000 at least {bound} at least {boundShare} 4", text, StringComparison.Ordinal);
            Assert.Contains($"2025-01-21 1 114,000 {exact} {exactShare} 1", text, StringComparison.Ordinal);
        }
    }
}

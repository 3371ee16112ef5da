using System.Text.Json;
using Exposure.Core.Portfolio;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// What a scheme says where a share or a weight is not there to give: an index constituent with no weight reads "no
/// weight given" in every output, and a holding with nothing invested has shares that are not defined ("n/a", null), never 0.
/// </summary>
public sealed class SchemeSharesTests
{
    private static string Fixture(string file) => Path.Combine(RepoPaths.Root, "tests", "Exposure.Cli.Tests", "Fixtures", "scheme-shares", file);

    [Fact]
    public void An_index_constituent_without_a_weight_reads_no_weight_given_in_every_output()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--portfolio", Fixture("weight-not-given.json"), "--format", "pdf,html,xlsx,json,csv");

        var zijin = json.GetProperty("portfolio").GetProperty("companies").EnumerateArray().Single(c => c.GetProperty("companyId").GetString() == "zijin-mining");
        Assert.Equal("no weight given", Assert.Single(zijin.GetProperty("paths").EnumerateArray()).GetProperty("valueUnknown").GetString());
        var finding = json.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("companyId").GetString() == "zijin-mining");
        Assert.Equal(("no weight given", "no weight given"), (finding.GetProperty("valueUnknown").GetString(), finding.GetProperty("weightUnknown").GetString()));
        // Daqo's weight is given: it alone reads "weights only".
        var daqo = json.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("companyId").GetString() == "daqo");
        Assert.StartsWith("weights only", daqo.GetProperty("valueUnknown").GetString(), StringComparison.Ordinal);

        Assert.Contains("World Index mandate: no weight given", texts.Terminal.Replace("\n  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("no weight given", texts.ByOutput["matches.csv"], StringComparison.Ordinal);
        foreach (var text in new[] { texts.Pdf.Replace("\n", " ", StringComparison.Ordinal), texts.Html })
        {
            Assert.Contains("value unknown: no weight given", text, StringComparison.Ordinal);
            Assert.DoesNotContain("value unknown: unknown", text, StringComparison.Ordinal);
            Assert.DoesNotContain("World Index mandate: unknown", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_holding_with_nothing_invested_has_shares_not_defined_never_zero()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--portfolio", Fixture("nothing-invested.json"), "--format", "pdf,html,xlsx,json");
        var p = json.GetProperty("portfolio");
        Assert.Equal(0m, p.GetProperty("totalInvested").GetDecimal());

        // JSON: null, not 0, for every share of the amount of 0.
        Assert.Equal(JsonValueKind.Null, p.GetProperty("flaggedShare").ValueKind);
        Assert.Equal(JsonValueKind.Null, p.GetProperty("coverage").GetProperty("lookedThroughShare").ValueKind);
        Assert.Equal(JsonValueKind.Null, p.GetProperty("entries")[0].GetProperty("flaggedShare").ValueKind);
        Assert.Equal(JsonValueKind.Null, p.GetProperty("managers")[0].GetProperty("flaggedShare").ValueKind);
        var company = p.GetProperty("companies").EnumerateArray().Single(c => c.GetProperty("companyId").GetString() == "zijin-mining");
        Assert.Equal(0m, company.GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, company.GetProperty("share").ValueKind);
        Assert.Equal(JsonValueKind.Null, company.GetProperty("paths")[0].GetProperty("weight").ValueKind);

        // Every output says the shares are not defined and why, and none gives the scheme a share of 0.
        const string note = "Fund A: nothing is invested in it (amount 0), so its shares are not defined (n/a)";
        var terminal = texts.Terminal.Replace("\n  ", " ", StringComparison.Ordinal);
        Assert.Contains("Looked through to company level: n/a of GBP 0", terminal, StringComparison.Ordinal);
        foreach (var (name, text) in new[] { ("terminal", terminal), ("pdf", texts.Pdf.Replace("\n", " ", StringComparison.Ordinal)), ("html", texts.Html), ("xlsx", texts.Xlsx) })
        {
            Assert.True(text.Contains(note, StringComparison.Ordinal), $"{name} does not say: {note}");
            Assert.True(text.Contains(SchemeBounds.NotDefined, StringComparison.Ordinal), $"{name} gives no share as n/a");
        }
        foreach (var text in new[] { terminal, texts.Pdf.Replace("\n", " ", StringComparison.Ordinal), texts.Html })
        {
            Assert.DoesNotContain("0.000% of GBP", text, StringComparison.Ordinal);
            Assert.DoesNotContain("0.000% of the amount invested", text, StringComparison.Ordinal);
            Assert.DoesNotContain("0.000% of the scheme", text, StringComparison.Ordinal);
        }
    }
    [Fact]
    public void A_scheme_with_a_holding_not_looked_through_and_one_with_nothing_invested_says_both()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--portfolio", Fixture("bound-and-nothing.json"), "--format", "pdf,html,xlsx,json");
        var p = json.GetProperty("portfolio");

        // The scheme's share is a lower bound over the amount invested (GBP 10,000 of GBP 1,500,000), not undefined:
        // only Fund A's shares are, since nothing is invested in it.
        Assert.Equal(1_500_000m, p.GetProperty("totalInvested").GetDecimal());
        Assert.Equal(10_000m / 1_500_000m, p.GetProperty("flaggedShare").GetDecimal(), 12);
        Assert.Equal("at-least", p.GetProperty("bounds").GetProperty("flaggedValue").GetString());
        var entries = p.GetProperty("entries").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        Assert.Equal(JsonValueKind.Null, entries["a"].GetProperty("flaggedShare").ValueKind);
        Assert.Equal(JsonValueKind.Null, entries["b"].GetProperty("flaggedValue").ValueKind);
        Assert.Equal("no holdings file", entries["b"].GetProperty("notLookedThrough").GetString());
        Assert.Equal(0.02m, entries["c"].GetProperty("flaggedShare").GetDecimal());
        Assert.Equal("at-least", entries["c"].GetProperty("bounds").GetProperty("flaggedValue").GetString());

        var terminal = texts.Terminal.Replace("\n  ", " ", StringComparison.Ordinal);
        foreach (var (name, text) in new[] { ("terminal", terminal), ("pdf", texts.Pdf.Replace("\n", " ", StringComparison.Ordinal)), ("html", texts.Html) })
        {
            Assert.True(text.Contains("at least 0.667%", StringComparison.Ordinal), $"{name} does not give the scheme's share as a lower bound");
            Assert.True(text.Contains("Fund A: nothing is invested in it (amount 0), so its shares are not defined (n/a)", StringComparison.Ordinal), $"{name} does not say why Fund A's shares are n/a");
            Assert.True(text.Contains("Fund B (GBP 1,000,000: no holdings file)", StringComparison.Ordinal), $"{name} does not name the holding not looked through");
            Assert.DoesNotContain("0.000% of", text, StringComparison.Ordinal);
        }
    }
}

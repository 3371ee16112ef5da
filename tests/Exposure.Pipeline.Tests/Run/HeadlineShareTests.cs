using System.Text.Json;
using Exposure.Pipeline;
using Exposure.Reports.Json;
using Exposure.TestSupport;

namespace Exposure.Reports.Tests.Run;

/// <summary>
/// The headline flagged share of one fund is its flagged weight, on the same basis, whatever that basis is: the file's
/// own weights, stated net assets the rows fall short of, or the fund value a part of a fund's weights imply. Where it
/// differs from the flagged value over the fund value, that is said beside it; where it leaves out holdings in named
/// companies, it reads as a lower bound.
/// </summary>
public sealed class HeadlineShareTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.Root, "tests", "Exposure.Pipeline.Tests", "Fixtures", name);

    /// <summary>Runs one holdings file to JSON and returns the JSON report as written.</summary>
    private static JsonDocument Run(string file)
    {
        using var temp = new TempFolder();
        ExposureRun.Execute(new RunRequest([new HoldingsInput(Fixture(file), file)], RepoPaths.ReferenceData, temp.Path, [new JsonReportRenderer()], "test"));
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "exposure-report.json")));
    }

    private static decimal? Figure(JsonElement at, string name) =>
        at.GetProperty(name) is { ValueKind: JsonValueKind.Number } n ? n.GetDecimal() : null;

    private static string[] Warnings(JsonDocument json, string code) =>
        json.RootElement.GetProperty("summary").GetProperty("warnings").EnumerateArray()
            .Where(w => w.GetProperty("code").GetString() == code).Select(w => w.GetProperty("text").GetString()!).ToArray();

    [Fact]
    public void An_n_port_filing_listing_part_of_a_fund_gives_its_rows_share_of_the_net_assets_as_its_weights_add_up()
    {
        // The N-PORT fixture's rows add up to USD 43,747,501 of USD 1,237,500,000 stated (3.535%); its weights to 3.54%.
        var file = Path.Combine(RepoPaths.Root, "tests", "Exposure.Readers.Tests", "Fixtures", "nport", "primary_doc.xml");
        using var temp = new TempFolder();
        ExposureRun.Execute(new RunRequest([new HoldingsInput(file, "primary_doc.xml")], RepoPaths.ReferenceData, temp.Path, [new JsonReportRenderer()], "test"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "exposure-report.json")));

        var note = Assert.Single(Warnings(json, "net-assets-disagree"));
        Assert.Contains("its rows add up to USD 43,747,501, 3.54% of the net assets it states (USD 1,237,500,000); " +
            "its weights agree with the net assets and add up to 3.54%, so the file lists part of the fund", note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_top_holdings_file_with_a_total_line_has_the_fund_value_its_weights_imply_and_one_share()
    {
        using var json = Run("top10-total.csv");
        var summary = json.RootElement.GetProperty("summary");
        var fund = json.RootElement.GetProperty("funds").EnumerateArray().Single();

        // The total line repeats the rows' sums: the four rows' 17.55% of the fund imply its value.
        Assert.Equal("implied-by-weights", fund.GetProperty("fundValueBasis").GetString());
        Assert.Equal(Math.Round(2_733_905_132.90m / 0.1755m, 2), Figure(fund, "fundValue"));
        Assert.Equal(Figure(fund, "fundValue"), Figure(summary, "fundValue"));
        Assert.Equal(Figure(fund, "flaggedWeight"), Figure(summary, "flaggedShare"));
        Assert.Equal("0.143%", Core.Reporting.Wording.Percent(Figure(summary, "flaggedShare")));
    }

    [Fact]
    public void Weights_adding_up_to_more_than_the_whole_fund_say_the_rows_exceed_the_value_they_imply_not_that_rows_are_missing()
    {
        using var json = Run("weights-over-rows.csv");
        var summary = json.RootElement.GetProperty("summary");
        var fund = json.RootElement.GetProperty("funds").EnumerateArray().Single();

        // Each row's weight implies GBP 10,000,000; the rows add up to GBP 10,500,000 and the weights to 105%.
        Assert.Equal("implied-by-weights", fund.GetProperty("fundValueBasis").GetString());
        Assert.Equal(10_000_000m, Figure(fund, "fundValue"));
        var note = Assert.Single(Warnings(json, "weights-disagree"));
        Assert.Contains("the file's weights add up to 105%: they are shares of less than the sum of its rows (GBP 10,500,000), " +
            "so a row may be counted twice, or the weights are of another base", note, StringComparison.Ordinal);
        Assert.DoesNotContain("some values are unknown", note, StringComparison.Ordinal);
        Assert.Equal(10_500_000m, Figure(summary, "valueScreened"));

        // The headline's words beside the fund value, as every output gives them.
        using var temp = new TempFolder();
        var file = "weights-over-rows.csv";
        var report = ExposureRun.Execute(new RunRequest([new HoldingsInput(Fixture(file), file)], RepoPaths.ReferenceData, temp.Path, [], "test")).Report;
        var headline = Core.Reporting.Wording.FlaggedShareText(report.Summary, report.Funds);
        Assert.Contains("(the rows screened against the list add up to GBP 10,500,000, more than it: the rows of ", headline, StringComparison.Ordinal);
        Assert.Contains(" add up to 105% of the value its weights imply)", headline, StringComparison.Ordinal);
        Assert.DoesNotContain("state)", headline, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_and_weights_that_disagree_give_the_file_weights_share_in_the_headline_and_the_value_share_beside_it()
    {
        using var json = Run("values-and-weights-disagree.csv");
        var summary = json.RootElement.GetProperty("summary");
        var fund = json.RootElement.GetProperty("funds").EnumerateArray().Single();
        var report = JsonReportRenderer.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json.RootElement.GetRawText())));

        Assert.Equal("file-weights", fund.GetProperty("weightBasis").GetString());
        // Zijin's 25.0% (its value, "2.5M", unknown) and LONGi's 0.01%, as the file states them.
        Assert.Equal(0.2501m, Figure(fund, "flaggedWeight"));
        Assert.Equal(Figure(fund, "flaggedWeight"), Figure(summary, "flaggedShare"));
        var headline = Core.Reporting.Wording.FlaggedShareText(report.Summary, report.Funds);
        Assert.StartsWith("25.010% of the fund by the file's own weights, which disagree with its values; fund value", headline, StringComparison.Ordinal);
        Assert.Contains($"the flagged value over the fund value would be {Core.Reporting.Wording.Percent(Figure(fund, "alternativeFlaggedWeight"))}", headline, StringComparison.Ordinal);
    }

    [Fact]
    public void Stated_net_assets_of_another_day_give_one_share_and_a_note_that_names_each_base_rightly()
    {
        using var json = Run("net-assets-of-another-day.csv");
        var summary = json.RootElement.GetProperty("summary");
        var fund = json.RootElement.GetProperty("funds").EnumerateArray().Single();

        Assert.Equal("stated-net-assets", fund.GetProperty("fundValueBasis").GetString());
        Assert.Equal("file-weights", fund.GetProperty("weightBasis").GetString());
        Assert.Equal(114_000m, Figure(summary, "fundValue"));
        Assert.Equal(0.037m, Figure(fund, "flaggedWeight"));
        Assert.Equal(Figure(fund, "flaggedWeight"), Figure(summary, "flaggedShare"));
        // 3,700 over the stated 114,000 is 3.246%; over the rows' 95,000, 3.895%: neither is the file's 3.700%.
        var note = Assert.Single(Warnings(json, "net-assets-disagree"));
        Assert.Contains("Weights are the file's own, as they disagree with value over the stated net assets: the flagged weight is 3.700%; " +
            "on the stated net assets it would be 3.246%, on the sum of its rows 3.895%.", note, StringComparison.Ordinal);
        Assert.DoesNotContain("Weights are shares of the stated net assets", note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_holding_line_rejected_as_unreadable_is_named_as_what_the_rows_may_lack_not_a_part_of_the_fund()
    {
        using var json = Run("rejected-holding-line.csv");

        var note = Assert.Single(Warnings(json, "net-assets-disagree"));
        Assert.Contains("1 holding line was rejected as unreadable, and the rows may fall short by what it holds", note, StringComparison.Ordinal);
        Assert.DoesNotContain("lists part of the fund", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Named_holdings_of_unknown_value_make_the_share_a_lower_bound_and_their_stated_weight_is_given()
    {
        using var json = Run("named-values-unknown.csv");
        var summary = json.RootElement.GetProperty("summary");
        var fund = json.RootElement.GetProperty("funds").EnumerateArray().Single();
        var report = JsonReportRenderer.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json.RootElement.GetRawText())));

        Assert.Equal(0.2m, Figure(summary, "flaggedShare"));
        Assert.Equal(Figure(fund, "flaggedWeight"), Figure(summary, "flaggedShare"));
        Assert.Equal(3, summary.GetProperty("valuesUnknown").GetProperty("matchedOutOfWeight").GetInt32());
        Assert.StartsWith("at least 20.000% of the fund value", Core.Reporting.Wording.FlaggedShareText(report.Summary, report.Funds), StringComparison.Ordinal);
        var note = Assert.Single(Warnings(json, "values-unknown"));
        Assert.Contains("the flagged value and the flagged share leave them out, so the flagged share is at least the share given", note, StringComparison.Ordinal);
        Assert.Contains("by the file's weights, they are a further 30.000% of the fund", note, StringComparison.Ordinal);
    }
}

using System.Globalization;
using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// Short positions through the command line (fixtures in Fixtures/shorts): an N-PORT filing's short (payoff profile
/// Short, negative value), a CSV row with a negative value and no direction, and a mapped direction column with the
/// short's size written positive. In each the fund holds Zijin Mining long (3,000,000) and ZTE short (2,000,000): the
/// flagged value is Zijin's alone, never Zijin's less ZTE's nor the two added, and every output says why ZTE's is not in it.
/// </summary>
public sealed class ShortPositionsTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.Root, "tests", "Exposure.Cli.Tests", "Fixtures", "shorts", name);

    private const string Note = "a short position in ZTE Corporation of USD 2,000,000 is not counted as held";

    private static (ReportTexts Texts, JsonElement Json, string OutDir) Report(TempFolder temp, params string[] args)
    {
        var outDir = Path.Combine(temp.Path, "out");
        var result = CliRunner.Run(["report", .. args, "--out", outDir]);
        Assert.True(result.ExitCode == 0, result.Error);
        var texts = ReportTexts.Read(outDir, result.Output);
        return (texts, JsonDocument.Parse(texts.Json).RootElement.Clone(), outDir);
    }

    public static TheoryData<string, string, decimal, decimal, string> Cases => new()
    {
        // file, mapping, fund value, flagged weight, what shows the short
        { "nport-long-short.xml", "", 10_000_000m, 0.3m, "direction" },
        // 3,000,000 - 2,000,000 + 9,000,000: the negative row is in the sum of the rows as the file writes it.
        { "negative-value.csv", "", 10_000_000m, 0.3m, "negative-value" },
        // 3,000,000 - 2,000,000 + 5,000,000: the short, written as a positive size beside "Short", reduces the sum.
        { "side.csv", "side.mapping.json", 6_000_000m, 0.5m, "direction" },
    };

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void A_short_in_a_named_company_is_kept_out_of_the_flagged_value_and_said_in_every_output(
        string file, string mapping, decimal fundValue, decimal flaggedWeight, string shortFrom)
    {
        using var temp = new TempFolder();
        string[] args = mapping.Length > 0 ? ["--holdings", Fixture(file), "--mapping", Fixture(mapping)] : ["--holdings", Fixture(file)];
        var (texts, json, outDir) = Report(temp, args);

        var fund = json.GetProperty("funds")[0];
        Assert.Equal(fundValue, fund.GetProperty("fundValue").GetDecimal());
        Assert.Equal(3_000_000m, fund.GetProperty("flaggedValue").GetDecimal());
        Assert.Equal(flaggedWeight, fund.GetProperty("flaggedWeight").GetDecimal());
        Assert.Equal(1, fund.GetProperty("companiesFlagged").GetInt32());
        var split = fund.GetProperty("flaggedByInstrument");
        Assert.Equal(3_000_000m, split.GetProperty("shares").GetDecimal());
        Assert.Equal(2_000_000m, split.GetProperty("shortValue").GetDecimal());
        Assert.Equal(1, split.GetProperty("shortRows").GetInt32());
        Assert.Equal(3_000_000m, json.GetProperty("summary").GetProperty("flaggedValue").GetDecimal());

        var zte = json.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("companyId").GetString() == "zte");
        Assert.Equal("short", zte.GetProperty("direction").GetString());
        Assert.Equal(shortFrom, zte.GetProperty("shortFrom").GetString());
        // ZTE is not a company the fund holds: only Zijin is listed among the companies held.
        Assert.Equal(["zijin-mining"], json.GetProperty("companies").EnumerateArray().Select(c => c.GetProperty("id").GetString()));

        var funds = File.ReadAllLines(Path.Combine(outDir, "funds.csv"));
        var header = funds[0].TrimStart('\uFEFF').Split(',');
        var row = funds[1].Split(',');
        Assert.Equal("3000000", row[Array.IndexOf(header, "flagged_value")]);
        Assert.Equal(2_000_000m, decimal.Parse(row[Array.IndexOf(header, "flagged_short_value")], CultureInfo.InvariantCulture));
        Assert.Contains(",short", File.ReadAllLines(Path.Combine(outDir, "matches.csv")).Single(l => l.Contains(",zte,", StringComparison.Ordinal)), StringComparison.Ordinal);

        foreach (var output in new[] { "terminal", "json", "html", "xlsx", "pdf" })
            Assert.True(texts.Flat(output).Contains(Note, StringComparison.Ordinal), $"{output} does not say: {Note}");
        Assert.Contains("in 1 short position in them, not counted as held", texts.Flat("terminal"), StringComparison.Ordinal);
        // The findings tables say what the row is, beside its value as the file gives it (the PDF's table cells wrap
        // beside each other, so its text is looked for by the cell's first words).
        foreach (var output in new[] { "html", "xlsx", "pdf" })
            Assert.True(texts.Flat(output).Contains(shortFrom == "direction" ? "shares, short position" : "shares, negative value", StringComparison.Ordinal),
                $"{output} does not say what the short row is");
        foreach (var output in new[] { "terminal", "html", "pdf" })
            Assert.DoesNotContain("1,000,000", texts.Flat(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_short_the_same_figures_add_up_as_holdings()
    {
        using var temp = new TempFolder();
        var input = temp.File("long.csv", File.ReadAllText(Fixture("negative-value.csv")).Replace("-2000000", "2000000", StringComparison.Ordinal));
        var (texts, json, _) = Report(temp, "--holdings", input, "--format", "json");

        var fund = json.GetProperty("funds")[0];
        Assert.Equal(14_000_000m, fund.GetProperty("fundValue").GetDecimal());
        Assert.Equal(5_000_000m, fund.GetProperty("flaggedValue").GetDecimal());
        Assert.Equal(2, fund.GetProperty("companiesFlagged").GetInt32());
        Assert.False(fund.GetProperty("flaggedByInstrument").TryGetProperty("shortRows", out _));
        Assert.DoesNotContain("short", texts.Terminal, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public void A_short_of_unknown_size_is_said_among_the_shorts_in_every_output_and_not_among_the_values_unknown()
    {
        using var temp = new TempFolder();
        var input = temp.File("side.csv", File.ReadAllText(Fixture("side.csv")).Replace("ZTE CORP H,763,XHKG,2000000,Short", "ZTE CORP H,763,XHKG,,Short", StringComparison.Ordinal));
        var (texts, json, _) = Report(temp, "--holdings", input, "--mapping", Fixture("side.mapping.json"));

        var summary = json.GetProperty("summary");
        Assert.Equal(0, summary.GetProperty("valuesUnknown").GetProperty("rows").GetInt32());
        Assert.Equal(0, summary.GetProperty("valuesUnknown").GetProperty("matched").GetInt32());
        Assert.DoesNotContain(summary.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "values-unknown");
        var split = json.GetProperty("funds")[0].GetProperty("flaggedByInstrument");
        Assert.Equal(1, split.GetProperty("shortRows").GetInt32());
        Assert.Equal(1, split.GetProperty("shortValuesUnknown").GetInt32());
        Assert.False(split.TryGetProperty("shortValue", out _));
        Assert.Equal(3_000_000m, summary.GetProperty("flaggedValue").GetDecimal());

        const string note = "a short position in ZTE Corporation of unknown size is not counted as held";
        foreach (var output in new[] { "terminal", "json", "html", "xlsx", "pdf" })
        {
            var text = texts.Flat(output);
            Assert.True(text.Contains(note, StringComparison.Ordinal), $"{output} does not say: {note}");
            Assert.True(text.Contains("its size is unknown: it is counted among the short positions, not among the holdings whose value is unknown", StringComparison.Ordinal),
                $"{output} does not say where the short of unknown size is counted");
        }
        Assert.Contains("1 short position in them of unknown size, not counted as held", texts.Flat("terminal"), StringComparison.Ordinal);
        // No output counts it among the holdings of unknown value: neither the sentence beside the figures nor a fund's count.
        foreach (var output in new[] { "terminal", "html", "xlsx", "pdf" })
        {
            Assert.DoesNotContain("has a value that", texts.Flat(output), StringComparison.Ordinal);
            Assert.DoesNotContain("1 value unknown", texts.Flat(output), StringComparison.Ordinal);
        }
    }
}

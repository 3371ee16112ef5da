using System.Globalization;
using System.Text;
using System.Text.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// Weights written as fractions of the fund (<c>0.05</c> for 5%), through the command line: read as fractions when the
/// weight column does not say percent and the weights add up to 1, with a note saying so; the same figures as the file
/// written in percent; a partial file whose percent weights add up to 1% left as it is.
/// </summary>
public sealed class FractionWeightsTests
{
    private static JsonElement Report(TempFolder temp, string holdings, string outName = "out")
    {
        var outDir = Path.Combine(temp.Path, outName);
        var r = CliRunner.Run("report", "--holdings", holdings, "--out", outDir, "--format", "json,csv");
        Assert.True(r.ExitCode == 0, r.Error);
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "exposure-report.json"))).RootElement.Clone();
    }

    private static IEnumerable<string> Warnings(JsonElement report, string code) =>
        report.GetProperty("summary").GetProperty("warnings").EnumerateArray()
            .Where(w => w.GetProperty("code").GetString() == code)
            .Select(w => w.GetProperty("text").GetString()!);

    [Fact]
    public void Weights_only_written_as_fractions_give_the_flagged_weight_in_full_and_say_they_were_read_as_fractions()
    {
        using var temp = new TempFolder();
        var json = Report(temp, temp.File("fractions.csv", """
            Ticker,Name,Exchange,Weight
            601899,ZIJIN MINING GROUP CO LTD A,Shanghai Stock Exchange,0.05
            AAA,ALPHA,Xetra,0.55
            BBB,BETA,Xetra,0.40
            """));

        var fund = json.GetProperty("funds")[0];
        Assert.Equal(0.05m, fund.GetProperty("flaggedWeight").GetDecimal());
        Assert.Equal(JsonValueKind.Null, fund.GetProperty("fundValue").ValueKind);
        Assert.Equal("sum-is-one", fund.GetProperty("weightCheck").GetProperty("readAsFractions").GetProperty("evidence").GetString());
        var note = Assert.Single(Warnings(json, "weights-as-fractions"));
        Assert.Contains("the file's weights add up to 1.00", note);
        Assert.Contains("read as fractions of the fund", note);
        Assert.Contains("5.000%", note);
    }

    [SkippableFact]
    public void The_EEM_file_with_its_weights_as_fractions_gives_the_figures_of_the_file_in_percent_with_a_note()
    {
        const string sample = "EEM_holdings_2025-01_trimmed.csv";
        var path = RepoPaths.SharedSample(sample);
        Requires.That(path is not null, RepoPaths.Absent(sample));
        using var temp = new TempFolder();
        var fractions = temp.File("eem_fraction_weights.csv", AsFractions(File.ReadAllLines(path)));

        var report = Report(temp, fractions, "fractions");
        var asFractions = report.GetProperty("funds")[0];
        var inPercent = Report(temp, path, "percent").GetProperty("funds")[0];

        Assert.Equal(0.00387m, Math.Round(asFractions.GetProperty("flaggedWeight").GetDecimal(), 5));
        foreach (var figure in new[] { "fundValue", "flaggedValue", "flaggedWeight", "relatedWeight" })
            Assert.Equal(inPercent.GetProperty(figure).GetDecimal(), asFractions.GetProperty(figure).GetDecimal());
        Assert.Equal("sum-of-rows", asFractions.GetProperty("fundValueBasis").GetString());
        Assert.Equal(0, asFractions.GetProperty("weightCheck").GetProperty("rowsOutsideTolerance").GetInt32());
        Assert.False(inPercent.GetProperty("weightCheck").TryGetProperty("readAsFractions", out _));
        var note = Assert.Single(Warnings(report, "weights-as-fractions"));
        Assert.Contains("the file's weights add up to 1.00", note);
        Assert.Empty(Warnings(report, "weights-disagree"));
    }

    [Fact]
    public void A_partial_file_whose_percent_weights_add_up_to_1_and_agree_with_its_net_assets_is_read_in_percent()
    {
        using var temp = new TempFolder();
        // A sliver of a fund of USD 100,000,000: the values confirm the weights in percent (500,000 is 0.5%).
        var json = Report(temp, temp.File("sliver.csv", """
            Fund Name,Sliver Fund
            Net Assets,"100,000,000.00"

            Ticker,Name,Exchange,Market Value,Weight,Currency
            601899,ZIJIN MINING GROUP CO LTD A,Shanghai Stock Exchange,"500,000.00",0.50,USD
            AAA,ALPHA,Xetra,"300,000.00",0.30,USD
            BBB,BETA,Xetra,"200,000.00",0.20,USD
            """));

        var fund = json.GetProperty("funds")[0];
        Assert.Equal(100_000_000m, fund.GetProperty("fundValue").GetDecimal());
        Assert.Equal("stated-net-assets", fund.GetProperty("fundValueBasis").GetString());
        Assert.Equal(0.005m, fund.GetProperty("flaggedWeight").GetDecimal());
        Assert.Equal(0, fund.GetProperty("weightCheck").GetProperty("rowsOutsideTolerance").GetInt32());
        Assert.False(fund.GetProperty("weightCheck").TryGetProperty("readAsFractions", out _));
        Assert.Empty(Warnings(json, "weights-as-fractions"));
    }

    [Fact]
    public void A_partial_file_whose_header_says_percent_keeps_its_weights_that_add_up_to_1()
    {
        using var temp = new TempFolder();
        var json = Report(temp, temp.File("sliver.csv", """
            Ticker,Name,Exchange,Market Value,Weight (%),Currency
            601899,ZIJIN MINING GROUP CO LTD A,Shanghai Stock Exchange,"500,000.00",0.50,USD
            AAA,ALPHA,Xetra,"300,000.00",0.30,USD
            BBB,BETA,Xetra,"200,000.00",0.20,USD
            """));

        var fund = json.GetProperty("funds")[0];
        Assert.Equal("implied-by-weights", fund.GetProperty("fundValueBasis").GetString());
        Assert.Equal(100_000_000m, fund.GetProperty("fundValue").GetDecimal());
        Assert.Equal(0.005m, fund.GetProperty("flaggedWeight").GetDecimal());
        Assert.Empty(Warnings(json, "weights-as-fractions"));
        Assert.Contains(Warnings(json, "weights-disagree"), w => w.Contains("add up to 1%", StringComparison.Ordinal));
    }

    /// <summary>An iShares download with its <c>Weight (%)</c> column renamed <c>Weight</c> and its weights divided by 100.</summary>
    private static string AsFractions(string[] lines)
    {
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        var weight = Array.IndexOf(header, "Weight (%)");
        Assert.True(weight >= 0, "the sample has no 'Weight (%)' column");
        header[weight] = "Weight";
        var sb = new StringBuilder().AppendLine(string.Join(',', header));
        foreach (var line in lines.Skip(1))
        {
            // Every field of the sample's rows is quoted: "a","b",...
            var fields = line.Length > 1 && line[0] == '"' && line[^1] == '"' ? line[1..^1].Split("\",\"") : null;
            if (fields is null || fields.Length != header.Length)
            {
                sb.AppendLine(line);
                continue;
            }
            var w = decimal.Parse(fields[weight], NumberStyles.Number, CultureInfo.InvariantCulture);
            fields[weight] = (w / 100).ToString("0.000000", CultureInfo.InvariantCulture);
            sb.AppendLine("\"" + string.Join("\",\"", fields) + "\"");
        }
        return sb.ToString();
    }
}

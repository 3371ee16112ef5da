using Exposure.Core.Reporting;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// A company's share of a fund, and the related share, say "at least" where rows of them have neither value nor weight,
/// and say their basis where the fund's weights are its file's own, in the key findings and the summary alike.
/// </summary>
public sealed class CompanyShareBoundTests
{
    private static string Fixture(string file) => Path.Combine(RepoPaths.Root, "tests", "Exposure.Pipeline.Tests", "Fixtures", file);

    [Fact]
    public void A_companys_share_of_a_fund_leaving_out_rows_of_unknown_weight_reads_at_least()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--holdings", Fixture("named-rows-without-value-or-weight.csv"), "--format", "pdf,html,json");
        var holding = ReportTexts.Company(json, "zijin-mining").GetProperty("holdings")[0];
        // Of Zijin's two rows one has a value, the other neither value nor weight: its weight in the fund is a lower bound.
        Assert.True(holding.GetProperty("weightAtLeast").GetBoolean());
        var share = Wording.Percent(holding.GetProperty("weight").GetDecimal());
        var fund = json.GetProperty("funds")[0];
        var related = Wording.Percent(json.GetProperty("summary").GetProperty("relatedShare").GetDecimal());
        Assert.Equal(1, json.GetProperty("summary").GetProperty("valuesUnknown").GetProperty("relatedOutOfWeight").GetInt32());

        var pdf = texts.Pdf.Replace("\n", " ", StringComparison.Ordinal);
        foreach (var text in new[] { pdf, texts.Html })
        {
            // The key finding on the company most widely held names the fund, then its share of it (the PDF may break the fund's name over lines).
            Assert.Contains($"held through {fund.GetProperty("name").GetString()![..10]}", text, StringComparison.Ordinal);
            Assert.Contains($" (at least {share} of the fund).", text, StringComparison.Ordinal);
            Assert.Contains($"Largest flagged weight: at least {Wording.Percent(fund.GetProperty("flaggedWeight").GetDecimal())}", text, StringComparison.Ordinal);
            Assert.Contains($"(at least {related} of the fund value)", text, StringComparison.Ordinal);
            Assert.DoesNotContain($"({share} of the fund)", text, StringComparison.Ordinal);
        }
        // The summary's related row: its share a lower bound too.
        Assert.Contains($"(at least {related})", pdf, StringComparison.Ordinal);
        // The terminal gives the fund's flagged weight as the headline does, in its line or row of the fund too: "at least" before it each time.
        var weight = Wording.Percent(fund.GetProperty("flaggedWeight").GetDecimal());
        var terminal = texts.Terminal.Replace("\n  ", " ", StringComparison.Ordinal);
        Assert.True(CountOf(terminal, weight) >= 2, terminal);
        Assert.Equal(CountOf(terminal, weight), CountOf(terminal, "at least " + weight));
    }

    [Fact]
    public void The_funds_and_category_tables_give_a_flagged_weight_leaving_out_holdings_of_unknown_value_as_at_least()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--holdings", RepoPaths.IllustrativeHoldings, "--format", "pdf,html,json", "--quiet");
        // The illustrative fund's Foxconn row has a weight but no value: the fund's flagged weight leaves it out.
        var fund = json.GetProperty("funds")[0];
        Assert.True(fund.GetProperty("valuesUnknown").GetProperty("matchedOutOfWeight").GetInt32() > 0);
        var weight = Wording.Percent(fund.GetProperty("flaggedWeight").GetDecimal());
        var categories = fund.GetProperty("byCategory").EnumerateArray().ToList();
        var bounded = categories.Where(c => c.GetProperty("valuesUnknown").GetInt32() > 0).Select(c => Wording.Percent(c.GetProperty("weight").GetDecimal())).ToList();
        var exact = categories.Where(c => c.GetProperty("valuesUnknown").GetInt32() == 0).Select(c => Wording.Percent(c.GetProperty("weight").GetDecimal())).ToList();
        Assert.NotEmpty(bounded);

        var pdf = texts.Pdf.Replace("\n", " ", StringComparison.Ordinal);
        var html = System.Text.RegularExpressions.Regex.Replace(texts.Html, "<[^>]+>", "");
        foreach (var text in new[] { pdf, html })
        {
            // Every time the fund's flagged weight is given, "at least" is before it: headline, funds table.
            Assert.True(CountOf(text, weight) >= 2, weight);
            Assert.Equal(CountOf(text, weight), CountOf(text, "at least " + weight));
            foreach (var w in bounded) Assert.Contains("at least " + w, text, StringComparison.Ordinal);
            foreach (var w in exact.Except(bounded)) Assert.DoesNotContain("at least " + w, text, StringComparison.Ordinal);
        }
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public void The_related_share_on_the_files_own_weights_says_so_as_the_flagged_share_does()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--holdings", Fixture("related-by-file-weights.csv"), "--format", "pdf,html,xlsx,json", "--quiet");
        Assert.Equal("file-weights", json.GetProperty("funds")[0].GetProperty("weightBasis").GetString());
        var related = Wording.Percent(json.GetProperty("summary").GetProperty("relatedShare").GetDecimal());
        const string basis = "of the fund, by the file's own weights";

        var pdf = texts.Pdf.Replace("\n", " ", StringComparison.Ordinal);
        // Key findings (PDF and web page) and the summary rows.
        Assert.Contains($"({related} {basis})", pdf, StringComparison.Ordinal);
        Assert.Contains($"({related}, {basis})", pdf, StringComparison.Ordinal);
        Assert.Contains($"({related} {basis})", texts.Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"{related} of the fund value", texts.Html, StringComparison.Ordinal);
        Assert.Contains($"Share, related: {basis}", texts.Xlsx, StringComparison.Ordinal);
    }
}

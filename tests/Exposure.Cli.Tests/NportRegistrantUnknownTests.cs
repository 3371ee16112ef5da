using Exposure.Core.Reporting;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// A data set without REGISTRANT.tsv names no fund's registrant: no series name or accession number stands in for one.
/// Its funds are one row "registrant unknown" in every registrants table, and counted in no registrant.
/// </summary>
public sealed class NportRegistrantUnknownTests
{
    [Fact]
    public void Funds_of_a_data_set_without_registrants_are_one_row_of_unknown_registrant_and_counted_in_no_registrant()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "no-registrant");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(RepoPaths.NportDataSet()).Where(f => Path.GetFileName(f) != "REGISTRANT.tsv"))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));

        var (texts, json) = ReportTexts.Report(temp, "--holdings", folder, "--format", "pdf,html,xlsx,json,csv", "--quiet");
        var market = json.GetProperty("market");
        var funds = market.GetProperty("summary").GetProperty("funds").GetInt32();
        Assert.True(funds > 1);
        Assert.Equal(0, market.GetProperty("summary").GetProperty("registrants").GetInt32());
        Assert.Equal(0, market.GetProperty("summary").GetProperty("registrantsFilingNamed").GetInt32());
        Assert.Equal(funds, market.GetProperty("summary").GetProperty("fundsRegistrantUnknown").GetInt32());
        Assert.All(market.GetProperty("companies").EnumerateArray(), c =>
            Assert.Equal((0, c.GetProperty("funds").GetInt32()), (c.GetProperty("registrants").GetInt32(), c.GetProperty("fundsRegistrantUnknown").GetInt32())));
        var row = Assert.Single(market.GetProperty("registrants").EnumerateArray());
        Assert.Equal(MarketWording.RegistrantUnknown, row.GetProperty("registrant").GetString());
        Assert.True(row.GetProperty("unknown").GetBoolean());
        Assert.Equal(funds, row.GetProperty("funds").GetInt32());

        // No fund's name is given as a registrant, in any output's registrants table.
        var names = json.GetProperty("funds").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
        var csv = texts.ByOutput["registrants.csv"].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, csv.Length);
        Assert.StartsWith(MarketWording.RegistrantUnknown + ",", csv[1], StringComparison.Ordinal);
        Assert.DoesNotContain(names, n => csv[1].Contains(n, StringComparison.Ordinal));

        var pdf = texts.Pdf.Replace("\n", " ", StringComparison.Ordinal);
        foreach (var text in new[] { pdf, texts.Html })
        {
            Assert.Contains(MarketWording.RegistrantUnknown, text, StringComparison.Ordinal);
            Assert.Contains($"{funds} funds (registrant unknown: the data set names none)", text, StringComparison.Ordinal);
            Assert.DoesNotContain(" filed by " + funds + " registrants", text, StringComparison.Ordinal);
            Assert.Contains($"{funds} funds' registrant unknown", text, StringComparison.Ordinal);
            // The company held by the most funds: its holders' registrant unknown too, not one registrant per fund.
            Assert.Contains("1 fund (registrant unknown: the data set names none) holds it", text, StringComparison.Ordinal);
            // The market's tile and a company's profile say so in words, never "0 of 0 registrants".
            Assert.Contains(MarketWording.NoRegistrantNamed, text, StringComparison.Ordinal);
            Assert.Contains("whose registrant the data set does not name", text, StringComparison.Ordinal);
            Assert.Contains("unknown: the data set names no registrant", text, StringComparison.Ordinal);
            Assert.DoesNotContain(" of 0 registrants", text, StringComparison.Ordinal);
            Assert.DoesNotContain("of 0 registrant ", text, StringComparison.Ordinal);
        }
        Assert.Contains(MarketWording.RegistrantUnknown, texts.Xlsx, StringComparison.Ordinal);
    }
}

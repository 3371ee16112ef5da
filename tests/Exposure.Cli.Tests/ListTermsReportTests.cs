using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// A run's words follow the kinds of lists it screened against, in every output alike: with an official list alone its
/// companies are "listed on an official list", never "named by a source"; with the bundled list beside it, "named by a
/// source or listed on an official list". A company's own basis is still its own, in a relation's line as well.
/// </summary>
public sealed class ListTermsReportTests
{
    private const string Header = "Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Location,Exchange,Currency,ISIN\n";

    private const string Holdings = Header +
        "\"002415\",\"HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD A\",\"Information Technology\",\"Equity\",\"5,000,000.00\",\"2.50\",\"China\",\"Shenzhen Stock Exchange\",\"CNY\",\n" +
        "\"941\",\"CHINA MOBILE LTD\",\"Communication\",\"Equity\",\"8,000,000.00\",\"4.00\",\"China\",\"Hong Kong Exchanges And Clearing Ltd\",\"HKD\",HK0941009539\n" +
        "\"AAPL\",\"APPLE INC\",\"Information Technology\",\"Equity\",\"7,000,000.00\",\"3.50\",\"United States\",\"NASDAQ\",\"USD\",US0378331005\n";

    /// <summary>Three entries in the shape of OFAC's non-SDN consolidated file (cons_prim.csv): two companies held, and China Mobile's parent.</summary>
    private const string OfacConsolidated =
        "30923,\"CHINA MOBILE LIMITED\",-0- ,\"CMIC-EO13959\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Equity Ticker 941 HK; Issuer Name China Mobile Limited; ISIN HK0941009539; " +
        "Target Type Public Company; Effective Date (CMIC) 02 Aug 2021; Listing Date (CMIC) 03 Jun 2021; Linked To: CHINA MOBILE COMMUNICATIONS GROUP CO., LTD.\"\n" +
        "30944,\"CHINA MOBILE COMMUNICATIONS GROUP CO., LTD.\",-0- ,\"CMIC-EO13959\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Target Type Private Company; " +
        "Effective Date (CMIC) 02 Aug 2021; Listing Date (CMIC) 03 Jun 2021.\"\n" +
        "30946,\"HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.\",-0- ,\"CMIC-EO13959\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Equity Ticker 002415 CN; " +
        "Issuer Name Hangzhou Hikvision Digital Technology; ISIN CNE100000PM8; Target Type Public Company; Effective Date (CMIC) 02 Aug 2021; Listing Date (CMIC) 03 Jun 2021.\"\n";

    private static (ReportTexts Texts, System.Text.Json.JsonElement Json) Run(TempFolder temp, params string[] lists)
    {
        var holdings = Path.Combine(temp.Path, "holdings.csv");
        File.WriteAllText(holdings, Holdings);
        var ofac = Path.Combine(temp.Path, "ofac");
        Directory.CreateDirectory(ofac);
        File.WriteAllText(Path.Combine(ofac, "cons_prim.csv"), OfacConsolidated);
        var args = new List<string> { "--holdings", holdings };
        foreach (var list in lists) args.AddRange(["--list", list == "ofac" ? Path.Combine(ofac, "cons_prim.csv") : list]);
        args.AddRange(["--as-of", "2026-11-30", "--format", "pdf,html,xlsx,json,csv"]);
        return ReportTexts.Report(temp, [.. args]);
    }

    [Fact]
    public void With_an_official_list_alone_every_output_says_listed_on_and_none_says_named_by_a_source()
    {
        using var temp = new TempFolder();
        var (texts, json) = Run(temp, "ofac");
        Assert.Equal(2, json.GetProperty("summary").GetProperty("companiesFlagged").GetInt32());

        foreach (var output in new[] { "pdf", "html", "xlsx", "terminal" })
        {
            var text = texts.Flat(output);
            Assert.DoesNotContain("named by a source", text, StringComparison.Ordinal);
            Assert.DoesNotContain("named compan", text, StringComparison.Ordinal);
            Assert.Contains(output == "terminal" ? "listed companies" : "listed on", text, StringComparison.Ordinal);
        }

        Assert.Contains("2 listed companies and 0 related companies held", texts.Flat("terminal"), StringComparison.Ordinal);
        foreach (var output in new[] { "pdf", "html" })
        {
            var text = texts.Flat(output);
            Assert.Contains("in companies listed on an official list (flagged)", text, StringComparison.Ordinal);
            Assert.Contains("listed companies held", text, StringComparison.Ordinal);
            Assert.Contains("By company listed on an official list", text, StringComparison.Ordinal);
            Assert.Contains("in a company listed on an official list", text, StringComparison.Ordinal);
            Assert.Contains("Which funds hold", text, StringComparison.Ordinal);
            Assert.Contains("companies on the list", text, StringComparison.Ordinal);
            // The parent, on the list itself but not held, is said as the list's companies are.
            Assert.Contains("parent of CHINA MOBILE LIMITED (listed on an official list)", text, StringComparison.Ordinal);
            Assert.Contains("a list screened against, which lists the company on the grounds it states", text, StringComparison.Ordinal);
        }

        Assert.Contains("Value in companies listed on an official list", texts.Xlsx, StringComparison.Ordinal);
        Assert.Contains("Listed companies held", texts.Xlsx, StringComparison.Ordinal);
    }

    [Fact]
    public void With_the_bundled_list_and_an_official_list_every_output_says_named_or_listed()
    {
        using var temp = new TempFolder();
        var (texts, _) = Run(temp, "bundled", "ofac");

        Assert.Contains("named or listed companies", texts.Flat("terminal"), StringComparison.Ordinal);
        foreach (var output in new[] { "pdf", "html" })
        {
            var text = texts.Flat(output);
            Assert.Contains("in companies named by a source or listed on an official list (flagged)", text, StringComparison.Ordinal);
            Assert.Contains("named or listed companies held", text, StringComparison.Ordinal);
            Assert.Contains("By company named by a source or listed on an official list", text, StringComparison.Ordinal);
            Assert.DoesNotContain("in companies named by a source (flagged)", text, StringComparison.Ordinal);
        }

        Assert.Contains("Value in companies named by a source or listed on an official list", texts.Xlsx, StringComparison.Ordinal);
    }
}

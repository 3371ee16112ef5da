using Exposure.Readers.Reference;
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

    [SkippableFact]
    public void With_an_official_list_alone_its_entries_are_listings_and_no_output_calls_them_allegations()
    {
        using var temp = new TempFolder();
        var (texts, _) = Run(temp, "ofac");

        foreach (var output in new[] { "pdf", "html", "xlsx", "terminal" })
        {
            Assert.DoesNotContain("allegation", texts.Flat(output), StringComparison.OrdinalIgnoreCase);
        }

        foreach (var output in new[] { "pdf", "html" })
        {
            var text = texts.Flat(output);
            Assert.Contains("latest listing dated 2021-06-03", text, StringComparison.Ordinal);
            Assert.Contains("3 listings, each with its source", text, StringComparison.Ordinal);
            Assert.Contains("By category of listing", text, StringComparison.Ordinal);
            Assert.Contains("Flagged value by category of listing", text, StringComparison.Ordinal);
            Assert.Contains("Each listing gives", text, StringComparison.Ordinal);
            Assert.Contains("Figures by category of listing count a company", text, StringComparison.Ordinal);
        }

        Assert.Contains("Reference listings", texts.Xlsx, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void With_the_bundled_list_and_an_official_list_its_entries_are_allegations_and_listings()
    {
        using var temp = new TempFolder();
        var (texts, _) = Run(temp, "bundled", "ofac");

        foreach (var output in new[] { "pdf", "html" })
        {
            var text = texts.Flat(output);
            Assert.Contains("latest allegation or listing dated", text, StringComparison.Ordinal);
            Assert.Contains("allegations and listings, each with its source", text, StringComparison.Ordinal);
            Assert.Contains("By category of allegation or listing", text, StringComparison.Ordinal);
            Assert.Contains("Each allegation or listing gives", text, StringComparison.Ordinal);
            Assert.DoesNotContain("By category of allegation ", text.Replace("By category of allegation or", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("latest allegation dated", text, StringComparison.Ordinal);
        }

        Assert.Contains("Reference allegations and listings", texts.Xlsx, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_caveat_says_secondary_sources_only_unless_the_run_screens_an_official_list_that_lists_the_company()
    {
        const string SecondaryOnly = "rests on secondary sources only (law-firm bulletin, a third party's copy of an official file)";
        using (var temp = new TempFolder())
        {
            var (texts, json) = Run(temp, "bundled");
            var note = ReportTexts.Company(json, "hikvision").GetProperty("reviewNote").GetString()!;
            Assert.Contains(SecondaryOnly, note, StringComparison.Ordinal);
            Assert.Contains("the official file itself was not read", note, StringComparison.Ordinal);
            Assert.Contains("rests on secondary sources only", texts.Flat("pdf"), StringComparison.Ordinal);
            Assert.Contains("the official file itself was not read", texts.Flat("pdf"), StringComparison.Ordinal);
        }

        using (var temp = new TempFolder())
        {
            var (texts, json) = Run(temp, "bundled", "ofac");
            var note = ReportTexts.Company(json, "hikvision").GetProperty("reviewNote").GetString()!;
            Assert.DoesNotContain("secondary sources only", note, StringComparison.Ordinal);
            Assert.DoesNotContain("the official file itself was not read", note, StringComparison.Ordinal);
            Assert.Contains("screened in this run, lists the company itself; its other entries rest on secondary sources (law-firm bulletin, a third party's copy of an official file)", note, StringComparison.Ordinal);
            // Every output gives the caveat as the model words it.
            foreach (var output in new[] { "pdf", "html", "xlsx" })
            {
                Assert.Contains("lists the company itself; its other entries rest on secondary sources", texts.Flat(output), StringComparison.Ordinal);
                // No other company's caveat says the official file was not read: the bundled list's Hikvision's alone does.
                Assert.DoesNotContain("the official file itself was not read", texts.Flat(output), StringComparison.Ordinal);
            }
        }
    }

    [SkippableFact]
    public void The_cover_counts_the_bundled_lists_companies_and_those_listed_on_a_stock_exchange_from_its_data()
    {
        var reference = ReferenceDataLoader.Load(RepoPaths.ReferenceData);
        var listed = reference.Companies.Count(c => c.Listings.Count > 0);
        Assert.True(listed < reference.Companies.Count, "the bundled list holds unlisted companies");

        using var temp = new TempFolder();
        var (texts, json) = Run(temp, "bundled");
        Assert.Equal(listed, json.GetProperty("run").GetProperty("referenceData").GetProperty("companiesListed").GetInt32());
        var counted = $"{reference.Companies.Count} companies ({listed} listed on a stock exchange) and {reference.Allegations.Count} allegations";
        foreach (var output in new[] { "pdf", "html" })
        {
            var text = texts.Flat(output);
            Assert.Contains(counted, text, StringComparison.Ordinal);
            Assert.DoesNotContain($"{reference.Companies.Count} listed companies", text, StringComparison.Ordinal);
            Assert.Contains($"The list holds listed companies and {reference.Companies.Count - listed} unlisted companies its sources name", text, StringComparison.Ordinal);
            // What the list holds is said of its companies, listed or not: "listed" is said only of a listing.
            Assert.Contains("companies that public sources name in connection with alleged Uyghur forced labour", text, StringComparison.Ordinal);
            Assert.DoesNotContain("listed companies that public sources", text, StringComparison.Ordinal);
            Assert.DoesNotContain("listed companies named by public sources", text, StringComparison.Ordinal);
            Assert.DoesNotContain("list of listed companies", text, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void A_schemes_tables_and_notes_with_an_official_list_alone_say_listed_companies()
    {
        using var temp = new TempFolder();
        var ofac = Path.Combine(temp.Path, "cons_prim.csv");
        File.WriteAllText(ofac, OfacConsolidated);
        var (texts, _) = ReportTexts.Report(temp, "--portfolio", Path.Combine(RepoPaths.Root, "samples", "scheme", "scheme.json"), "--list", ofac,
            "--format", "pdf,html,json");

        foreach (var output in new[] { "pdf", "html" })
        {
            var text = texts.Flat(output);
            Assert.Contains("Listed share", text, StringComparison.Ordinal);
            Assert.Contains("The listed share is of the amount invested in the holding", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Named share", text, StringComparison.Ordinal);
            Assert.DoesNotContain("named compan", text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Listed companies (GBP)", texts.Flat("html"), StringComparison.Ordinal);
        // The index mandate's note: the value looked through by its weights is in the run's words.
        Assert.Contains("GBP 0 in listed companies (0.000% of it)", texts.Flat("pdf"), StringComparison.Ordinal);
        Assert.Contains("Listed share", texts.Flat("terminal"), StringComparison.Ordinal);
    }
}

using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// Through the command line, every output says who a source named: the company itself, or its subsidiary, affiliate or
/// parent by the name the source gives; and the list taken as of a date keeps the companies whose relatives were named by then.
/// </summary>
public sealed class NamedRelationTests
{
    private const string Held2022 =
        "Example Solar Fund\n" +
        "As of,2022-03-10\n" +
        "Name,Ticker,Exchange,Market Value,Weight (%),Currency\n" +
        "DAQO NEW ENERGY ADR REPRESENTING,DQ,New York Stock Exchange Inc.,\"100,000.00\",10.00,USD\n" +
        "HON HAI PRECISION INDUSTRY LTD,2317,Taiwan Stock Exchange,\"200,000.00\",20.00,USD\n" +
        "ZIJIN MINING GROUP LTD H,2899,Hong Kong Exchanges And Clearing Ltd,\"300,000.00\",30.00,USD\n" +
        "TBEA LTD A,600089,Shanghai Stock Exchange,\"100,000.00\",10.00,USD\n" +
        "FOXCONN INDUSTRIAL INTERNET LTD A,601138,Shanghai Stock Exchange,\"100,000.00\",10.00,USD\n" +
        "TENCENT HOLDINGS LTD,700,Hong Kong Exchanges And Clearing Ltd,\"200,000.00\",20.00,USD\n";

    private const string RelativesNamedEarly =
        "Example China Fund\n" +
        "As of,2022-03-10\n" +
        "Name,Ticker,Exchange,Market Value,Weight (%),Currency\n" +
        "OFILM GROUP CO LTD A,002456,Shenzhen Stock Exchange,\"100,000.00\",25.00,USD\n" +
        "HUAFU FASHION CO LTD A,002042,Shenzhen Stock Exchange,\"100,000.00\",25.00,USD\n" +
        "BGI GENOMICS CO LTD A,300676,Shenzhen Stock Exchange,\"100,000.00\",25.00,USD\n" +
        "CHINA RAILWAY CONSTRUCTION CORP LTD H,1186,Hong Kong Exchanges And Clearing Ltd,\"100,000.00\",25.00,USD\n";

    private const string Hkw = "Hong Kong Watch / Helena Kennedy Centre report 'Passively Funding Crimes Against Humanity' (2022)";
    private const string Coalition = "Coalition to End Forced Labour in the Uyghur Region statement on the HKW/SHU report (2022)";
    private const string BroadDaylight = "Sheffield Hallam University report 'In Broad Daylight' (2021)";

    [SkippableFact]
    public void Every_output_says_whether_a_source_named_the_company_or_a_relative_of_it()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--holdings", temp.File("solar.csv", Held2022));

        var expected = new Dictionary<string, (string Basis, string Later)>
        {
            ["daqo"] = (
                $"Named by 1 list or report ({BroadDaylight}); its subsidiary Xinjiang Daqo New Energy Co., Ltd. by 2 lists or reports (US Commerce Entity List; UFLPA Entity List)",
                "Its subsidiary Xinjiang Daqo New Energy Co., Ltd. named in UFLPA Entity List in November 2024; these holdings are from March 2022 (2022-03-10)"),
            ["hon-hai"] = (
                $"Not named itself; its subsidiaries named by 2 lists or reports ({Coalition}; {Hkw})",
                $"Its subsidiary Foxconn Technologies named in {Coalition} in November 2022; its subsidiary Foxconn Technology (富士康) named in {Hkw} in December 2022; " +
                "these holdings are from March 2022 (2022-03-10)"),
            ["zijin-mining"] = (
                "Named by 1 list or report (UFLPA Entity List); its subsidiaries by 1 list or report (UFLPA Entity List)",
                "Named in UFLPA Entity List in January 2025; its subsidiary Xinjiang Habahe Ashele Copper Co named in UFLPA Entity List in August 2024; " +
                "its subsidiary Xinjiang Zijin Zinc Industry named in UFLPA Entity List in January 2025; its subsidiary Xinjiang Jinbao Mining named in UFLPA Entity List in January 2025; " +
                "its subsidiary Xinjiang Zijin Nonferrous Metal Co., Ltd. named in UFLPA Entity List in January 2025; these holdings are from March 2022 (2022-03-10)"),
            ["tbea"] = (
                $"Named by 1 list or report ({BroadDaylight}); its subsidiaries by 2 lists or reports (US House members' letter to DHS/CBP on the UFLPA Entity List (2022); {Hkw})",
                "Its subsidiary Xinte Energy named in US House members' letter to DHS/CBP on the UFLPA Entity List (2022) in July 2022; its subsidiary TBEA Xinjiang New Energy Co., Ltd. / " +
                $"TBEA Xinjiang Sunoasis Co., Ltd. (特变电工新疆新能源股份有限公司) named in {Hkw} in December 2022; these holdings are from March 2022 (2022-03-10)"),
        };
        foreach (var (id, (basis, later)) in expected)
        {
            var company = ReportTexts.Company(json, id);
            Assert.Equal(basis, company.GetProperty("basisText").GetString());
            Assert.Equal(later, company.GetProperty("laterThanHoldings")[0].GetProperty("text").GetString());
            foreach (var output in new[] { "pdf", "html", "xlsx" })
                Assert.Contains(basis, texts.Flat(output), StringComparison.Ordinal);
            foreach (var output in new[] { "html", "xlsx" })
                Assert.Contains(later, texts.Flat(output), StringComparison.Ordinal);
        }
        // Nothing says a company was named itself by a source that named only a relative of it.
        foreach (var output in new[] { "pdf", "html", "xlsx", "terminal" })
        {
            Assert.DoesNotContain("Named in UFLPA Entity List in November 2024", texts.Flat(output), StringComparison.Ordinal);
            Assert.DoesNotContain("Named by 3 lists or reports", texts.Flat(output), StringComparison.Ordinal);
            Assert.DoesNotContain("Named in UFLPA Entity List in August 2024", texts.Flat(output), StringComparison.Ordinal);
        }

        var fii = ReportTexts.Company(json, "foxconn-industrial-internet");
        Assert.EndsWith("; attribution inferred: see caveat", fii.GetProperty("basisText").GetString(), StringComparison.Ordinal);
        foreach (var output in new[] { "pdf", "html", "xlsx" })
            Assert.Contains("named by a source itself, attribution inferred: see caveat", texts.Flat(output), StringComparison.Ordinal);
        foreach (var output in new[] { "pdf", "html" })
            Assert.Contains("Basis named by a source itself, attribution inferred: see caveat", texts.Flat(output), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_list_as_of_a_date_keeps_companies_whose_relatives_were_named_by_then_and_its_counts_add_up()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--holdings", temp.File("china.csv", RelativesNamedEarly), "--list-as-of", "2022-03-10");

        var related = json.GetProperty("companies").EnumerateArray().Select(c => c.GetProperty("id").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["bgi-genomics", "huafu-fashion", "o-film"], related);
        foreach (var id in related)
            Assert.Equal("parent-of-named", ReportTexts.Company(json, id!).GetProperty("basis").GetString());
        Assert.Equal(
            "Not named itself in the list as it stood on 2022-03-10; its subsidiary Nanchang O-Film Tech named by 1 list or report (US Commerce Entity List)",
            ReportTexts.Company(json, "o-film").GetProperty("basisText").GetString());
        Assert.Equal(
            "Not named itself in the list as it stood on 2022-03-10; its subsidiary Aksu Huafu Textiles Co. named by 1 list or report (US Commerce Entity List)",
            ReportTexts.Company(json, "huafu-fashion").GetProperty("basisText").GetString());
        Assert.Equal(
            "Not named itself in the list as it stood on 2022-03-10; its affiliates named by 1 list or report (US Commerce Entity List)",
            ReportTexts.Company(json, "bgi-genomics").GetProperty("basisText").GetString());
        Assert.Equal(3, json.GetProperty("summary").GetProperty("companiesRelated").GetInt32());
        Assert.Equal(0, json.GetProperty("summary").GetProperty("companiesFlagged").GetInt32());

        var cut = json.GetProperty("run").GetProperty("listAsOf");
        var total = cut.GetProperty("allegationsTotal").GetInt32();
        var later = cut.GetProperty("allegationsLeftOut").GetInt32();
        var ofLeftOut = cut.GetProperty("allegationsOfCompaniesLeftOut").GetInt32();
        var screened = cut.GetProperty("allegationsScreened").GetInt32();
        Assert.Equal((94, 56, 1, 37), (total, later, ofLeftOut, screened));
        Assert.Equal(total, later + ofLeftOut + screened);
        Assert.Equal(screened, json.GetProperty("run").GetProperty("referenceData").GetProperty("allegations").GetInt32());
        var noneLeft = cut.GetProperty("companiesLeftOut").GetArrayLength();
        var others = cut.GetProperty("companiesOnOtherGrounds").EnumerateArray().Select(c => c.GetString()).ToList();
        var companies = cut.GetProperty("companiesScreened").GetInt32();
        Assert.Equal(["China Railway Construction Corporation Limited"], others);
        Assert.Equal(51, noneLeft + others.Count + companies);
        Assert.Equal(companies, json.GetProperty("run").GetProperty("referenceData").GetProperty("companies").GetInt32());

        const string note = "The list was taken as it stood on 2022-03-10: of its 94 allegations, 56 dated later were left out and 38 dated on or before it, or undated, were kept; " +
            "37 of them were screened against, 1 belongs to a company not screened against. 25 companies with no allegation left were not screened against:";
        Assert.Contains(note, texts.Flat("html"), StringComparison.Ordinal);
        Assert.Contains(note, texts.Flat("pdf"), StringComparison.Ordinal);
        Assert.Contains("3 companies are screened on what the list said by then, a weaker basis than it gives now: BGI Genomics Co., Ltd. (parent of a named entity); " +
            "OFILM Group Co., Ltd. (parent of a named entity); Huafu Fashion Co., Ltd. (parent of a named entity). 25 companies were screened against.", texts.Flat("html"), StringComparison.Ordinal);
        Assert.Contains("Screened against the list as it stood on 2022-03-10: 56 of its 94 allegations, dated later, were left out, and 26 companies with none left", texts.Flat("terminal"), StringComparison.Ordinal);
    }
}

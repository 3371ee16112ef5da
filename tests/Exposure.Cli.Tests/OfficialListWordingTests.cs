using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// Being on an official list is a fact about the list: a company on OFAC's SDN List reads as listed on it, in the PDF,
/// the web page and the workbook, never as alleged or "named by a source"; beside the bundled list, its companies keep
/// their allegations, each company in its own words.
/// </summary>
public sealed class OfficialListWordingTests
{
    private static string Sdn => Path.Combine(RepoPaths.Root, "tests", "Exposure.Cli.Tests", "Fixtures", "lists", "ofac-sdn-two-entities.xml");

    private static ReportTexts Report(TempFolder temp, string formats, params string[] lists)
    {
        var output = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run(["report", .. lists.SelectMany(l => new[] { "--list", l }), "--out", output, "--format", formats, "--quiet"]);
        Assert.True(r.ExitCode == 0, r.Error);
        return ReportTexts.Read(output, r.Output);
    }

    private static string Uflpa => Path.Combine(RepoPaths.Root, "tests", "Exposure.Lists.Tests", "Fixtures", "uflpa", "uflpa-entity-list.html");

    [SkippableFact]
    public void The_title_names_the_official_list_screened_against_in_every_output()
    {
        using var temp = new TempFolder();
        var texts = Report(temp, "pdf,html,xlsx", Sdn);

        const string title = "Exposure to companies on the OFAC SDN List";
        Assert.Contains(title + " Which funds hold which of the companies on the list", texts.Flat("pdf"));
        Assert.Contains("Exposure report · companies on the OFAC SDN List", texts.Flat("pdf"));
        Assert.Contains($"/Title({title})", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(temp.Path, "out", "exposure-report.pdf"))));
        Assert.Contains(title, texts.Flat("html"));
        Assert.Contains(title, texts.Xlsx);
        foreach (var output in new[] { "pdf", "html", "xlsx" })
        {
            Assert.DoesNotContain("Exposure to companies on the list screened against", texts.Flat(output));
        }
    }

    [SkippableFact]
    public void The_title_names_each_official_list_and_the_running_header_counts_them()
    {
        using var temp = new TempFolder();
        var texts = Report(temp, "pdf,html,xlsx", Sdn, Uflpa);

        const string title = "Exposure to companies on the OFAC SDN List and the DHS UFLPA Entity List";
        Assert.Contains(title, texts.Flat("pdf"));
        Assert.Contains(title, texts.Flat("html"));
        Assert.Contains(title, texts.Xlsx);
        Assert.Contains("Exposure report · companies on the 2 lists screened against", texts.Flat("pdf"));
    }

    [SkippableFact]
    public void A_company_on_an_official_list_reads_as_listed_on_it_in_the_pdf_and_the_web_page()
    {
        using var temp = new TempFolder();
        var texts = Report(temp, "pdf,html,xlsx", Sdn);

        foreach (var output in new[] { "pdf", "html" })
        {
            var text = texts.Flat(output);
            Assert.Contains("XINJIANG ZHONGTAI CHEMICAL CO., LTD. on OFAC SDN List, as the list states it", text);
            Assert.Contains("ZHONGTAI SECURITIES on OFAC SDN List, as the list states it", text);
            Assert.Contains("Basis listed on OFAC SDN List", text);
            // A matched line's company: the PDF gives its state and basis under it, the web page its basis beside its state.
            // (the web page's basis is a line of its own under the company's name, which the page's text runs on to)
            Assert.Contains(output == "pdf" ? "matched: listed on OFAC SDN List" : "SECURITIESlisted on OFAC SDN List matched", text);
            Assert.DoesNotContain("matched: named by a source", text);
            Assert.Contains("being on an official list is a fact about the list", text);
            Assert.Contains("Companies in it are \"listed on\" a list: a listing is a fact about the list", text);
            Assert.Contains("2 companies on the list", text);
            Assert.Contains("2 listings", text);
            Assert.DoesNotContain("Allegations concerning", text);
            Assert.DoesNotContain("named by a source itself", text);
            Assert.DoesNotContain("they are allegations", text);
            Assert.DoesNotContain("alleged by those sources", text);
            Assert.DoesNotContain("listed companies and", text);
        }

        Assert.Contains("listed on OFAC SDN List", texts.Xlsx);
        Assert.DoesNotContain("named by a source itself", texts.Xlsx);
    }

    [SkippableFact]
    public void Beside_the_bundled_list_each_company_is_worded_by_its_own_list()
    {
        using var temp = new TempFolder();
        var texts = Report(temp, "pdf,html", "bundled", Sdn);

        foreach (var output in new[] { "pdf", "html" })
        {
            var text = texts.Flat(output);
            // The company only the SDN List carries reads as listed; the bundled list's companies keep their allegations.
            Assert.Contains("ZHONGTAI SECURITIES on OFAC SDN List, as the list states it", text);
            Assert.DoesNotContain("Allegations concerning ZHONGTAI SECURITIES", text);
            Assert.Contains("Allegations concerning Hangzhou Hikvision Digital Technology Co., Ltd., as the sources report them", text);
            Assert.DoesNotContain("Hangzhou Hikvision Digital Technology Co., Ltd. on ", text);
            Assert.Contains("Listings are given as each list states them", text);
            Assert.Contains("Allegations are summarised as the cited sources report them; they are allegations, not findings of this tool", text);
            Assert.Contains("the conduct a report, NGO or research source describes is alleged by that source", text);
            Assert.Contains("allegations and listings", text);
        }
    }
}

using AngleSharp.Html.Parser;
using Exposure.Pipeline;
using Exposure.TestSupport;

namespace Exposure.Reports.Html.Tests;

/// <summary>A company of a list of one's own, as its profile on the web page gives it.</summary>
public sealed class OwnListCompanyTests
{
    [Fact]
    public void A_company_whose_list_gives_no_country_says_so_beside_Country_never_a_blank()
    {
        using var temp = new TempFolder();
        var list = temp.File("own-list.csv",
            "# name: Example trustee list\n# source: https://example.org/trustee/list\n# date: 2026-10-01\n" +
            "Company,Ticker,Exchange,Reason\n" +
            "ZTE Corporation,763,Hong Kong Exchanges And Clearing Ltd,On the trustee's policy list\n");
        var report = ExposureRun.Execute(new RunRequest([new HoldingsInput(RepoPaths.IllustrativeHoldings, "illustrative-holdings.csv")], RepoPaths.ReferenceData,
            Path.Combine(temp.Path, "out"), [], "test", Lists: [list])).Report;
        using var stream = new MemoryStream();
        new HtmlReportRenderer().Render(report, stream);
        var doc = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(stream.ToArray()));

        var company = Assert.Single(doc.QuerySelectorAll("article.company"));
        var country = company.QuerySelectorAll("dl.facts > div").Single(d => d.QuerySelector("dt")!.TextContent == "Country").QuerySelector("dd")!.TextContent;
        Assert.Equal("not given by the list", country);
    }
}

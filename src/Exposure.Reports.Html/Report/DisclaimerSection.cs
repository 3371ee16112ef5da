using Exposure.Core.Reporting;

namespace Exposure.Reports.Html.Report;

/// <summary>What the page does and does not say about the companies in it.</summary>
internal sealed class DisclaimerSection : IHtmlSection
{
    public string Id => "disclaimer";

    public string Title => "Disclaimer";

    public void Write(ReportPage page)
    {
        page.OpenSection(Id, Title);
        if (page.Report.Run.IllustrativeNote is { } note)
        {
            page.Callout("notice", note.StartsWith("Illustrative data", StringComparison.OrdinalIgnoreCase) ? null : "Illustrative data.", note);
        }

        page.Paragraph((ListFraming.WhyNamed(page.Report.Run.Lists) is { } why
            ? $"This page joins fund holdings with {ListFraming.TheLists(page.Report.Run.Lists)}. {why} "
            : "This page joins fund holdings with a list of companies that public sources have named in connection with alleged " +
              "Uyghur forced labour or Xinjiang's surveillance and internment apparatus. ") + Listings.Disclaimer(page.Report) +
            " The list is data with citations, compiled from the sources cited; " +
            "it is not a finding of this tool or of its authors.");
        page.Paragraph("Being on the list, or on this page, does not establish wrongdoing by a company, and holding a company on the list does not " +
            $"establish wrongdoing by a fund or its manager. A related company is not {page.Report.Terms.Adjective} itself: it is on the list only as the parent or subsidiary of " +
            $"{page.Report.Terms.AnEntity} and must not be described as {page.Report.Terms.Adjective}. Holdings that need review are candidates, not matches.");
        page.Paragraph("Matching is automatic and can be wrong: check each match against its evidence. Sources may be incomplete, out of date or " +
            "disputed, and some entries rest on inferences their caveats describe. Before publishing anything about a company, read its caveat " +
            "and its sources, and consider asking the company for its response.");
        page.Paragraph("This page is not investment, legal or financial advice.");
        page.CloseSection();
    }
}

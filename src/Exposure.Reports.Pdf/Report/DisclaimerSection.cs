using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Report;

/// <summary>What the report does and does not say about the companies in it.</summary>
internal sealed class DisclaimerSection : IReportSection
{
    public const string Title = "Disclaimer";

    public IEnumerable<IElement> Compose(ReportContext context)
    {
        yield return new KeepTogether(Elements(context).ToArray());
    }

    private static IEnumerable<IElement> Elements(ReportContext context)
    {
        yield return new Heading(Title);
        if (context.Report.Run.IllustrativeNote is { } note)
        {
            yield return new Callout(SummarySection.IllustrativeNotice(note), Typography.NoticeFill, Typography.NoticeBar);
        }

        yield return new Paragraph(
            (ListFraming.WhyNamed(context.Report.Run.Lists) is { } why
                ? $"This report joins fund holdings with {ListFraming.TheLists(context.Report.Run.Lists)}. {why} "
                : "This report joins fund holdings with a list of companies that public sources have named in connection with alleged " +
                  "Uyghur forced labour or Xinjiang's surveillance and internment apparatus. ") + Listings.Disclaimer(context.Report) +
            " The list is data with citations, compiled from the " +
            "sources cited; it is not a finding of this tool or of its authors.");
        yield return new Paragraph(
            "Inclusion on the list, or in this report, does not establish wrongdoing by a company, and a holding in a company on the list does " +
            $"not establish wrongdoing by a fund or its manager. A related company is not {context.Report.Terms.Adjective} itself: it is on the list only as the parent or " +
            $"subsidiary of {context.Report.Terms.AnEntity}, and must not be described as {context.Report.Terms.Adjective}. Holdings that need review are candidates, not matches.");
        yield return new Paragraph(
            "Matching is automatic and may be wrong: check each match against the evidence given. Sources may be incomplete, out of " +
            "date or disputed, and some entries rest on inferences the caveats describe. Before publishing anything about a company, " +
            "read its caveat and its sources, and consider seeking the company's response.");
        yield return new Paragraph("This report is not investment, legal or financial advice.");
    }
}

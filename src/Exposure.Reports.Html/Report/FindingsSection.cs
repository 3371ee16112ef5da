using Exposure.Core.Holdings;

namespace Exposure.Reports.Html.Report;

/// <summary>Matched and related holdings, fund by fund, each with the rule that decided it and the evidence compared.</summary>
internal sealed class FindingsSection : IHtmlSection
{
    public const string SectionId = "matches";
    public const string SectionTitle = "Matched and related holdings";

    public string Id => SectionId;

    public string Title => SectionTitle;

    public void Write(ReportPage page)
    {
        var held = page.Report.Findings.Select((f, i) => (f, i)).Where(x => x.f.State is RowState.Matched or RowState.Related).ToList();
        page.OpenSection(Id, Title);
        page.Paragraph("Each holding line matched to a company on the list, fund by fund in file order. Matched lines are holdings in " +
            $"{page.Report.Terms.ACompanyBy} and make up the flagged value; related lines are holdings in a listed parent or subsidiary of " +
            $"{page.Report.Terms.AnEntity} and are never counted as flagged. Each line gives the rule that decided it and every feature compared: what the holding " +
            "says, what the list says, a score from -1 to 1, and a note. The tables can be sorted and filtered.");
        if (held.Count == 0)
        {
            page.Paragraph("No holding line was matched or related.");
        }

        FindingsTables.Write(page, held, "Matched and related holdings");
        page.CloseSection();
    }
}

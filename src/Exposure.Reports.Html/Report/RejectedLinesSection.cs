using System.Globalization;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Html.Report;

/// <summary>Lines that looked like holdings but could not be read, with the reason and the line as read.</summary>
internal sealed class RejectedLinesSection : IHtmlSection
{
    public const string SectionId = "rejected";
    public const string SectionTitle = "Rejected lines";

    public string Id => SectionId;

    public string Title => SectionTitle;

    public void Write(ReportPage page)
    {
        var rejected = page.Report.Rejected;
        page.OpenSection(Id, Title);
        if (rejected.Count == 0)
        {
            page.Paragraph(Wording.NoLineRejected(page.Report.Summary.ValuesUnknown));
            page.CloseSection();
            return;
        }

        var shown = MarketLayout.Applies(page.Report) ? Math.Min(rejected.Count, MarketLayout.Rows) : rejected.Count;
        page.Paragraph(Wording.RejectedLinesIntro + " Check them in the source file: a line that could not be read may hide an exposure.");
        page.Table("Rejected lines: the file, the line, why it was rejected, and the line as read", [new Column("File"), new Column("Line", true), new Column("Reason"), new Column("Line as read")], () =>
        {
            for (var i = 0; i < shown; i++)
            {
                var line = rejected[i];
                page.Row(() => page.Cell(line.File)
                    .Num(() =>
                    {
                        page.Figure(string.Create(CultureInfo.InvariantCulture, $"rejected[{i}].line"), line.Line, Format.Line(line.Line));
                        if (line.LineCount > 1)
                        {
                            page.W.Element("span", $"({Format.Count(line.LineCount)} lines)", ("class", "sub"));
                        }
                    })
                    .RowHeader(line.Reason)
                    .Cell(() => page.W.Element("code", line.RawText), "raw"));
            }
        }, sortable: true, filterable: rejected.Count > 1, roomy: true);
        if (MarketWording.Rest(shown, rejected.Count, "rejected lines", MarketWording.RejectedWhere) is { } rest)
        {
            page.Note(rest);
        }

        page.CloseSection();
    }
}

using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Report;

/// <summary>Lines that looked like holdings but could not be read, with the reason and the line as read.</summary>
internal sealed class RejectedLinesSection : IReportSection
{
    public const string Title = "Rejected lines";

    public IEnumerable<IElement> Compose(ReportContext context)
    {
        var rejected = context.Report.Rejected;
        yield return new Heading(Title);
        if (rejected.Count == 0)
        {
            yield return new Paragraph(Wording.NoLineRejected(context.Report.Summary.ValuesUnknown));
            yield break;
        }

        yield return new Paragraph(
            Wording.RejectedLinesIntro + " Check them in the source file, since a rejected line may hide an exposure.");
        var table = new Table(
        [
            new TableColumn("File", ColumnWidth.Relative(1.4)),
            Typography.LineSpanColumn("Line"),
            new TableColumn("Reason", ColumnWidth.Relative(1.8)),
            new TableColumn("Line as read", ColumnWidth.Relative(2.6)) { FontSize = Typography.DetailSize },
        ]);
        var shown = MarketLayout.Applies(context.Report) ? rejected.Take(MarketLayout.Rows).ToList() : rejected;
        foreach (var line in shown)
        {
            var where = line.LineCount > 1
                ? $"{Typography.LineNumber(line.Line)}\n({Typography.Count(line.LineCount)} lines)"
                : Typography.LineNumber(line.Line);
            table.AddRow(line.File, where, line.Reason, line.RawText);
        }

        yield return table;
        if (MarketWording.Rest(shown.Count, rejected.Count, "rejected lines", MarketWording.RejectedWhere) is { } rest)
        {
            yield return Typography.Note(rest);
        }
    }
}

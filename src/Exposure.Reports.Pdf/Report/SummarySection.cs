using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Report;

/// <summary>The first page: title, the illustrative-data notice, headline figures, lines by state and how to read the report.</summary>
internal sealed class SummarySection : IReportSection
{
    public IEnumerable<IElement> Compose(ReportContext context)
    {
        var report = context.Report;
        var run = report.Run;
        var s = report.Summary;
        var c = s.Currency;

        yield return new Paragraph(Words.Title) { FontSize = Typography.TitleSize, Bold = true, SpaceAfter = 4 };
        yield return new Paragraph(
            $"Fund holdings screened against a sourced list of listed companies named by public sources. " +
            $"Reference data {run.ReferenceDataVersion}; matching algorithm {run.MatchingAlgorithm}; Exposure {run.ToolVersion}.")
        {
            FontSize = Typography.SubtitleSize,
            Color = Typography.Muted,
            SpaceAfter = 10,
        };

        if (run.IllustrativeNote is { } note)
        {
            yield return new Callout([new TextSpan("ILLUSTRATIVE DATA. ") { Bold = true }, note], Typography.NoticeFill, Typography.NoticeBar)
            {
                FontSize = 10.5,
                Padding = 7,
            };
        }

        yield return new Heading("Summary");
        var figures = new KeyValueList { KeyWidthFraction = 0.58, FontSize = 9 }
            .Add("Funds screened", Typography.Count(s.Funds))
            .Add("Report currency", c ?? "mixed: totals across funds are not given")
            .Add("Value screened (sum of fund values)", Typography.Money(s.ValueScreened, c))
            .Add("Value in companies named by a source", Typography.Money(s.FlaggedValue, c))
            .Add("Share of value screened", Typography.Percent(s.FlaggedShare))
            .Add("Value in related companies (parent or subsidiary of a named entity; not counted as flagged)", Typography.Money(s.RelatedValue, c))
            .Add("Share of value screened, related", Typography.Percent(s.RelatedShare))
            .Add("Value awaiting review (not counted as flagged)", Typography.Money(s.ReviewValue, c))
            .Add("Named companies held", Typography.Count(s.CompaniesFlagged))
            .Add("Related companies held", Typography.Count(s.CompaniesRelated))
            .Add("Companies with holdings awaiting review", Typography.Count(s.CompaniesInReview))
            .Add("Holding rows / distinct securities screened", $"{Typography.Count(s.HoldingRows)} / {Typography.Count(s.DistinctSecurities)}")
            .Add("Reference data version", run.ReferenceDataVersion)
            .Add("Matching algorithm", run.MatchingAlgorithm)
            .Add("Generated", run.GeneratedAt is { } at ? Typography.Timestamp(at) : "not time-stamped (the same inputs give the same report)");
        yield return figures;

        yield return new Heading("Lines of input by state", 2) { Bookmark = false };
        yield return LinesTable(s.Lines);
        yield return Typography.Note(
            "Every line of every input file ends in exactly one state, so the lines add up to the files' lines. " +
            "Unmatched and excluded holdings are not listed in this PDF; the CSV outputs list them.");

        yield return new Heading("How to read this report", 2) { Bookmark = false };
        yield return new Callout(
            [
                "Companies appear here because public sources — government lists, or reports by researchers, journalists and NGOs — ",
                new TextSpan("name") { Bold = true },
                " them, or name their parent or subsidiary, in connection with alleged Uyghur forced labour or Xinjiang's surveillance " +
                "and internment apparatus. The list is data with citations, not a finding of this tool, and inclusion does not establish " +
                "wrongdoing. Each company's section gives its sources and a caveat: ",
                new TextSpan("read the caveat before publishing anything about a company.") { Bold = true },
            ],
            Typography.NoteFill,
            Typography.NoteBar)
        {
            FontSize = 9,
        };
        yield return new PageBreak();
    }

    private static Table LinesTable(StateCounts lines)
    {
        var table = new Table(
        [
            new TableColumn("State", ColumnWidth.Relative(1.2)),
            new TableColumn("Lines", ColumnWidth.Fixed(60), TextAlignment.Right) { FitContent = true },
            new TableColumn("Where it is listed", ColumnWidth.Relative(2.4)),
        ]);
        table.AddRow("matched (company named by a source)", Typography.Count(lines.Matched), "Matched and related holdings; each company's section");
        table.AddRow("related (parent or subsidiary of a named entity)", Typography.Count(lines.Related), "Matched and related holdings; each company's section");
        table.AddRow("needs review", Typography.Count(lines.NeedsReview), "Holdings that need review");
        table.AddRow("unmatched", Typography.Count(lines.Unmatched), "unmatched.csv (screened, no listed company matched)");
        table.AddRow("excluded (non-equity)", Typography.Count(lines.Excluded), "excluded.csv (counted in fund value, not screened)");
        table.AddRow("rejected", Typography.Count(lines.Rejected), "Rejected lines (could not be read)");
        table.AddRow("not a holding", Typography.Count(lines.NotAHolding), "counted only (preamble, header, blank lines, footer)");
        table.AddRow(new TableCell("all lines") { Bold = true }, new TableCell(Typography.Count(lines.Total)) { Bold = true }, "");
        return table;
    }
}

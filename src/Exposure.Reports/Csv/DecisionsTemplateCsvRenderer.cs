using Exposure.Core.Reporting;

namespace Exposure.Reports.Csv;

/// <summary>
/// Every finding of the run, matched, related and awaiting review, one line per security and company, in the layout
/// of review-candidates.csv: a person overturns an automatic match (a false positive) the same way as deciding a
/// candidate, by filling in the decision columns and recording the file (`exposure review record`), or by its
/// finding_id (`exposure review reject ID`). Rows a person's decision set aside follow, in state <c>set-aside</c>, so that
/// a rejection is reversed the same way (<c>exposure review accept ID</c>).
/// </summary>
public sealed class DecisionsTemplateCsvRenderer : IReportRenderer
{
    public static readonly string[] Columns = DecisionRows.Columns;

    public string Format => "csv";
    public string FileName => "decisions-template.csv";

    public void Render(ExposureReport report, Stream output) => DecisionRows.Write(output, report.Findings, report.Review.SetAside);
}

using Exposure.Core.Holdings;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Csv;

/// <summary>
/// One line per security and company awaiting review, with blank decision columns for a person to fill in
/// (accept or reject, who, when, why). `exposure review record` appends the decided lines to the decisions log.
/// </summary>
public sealed class ReviewCandidatesCsvRenderer : IReportRenderer
{
    public static readonly string[] Columns = DecisionRows.Columns;

    public string Format => "csv";
    public string FileName => "review-candidates.csv";

    public void Render(ExposureReport report, Stream output) =>
        DecisionRows.Write(output, report.Findings.Where(f => f.State == RowState.NeedsReview));
}

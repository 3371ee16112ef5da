using Exposure.Core.Reporting;
using Exposure.Reports.Excel.Writing;

namespace Exposure.Reports.Excel.Report;

/// <summary>
/// How a person's review decisions bore on the run, as the PDF and the web page give it under Review decisions: the counts
/// on the Summary sheet, and on the sheet Review decisions every holding row a decision set aside, then every stale decision.
/// Written only when a decisions file was given; without one, the Summary says none was applied.
/// </summary>
internal static class ReviewDecisionsSheet
{
    public const string Name = "Review decisions";

    /// <summary>What a line of the sheet is: a holding row a decision set aside.</summary>
    public const string SetAsideWhat = "row set aside by a person";

    /// <summary>What a line of the sheet is: a decision not applied.</summary>
    public const string StaleWhat = "stale decision, not applied";

    /// <summary>The Summary sheet's entries on review decisions, the PDF's facts under Review decisions.</summary>
    public static IEnumerable<KeyValueEntry> Summary(ExposureReport report)
    {
        var review = report.Review;
        if (review.DecisionsFile is null)
        {
            var candidates = report.Findings.Any(f => f.State == Core.Holdings.RowState.NeedsReview);
            yield return new("Review decisions", CellContent.WrappedText(candidates
                ? "None were applied to this run (no decisions file): every candidate on sheet Review still awaits a person's decision."
                : "None were applied to this run (no decisions file)."));
            yield break;
        }

        yield return new($"Review decisions: decisions file (sheet {Name})", CellContent.Text(review.DecisionsFile));
        yield return new("  Decisions in force", CellContent.Integer(review.Decisions));
        yield return new($"  {Wording.RowsAcceptedLabel}", CellContent.Integer(review.RowsAccepted));
        yield return new($"  {Wording.RowsRejectedLabel}", CellContent.Integer(review.RowsRejected));
        yield return new($"    {Wording.MatchesOverturnedLabel}", CellContent.Integer(review.MatchesOverturned));
        yield return new("  Stale decisions (not applied)", CellContent.Integer(review.Stale.Count));
    }

    public static TableSheet<ReviewDecisionLine> Sheet() => new TableSheet<ReviewDecisionLine>(Name)
        .Text("What", 26, l => l.What)
        .Text("Fund", 30, l => l.Fund)
        .Text("File", 28, l => l.File)
        .Integer("Line", 8, l => l.Line)
        .Text("Holding", 36, l => l.Holding)
        .Text("Company", 32, l => l.Company)
        .Text("Security", 24, l => l.Security)
        .Text("Finding id", 12, l => l.FindingId)
        .Text("Rule it had", 26, l => l.Rule)
        .Text("Decision", 26, l => l.Decision)
        .Text("Decided by", 26, l => l.DecidedBy)
        .WrappedText("Reason", 48, l => l.Reason)
        .WrappedText("Why stale", 48, l => l.WhyStale)
        .Text("Decisions file", 24, l => l.DecisionsFile)
        .Integer("Decision line", 10, l => l.DecisionLine);

    /// <summary>The rows set aside, in the order of the funds and their lines, then the stale decisions in the order of the log.</summary>
    public static IEnumerable<ReviewDecisionLine> Lines(ExposureReport report)
    {
        foreach (var row in report.Review.SetAside)
            yield return new(SetAsideWhat, report.FundLabel(row.FundId), row.File, row.Line, row.Holding, row.CompanyName,
                row.Key?.Security, row.Key?.Id, row.Rule, row.What, row.Decided, row.Reason, null, row.DecisionsFile, row.DecisionLine);
        foreach (var s in report.Review.Stale)
            yield return new(StaleWhat, null, null, null, null, s.CompanyId, s.Security, s.FindingId, null, s.Verdict, null, null, s.Why, s.File, s.Line);
    }
}

/// <summary>A line of the sheet Review decisions: a holding row a decision set aside, or a stale decision.</summary>
internal sealed record ReviewDecisionLine(
    string What,
    string? Fund,
    string? File,
    long? Line,
    string? Holding,
    string Company,
    string? Security,
    string? FindingId,
    string? Rule,
    string Decision,
    string? DecidedBy,
    string? Reason,
    string? WhyStale,
    string DecisionsFile,
    long DecisionLine);

using Exposure.Core.Holdings;

namespace Exposure.Core.Reporting;

/// <summary>
/// The rejected lines of a report by why they were rejected (<see cref="RejectionKind"/>): total lines, lines of a
/// holdings file given again, lines that could not be read, and an N-PORT data set's rows of a filing SUBMISSION does not
/// list, of a notice, or of a filing FUND_REPORTED_INFO does not describe. They add up to the rejected lines counted.
/// </summary>
public sealed record RejectedCounts(long TotalLines, long SameFile, long Unreadable, long NotInSubmission = 0, long Notice = 0, long NoFundInfo = 0)
{
    public long Total => TotalLines + SameFile + Unreadable + NotInSubmission + Notice + NoFundInfo;

    /// <summary>
    /// Counts <paramref name="rejected"/> lines by the kinds of the <paramref name="lines"/> listed; lines no listed record
    /// says more of count as lines that could not be read.
    /// </summary>
    public static RejectedCounts Of(long rejected, IEnumerable<RejectedLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        long totals = 0, copies = 0, unlisted = 0, notices = 0, undescribed = 0;
        foreach (var line in lines)
        {
            if (line.Kind == RejectionKind.TotalLine) totals += line.LineCount;
            else if (line.Kind == RejectionKind.SameFile) copies += line.LineCount;
            else if (line.Kind == RejectionKind.NotInSubmission) unlisted += line.LineCount;
            else if (line.Kind == RejectionKind.Notice) notices += line.LineCount;
            else if (line.Kind == RejectionKind.NoFundInfo) undescribed += line.LineCount;
        }
        return new RejectedCounts(totals, copies, Math.Max(0, rejected - totals - copies - unlisted - notices - undescribed), unlisted, notices, undescribed);
    }

    /// <summary>The rejected lines of a report, by kind.</summary>
    public static RejectedCounts Of(ExposureReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Of(report.Summary.Lines.Rejected, report.Rejected);
    }
}

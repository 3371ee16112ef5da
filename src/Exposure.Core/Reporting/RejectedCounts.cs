using Exposure.Core.Holdings;

namespace Exposure.Core.Reporting;

/// <summary>
/// The rejected lines of a report by why they were rejected (<see cref="RejectionKind"/>): total lines, lines of a
/// holdings file given again, and lines that could not be read. They add up to the rejected lines counted.
/// </summary>
public sealed record RejectedCounts(long TotalLines, long SameFile, long Unreadable)
{
    public long Total => TotalLines + SameFile + Unreadable;

    /// <summary>
    /// Counts <paramref name="rejected"/> lines by the kinds of the <paramref name="lines"/> listed; lines no listed record
    /// says more of count as lines that could not be read.
    /// </summary>
    public static RejectedCounts Of(long rejected, IEnumerable<RejectedLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        long totals = 0, copies = 0;
        foreach (var line in lines)
        {
            if (line.Kind == RejectionKind.TotalLine) totals += line.LineCount;
            else if (line.Kind == RejectionKind.SameFile) copies += line.LineCount;
        }
        return new RejectedCounts(totals, copies, Math.Max(0, rejected - totals - copies));
    }

    /// <summary>The rejected lines of a report, by kind.</summary>
    public static RejectedCounts Of(ExposureReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Of(report.Summary.Lines.Rejected, report.Rejected);
    }
}

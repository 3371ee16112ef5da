namespace Exposure.Readers.Nport.DataSet;

/// <summary>
/// Decides which filings become funds. Filings report on a series (or, without a series, on their registrant) as of a
/// report date. For one series and report date the last filed wins: an amendment (<c>NPORT-P/A</c>) replaces the report
/// it amends, since it must answer every item again; on the same filing date an amendment wins over an original, then
/// the higher accession number. Of a series' report dates only the latest is kept unless every month is asked for; an
/// amendment of an earlier date is kept all the same, as that date's report: the report it replaces may be in an earlier
/// quarter's data set, where it must not stand unamended.
/// Notices that a report could not be filed (<c>NT NPORT-P</c>) never win. Filings SUBMISSION does not list, or
/// FUND_REPORTED_INFO does not describe (their series is unknown), are not chosen and supersede nothing.
/// </summary>
internal static class FilingChoice
{
    /// <summary>For each filing (by <see cref="Filing.Index"/>): null when chosen, else the chosen filing that supersedes it and why.</summary>
    public static (Filing By, string Reason)?[] Decide(IReadOnlyList<Filing> filings, NportMonths months)
    {
        var result = new (Filing, string)?[filings.Count];
        var candidates = filings.Where(f => f.IsReport);
        foreach (var series in candidates.GroupBy(f => f.SeriesKey, StringComparer.Ordinal))
        {
            var periodWinners = new List<Filing>();
            var losers = new List<Filing>();
            foreach (var period in series.GroupBy(f => f.ReportDate))
            {
                var ordered = period
                    .OrderByDescending(f => f.FilingDate ?? DateOnly.MinValue)
                    .ThenByDescending(f => f.IsAmendment)
                    .ThenByDescending(f => f.AccessionNumber, StringComparer.Ordinal)
                    .ToList();
                var winner = ordered[0];
                periodWinners.Add(winner);
                foreach (var loser in ordered.Skip(1))
                {
                    losers.Add(loser);
                    result[loser.Index] = (winner, winner.IsAmendment
                        ? $"superseded by amendment {winner.Describe()}, which replaces it"
                        : $"superseded by {winner.Describe()}, filed later for the same series and report date");
                }
            }
            if (months == NportMonths.All || periodWinners.Count == 1) continue;
            var latest = periodWinners
                .OrderByDescending(f => f.ReportDate ?? DateOnly.MinValue)
                .ThenByDescending(f => f.FilingDate ?? DateOnly.MinValue)
                .ThenByDescending(f => f.AccessionNumber, StringComparer.Ordinal)
                .First();
            // An amendment of an earlier date is that date's report: kept, so that it replaces its original wherever that is.
            foreach (var earlier in periodWinners.Where(f => !ReferenceEquals(f, latest) && !f.IsAmendment))
            {
                result[earlier.Index] = (latest, $"superseded by the later report of the same series, {latest.Describe()}");
                // What the earlier report superseded now goes with the latest report too.
                foreach (var loser in losers)
                    if (result[loser.Index] is { } r && ReferenceEquals(r.Item1, earlier)) result[loser.Index] = (latest, r.Item2);
            }
        }
        return result;
    }
}

namespace Exposure.Core.Reporting;

/// <summary>
/// The lists a run screened against: each list's provenance, the entries whose names alone agree across lists (kept
/// apart, put to review), the companies of several lists joined as one and on what key, identifiers two companies claim,
/// and what could not be imported.
/// </summary>
public sealed record ListsUsed(
    IReadOnlyList<ListInfo> Lists,
    IReadOnlyList<ListNamePair> NamePairs,
    IReadOnlyList<ListJoin> Joined,
    IReadOnlyList<ListConflict> Conflicts,
    IReadOnlyList<ListIssue> Issues)
{
    /// <summary>The companies whose entries of several lists were joined (<see cref="Joined"/> gives each join and its key).</summary>
    public int JoinedCompanies => Joined.Select(j => j.CompanyId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The values of every list reported, left out or kept as written for review (<see cref="ListInfo.Problems"/>, added up).</summary>
    public int Problems => Lists.Sum(l => l.Problems);
}

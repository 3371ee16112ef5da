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
    IReadOnlyList<ListIssue> Issues);

namespace Exposure.Core.Reporting;

/// <summary>
/// The lists a run screened against: each list's provenance, the entries whose names alone agree across lists (never
/// merged, put to review), identifiers two companies claim, and what could not be imported.
/// </summary>
public sealed record ListsUsed(
    IReadOnlyList<ListInfo> Lists,
    IReadOnlyList<ListNamePair> NamePairs,
    IReadOnlyList<ListConflict> Conflicts,
    IReadOnlyList<ListIssue> Issues);

namespace Exposure.Core.Reference;

/// <summary>One (company, subject named, list or report) row, always with its source.</summary>
/// <param name="SourceKind">What kind of page the source is (<see cref="SourceKinds"/>), or null where the list does not say.</param>
/// <param name="ListName">The list this row came from, set when several lists are screened together.</param>
/// <param name="Listed">The row records an entry on an official or published list (the basis reads "listed on"), not a report naming the company.</param>
/// <param name="DateKind">
/// What <paramref name="Date"/> is where it is not the date the source names or lists the company on (one of
/// <see cref="DateKinds"/>: the date a listing took effect, an aggregator's first-seen day); null when it is.
/// </param>
public sealed record Allegation(
    string Id,
    string CompanyId,
    string SubjectName,
    SubjectRelation SubjectRelation,
    string Category,
    string ListOrReport,
    string? Date,
    string Summary,
    string SourceUrl,
    string SourceTitle,
    string Publisher,
    string? SourceKind = null,
    string? ListName = null,
    bool Listed = false,
    string? DateKind = null);

namespace Exposure.Core.Reference;

/// <summary>One (company, subject named, list or report) row, always with its source.</summary>
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
    string Publisher);

using Exposure.Core.Reference;

namespace Exposure.Core.Reporting;

/// <summary>A listed company that is held, why it is on the list, and where it is held.</summary>
/// <param name="ReviewNote">The list's caveat for this company; it travels into every report.</param>
/// <param name="TotalValue">Summed over funds only when they share a currency.</param>
public sealed record CompanyExposure(
    string Id,
    string NameEn,
    string? NameNative,
    string Country,
    Basis Basis,
    string BasisText,
    IReadOnlyList<string> Listings,
    IReadOnlyList<string> Categories,
    string ReviewNote,
    IReadOnlyList<RelatedCompany> Relations,
    IReadOnlyList<AllegationView> Allegations,
    IReadOnlyList<CompanyHolding> Holdings,
    decimal? TotalValue);

public sealed record RelatedCompany(string Id, string Name, string Relation);

public sealed record AllegationView(
    string Id,
    string SubjectName,
    SubjectRelation SubjectRelation,
    string Category,
    string ListOrReport,
    string? Date,
    string Summary,
    string SourceUrl,
    string SourceTitle,
    string Publisher);

public sealed record CompanyHolding(string FundId, string FundName, string? Currency, decimal Value, decimal Weight, int Rows);

using System.Text.Json.Serialization;
using Exposure.Core.Reference;

namespace Exposure.Core.Reporting;

/// <summary>A listed company that is held, why it is on the list, and where it is held.</summary>
/// <param name="ReviewNote">The list's caveat for this company; it travels into every report.</param>
/// <param name="TotalValue">Summed over funds only when they share a currency.</param>
/// <param name="Lists">The lists screened against that name this company (one entry when a single list is used).</param>
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
    decimal? TotalValue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Lists = null);

/// <summary>A parent or subsidiary of the company that is on the list too, with the sources for the link.</summary>
/// <param name="Relation">E.g. "parent of Jinko Solar Co., Ltd."; ownership is not stated unless a source gives it.</param>
public sealed record RelatedCompany(string Id, string Name, Basis Basis, string Relation, IReadOnlyList<LinkSource> Sources);

/// <param name="Note">What the source row adds, e.g. "described by TBEA as a controlled company".</param>
public sealed record LinkSource(string Title, string Publisher, string Url, string? Date, string? Note);

/// <param name="SourceKind">What kind of page the source is (official list or notice, NGO or academic report, news, ...), or null where the list does not say.</param>
/// <param name="ListName">The list this allegation came from.</param>
/// <param name="Listed">The row records an entry on a list ("listed on"), not a report naming the company.</param>
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
    string Publisher,
    string? SourceKind = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ListName = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Listed = false);

public sealed record CompanyHolding(string FundId, string FundName, string? Currency, decimal Value, decimal Weight, int Rows);

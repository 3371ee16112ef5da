using Exposure.Core.Reference;

namespace Exposure.Core.Families;

/// <summary>One allegation as <see cref="BasisWording"/> needs it: whom it names, how that entity relates to the company, where and when.</summary>
public sealed record BasisRow(SubjectRelation Relation, string SubjectName, string ListOrReport, bool Listed, string? Date, string Id);

using Exposure.Core.Reference;

namespace Exposure.Core.Families;

/// <summary>One allegation as <see cref="BasisWording"/> needs it: whom it names, how that entity relates to the company, where and when.</summary>
/// <param name="DateKind">What <paramref name="Date"/> is where it is not a listing or publication date (<see cref="DateKinds"/>).</param>
public sealed record BasisRow(SubjectRelation Relation, string SubjectName, string ListOrReport, bool Listed, string? Date, string Id, string? DateKind);

using Exposure.Core.Reference;

namespace Exposure.Core.Reporting;

/// <summary>An allegation dated after holdings, as <see cref="Wording.LaterAllegations"/> words it: who it names, on what, when.</summary>
/// <param name="Relation">How the entity named relates to the company: the company itself, or a subsidiary, parent or affiliate.</param>
/// <param name="SubjectName">The entity named, as the list records the source's wording.</param>
/// <param name="DateKind">What <paramref name="Date"/> is where it is not a listing or publication date (<see cref="DateKinds"/>).</param>
public sealed record LaterRow(SubjectRelation Relation, string SubjectName, bool Listed, string ListOrReport, string Date, string? DateKind = null)
{
    public static LaterRow Of(AllegationView a) => new(a.SubjectRelation, a.SubjectName, a.Listed, a.ListOrReport, a.Date ?? "", a.DateKind);
}

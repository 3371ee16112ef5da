using Exposure.Core.Reference;

namespace Exposure.Core.Reporting;

/// <summary>An allegation dated after holdings, as <see cref="Wording.LaterAllegations"/> words it: who it names, on what, when.</summary>
/// <param name="Relation">How the entity named relates to the company: the company itself, or a subsidiary, parent or affiliate.</param>
/// <param name="SubjectName">The entity named, as the list records the source's wording.</param>
public sealed record LaterRow(SubjectRelation Relation, string SubjectName, bool Listed, string ListOrReport, string Date)
{
    public static LaterRow Of(AllegationView a) => new(a.SubjectRelation, a.SubjectName, a.Listed, a.ListOrReport, a.Date ?? "");
}

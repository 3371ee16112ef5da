namespace Exposure.Core.Reference;

/// <summary>How the entity a source names relates to the company the allegation row is filed under.</summary>
public enum SubjectRelation
{
    Self,
    Subsidiary,
    Parent,
    Affiliate,
}

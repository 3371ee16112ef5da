using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;

namespace Exposure.Core.Families;

/// <summary>
/// The families stage: how a company the list carries stands to the entities sources name. A holding in a company a
/// source names itself is <see cref="RowState.Matched"/>; in its listed parent or subsidiary, <see cref="RowState.Related"/>,
/// with the relationship spelled out and the sources for the link. Worked out once per list.
/// </summary>
public sealed class CorporateFamilies
{
    private readonly ReferenceData _reference;
    private readonly Dictionary<string, IReadOnlyList<RelatedCompany>> _relations = new(StringComparer.Ordinal);

    public CorporateFamilies(ReferenceData reference)
    {
        _reference = reference;
        foreach (var company in reference.Companies) _relations[company.Id] = Relate(company);
    }

    /// <summary>The state a screened holding ends in, given its (decided) match.</summary>
    public static RowState StateOf(MatchResult match) => match.Outcome switch
    {
        MatchOutcome.Match => match.Company!.Basis == Basis.Named ? RowState.Matched : RowState.Related,
        MatchOutcome.NeedsReview => RowState.NeedsReview,
        _ => RowState.Unmatched,
    };

    /// <summary>The company's parent and subsidiaries on the list, each with the sources that link them.</summary>
    public IReadOnlyList<RelatedCompany> RelationsOf(string companyId) => _relations.GetValueOrDefault(companyId) ?? [];

    /// <summary>
    /// Why the company is on the list, in a line, with the lists or reports for each part, keeping apart the sources that
    /// name the company itself from those that name only a subsidiary, affiliate or parent of it (see <see cref="BasisWording"/>).
    /// Every output takes this line. An entry of an official list, or of a copy of one, is worded as a listing ("listed
    /// on OFAC SDN List"), never as "named by" (<see cref="Listings.BasisRow(Allegation, ListsUsed?)"/>).
    /// </summary>
    /// <param name="lists">The lists screened against, which say which allegations are listings; null for a report built in memory.</param>
    public string BasisText(Company company, ListsUsed? lists = null) => BasisWording.Text(
        company.Basis,
        _reference.AllegationsOf(company.Id).Select(a => Listings.BasisRow(a, lists)),
        _reference.FindCompany(company.ParentId)?.NameEn,
        company.ReviewNote,
        _reference.AsOfDate,
        brief: false);

    private List<RelatedCompany> Relate(Company company)
    {
        var relations = new List<RelatedCompany>();
        if (_reference.FindCompany(company.ParentId) is { } parent)
            relations.Add(new(parent.Id, parent.NameEn, parent.Basis, $"parent of {company.NameEn}", LinkSources(company.Id, parent.Id)));
        foreach (var child in _reference.ChildrenOf(company.Id))
            relations.Add(new(child.Id, child.NameEn, child.Basis, $"subsidiary of {company.NameEn}", LinkSources(child.Id, company.Id)));
        return relations;
    }

    /// <summary>The sources the list gives for "child -> parent" (identifier_sources.csv, field parent_link).</summary>
    private List<LinkSource> LinkSources(string childId, string parentId)
    {
        var prefix = $"{childId} -> {parentId}";
        return _reference.SourcesOf(childId)
            .Where(s => s.Field == "parent_link" && s.Value.StartsWith(prefix, StringComparison.Ordinal))
            .Select(s => new LinkSource(s.SourceTitle, s.Publisher, s.SourceUrl, s.Date,
                s.Value.Length > prefix.Length ? s.Value[prefix.Length..].Trim().Trim('(', ')') : null))
            .ToList();
    }
}

using System.Globalization;
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

    /// <summary>Why the company is on the list, in a line: named by how many sources, or which named entity it is related to.</summary>
    public string BasisText(Company company)
    {
        var allegations = _reference.AllegationsOf(company.Id)
            .OrderBy(a => a.Date ?? "9999", StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        switch (company.Basis)
        {
            case Basis.Named:
                var listed = allegations.Where(a => a.Listed).Select(a => a.Date is null ? a.ListOrReport : $"{a.ListOrReport} ({a.Date})")
                    .Distinct(StringComparer.Ordinal).ToList();
                var named = allegations.Where(a => !a.Listed).Select(a => a.ListOrReport).Distinct(StringComparer.Ordinal).Count();
                var namedText = string.Create(CultureInfo.InvariantCulture, $"Named by {named} {(named == 1 ? "list or report" : "lists or reports")}");
                if (listed.Count == 0) return namedText;
                return named == 0 ? $"Listed on {string.Join("; ", listed)}" : $"{namedText}; listed on {string.Join("; ", listed)}";
            case Basis.ParentOfNamed:
                var subjects = allegations
                    .Where(a => a.SubjectRelation is SubjectRelation.Subsidiary or SubjectRelation.Affiliate)
                    .Select(a => a.SubjectName)
                    .Distinct(StringComparer.Ordinal);
                return $"Not named itself; parent of named entities: {string.Join("; ", subjects)}";
            default:
                var parent = _reference.FindCompany(company.ParentId)?.NameEn
                    ?? allegations.Select(a => a.SubjectName).FirstOrDefault() ?? "its parent";
                return $"Not named itself; subsidiary of named parent {parent}";
        }
    }

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

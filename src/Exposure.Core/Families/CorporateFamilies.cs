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

    /// <summary>
    /// Why the company is on the list, in a line, with the lists or reports for each part, keeping apart the sources that
    /// name the company itself from those that name only a subsidiary, affiliate or parent of it: "Named by 1 list or
    /// report (…); its subsidiary Xinjiang Daqo New Energy Co., Ltd. named by 2 lists or reports (US Commerce Entity List;
    /// UFLPA Entity List)". Where the list says the attribution is inferred, the line says so. Every output takes this line.
    /// </summary>
    public string BasisText(Company company)
    {
        var allegations = _reference.AllegationsOf(company.Id)
            .OrderBy(a => a.Date ?? "9999", StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        var own = allegations.Where(a => a.SubjectRelation == SubjectRelation.Self).ToList();
        var relatives = new[] { SubjectRelation.Subsidiary, SubjectRelation.Affiliate, SubjectRelation.Parent }
            .Select(r => Relative(company, r, allegations.Where(a => a.SubjectRelation == r).ToList()))
            .OfType<string>()
            .ToList();
        var notNamed = _reference.AsOfDate is { } asOf
            ? $"Not named itself in the list as it stood on {asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            : "Not named itself";
        var text = company.Basis switch
        {
            Basis.Named => string.Join("; ", relatives.Prepend(Own(own, capital: true))),
            _ when own.Count == 0 => string.Join("; ", relatives.Prepend(notNamed)),
            // Named itself on other grounds than the ones the list carries it on (a listing not about Xinjiang, say): the relatives come first.
            _ => Capitalised(string.Join("; ", relatives.Append("itself " + Own(own, capital: false)))),
        };
        return company.Basis == Basis.Named && Attribution.IsInferred(company.ReviewNote) ? $"{text}; {Attribution.Qualifier}" : text;
    }

    /// <summary>"Named by 2 lists or reports (A; B); listed on C (2024-08-09)", or "named by …" within a sentence.</summary>
    private static string Own(IReadOnlyList<Allegation> own, bool capital)
    {
        var text = Sources(own, "named by", "listed on");
        return capital ? Capitalised(text) : text;
    }

    /// <summary>"its subsidiary Xinjiang Daqo New Energy Co., Ltd. named by 2 lists or reports (…)"; null when no source names such a relative.</summary>
    private string? Relative(Company company, SubjectRelation relation, IReadOnlyList<Allegation> rows)
    {
        if (rows.Count == 0) return null;
        var subjects = rows.Select(a => a.SubjectName).Distinct(StringComparer.Ordinal).ToList();
        var who = relation switch
        {
            SubjectRelation.Parent => "its parent " + (_reference.FindCompany(company.ParentId)?.NameEn ?? (subjects.Count == 1 ? subjects[0] : "")),
            SubjectRelation.Subsidiary => subjects.Count == 1 ? $"its subsidiary {subjects[0]}" : "its subsidiaries",
            _ => subjects.Count == 1 ? $"its affiliate {subjects[0]}" : "its affiliates",
        };
        return $"{who.TrimEnd()} {Sources(rows, "named by", "listed on")}";
    }

    /// <summary>"named by 1 list or report (A)", "listed on B (2024-08-09); C", or both joined with "and".</summary>
    private static string Sources(IReadOnlyList<Allegation> rows, string namedBy, string listedOn)
    {
        var listed = rows.Where(a => a.Listed).Select(a => a.Date is null ? a.ListOrReport : $"{a.ListOrReport} ({a.Date})")
            .Distinct(StringComparer.Ordinal).ToList();
        var named = rows.Where(a => !a.Listed).Select(a => a.ListOrReport).Distinct(StringComparer.Ordinal).ToList();
        var parts = new List<string>();
        if (named.Count > 0)
            parts.Add(string.Create(CultureInfo.InvariantCulture,
                $"{namedBy} {named.Count} {(named.Count == 1 ? "list or report" : "lists or reports")} ({string.Join("; ", named)})"));
        if (listed.Count > 0) parts.Add($"{listedOn} {string.Join("; ", listed)}");
        return string.Join(" and ", parts);
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

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

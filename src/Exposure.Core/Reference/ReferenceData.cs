using Exposure.Core.Identifiers;
using Exposure.Core.Inputs;

namespace Exposure.Core.Reference;

/// <summary>The flagged-company list: companies, their names, the allegations against them with sources, and provenance of identifiers.</summary>
public sealed class ReferenceData
{
    private readonly Dictionary<string, Company> _byId;
    private readonly ILookup<string, Allegation> _allegations;
    private readonly ILookup<string, CompanyName> _names;
    private readonly ILookup<string, IdentifierSource> _identifierSources;
    private readonly ILookup<string, Company> _children;

    private ReferenceData(
        string version,
        IReadOnlyList<Company> companies,
        IReadOnlyList<CompanyName> names,
        IReadOnlyList<Allegation> allegations,
        IReadOnlyList<IdentifierSource> identifierSources,
        ExchangeDirectory exchanges,
        IReadOnlyList<InputFile> files,
        DateOnly? asOfDate = null)
    {
        Version = version;
        AsOfDate = asOfDate;
        Files = files;
        Companies = companies;
        Names = names;
        Allegations = allegations;
        IdentifierSources = identifierSources;
        Exchanges = exchanges;
        _byId = companies.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _allegations = allegations.ToLookup(a => a.CompanyId, StringComparer.Ordinal);
        _names = names.ToLookup(n => n.CompanyId, StringComparer.Ordinal);
        _identifierSources = identifierSources.ToLookup(s => s.CompanyId, StringComparer.Ordinal);
        _children = companies.Where(c => c.ParentId is not null).ToLookup(c => c.ParentId!, StringComparer.Ordinal);
    }

    public string Version { get; }
    public IReadOnlyList<Company> Companies { get; }
    public IReadOnlyList<CompanyName> Names { get; }
    public IReadOnlyList<Allegation> Allegations { get; }
    public IReadOnlyList<IdentifierSource> IdentifierSources { get; }
    public ExchangeDirectory Exchanges { get; }

    /// <summary>The date the list is taken as it stood on (<see cref="AsOf"/>); null for the list as it stands.</summary>
    public DateOnly? AsOfDate { get; }

    /// <summary>The files the list was read from, each with its SHA-256; empty for a list built in memory.</summary>
    public IReadOnlyList<InputFile> Files { get; }

    public Company Company(string id) => _byId[id];
    public Company? FindCompany(string? id) => id is null ? null : _byId.GetValueOrDefault(id);
    public IEnumerable<Allegation> AllegationsOf(string companyId) => _allegations[companyId];
    public IEnumerable<CompanyName> NamesOf(string companyId) => _names[companyId];
    public IEnumerable<IdentifierSource> SourcesOf(string companyId) => _identifierSources[companyId];
    public IEnumerable<Company> ChildrenOf(string companyId) => _children[companyId];

    /// <summary>
    /// The list as it stood on <paramref name="date"/>: every allegation dated on or before it is kept, whoever its subject
    /// (compared at the precision each is dated, see <see cref="AllegationDates"/>; undated ones are kept), and every one
    /// dated after it is left out. A company is kept while an allegation remains that supports a basis no stronger than
    /// the one the list gives it, and its basis follows what remains: named while a source names it itself, otherwise
    /// parent of named entities while a subsidiary or affiliate is named, otherwise subsidiary of a named parent. A company
    /// with no allegation left, or with only allegations on other grounds than its basis (its own listing, where the list
    /// carries it only as the parent of named entities), is left out with its names and identifier sources. A kept company
    /// whose parent is left out keeps no parent.
    /// </summary>
    public DatedList AsOf(DateOnly date)
    {
        var kept = Allegations.Where(a => !AllegationDates.IsAfter(a.Date, date)).ToList();
        var relations = kept.ToLookup(a => a.CompanyId, a => a.SubjectRelation, StringComparer.Ordinal);
        var companies = new List<Company>();
        var noneLeft = new List<Company>();
        var otherGrounds = new List<Company>();
        var changed = new List<Company>();
        foreach (var c in Companies)
        {
            var left = relations[c.Id].ToList();
            if (left.Count == 0)
            {
                noneLeft.Add(c);
            }
            else if (BasisOf(c.Basis, left) is { } basis)
            {
                companies.Add(c with { Basis = basis });
                if (basis != c.Basis) changed.Add(c);
            }
            else
            {
                otherGrounds.Add(c);
            }
        }
        var ids = companies.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        companies = companies.Select(c => c.ParentId is { } p && !ids.Contains(p) ? c with { ParentId = null } : c).ToList();
        var screened = kept.Where(a => ids.Contains(a.CompanyId)).ToList();
        var data = new ReferenceData(
            Version,
            companies,
            Names.Where(n => ids.Contains(n.CompanyId)).ToList(),
            screened,
            IdentifierSources.Where(s => ids.Contains(s.CompanyId)).ToList(),
            Exchanges,
            Files,
            date);
        return new DatedList(
            data,
            Allegations.Count - kept.Count,
            noneLeft,
            screened.Count(a => AllegationDates.Parse(a.Date) is null))
        {
            AllegationsTotal = Allegations.Count,
            CompaniesOnOtherGrounds = otherGrounds,
            AllegationsOfCompaniesLeftOut = kept.Count - screened.Count,
            BasisChanged = changed,
        };
    }

    /// <summary>
    /// The basis the allegations left support, never stronger than the one the list gives (<paramref name="listed"/>);
    /// null when none is left that supports such a basis.
    /// </summary>
    private static Basis? BasisOf(Basis listed, IReadOnlyList<SubjectRelation> left)
    {
        if (listed == Basis.Named && left.Contains(SubjectRelation.Self)) return Basis.Named;
        if (listed != Basis.SubsidiaryOfNamed && left.Any(r => r is SubjectRelation.Subsidiary or SubjectRelation.Affiliate)) return Basis.ParentOfNamed;
        if (left.Contains(SubjectRelation.Parent)) return Basis.SubsidiaryOfNamed;
        return null;
    }

    /// <summary>
    /// Checks every rule the list must keep and builds it; the first violation stops with a <see cref="DataException"/>
    /// naming file, line and reason.
    /// </summary>
    /// <param name="sharedNames">
    /// Allow one name on several companies. A curated list gives each name to one company; an imported or combined list
    /// may not know whether two entries with one name are one company, and the matcher sends such a name to review.
    /// </param>
    public static ReferenceData Create(
        string version,
        IReadOnlyList<Located<Company>> companies,
        IReadOnlyList<Located<CompanyName>> names,
        IReadOnlyList<Located<Allegation>> allegations,
        IReadOnlyList<Located<IdentifierSource>> identifierSources,
        ExchangeDirectory exchanges,
        IReadOnlyList<InputFile>? files = null,
        bool sharedNames = false)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in companies)
        {
            var co = c.Value;
            if (!ids.Add(co.Id)) Fail(c, $"company id '{co.Id}' is used twice");
            if (Text.FormulaGuard.NeedsProtection(co.Id) || co.Id.Any(char.IsWhiteSpace))
                Fail(c, $"company id '{co.Id}' starts with a character a spreadsheet reads as a formula, or holds white space");
            foreach (var isin in co.Isins)
                if (!Isin.IsValid(isin)) Fail(c, $"ISIN '{isin}' of '{co.Id}' fails the ISO 6166 check");
            if (co.Lei is not null && !Lei.IsValid(co.Lei)) Fail(c, $"LEI '{co.Lei}' of '{co.Id}' fails the ISO 17442 check");
            foreach (var l in co.Listings)
                if (exchanges.ByMic(l.Mic) is null) Fail(c, $"listing '{l}' of '{co.Id}' names an exchange (MIC) that exchanges.csv does not define");
        }
        foreach (var c in companies)
        {
            var co = c.Value;
            if (co.ParentId is not null && !ids.Contains(co.ParentId)) Fail(c, $"parent '{co.ParentId}' of '{co.Id}' is not a company in the list");
            if (co.ParentId == co.Id) Fail(c, $"company '{co.Id}' is its own parent");
        }
        FailOnParentCycle(companies);

        var nameOwner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in names)
        {
            if (!ids.Contains(n.Value.CompanyId)) Fail(n, $"name '{n.Value.Name}' belongs to unknown company '{n.Value.CompanyId}'");
            if (string.IsNullOrWhiteSpace(n.Value.Name)) Fail(n, "empty name");
            if (!sharedNames && nameOwner.TryGetValue(n.Value.Name, out var owner) && owner != n.Value.CompanyId)
                Fail(n, $"name '{n.Value.Name}' is given to both '{owner}' and '{n.Value.CompanyId}'");
            nameOwner[n.Value.Name] = n.Value.CompanyId;
        }

        var allegationIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in allegations)
        {
            var al = a.Value;
            if (!allegationIds.Add(al.Id)) Fail(a, $"allegation id '{al.Id}' is used twice");
            if (!ids.Contains(al.CompanyId)) Fail(a, $"allegation '{al.Id}' belongs to unknown company '{al.CompanyId}'");
            if (string.IsNullOrWhiteSpace(al.SourceUrl)) Fail(a, $"allegation '{al.Id}' has no source URL");
            if (!Uri.TryCreate(al.SourceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
                Fail(a, $"allegation '{al.Id}' has a source that is not an http(s) URL: '{al.SourceUrl}'");
            if (string.IsNullOrWhiteSpace(al.Category)) Fail(a, $"allegation '{al.Id}' has no category");
        }

        var relations = allegations.ToLookup(a => a.Value.CompanyId, a => a.Value.SubjectRelation, StringComparer.Ordinal);
        foreach (var c in companies)
        {
            var co = c.Value;
            var own = relations[co.Id].ToList();
            var problem = co.Basis switch
            {
                Basis.Named when !own.Contains(SubjectRelation.Self) => "is 'named' but has no allegation naming it itself (subject_relation self)",
                Basis.ParentOfNamed when !own.Any(r => r is SubjectRelation.Subsidiary or SubjectRelation.Affiliate) => "is 'parent-of-named' but no allegation names a subsidiary of it",
                Basis.SubsidiaryOfNamed when own.Any(r => r != SubjectRelation.Parent) => "is 'subsidiary-of-named' but has allegations other than through its parent",
                Basis.SubsidiaryOfNamed when own.Count == 0 => "is 'subsidiary-of-named' but no allegation names its parent",
                _ => null,
            };
            if (problem is not null) Fail(c, $"company '{co.Id}' {problem}");
        }

        foreach (var s in identifierSources)
            if (!ids.Contains(s.Value.CompanyId)) Fail(s, $"identifier source for unknown company '{s.Value.CompanyId}'");

        var sourced = identifierSources.Select(s => (s.Value.CompanyId, s.Value.Field, s.Value.Value)).ToHashSet();
        foreach (var c in companies)
        {
            var co = c.Value;
            var identifiers = co.Listings.Select(l => ("ticker", l.ToString()))
                .Concat(co.Isins.Select(i => ("isin", i)))
                .Concat(co.Lei is null ? [] : new[] { ("lei", co.Lei) });
            foreach (var (field, value) in identifiers)
                if (!sourced.Contains((co.Id, field, value)))
                    Fail(c, $"{field} '{value}' of '{co.Id}' has no row in identifier_sources.csv saying where it was seen");
        }

        return new ReferenceData(
            version,
            companies.Select(c => c.Value).ToList(),
            names.Select(n => n.Value).ToList(),
            allegations.Select(a => a.Value).ToList(),
            identifierSources.Select(s => s.Value).ToList(),
            exchanges,
            files ?? []);
    }

    /// <summary>Parents that lead back to a company they started from (a &gt; b &gt; a): the first company of such a loop stops loading.</summary>
    private static void FailOnParentCycle(IReadOnlyList<Located<Company>> companies)
    {
        var parentOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in companies)
            if (c.Value.ParentId is { } parent) parentOf.TryAdd(c.Value.Id, parent);
        var cleared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in companies)
        {
            var path = new List<string>();
            var onPath = new HashSet<string>(StringComparer.Ordinal);
            for (var id = c.Value.Id; !cleared.Contains(id); id = parentOf[id])
            {
                if (!onPath.Add(id))
                    Fail(c, $"parents form a loop: {string.Join(" > ", path.SkipWhile(p => p != id).Append(id))}");
                path.Add(id);
                if (!parentOf.ContainsKey(id)) break;
            }
            cleared.UnionWith(path);
        }
    }

    private static void Fail<T>(Located<T> at, string reason) => throw new DataException(at.File, at.Line, reason);
}

using Exposure.Core.Reference;

namespace Exposure.Core.Reporting;

/// <summary>
/// Being on an official list is a fact about the list: an entry of an official list (OFAC, the CSL, the UFLPA Entity
/// List), or of a copy of official files such as OpenSanctions, is a listing — the list designates the company on the
/// grounds it states — and every report words it so ("Listings of X", "listed on OFAC SDN List"). An allegation of a
/// report, an NGO or research source (the bundled list, a list of one's own) stays an allegation, "named by" its source.
/// A company with both gets both, each in its own words; the words are chosen company by company, never for a whole
/// report.
/// </summary>
public static class Listings
{
    /// <summary>
    /// The allegation is an entry of an official list, or of a copy of one: a list screened against that is not about
    /// Uyghur forced labour and is not one's own spreadsheet, whose row records a listing or whose source is a copy of an
    /// official file.
    /// </summary>
    public static bool IsListing(AllegationView allegation, ListsUsed? lists) =>
        IsListing(allegation.ListName, allegation.Listed, allegation.SourceKind, lists);

    /// <inheritdoc cref="IsListing(AllegationView, ListsUsed?)"/>
    /// <param name="listName">The list the allegation came from, where several lists are combined.</param>
    /// <param name="listed">The row records an entry on a list.</param>
    /// <param name="sourceKind">The kind of its source (<see cref="SourceKinds"/>).</param>
    /// <param name="lists">The lists of the run.</param>
    public static bool IsListing(string? listName, bool listed, string? sourceKind, ListsUsed? lists) =>
        ListFraming.ListInfoOf(listName, lists) is { } list && ListFraming.ListsCompanies(list) && (listed || sourceKind == SourceKinds.CopyOfOfficialFile);

    /// <summary>
    /// An allegation as the basis of a company words it (<see cref="Families.BasisWording"/>): a listing of an official
    /// list, or of a copy of one, reads "listed on" the list (a copy's entry "listed on an official list, per OpenSanctions
    /// (us_ofac_sdn)"); a row of the bundled list that records a listing too; any other allegation is "named by" its source.
    /// </summary>
    public static Families.BasisRow BasisRow(Allegation a, ListsUsed? lists)
    {
        var listing = IsListing(a.ListName, a.Listed, a.SourceKind, lists);
        var on = listing && !a.Listed && a.SourceKind == SourceKinds.CopyOfOfficialFile ? $"an official list, per {a.ListOrReport}" : a.ListOrReport;
        return new(a.SubjectRelation, a.SubjectName, on, a.Listed || listing, a.Date, a.Id, a.DateKind);
    }

    /// <inheritdoc cref="BasisRow(Allegation, ListsUsed?)"/>
    public static Families.BasisRow BasisRow(AllegationView a, ListsUsed? lists)
    {
        var listing = IsListing(a, lists);
        return new(a.SubjectRelation, a.SubjectName, listing ? ListedOn(a) : a.ListOrReport, a.Listed || listing, a.Date, a.Id, a.DateKind);
    }

    /// <summary>The company's listings and its allegations, each in the list's order.</summary>
    public static (IReadOnlyList<AllegationView> Listings, IReadOnlyList<AllegationView> Allegations) Split(CompanyExposure company, ListsUsed? lists) =>
        (company.Allegations.Where(a => IsListing(a, lists)).ToList(), company.Allegations.Where(a => !IsListing(a, lists)).ToList());

    /// <summary>
    /// The heading over a company's listings, naming the lists (never "listings", which a company's facts use for its
    /// stock-exchange listings): "XINJIANG ZHONGTAI CHEMICAL CO., LTD. on OFAC SDN List, as the list states it".
    /// </summary>
    public static string ListingsHeading(string company, IReadOnlyList<AllegationView> listings)
    {
        var on = listings.Select(ListedOn).Distinct(StringComparer.Ordinal).ToList();
        return on.Count == 1
            ? $"{company} on {on[0]}, as the list states it"
            : $"{company} on {string.Join(", ", on.Take(on.Count - 1))} and {on[^1]}, as each list states it";
    }

    /// <summary>The heading over a company's allegations: "Allegations concerning Hoshine Silicon, as the sources report them".</summary>
    public static string AllegationsHeading(string company) => $"Allegations concerning {company}, as the sources report them";

    /// <summary>Under <see cref="ListingsHeading"/>: what a listing is.</summary>
    public const string ListingsNote =
        "Each entry is given as the list states it. Being on the list is a fact about the list: the list designates the company, on the grounds it states.";

    /// <summary>
    /// How a company is on the list, in brief: "listed on OFAC SDN List", "named by a source", "listed on OFAC SDN List and
    /// named by a source"; an entry of a copy says whose list it copies ("listed on an official list, per OpenSanctions
    /// (us_ofac_sdn)"). A related company: "parent of a named entity". Without the company's allegations (a candidate
    /// for review of a company not held), the basis alone.
    /// </summary>
    /// <param name="itself">"named by a source itself", as beside a company that could be named through a relative.</param>
    public static string NamedAs(Basis basis, CompanyExposure? company, ListsUsed? lists, bool itself = false)
    {
        var named = "named by a source" + (itself ? " itself" : "");
        var terms = ListTerms.Of(lists);
        if (basis != Basis.Named) return terms.Of(basis);
        if (company is null) return terms.By + (itself ? " itself" : "");
        var own = company.Allegations.Where(a => a.SubjectRelation == SubjectRelation.Self).ToList();
        var listed = own.Where(a => IsListing(a, lists)).Select(ListedOn).Distinct(StringComparer.Ordinal).ToList();
        var parts = new List<string>();
        if (listed.Count > 0) parts.Add("listed on " + string.Join("; ", listed));
        if (listed.Count == 0 || own.Any(a => !IsListing(a, lists))) parts.Add(named);
        return string.Join(" and ", parts);
    }

    /// <summary>
    /// The basis of a company related to one held, beside the relation ("parent of X (listed on OFAC SDN List)"): its own
    /// basis where it is held too (<see cref="NamedAs"/>); else, for a company on the list itself, as the run's lists call
    /// their companies (<see cref="ListTerms.By"/>), and for one related itself, its relation in the run's words.
    /// </summary>
    public static string RelationBasis(RelatedCompany related, ExposureReport report)
    {
        ArgumentNullException.ThrowIfNull(related);
        ArgumentNullException.ThrowIfNull(report);
        return report.Companies.FirstOrDefault(c => string.Equals(c.Id, related.Id, StringComparison.Ordinal)) is { } held
            ? NamedAs(related.Basis, held, report.Run.Lists)
            : report.Terms.Of(related.Basis);
    }

    /// <summary>
    /// How the company of each finding is on the list, beside the finding ("matched: listed on OFAC SDN List"): <see cref="NamedAs"/>
    /// of the company held, or the basis alone for a candidate of a company that is not held.
    /// </summary>
    public static Func<HoldingFinding, string> FindingBasis(ExposureReport report)
    {
        var companies = report.Companies.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var lists = report.Run.Lists;
        return f => NamedAs(f.Basis, companies.GetValueOrDefault(f.CompanyId), lists);
    }

    /// <summary>
    /// The basis of each finding as a code, as matches.csv, findings.parquet and the workbook's Matches and Review sheets
    /// give it, saying what <see cref="FindingBasis"/> says in words: <c>listed</c> for a company only on official lists
    /// screened against, <c>named</c> for one only named by a source, <c>listed-and-named</c> for both;
    /// <c>parent-of-named</c> or <c>subsidiary-of-named</c> for a related company.
    /// </summary>
    public static Func<HoldingFinding, string> FindingBasisCode(ExposureReport report)
    {
        var companies = report.Companies.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var lists = report.Run.Lists;
        return f => BasisCode(f.Basis, companies.GetValueOrDefault(f.CompanyId), lists);
    }

    /// <inheritdoc cref="FindingBasisCode"/>
    public static string BasisCode(Basis basis, CompanyExposure? company, ListsUsed? lists)
    {
        if (basis != Basis.Named || company is null) return Wording.Code(basis);
        var own = company.Allegations.Where(a => a.SubjectRelation == SubjectRelation.Self).ToList();
        var listed = own.Any(a => IsListing(a, lists));
        var named = !listed || own.Any(a => !IsListing(a, lists));
        return listed && named ? "listed-and-named" : listed ? "listed" : Wording.Code(basis);
    }

    /// <summary>What the companies held are, for the paragraph that opens them, said of the listings and the allegations there are.</summary>
    public static string CompaniesIntro(ExposureReport report)
    {
        var (listings, allegations) = Kinds(report);
        var who = listings && allegations ? "it is on a list screened against or named by a source itself"
            : listings ? "it is on a list screened against itself"
            : "it is named by a source itself";
        var terms = report.Terms;
        var text = $"Each company below is held by at least one fund screened: either {who}, or it is {terms.NotItself} but is the parent " +
                   $"or subsidiary, on the list, of {terms.AnEntity}. Companies {terms.Adjective} themselves come first. ";
        if (listings)
            text += "Listings are given as each list states them: being on an official list is a fact about the list, which designates the " +
                    "company on the grounds it states. ";
        if (allegations)
            text += "Allegations are summarised as the cited sources report them; they are allegations, not findings of this tool. ";
        return text + "Every company carries a caveat from the list; read it before relying on the entry.";
    }

    /// <summary>The disclaimer's sentence on what being named or listed means, said of the listings and the allegations there are.</summary>
    public static string Disclaimer(ExposureReport report)
    {
        var (listings, allegations) = Kinds(report);
        return listings && allegations
            ? "Companies in it are \"listed on\" a list or \"named by\" a source. A listing is a fact about the list, which designates the company " +
              "on the grounds it states; the conduct a report, NGO or research source describes is alleged by that source."
            : listings
                ? "Companies in it are \"listed on\" a list: a listing is a fact about the list, which designates the company on the grounds it states."
                : "Companies in it are \"named by\" a source or \"listed on\" a list; the conduct described is alleged by those sources.";
    }

    /// <summary>
    /// Whether the report holds listings and allegations: those of the companies held, or where none is held, those the
    /// lists screened against would give.
    /// </summary>
    private static (bool Listings, bool Allegations) Kinds(ExposureReport report)
    {
        var lists = report.Run.Lists;
        var all = report.Companies.SelectMany(c => c.Allegations).ToList();
        if (all.Count > 0) return (all.Any(a => IsListing(a, lists)), all.Any(a => !IsListing(a, lists)));
        if (lists is null) return (false, true);
        var official = lists.Lists.Count(ListFraming.ListsCompanies);
        return (official > 0, official < lists.Lists.Count);
    }

    /// <summary>A copy of official files (OpenSanctions) says whose lists it copies in each entry; it lists nothing itself.</summary>
    private static bool IsCopy(AllegationView allegation) => allegation.SourceKind == SourceKinds.CopyOfOfficialFile;

    private static string ListedOn(AllegationView allegation) =>
        !allegation.Listed && IsCopy(allegation) ? $"an official list, per {allegation.ListOrReport}" : allegation.ListOrReport;
}

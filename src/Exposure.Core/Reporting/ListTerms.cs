using Exposure.Core.Holdings;
using Exposure.Core.Reference;

namespace Exposure.Core.Reporting;

/// <summary>
/// The words a run uses for the companies it flags, following the kinds of lists it screened against, decided once here
/// so that the PDF, the web page, the workbook, the CSV files and the terminal never disagree. The bundled list and a list
/// of one's own name companies ("named by a source", "named companies"); an official list, or a copy of one, lists them
/// ("listed on an official list", "listed companies"); a run with both says both ("named by a source or listed on an
/// official list", "named or listed companies"). A company's own basis is still said company by company
/// (<see cref="Listings.NamedAs"/>); these are the words for the run's figures, headings and totals.
/// </summary>
/// <param name="Named">A list screened against names companies: the bundled list, or a list of one's own.</param>
/// <param name="Listed">A list screened against is an official list, or a copy of one (<see cref="ListFraming.ListsCompanies"/>).</param>
public sealed record ListTerms(bool Named, bool Listed)
{
    /// <summary>The words of a run that screens against the bundled list, or a list of one's own, alone.</summary>
    public static readonly ListTerms NamedOnly = new(true, false);

    /// <summary>The words for the lists of a run; those of <see cref="NamedOnly"/> for a run that names none (a report built in memory).</summary>
    public static ListTerms Of(ListsUsed? lists)
    {
        if (lists is not { Lists.Count: > 0 }) return NamedOnly;
        var listed = lists.Lists.Any(ListFraming.ListsCompanies);
        var named = lists.Lists.Any(l => !ListFraming.ListsCompanies(l));
        return new(named, listed);
    }

    /// <summary>Only official lists, or copies of them, were screened against.</summary>
    public bool ListedOnly => Listed && !Named;

    /// <summary>"named by a source", "listed on an official list", "named by a source or listed on an official list".</summary>
    public string By => ListedOnly ? "listed on an official list" : Listed ? "named by a source or listed on an official list" : "named by a source";

    /// <summary>The word before "company": "named", "listed", "named or listed".</summary>
    public string Adjective => ListedOnly ? "listed" : Listed ? "named or listed" : "named";

    /// <summary>"named company" or "named companies" by the count; "listed company", "named or listed companies".</summary>
    public string Companies(long count) => $"{Adjective} {(count == 1 ? "company" : "companies")}";

    /// <summary>"named companies", "listed companies", "named or listed companies".</summary>
    public string CompaniesPlural => Companies(2);

    /// <summary>"Named companies", "Listed companies", "Named or listed companies": a heading or a column's title.</summary>
    public string CompaniesTitle => Wording.Capitalised(CompaniesPlural);

    /// <summary>
    /// An entry of the lists screened against: "allegation" where a source names companies, "listing" where every list is
    /// an official one (docs/lists.md: listings are not allegations), "allegation or listing" where both are screened.
    /// </summary>
    public string Entry => ListedOnly ? "listing" : Listed ? "allegation or listing" : "allegation";

    /// <summary>The same in the plural: "allegations", "listings", "allegations and listings".</summary>
    public string Entries => ListedOnly ? "listings" : Listed ? "allegations and listings" : "allegations";

    /// <summary>"allegation" or "allegations" by the count, and so on (<see cref="Entry"/>, <see cref="Entries"/>).</summary>
    public string EntriesCounted(long count) => count == 1 ? Entry : Entries;

    /// <summary>"category of allegation", "category of listing", "category of allegation or listing".</summary>
    public string Category => $"category of {Entry}";

    /// <summary>"categories of allegation", "categories of listing", "categories of allegation or listing".</summary>
    public string Categories => $"categories of {Entry}";

    /// <summary>"By category of allegation", "By category of listing", ...: a heading.</summary>
    public string ByCategory => $"By {Category}";

    /// <summary>"Flagged value by category of allegation", "... of listing", ...: a heading.</summary>
    public string FlaggedValueByCategory => $"Flagged value by {Category}";

    /// <summary>"Named share", "Listed share", "Named or listed share": a column's title beside <see cref="CompaniesTitle"/>.</summary>
    public string ShareTitle => Wording.Capitalised($"{Adjective} share");

    /// <summary>"a named company", "a listed company", "a named or listed company".</summary>
    public string ACompany => $"a {Adjective} company";

    /// <summary>"in companies named by a source", "in companies listed on an official list", ...</summary>
    public string InCompanies => $"in companies {By}";

    /// <summary>"a company named by a source", "a company listed on an official list", ...</summary>
    public string ACompanyBy => $"a company {By}";

    /// <summary>What a related company is related to: "a named entity", "an entity on an official list", "a named or listed entity".</summary>
    public string AnEntity => ListedOnly ? "an entity on an official list" : Listed ? "a named or listed entity" : "a named entity";

    /// <summary>The same in the plural: "named entities", "entities on official lists", "named or listed entities".</summary>
    public string Entities => ListedOnly ? "entities on official lists" : Listed ? "named or listed entities" : "named entities";

    /// <summary>"not named itself", "not listed itself", "not named or listed itself".</summary>
    public string NotItself => $"not {Adjective} itself";

    /// <summary>"not named themselves", "not listed themselves", "not named or listed themselves".</summary>
    public string NotThemselves => $"not {Adjective} themselves";

    /// <summary>The basis of a company in words, for this run: "named by a source" (or as <see cref="By"/>), "parent of a named entity" (or as <see cref="AnEntity"/>).</summary>
    public string Of(Basis basis) => basis switch
    {
        Basis.Named => By,
        Basis.ParentOfNamed => $"parent of {AnEntity}",
        _ => $"subsidiary of {AnEntity}",
    };

    /// <summary>A company's state in the scheme view: "matched (named by a source)", "related (parent or subsidiary of a named entity)".</summary>
    public string OfCompanyState(RowState state) => state switch
    {
        RowState.Matched => $"matched ({By})",
        RowState.Related => $"related (parent or subsidiary of {AnEntity})",
        _ => Wording.Of(state),
    };
}

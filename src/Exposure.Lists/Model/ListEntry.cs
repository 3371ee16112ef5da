using Exposure.Core.Reference;

namespace Exposure.Lists.Model;

/// <summary>
/// One entry of an imported list, as neutral as the formats allow: the entry's own id, its names, identifiers, the
/// program or section it is listed under and its date. Values that failed a check are not here: they are
/// <see cref="ListProblem"/>s of the list.
/// </summary>
public sealed record ListEntry
{
    /// <summary>The line (or row) of the file the entry starts on, where the format has lines.</summary>
    public int? Line { get; init; }

    /// <summary>The entry's id in its list (OFAC ent_num, OpenSanctions id, CSL _id, ...), or one derived from the name.</summary>
    public required string EntryId { get; init; }

    public required string Name { get; init; }
    /// <summary>The entry's other names, each with the kind the list gives it (<see cref="ListAlias"/>).</summary>
    public IReadOnlyList<ListAlias> Aliases { get; init; } = [];
    public string? NativeName { get; init; }
    public IReadOnlyList<string> Isins { get; init; } = [];
    public string? Lei { get; init; }
    public IReadOnlyList<Listing> Listings { get; init; } = [];

    /// <summary>Unified Social Credit Code of a Chinese company.</summary>
    public string? Uscc { get; init; }

    /// <summary>ISO 3166 alpha-2, where known.</summary>
    public string? Country { get; init; }

    /// <summary>
    /// Every country the entry's addresses (or country properties) name, in the list's order, where the format gives
    /// several; <see cref="Country"/> is then not set. See <see cref="AllCountries"/>.
    /// </summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>The entry's countries: <see cref="Countries"/>, or <see cref="Country"/> alone.</summary>
    public IReadOnlyList<string> AllCountries => Countries.Count > 0 ? Countries : Country is { Length: > 0 } c ? [c] : [];

    /// <summary>The name of a parent the list links the entry to.</summary>
    public string? Parent { get; init; }

    /// <summary>The program, section or list within the file: <c>CMIC-EO13959</c>, <c>Section 2(d)(2)(B)(i)</c>, <c>Entity List</c>.</summary>
    public string? Program { get; init; }

    /// <summary>
    /// The list or report the entry's allegation cites, where the data names more than the list's own name: an
    /// OpenSanctions entity's datasets, as the file gives them ("OpenSanctions (us_ofac_sdn, us_trade_csl)"). Null where
    /// it is the list's name, as it is where the data names no dataset.
    /// </summary>
    public string? ListOrReport { get; init; }

    public string? Category { get; init; }

    /// <summary>Why the list names the entry, in its words, where it gives a reason.</summary>
    public string? Reason { get; init; }

    /// <summary>The entry's name cell or remarks as written, kept beside what was parsed out of it.</summary>
    public string? AsWritten { get; init; }

    public string? SourceUrl { get; init; }
    public string? SourceTitle { get; init; }
    public string? Publisher { get; init; }
    public string? SourceKind { get; init; }

    /// <summary>
    /// The entry's own date (effective, listing or first-seen date), <c>YYYY-MM-DD</c> where it could be read; for a list
    /// written in a spreadsheet, the date the list states for itself where the row gives none.
    /// </summary>
    public string? Date { get; init; }

    /// <summary>
    /// What <see cref="Date"/> is where it is not the date the list names or lists the entry on (one of
    /// <see cref="Core.Reference.DateKinds"/>): an OFAC entry that gives only its effective date, an OpenSanctions
    /// entity's first-seen day. Null when it is a listing or publication date.
    /// </summary>
    public string? DateKind { get; init; }

    /// <summary>
    /// The date the listing took effect, where the list gives one beside the listing date in <see cref="Date"/>
    /// (OFAC NS-CMIC: "Listing Date (CMIC) 03 Jun 2021; Effective Date (CMIC) 02 Aug 2021").
    /// </summary>
    public string? EffectiveDate { get; init; }

    /// <summary>
    /// What the list says of the entry, where "Listed on &lt;list&gt; (&lt;date&gt;)" would say more than it does: an
    /// aggregator names an entity in its data ("Named in OpenSanctions data (datasets …), first seen by OpenSanctions on
    /// …") or reports another list's listing ("Listed on UFLPA Entity List (2022-06-21), per OpenSanctions").
    /// </summary>
    public string? Statement { get; init; }

    /// <summary>
    /// The list's own words where it marks the entry as a private company (OFAC: <c>Target Type Private Company</c>): an
    /// entity with no listed shares. Null where the list says nothing of the kind.
    /// </summary>
    public string? PrivateCompany { get; init; }

    /// <summary>A person should look at this entry before it is relied on (a name cell that could not be parsed, ...).</summary>
    public string? ReviewNote { get; init; }
}

namespace Exposure.Core.Reference;

public sealed record Company(
    string Id,
    string NameEn,
    string? NameNative,
    string Country,
    IReadOnlyList<Listing> Listings,
    IReadOnlyList<string> Isins,
    string? Lei,
    string? ParentId,
    Basis Basis,
    string ReviewNote)
{
    /// <summary>
    /// Where a list marks the company as a private company (OFAC: "Target Type Private Company") and no list gives it a
    /// listing, what the list says, naming the list and its entry: the company has no listed shares, so a holding's name
    /// alone does not make the holding its (docs/matching.md). Null otherwise.
    /// </summary>
    public string? PrivateCompany { get; init; }
}

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
    string ReviewNote);

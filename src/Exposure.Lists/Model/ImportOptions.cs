namespace Exposure.Lists.Model;

/// <summary>What the user says about a list file: its name, its source where the file names none, its licence, and filters.</summary>
/// <param name="Format">Read the file as this format (one of <see cref="ListFormats"/>) instead of detecting it.</param>
/// <param name="Datasets">OpenSanctions: keep only entities in one of these datasets (empty: all).</param>
/// <param name="Topics">OpenSanctions: keep only entities with one of these topics (empty: all).</param>
/// <param name="Programs">OFAC, CSL and OpenSanctions: keep only entries under one of these programs or source lists (empty: all).</param>
public sealed record ImportOptions(
    string? Name = null,
    string? SourceUrl = null,
    string? SourceTitle = null,
    string? Publisher = null,
    string? Licence = null,
    string? Date = null,
    string? SourceKind = null,
    string? Format = null,
    IReadOnlyList<string>? Datasets = null,
    IReadOnlyList<string>? Topics = null,
    IReadOnlyList<string>? Programs = null)
{
    public static ImportOptions None { get; } = new();
}

namespace Exposure.Lists.Model;

/// <summary>Where a list came from: its name, format, file, the file's date and SHA-256, and what the list's source is.</summary>
/// <param name="Format">One of <see cref="ListFormats"/>.</param>
/// <param name="FileDate">The date the file states (a publication or export date) or the user gives, else its modification date.</param>
/// <param name="Licence">The licence the file or the user states; null when none was given.</param>
/// <param name="SourceUrl">Where the list is published: cited by every entry that names no source of its own.</param>
/// <param name="SourceKind">The kind of source the list is (see <see cref="Core.Reference.SourceKinds"/>).</param>
/// <param name="FileDateStated">
/// <paramref name="FileDate"/> is a date the file states or the user gives; false when it is only the file's
/// modification (download) date, which reports word as such, never as the publisher's date.
/// </param>
/// <param name="EntriesStated">The entries the file states it holds (SDN.XML's <c>Record_Count</c>), or null when it states none.</param>
public sealed record ListProvenance(
    string Name,
    string Format,
    string File,
    string? FileDate,
    string Sha256,
    string? Licence,
    string? SourceUrl,
    string? SourceTitle,
    string? Publisher,
    string? SourceKind,
    bool FileDateStated = false,
    int? EntriesStated = null);

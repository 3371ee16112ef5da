namespace Exposure.Core.Reporting;

/// <param name="Name">The list's name as reports show it.</param>
/// <param name="Format">The format it was read from: <c>folder</c>, <c>spreadsheet</c>, <c>ofac-legacy</c>, <c>opensanctions-ftm</c>, ...</param>
/// <param name="Date">The file's date (as the file states it, else its modification date), or null.</param>
/// <param name="Entries">Entries read from the file before combining.</param>
/// <param name="Companies">Companies the list contributes after its own entries are combined.</param>
/// <param name="Licence">The licence the file or the user states, or null when none was given.</param>
/// <param name="Problems">Entries or values that were reported and left out (a bad ISIN, an unknown exchange, ...).</param>
public sealed record ListInfo(
    string Name,
    string Format,
    string File,
    string? Date,
    int Entries,
    int Companies,
    string Sha256,
    string? Licence,
    string? SourceKind,
    int Problems);

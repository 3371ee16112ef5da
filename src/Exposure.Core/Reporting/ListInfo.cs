namespace Exposure.Core.Reporting;

/// <param name="Name">The list's name as reports show it.</param>
/// <param name="Format">The format it was read from: <c>folder</c>, <c>spreadsheet</c>, <c>ofac-legacy</c>, <c>opensanctions-ftm</c>, ...</param>
/// <param name="Date">The file's date (as the file states it, else its modification date), <c>YYYY-MM-DD</c>, or null.</param>
/// <param name="Entries">Entries read from the file before combining.</param>
/// <param name="Companies">Companies the list contributes after its own entries are combined.</param>
/// <param name="Licence">The licence the file or the user states, or null when none was given.</param>
/// <param name="Problems">Entries or values that were reported and left out (a bad ISIN, an unknown exchange, ...).</param>
/// <param name="Publisher">Who publishes the list, as the list or the user states it; null when neither does.</param>
/// <param name="AboutUyghurForcedLabour">
/// The list is the bundled one, or a list folder in its schema: its companies are named in connection with alleged Uyghur
/// forced labour or Xinjiang surveillance. False for a list imported from another format (an official list, a policy list
/// of one's own): reports then say only that the list names the company, for the reason it gives.
/// </param>
/// <param name="DateIsFileModified">
/// <paramref name="Date"/> is the file's modification (download) date, not a date the list states: reports say so
/// ("file downloaded or last modified on …; the list's own date is not stated"), never present it as the publisher's.
/// </param>
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
    int Problems,
    string? Publisher = null,
    bool AboutUyghurForcedLabour = false,
    bool DateIsFileModified = false);

using System.Text.Json.Serialization;
using Exposure.Core.Reference;

namespace Exposure.Core.Reporting;

/// <param name="Name">The list's name as reports show it.</param>
/// <param name="Format">The format it was read from: <c>folder</c>, <c>spreadsheet</c>, <c>ofac-legacy</c>, <c>opensanctions-ftm</c>, ...</param>
/// <param name="Date">
/// The file's date (as the file states it, else its modification date), <c>YYYY-MM-DD</c>, or null. Reports show
/// <see cref="DateShown"/>, which says which of the two it is.
/// </param>
/// <param name="Entries">Entries of the file imported (companies and organisations), before combining.</param>
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
/// <param name="LeftOut">
/// The file's entries that were not imported, by kind and reason (individuals, vessels, rows that look like a person's,
/// entries outside a filter); empty when none was; null where it is not known (a list folder that does not record it).
/// </param>
/// <param name="EntriesStated">
/// The entries the file states it holds (OFAC SDN.XML's <c>Record_Count</c>), or null when it states none. When it
/// differs from <see cref="EntriesInFile"/>, every report says so beside the list (<see cref="ListFraming.EntriesDisagree"/>).
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
    bool DateIsFileModified = false,
    IReadOnlyList<ListLeftOut>? LeftOut = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? EntriesStated = null)
{
    /// <summary>
    /// The list's date as every report shows it in a column or beside the list's name: "2026-10-01" for a date the list
    /// states (or the user gives), "2026-11-30 (file date)" for the file's modification date, a version as written,
    /// "undated" for none.
    /// </summary>
    public string DateShown => Date is not { Length: > 0 } date ? "undated"
        : DateIsFileModified && AllegationDates.Parse(date) is not null ? $"{date} (file date)"
        : date;

    /// <summary>The entries the file holds: those imported and those left out; null when what was left out is not known.</summary>
    public int? EntriesInFile => LeftOut is null ? null : Entries + LeftOut.Sum(l => l.Count);

    /// <summary>The entries left out; null when not known.</summary>
    public int? EntriesLeftOut => LeftOut?.Sum(l => l.Count);
}

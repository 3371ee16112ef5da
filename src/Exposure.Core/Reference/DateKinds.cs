namespace Exposure.Core.Reference;

/// <summary>
/// What an allegation's date is, where it is not the date the source names or lists the company on. A list that gives
/// an entry only the date its listing took effect (OFAC NS-CMIC without a listing date), or an aggregator's first-seen
/// day, gives a date that must never read as a listing date: reports say which it is wherever they show it.
/// </summary>
public static class DateKinds
{
    /// <summary>The date the listing took effect; the list gives no listing date for the entry.</summary>
    public const string Effective = "effective";

    /// <summary>The day an aggregator (OpenSanctions) first saw the entity: not a date of the source it aggregates.</summary>
    public const string FirstSeen = "first-seen";

    public static readonly IReadOnlyList<string> All = [Effective, FirstSeen];

    /// <summary>True for a kind Exposure knows, or null (the date the source names or lists the company on).</summary>
    public static bool IsKnown(string? kind) => kind is null || All.Contains(kind);

    /// <summary>A date in a column: "2021-08-02 (effective)", "2023-05-01 (first seen by OpenSanctions)"; the date alone for a listing or publication date; null for none.</summary>
    public static string? Shown(string? date, string? kind) => date is not { Length: > 0 } ? date : kind switch
    {
        Effective => $"{date} (effective)",
        FirstSeen => $"{date} (first seen by the aggregator)",
        _ => date,
    };

    /// <summary>A date in a sentence after the list's name: "effective 2021-08-02", "first seen 2023-05-01"; the date alone otherwise.</summary>
    public static string InWords(string date, string? kind) => kind switch
    {
        Effective => $"effective {date}",
        FirstSeen => $"first seen {date}",
        _ => date,
    };
}

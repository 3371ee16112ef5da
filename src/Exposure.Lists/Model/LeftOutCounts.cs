using System.Globalization;
using Exposure.Core.Reporting;

namespace Exposure.Lists.Model;

/// <summary>
/// What a reader left out of a list and how many of each, with why: individuals, vessels, aircraft, rows that look like
/// a person's, entries outside a filter. With the entries imported they account for every entry of the file. Said in
/// words ("2 individuals and 1 vessel") when a list yields no company.
/// </summary>
public sealed class LeftOutCounts
{
    /// <summary>Why a person, vessel or aircraft (any entry of a type that is not an organisation) is left out.</summary>
    public const string NotAnOrganisation = "only companies and organisations are imported";

    /// <summary>Why a row the list does not type, with no sign of an organisation, is left out.</summary>
    public const string LooksLikeAPerson = "not typed by the list, and no legal-form or organisation word in a name and no company identifier: it looks like a person's";

    /// <summary>Why an entry without a name is left out.</summary>
    public const string NoName = "the entry gives no name";

    private readonly List<(string One, string Many, string Reason, int Count)> _counts = [];

    public int Total => _counts.Sum(c => c.Count);

    /// <summary>Counts one more of a kind, named in the singular and the plural, left out for <paramref name="reason"/>.</summary>
    public void Add(string one, string many, string reason)
    {
        var i = _counts.FindIndex(c => c.One == one && c.Reason == reason);
        if (i < 0) _counts.Add((one, many, reason, 1));
        else _counts[i] = _counts[i] with { Count = _counts[i].Count + 1 };
    }

    /// <summary>Counts one more entry of a type that is not an organisation: "individual", "vessel", "aircraft", or another type as the list writes it.</summary>
    public void AddType(string type)
    {
        var kind = type.ToLowerInvariant();
        if (kind == "individual") Add("individual", "individuals", NotAnOrganisation);
        else if (kind == "aircraft") Add("aircraft", "aircraft", NotAnOrganisation);
        else Add(kind, kind + "s", NotAnOrganisation);
    }

    /// <summary>Counts one more entry outside a filter: <paramref name="option"/> is <c>--program</c>, <c>--dataset</c> or <c>--topic</c>.</summary>
    public void AddFiltered(string option, string entry = "entity", string entries = "entities") =>
        Add($"{entry} outside the {option} filter", $"{entries} outside the {option} filter", $"{option} keeps only the {Filtered(option)} it names");

    public int Of(string one) => _counts.Where(c => c.One == one).Sum(c => c.Count);

    /// <summary>The counts in the order first met, for the reports.</summary>
    public IReadOnlyList<ListLeftOut> ToList() => _counts.Select(c => new ListLeftOut(c.One, c.Many, c.Count, c.Reason)).ToList();

    /// <summary>"2 individuals and 1 vessel", "3 individuals, 1 vessel and 1 aircraft"; empty when nothing was left out.</summary>
    public override string ToString()
    {
        var parts = _counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Count} {(c.Count == 1 ? c.One : c.Many)}")).ToList();
        return parts.Count switch
        {
            0 => "",
            1 => parts[0],
            _ => $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}",
        };
    }

    private static string Filtered(string option) => option switch
    {
        "--dataset" => "datasets",
        "--topic" => "topics",
        _ => "programs",
    };
}

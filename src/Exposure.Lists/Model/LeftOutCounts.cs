using System.Globalization;

namespace Exposure.Lists.Model;

/// <summary>
/// What a reader left out of a list and how many of each: individuals, vessels, aircraft, rows that look like a person's,
/// entries outside a filter. Said in words ("2 individuals and 1 vessel") when a list yields no company.
/// </summary>
public sealed class LeftOutCounts
{
    private readonly List<(string One, string Many, int Count)> _counts = [];

    public int Total => _counts.Sum(c => c.Count);

    /// <summary>Counts one more of a kind, named in the singular and the plural.</summary>
    public void Add(string one, string many)
    {
        var i = _counts.FindIndex(c => c.One == one);
        if (i < 0) _counts.Add((one, many, 1));
        else _counts[i] = _counts[i] with { Count = _counts[i].Count + 1 };
    }

    public int Of(string one) => _counts.FirstOrDefault(c => c.One == one).Count;

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
}

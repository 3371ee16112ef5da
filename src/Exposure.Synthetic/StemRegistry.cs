namespace Exposure.Synthetic;

/// <summary>
/// Keeps the names of different companies apart: every company registers stems (the start every one of its normalised
/// names begins with), and a stem is refused when it equals, begins, or is begun by another company's stem. So no name of
/// one company equals another's or is the start of another's, and a name cut at any width past its stem points at one
/// company only. Bundled (real) companies register their whole normalised names unchecked.
/// </summary>
internal sealed class StemRegistry
{
    /// <summary>Owner of stems that must stay clear of every company (the first words of unlisted securities).</summary>
    public const int Reserved = -2;
    private const int Shared = -1;

    private readonly Dictionary<string, int> _owner = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _sorted = new(StringComparer.Ordinal);

    public int Count => _owner.Count;

    public bool CanTake(string stem, int owner)
    {
        if (stem.Length == 0) return false;
        if (_owner.TryGetValue(stem, out var o) && o != owner) return false;
        for (var len = 1; len < stem.Length; len++)
            if (_owner.TryGetValue(stem[..len], out o) && o != owner) return false;
        foreach (var longer in _sorted.GetViewBetween(stem, stem + '\uffff'))
            if (_owner[longer] != owner) return false;
        return true;
    }

    public bool CanTakeAll(IEnumerable<string> stems, int owner) => stems.All(s => CanTake(s, owner));

    public void Add(string stem, int owner)
    {
        if (stem.Length == 0) return;
        if (_owner.TryGetValue(stem, out var o)) { if (o != owner) _owner[stem] = Shared; return; }
        _owner[stem] = owner;
        _sorted.Add(stem);
    }
}

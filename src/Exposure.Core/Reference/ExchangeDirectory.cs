namespace Exposure.Core.Reference;

/// <summary>Exchanges by MIC, and the names holdings files use for them.</summary>
public sealed class ExchangeDirectory
{
    private readonly Dictionary<string, Exchange> _byMic;
    private readonly Dictionary<string, string> _micByAlias;
    /// <summary>Texts resolved so far; read from several threads when files are read in parallel.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Exchange?> _resolved = new(StringComparer.Ordinal);

    public ExchangeDirectory(IEnumerable<Exchange> exchanges, IEnumerable<KeyValuePair<string, string>> aliases)
    {
        _byMic = exchanges.ToDictionary(e => e.Mic, StringComparer.OrdinalIgnoreCase);
        _micByAlias = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (alias, mic) in aliases) _micByAlias[Key(alias)] = mic;
        foreach (var e in _byMic.Values)
        {
            _micByAlias.TryAdd(Key(e.Mic), e.Mic);
            _micByAlias.TryAdd(Key(e.Name), e.Mic);
        }
    }

    public IReadOnlyCollection<Exchange> All => _byMic.Values;

    public Exchange? ByMic(string mic) => _byMic.GetValueOrDefault(mic);

    /// <summary>The exchange a file's exchange text denotes (a MIC, a name or a known alias), or null.</summary>
    public Exchange? Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (_resolved.TryGetValue(text, out var known)) return known;
        var exchange = _micByAlias.TryGetValue(Key(text), out var mic) ? _byMic.GetValueOrDefault(mic) : null;
        _resolved.TryAdd(text, exchange);
        return exchange;
    }

    private static string Key(string s) => string.Join(' ', s.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

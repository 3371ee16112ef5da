namespace Exposure.Core.Portfolio;

/// <summary>Exchange rates from a rates file: one unit of <c>from</c> is <c>rate</c> units of <c>to</c>. The inverse is derived.</summary>
public sealed class FxRates
{
    private readonly Dictionary<(string From, string To), decimal> _rates = new();

    public FxRates(string file, IEnumerable<(string From, string To, decimal Rate)> rates)
    {
        File = file;
        foreach (var (from, to, rate) in rates)
        {
            _rates[(from.ToUpperInvariant(), to.ToUpperInvariant())] = rate;
            _rates.TryAdd((to.ToUpperInvariant(), from.ToUpperInvariant()), 1 / rate);
        }
    }

    public string File { get; }

    /// <summary>The rate used for each pair converted, for the report.</summary>
    public IReadOnlyDictionary<(string From, string To), decimal> Used => _used;
    private readonly Dictionary<(string From, string To), decimal> _used = new();

    public decimal Convert(decimal amount, string from, string to)
    {
        var f = from.ToUpperInvariant();
        var t = to.ToUpperInvariant();
        if (f == t) return amount;
        if (!_rates.TryGetValue((f, t), out var rate))
            throw new DataException(File, null, $"no exchange rate for {f} to {t}: add a line '{f},{t},<rate>'");
        _used[(f, t)] = rate;
        return amount * rate;
    }
}

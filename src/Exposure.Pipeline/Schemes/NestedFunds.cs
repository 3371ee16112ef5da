using Exposure.Core.Collections;
using Exposure.Core.Holdings;
using Exposure.Core.Portfolio;

namespace Exposure.Pipeline.Schemes;

/// <summary>
/// Recognises rows of a holdings file that are funds of the portfolio, by the identifiers the portfolio gives them:
/// the ISIN first, then the ticker, then the name, each compared exactly (a name apart from case and spacing,
/// <see cref="FundNames"/>), never by a near match. A row naming the very fund whose file it is in is recognised too:
/// the look-through stops at it as a fund holding itself.
/// </summary>
internal sealed class NestedFunds
{
    private readonly Dictionary<string, string> _byIsin = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byTicker = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);
    private readonly SharedCache<(string? Isin, string? Ticker, string? Name), Answer> _answers = new();

    public NestedFunds(PortfolioDefinition? definition)
    {
        foreach (var e in definition?.Entries ?? [])
        {
            if (e.Identifiers.Isin is { } isin) _byIsin.TryAdd(isin.Trim().ToUpperInvariant(), e.Id);
            if (e.Identifiers.Ticker is { } ticker) _byTicker.TryAdd(ticker.Trim().ToUpperInvariant(), e.Id);
            if (FundNames.Key(e.Identifiers.Name) is { } name) _byName.TryAdd(name, e.Id);
        }
    }

    /// <summary>The portfolio entry the holding is a holding in, or null when the row is not a fund of the portfolio.</summary>
    /// <remarks>Safe to call from several threads at once; the answer for a security repeated in the same words is remembered.</remarks>
    public string? FundOf(Holding holding)
    {
        if (_byIsin.Count == 0 && _byTicker.Count == 0 && _byName.Count == 0) return null;
        var row = holding.Row;
        var asked = (holding.Key.Isin, row.Ticker, row.Name);
        if (_answers.TryGetValue(asked, out var known)) return known.FundId;
        return _answers.GetOrAdd(asked, new Answer(Find(holding))).FundId;
    }

    private string? Find(Holding holding)
    {
        var row = holding.Row;
        if (holding.Key.Isin is { } isin && _byIsin.TryGetValue(isin, out var byIsin)) return byIsin;
        if (row.Ticker?.Trim().ToUpperInvariant() is { Length: > 0 } ticker && _byTicker.TryGetValue(ticker, out var byTicker)) return byTicker;
        if (FundNames.Key(row.Name) is { } name && _byName.TryGetValue(name, out var byName)) return byName;
        return null;
    }

    private sealed record Answer(string? FundId);
}

using Exposure.Core.Holdings;
using Exposure.Core.Portfolio;
using Exposure.Core.Text;

namespace Exposure.Pipeline.Schemes;

/// <summary>Recognises rows of a holdings file that are other funds of the portfolio, by the identifiers the portfolio gives them.</summary>
internal sealed class NestedFunds
{
    private readonly Dictionary<string, string> _byIsin = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byTicker = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);

    public NestedFunds(PortfolioDefinition? definition)
    {
        foreach (var e in definition?.Entries ?? [])
        {
            if (e.Identifiers.Isin is { } isin) _byIsin[isin] = e.Id;
            if (e.Identifiers.Ticker is { } ticker) _byTicker[ticker] = e.Id;
            if (e.Identifiers.Name is { } name) _byName[NameNormaliser.Normalise(name).Compact] = e.Id;
        }
    }

    /// <summary>The portfolio entry the holding is a holding in, or null; never the fund holding it.</summary>
    public string? FundOf(Holding holding, string? holderId)
    {
        if (_byIsin.Count == 0 && _byTicker.Count == 0 && _byName.Count == 0) return null;
        string? id = null;
        var row = holding.Row;
        if (holding.Key.Isin is { } isin) _byIsin.TryGetValue(isin, out id);
        if (id is null && _byTicker.Count > 0 && row.Ticker?.Trim().ToUpperInvariant() is { } ticker) _byTicker.TryGetValue(ticker, out id);
        if (id is null && _byName.Count > 0 && !holding.Name.IsEmpty) _byName.TryGetValue(holding.Name.Compact, out id);
        return id == holderId ? null : id;
    }
}

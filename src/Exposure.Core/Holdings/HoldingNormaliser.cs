using Exposure.Core.Identifiers;
using Exposure.Core.Reference;
using Exposure.Core.Text;

namespace Exposure.Core.Holdings;

/// <summary>
/// The normalise stage: makes a <see cref="Holding"/> of each row read. Files repeat the same securities across funds, so
/// names are normalised once each (the answers are kept, up to a bound).
/// </summary>
public sealed class HoldingNormaliser(ExchangeDirectory exchanges)
{
    private const int MaxKeptNames = 1 << 20;
    private readonly Dictionary<string, NormalisedName> _names = new(StringComparer.Ordinal);

    public Holding Normalise(HoldingRow row)
    {
        var exchange = exchanges.Resolve(row.ExchangeText);
        var onExchange = exchange?.CanonicalTicker(row.Ticker);
        var isin = Isin.Normalise(row.Isin);
        var (type, exclusion) = AssetClasses.Classify(row);
        var key = new SecurityKey(
            isin,
            exchange?.Mic,
            onExchange ?? row.Ticker?.Trim().ToUpperInvariant(),
            row.Name?.Trim().ToUpperInvariant() ?? "",
            Countries.Code(row.Country));
        return new Holding(row, key, NameOf(row.Name), exchange, onExchange, Isin.IsValid(isin), type, exclusion);
    }

    private NormalisedName NameOf(string? name)
    {
        if (name is null) return NormalisedName.Empty;
        if (_names.TryGetValue(name, out var known)) return known;
        if (_names.Count >= MaxKeptNames) _names.Clear();
        return _names[name] = NameNormaliser.Normalise(name);
    }
}

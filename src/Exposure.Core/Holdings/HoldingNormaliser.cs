using Exposure.Core.Identifiers;
using Exposure.Core.Reference;
using Exposure.Core.Text;

namespace Exposure.Core.Holdings;

/// <summary>The normalise stage: makes a <see cref="Holding"/> of each row read.</summary>
public sealed class HoldingNormaliser(ExchangeDirectory exchanges)
{
    public Holding Normalise(HoldingRow row)
    {
        var exchange = exchanges.Resolve(row.ExchangeText);
        var onExchange = exchange?.CanonicalTicker(row.Ticker);
        var isin = Isin.Normalise(row.Isin);
        var (type, exclusion) = AssetClasses.Classify(row);
        var key = new SecurityKey(
            isin,
            exchange?.Mic,
            onExchange ?? (row.Ticker is { } ticker ? Ascii.TrimUpper(ticker) : null),
            row.Name is { } name ? Ascii.TrimUpper(name) : "",
            Countries.Code(row.Country));
        return new Holding(row, key, exchange, onExchange, Isin.IsValid(isin), type, exclusion);
    }
}

using Exposure.Core.Holdings;

namespace Exposure.Readers.Nport;

/// <summary>
/// How an N-PORT holding's derivative terms become a <see cref="HoldingRow"/>'s, the same for a single filing's XML and
/// for the quarterly data sets' tables.
/// </summary>
public static class NportTerms
{
    /// <summary>
    /// A derivative's direction as the filing states it: the holding's payoff profile (item C.2.d, long or short), else the
    /// contract's (a future or forward, C.11.c), else an option's written or purchased and put or call (C.11.c).
    /// </summary>
    public static string? Direction(string? holdingPayoff, string? contractPayoff, string? writtenOrPurchased, string? putOrCall)
    {
        if ((holdingPayoff ?? contractPayoff) is { } payoff) return payoff;
        var option = string.Join(' ', new[] { writtenOrPurchased, putOrCall }.OfType<string>());
        return option.Length > 0 ? option : null;
    }

    /// <summary>What a derivative is written on (its issuer, title, identifiers, or the index it is written on); null when the filing names nothing.</summary>
    public static ReferenceInstrument? Reference(string? issuerName, string? title, string? isin, string? cusip, string? ticker, string? indexName)
    {
        var reference = new ReferenceInstrument(issuerName, title, isin, cusip, ticker, indexName);
        return (reference.Name ?? reference.Isin ?? reference.Cusip ?? reference.Ticker) is null ? null : reference;
    }
}

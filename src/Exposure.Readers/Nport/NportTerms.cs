using Exposure.Core.Holdings;

namespace Exposure.Readers.Nport;

/// <summary>
/// How an N-PORT holding's derivative terms become a <see cref="HoldingRow"/>'s, the same for a single filing's XML and
/// for the quarterly data sets' tables.
/// </summary>
public static class NportTerms
{
    /// <summary>
    /// A derivative's direction as the filing states it, with whether it is long or short the reference where the terms tell:
    /// the holding's payoff profile (item C.3, long or short; the form asks for N/A on a derivative, given here as null),
    /// else the contract's (a future or forward, C.11.c), else an option's written or purchased and put or call (a written
    /// call or a purchased put gains when the reference falls: short; a purchased call or a written put: long), else a
    /// swap's legs (the fund receiving the reference's return, an "Other" leg, against a fixed or floating rate: long;
    /// paying it: short). Null when nothing tells.
    /// </summary>
    public static string? Direction(string? holdingPayoff, string? contractPayoff, string? writtenOrPurchased, string? putOrCall,
        string? swapReceipt = null, string? swapPayment = null)
    {
        if ((holdingPayoff ?? contractPayoff) is { } payoff) return payoff;
        var option = string.Join(' ', new[] { writtenOrPurchased, putOrCall }.OfType<string>());
        if (option.Length > 0)
        {
            bool? written = Has(writtenOrPurchased, "writ") ? true : Has(writtenOrPurchased, "purch") ? false : null;
            bool? call = Has(putOrCall, "call") ? true : Has(putOrCall, "put") ? false : null;
            if (written is { } w && call is { } c) return option + (w == c ? ", short" : ", long");
            return option;
        }
        if (Leg(swapReceipt) is { } receipt && Leg(swapPayment) is { } payment && receipt != payment)
            return receipt == SwapLeg.Reference ? "long, receives the reference's return" : "short, pays the reference's return";
        return null;
    }

    private enum SwapLeg { Rate, Reference }

    /// <summary>A swap leg's kind as the data sets write it (Fixed, Floating, Other): a rate, or the return of what the swap is written on.</summary>
    private static SwapLeg? Leg(string? fixedOrFloating) =>
        Has(fixedOrFloating, "fix") || Has(fixedOrFloating, "float") ? SwapLeg.Rate
        : Has(fixedOrFloating, "other") ? SwapLeg.Reference
        : null;

    private static bool Has(string? text, string part) => text?.Contains(part, StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>What a derivative is written on (its issuer, title, identifiers, or the index it is written on); null when the filing names nothing.</summary>
    public static ReferenceInstrument? Reference(string? issuerName, string? title, string? isin, string? cusip, string? ticker, string? indexName)
    {
        var reference = new ReferenceInstrument(issuerName, title, isin, cusip, ticker, indexName);
        return (reference.Name ?? reference.Isin ?? reference.Cusip ?? reference.Ticker) is null ? null : reference;
    }
}

using System.Text.Json.Serialization;
using Exposure.Core.Holdings;

namespace Exposure.Core.Portfolio;

/// <summary>
/// Exposure looked through to company level, by instrument, in the report currency: value in shares, in bonds and other
/// debt, in other instruments, and the notional of derivatives on the companies, apart and never added to the values.
/// </summary>
/// <param name="DerivativeNotional">The notional of derivatives that are not short (long, or of no direction stated), looked through.</param>
/// <param name="ShortNotional">
/// The notional of derivatives whose direction is short (<see cref="ShortPositions.SaysShort"/>), looked through, apart
/// from <paramref name="DerivativeNotional"/>: a short notional is never added to a long one, nor to the values held.
/// </param>
public sealed record HeldSplit(decimal Shares, decimal Bonds, decimal Other, decimal DerivativeNotional,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] decimal ShortNotional = 0)
{
    public static readonly HeldSplit None = new(0, 0, 0, 0);

    public HeldSplit Plus(HeldSplit o) => new(Shares + o.Shares, Bonds + o.Bonds, Other + o.Other, DerivativeNotional + o.DerivativeNotional,
        ShortNotional + o.ShortNotional);

    /// <summary>True when anything else than shares is held: a reader needs the split.</summary>
    public bool HasMoreThanShares => Bonds != 0 || Other != 0 || DerivativeNotional != 0 || ShortNotional != 0;
}

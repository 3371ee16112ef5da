namespace Exposure.Core.Portfolio;

/// <summary>
/// Exposure looked through to company level, by instrument, in the report currency: value in shares, in bonds and other
/// debt, in other instruments, and the notional of derivatives on the companies, apart and never added to the values.
/// </summary>
public sealed record HeldSplit(decimal Shares, decimal Bonds, decimal Other, decimal DerivativeNotional)
{
    public static readonly HeldSplit None = new(0, 0, 0, 0);

    public HeldSplit Plus(HeldSplit o) => new(Shares + o.Shares, Bonds + o.Bonds, Other + o.Other, DerivativeNotional + o.DerivativeNotional);

    /// <summary>True when anything else than shares is held: a reader needs the split.</summary>
    public bool HasMoreThanShares => Bonds != 0 || Other != 0 || DerivativeNotional != 0;
}

namespace Exposure.Core.Holdings;

/// <summary>What kind of instrument a holding is, as far as its asset class or sector says.</summary>
public enum InstrumentType
{
    /// <summary>Shares, depositary receipts, or a row whose class says nothing against equity: screened.</summary>
    Equity,
    /// <summary>Bonds, notes, loans, treasuries.</summary>
    Debt,
    /// <summary>Futures, forwards, swaps, options.</summary>
    Derivative,
    /// <summary>Cash, currency, money market, margin, collateral, repo, deposits.</summary>
    Cash,
}

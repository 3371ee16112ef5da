namespace Exposure.Core.Holdings;

/// <summary>What kind of instrument a holding is, as far as the file says: what a finding is held through.</summary>
public enum InstrumentType
{
    /// <summary>Shares, preferred shares, depositary receipts, or a row whose class says nothing against equity.</summary>
    Equity,
    /// <summary>Bonds, notes, convertibles, loans, commercial paper.</summary>
    Debt,
    /// <summary>Swaps, options, futures, forwards, credit default swaps: exposure is their notional, never a holding's value.</summary>
    Derivative,
    /// <summary>Rights, warrants, cash, currency and what else is none of the above.</summary>
    Other,
}

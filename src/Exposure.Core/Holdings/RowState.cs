namespace Exposure.Core.Holdings;

/// <summary>
/// The one state every physical line of an input file ends in.
/// </summary>
public enum RowState
{
    /// <summary>Preamble, header, footer, notes or blank: not a holding at all.</summary>
    NotAHolding,
    /// <summary>Looked like a holding but could not be read; always carries a reason.</summary>
    Rejected,
    /// <summary>A non-equity holding (cash, FX, futures, money market, bonds ...): counted in fund value, not screened.</summary>
    Excluded,
    /// <summary>Screened, no company on the list matched.</summary>
    Unmatched,
    /// <summary>Matched to a company that a source names itself.</summary>
    Matched,
    /// <summary>Matched to a listed parent or subsidiary of a named entity.</summary>
    Related,
    /// <summary>A candidate match that a person must confirm or reject.</summary>
    NeedsReview,
    /// <summary>A holding in another fund of the portfolio, screened through that fund's own holdings.</summary>
    LookedThrough,
}

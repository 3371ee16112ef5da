namespace Exposure.Core.Portfolio;

/// <summary>
/// What a gap in a scheme's coverage is: money the look-through could not follow to a company, by why. JSON writes the
/// code (<c>no-holdings-file</c>, <c>weights-short</c> ...); <see cref="CoverageGap.Reason"/> says it in words, with the
/// figures that show it.
/// </summary>
public enum CoverageGapKind
{
    /// <summary>A fund with no holdings file.</summary>
    NoHoldingsFile,

    /// <summary>A fund whose holdings file has a header and no holdings after it (a download cut short): nothing to look through.</summary>
    NoHoldings,

    /// <summary>An index mandate with no constituent list.</summary>
    NoConstituentList,

    /// <summary>An index mandate whose constituent list gives neither weights nor values to weigh its constituents by.</summary>
    NoWeights,

    /// <summary>A fund whose value is unknown (no net assets and no row's value, or values in several currencies).</summary>
    FundValueUnknown,

    /// <summary>A fund whose value is zero: nothing to weigh its rows by.</summary>
    FundValueZero,

    /// <summary>Rows not screened: cash, government debt, derivatives on an index ... or no company issuer.</summary>
    NotScreened,

    /// <summary>An index mandate whose constituent weights add up to less than 100%: the part of the mandate they do not cover.</summary>
    WeightsShort,

    /// <summary>
    /// An index mandate whose constituent weights add up to more than 100%, within the rounding a list may carry (used as
    /// stated): the gap is negative, the amount by which the mandate is looked through for more than it is.
    /// </summary>
    WeightsOver,

    /// <summary>A fund whose file lists part of it: its weights add up to less than the whole, and the rest is in no row.</summary>
    PartListed,

    /// <summary>A fund whose stated net assets differ from what its rows' known values add up to.</summary>
    NetAssetsDiffer,

    /// <summary>A fund whose weights and values disagree: the funds it holds are weighed by its weights, its other rows by their values.</summary>
    WeightsAndValuesDisagree,
}

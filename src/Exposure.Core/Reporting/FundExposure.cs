using Exposure.Core.Holdings;

namespace Exposure.Core.Reporting;

/// <summary>One fund (one holdings file) and its exposure.</summary>
/// <param name="FundValue">Stated net assets when the file gives them, else the sum of the values of all accepted rows; for an index
/// constituent list (<see cref="FundValueBasis.ConstituentWeights"/>) the sum of the weights, so its values are weights, not money.</param>
/// <param name="FlaggedWeight">Flagged value over fund value (a fraction, not a percentage).</param>
/// <param name="ScreenedValue">Value of the rows screened against the list (unmatched, matched, related, needs review).</param>
/// <param name="Nested">Rows that are other funds of the portfolio.</param>
/// <param name="Registrant">For a fund from a regulatory filing: who filed it, its SEC CIK, the fund's series id and the filing's accession number.</param>
public sealed record FundExposure(
    string Id,
    string Name,
    MetadataOrigin NameFrom,
    DateOnly? AsOf,
    MetadataOrigin AsOfFrom,
    string? Currency,
    string SourceFile,
    string Layout,
    decimal FundValue,
    FundValueBasis FundValueBasis,
    decimal? StatedNetAssets,
    decimal SumOfRows,
    decimal ExcludedValue,
    decimal FlaggedValue,
    decimal FlaggedWeight,
    decimal RelatedValue,
    decimal RelatedWeight,
    decimal ReviewValue,
    decimal ReviewWeight,
    int CompaniesFlagged,
    StateCounts Lines,
    int HoldingRows,
    IReadOnlyList<CategoryExposure> ByCategory,
    WeightCheck WeightCheck,
    decimal ScreenedValue,
    IReadOnlyList<NestedHolding> Nested,
    string? Registrant = null,
    string? Cik = null,
    string? SeriesId = null,
    string? AccessionNumber = null);

public enum FundValueBasis
{
    StatedNetAssets,
    SumOfRows,
    /// <summary>The sum of rows, because the net assets the file states are zero or less and cannot be what weights are shares of.</summary>
    SumOfRowsStatedNotPositive,
    /// <summary>An index constituent list: the file gives weights, not money, so "values" are weights in percent and sum to about 100.</summary>
    ConstituentWeights,
}

/// <summary>Flagged value by category of allegation. A company in two categories counts in both: never sum these.</summary>
public sealed record CategoryExposure(string Category, decimal Value, decimal Weight, int Companies);

/// <summary>A holding in another fund of the portfolio, looked through to that fund's holdings.</summary>
public sealed record NestedHolding(int Line, string? Name, decimal Value, decimal Weight, string FundId);

/// <summary>The file's own weight column against value over fund value.</summary>
public sealed record WeightCheck(int RowsCompared, int RowsOutsideTolerance, decimal MaxDifferencePercent, decimal TolerancePercent);

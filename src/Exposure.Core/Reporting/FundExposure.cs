using Exposure.Core.Holdings;

namespace Exposure.Core.Reporting;

/// <summary>One fund (one holdings file) and its exposure.</summary>
/// <param name="FundValue">Stated net assets when the file gives them, else the sum of the values of all accepted rows.</param>
/// <param name="FlaggedWeight">Flagged value over fund value (a fraction, not a percentage).</param>
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
    WeightCheck WeightCheck);

public enum FundValueBasis
{
    StatedNetAssets,
    SumOfRows,
}

/// <summary>Flagged value by category of allegation. A company in two categories counts in both: never sum these.</summary>
public sealed record CategoryExposure(string Category, decimal Value, decimal Weight, int Companies);

/// <summary>The file's own weight column against value over fund value.</summary>
public sealed record WeightCheck(int RowsCompared, int RowsOutsideTolerance, decimal MaxDifferencePercent, decimal TolerancePercent);

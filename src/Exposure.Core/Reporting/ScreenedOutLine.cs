using Exposure.Core.Holdings;

namespace Exposure.Core.Reporting;

/// <summary>An unmatched or excluded holding, as streamed to its CSV file while reading.</summary>
public sealed record ScreenedOutLine(
    string FundId,
    string File,
    int Line,
    RowState State,
    string Reason,
    string? Name,
    string? Ticker,
    string? Exchange,
    string? Isin,
    string? Cusip,
    string? Sedol,
    string? AssetClass,
    string? Currency,
    decimal? MarketValue,
    decimal? WeightPercentInFile);

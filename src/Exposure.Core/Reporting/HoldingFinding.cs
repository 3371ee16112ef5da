using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Reference;

namespace Exposure.Core.Reporting;

/// <summary>A matched, related or needs-review holding, with the rule and every feature compared.</summary>
/// <param name="HoldingId">The file's own key for the holding (an N-PORT data set's HOLDING_ID), so a finding can be traced to its filing.</param>
public sealed record HoldingFinding(
    string FundId,
    string File,
    int Line,
    RowState State,
    string? Name,
    string? Ticker,
    string? Exchange,
    string? Mic,
    string? TickerOnExchange,
    string? Isin,
    string NormalisedName,
    decimal? Value,
    decimal? Weight,
    string CompanyId,
    string CompanyName,
    Basis Basis,
    string Rule,
    double Score,
    IReadOnlyList<Evidence> Evidence,
    string? DecidedBy,
    string? HoldingId = null);

public sealed record RejectedLine(string File, int Line, int LineCount, string Reason, string RawText);

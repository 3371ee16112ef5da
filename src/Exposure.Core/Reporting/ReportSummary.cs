namespace Exposure.Core.Reporting;

/// <summary>Headline figures over all funds. Money totals are given only when every fund reports in the same currency.</summary>
/// <param name="RowsMatchedByDecision">Matched or related rows that rest on a person's review decision rather than a rule.</param>
public sealed record ReportSummary(
    int Funds,
    string? Currency,
    decimal? ValueScreened,
    decimal? FlaggedValue,
    decimal? FlaggedShare,
    decimal? RelatedValue,
    decimal? RelatedShare,
    decimal? ReviewValue,
    int CompaniesFlagged,
    int CompaniesRelated,
    int CompaniesInReview,
    StateCounts Lines,
    int HoldingRows,
    int DistinctSecurities,
    int RowsMatchedByDecision);

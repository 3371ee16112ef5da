using Exposure.Core.Inputs;

namespace Exposure.Core.Reporting;

/// <summary>What produced the report, from what: enough to reproduce it.</summary>
/// <param name="GeneratedAt">Only set when the user asks for a time stamp, so that the same inputs give the same report.</param>
/// <param name="IllustrativeNote">Set when the holdings are bundled illustrative data rather than a real fund's.</param>
/// <param name="Lists">The lists screened against, what each holds and where they disagree.</param>
/// <param name="ListAsOf">Set when the list was taken as it stood on a date: what was left out.</param>
public sealed record RunInfo(
    string ToolVersion,
    string ReferenceDataVersion,
    string MatchingAlgorithm,
    DateTimeOffset? GeneratedAt,
    IReadOnlyList<InputFile> Inputs,
    ReferenceDataCounts ReferenceData,
    decimal WeightTolerancePercent,
    string? IllustrativeNote,
    ListsUsed? Lists = null,
    ListCut? ListAsOf = null);

public sealed record ReferenceDataCounts(int Companies, int Names, int Allegations, int IdentifierSources);

/// <summary>The list as it stood on a date: allegations dated later were left out, and companies with none left were not screened against.</summary>
/// <param name="AllegationsLeftOut">Allegations dated after <paramref name="AsOf"/>.</param>
/// <param name="CompaniesLeftOut">The names of the companies no allegation was left for.</param>
/// <param name="UndatedKept">Allegations without a date, kept: the list does not say when they were made.</param>
public sealed record ListCut(DateOnly AsOf, int AllegationsLeftOut, IReadOnlyList<string> CompaniesLeftOut, int UndatedKept);

using Exposure.Core.Inputs;

namespace Exposure.Core.Reporting;

/// <summary>What produced the report, from what: enough to reproduce it.</summary>
/// <param name="GeneratedAt">Only set when the user asks for a time stamp, so that the same inputs give the same report.</param>
/// <param name="IllustrativeNote">Set when the holdings are bundled illustrative data rather than a real fund's.</param>
/// <param name="Lists">The lists screened against, what each holds and where they disagree.</param>
public sealed record RunInfo(
    string ToolVersion,
    string ReferenceDataVersion,
    string MatchingAlgorithm,
    DateTimeOffset? GeneratedAt,
    IReadOnlyList<InputFile> Inputs,
    ReferenceDataCounts ReferenceData,
    decimal WeightTolerancePercent,
    string? IllustrativeNote,
    ListsUsed? Lists = null);

public sealed record ReferenceDataCounts(int Companies, int Names, int Allegations, int IdentifierSources);

using System.Text.Json.Serialization;
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

/// <summary>What the list screened against holds.</summary>
/// <param name="CompaniesListed">
/// Of <paramref name="Companies"/>, those the list gives a stock-exchange listing; null where not counted (a report built
/// in memory). The bundled list holds a few unlisted companies beside its listed ones, and says so by this count.
/// </param>
public sealed record ReferenceDataCounts(
    int Companies,
    int Names,
    int Allegations,
    int IdentifierSources,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? CompaniesListed = null);

/// <summary>
/// The list as it stood on a date: allegations dated later were left out, and companies with none left, or none on the
/// grounds the list carries them on, were not screened against. The counts add up: <paramref name="AllegationsTotal"/> =
/// <paramref name="AllegationsLeftOut"/> + <paramref name="AllegationsOfCompaniesLeftOut"/> + <paramref name="AllegationsScreened"/>;
/// the list's companies = <paramref name="CompaniesLeftOut"/> + <paramref name="CompaniesOnOtherGrounds"/> + <paramref name="CompaniesScreened"/>.
/// </summary>
/// <param name="AllegationsLeftOut">Allegations dated after <paramref name="AsOf"/>.</param>
/// <param name="CompaniesLeftOut">The names of the companies no allegation dated on or before the date was left for.</param>
/// <param name="UndatedKept">Allegations screened against without a date: the list does not say when they were made.</param>
/// <param name="AllegationsTotal">The allegations of the list as it stands.</param>
/// <param name="CompaniesOnOtherGrounds">The names of the companies whose allegations left are all on other grounds than the list carries them on.</param>
/// <param name="AllegationsOfCompaniesLeftOut">Allegations dated on or before the date of <paramref name="CompaniesOnOtherGrounds"/>.</param>
/// <param name="BasisChanged">Companies screened on a weaker basis than the list gives them now: "OFILM Group Co., Ltd. (parent of a named entity)".</param>
/// <param name="CompaniesScreened">The companies screened against.</param>
/// <param name="AllegationsScreened">The allegations screened against.</param>
public sealed record ListCut(
    DateOnly AsOf,
    int AllegationsLeftOut,
    IReadOnlyList<string> CompaniesLeftOut,
    int UndatedKept,
    int AllegationsTotal = 0,
    IReadOnlyList<string>? CompaniesOnOtherGrounds = null,
    int AllegationsOfCompaniesLeftOut = 0,
    IReadOnlyList<string>? BasisChanged = null,
    int CompaniesScreened = 0,
    int AllegationsScreened = 0);

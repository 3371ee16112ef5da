namespace Exposure.Core.Reference;

/// <summary>A list as it stood on a date (<see cref="ReferenceData.AsOf"/>), and what was left out to make it.</summary>
/// <param name="AllegationsLeftOut">Allegations dated after the date.</param>
/// <param name="CompaniesLeftOut">Companies no allegation supporting their basis was left for: not screened against.</param>
/// <param name="UndatedKept">Allegations without a readable date, kept: the list does not say when they were made.</param>
public sealed record DatedList(ReferenceData Data, int AllegationsLeftOut, IReadOnlyList<Company> CompaniesLeftOut, int UndatedKept);

namespace Exposure.Core.Reference;

/// <summary>
/// A list as it stood on a date (<see cref="ReferenceData.AsOf"/>), and what was left out to make it. The counts add up:
/// <see cref="AllegationsTotal"/> = <see cref="AllegationsLeftOut"/> + <see cref="AllegationsOfCompaniesLeftOut"/> + the
/// allegations of <see cref="Data"/>; the list's companies = <see cref="CompaniesLeftOut"/> + <see cref="CompaniesOnOtherGrounds"/>
/// + the companies of <see cref="Data"/>.
/// </summary>
/// <param name="AllegationsLeftOut">Allegations dated after the date.</param>
/// <param name="CompaniesLeftOut">Companies with no allegation dated on or before the date: not screened against.</param>
/// <param name="UndatedKept">Allegations screened against without a readable date: the list does not say when they were made.</param>
public sealed record DatedList(ReferenceData Data, int AllegationsLeftOut, IReadOnlyList<Company> CompaniesLeftOut, int UndatedKept)
{
    /// <summary>Every allegation of the list as it stands.</summary>
    public int AllegationsTotal { get; init; }

    /// <summary>
    /// Companies whose allegations dated on or before the date are all on other grounds than the basis the list gives
    /// them (a listing of its own, for a company the list carries only as the parent of named entities): not screened against.
    /// </summary>
    public IReadOnlyList<Company> CompaniesOnOtherGrounds { get; init; } = [];

    /// <summary>Allegations dated on or before the date that belong to <see cref="CompaniesOnOtherGrounds"/>, so are not screened against.</summary>
    public int AllegationsOfCompaniesLeftOut { get; init; }

    /// <summary>Kept companies whose basis on the date is weaker than the list's now (as the list gives it now; the data holds the basis on the date).</summary>
    public IReadOnlyList<Company> BasisChanged { get; init; } = [];
}

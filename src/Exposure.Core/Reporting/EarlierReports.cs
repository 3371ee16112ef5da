namespace Exposure.Core.Reporting;

/// <summary>
/// The reports of a market's funds that the figures do not add: where a fund (a series) has reports of several dates
/// (two quarters' data sets given together), its figures are those of its latest report, and the earlier reports are the
/// base its entries and exits are compared with. They stay in the report's funds, each with its own figures.
/// </summary>
/// <param name="Reports">Reports screened, of every date.</param>
/// <param name="FundIds">The ids (<see cref="FundExposure.Id"/>) of the earlier reports, not added.</param>
/// <param name="Dates">The dates of the earlier reports, earliest first.</param>
public sealed record EarlierReports(int Reports, IReadOnlyList<string> FundIds, IReadOnlyList<DateOnly> Dates);

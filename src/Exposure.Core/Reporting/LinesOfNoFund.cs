namespace Exposure.Core.Reporting;

/// <summary>
/// Lines of an input that belong to no fund of the report, counted for the input as a whole and not in any fund's
/// lines: in an N-PORT data set, the rows of a filing the data set does not describe (its fund is unknown) or of a notice
/// that a report could not be filed. With every fund's lines they add up to the report's lines.
/// </summary>
/// <param name="File">The input (and, for a data set, its table) as reports name it.</param>
/// <param name="Lines">Its lines of no fund, by the state they ended in.</param>
public sealed record LinesOfNoFund(string File, StateCounts Lines);

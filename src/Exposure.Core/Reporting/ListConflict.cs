namespace Exposure.Core.Reporting;

/// <summary>An identifier (ISIN, LEI, USCC, listing) claimed by two companies that are otherwise distinct.</summary>
/// <param name="NamesDiffer">
/// Two lists give the identifier to companies whose names have next to nothing alike: not joined, kept as two companies
/// of the run (<see cref="CompanyId"/> and <see cref="OtherCompanyId"/> are their ids in the run) for a person to decide.
/// </param>
public sealed record ListConflict(string Field, string Value, string CompanyId, string OtherCompanyId, string Note, bool NamesDiffer = false);

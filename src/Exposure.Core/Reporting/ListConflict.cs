namespace Exposure.Core.Reporting;

/// <summary>An identifier (ISIN, LEI, USCC) claimed by two companies that are otherwise distinct.</summary>
public sealed record ListConflict(string Field, string Value, string CompanyId, string OtherCompanyId, string Note);

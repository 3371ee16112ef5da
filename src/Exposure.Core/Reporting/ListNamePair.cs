namespace Exposure.Core.Reporting;

/// <summary>Two companies from different lists whose names agree but no identifier links: a person decides.</summary>
public sealed record ListNamePair(string Name, string CompanyId, string ListName, string OtherCompanyId, string OtherListName);

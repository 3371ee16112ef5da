namespace Exposure.Core.Reporting;

/// <summary>
/// Two companies from different lists whose names agree but that were not joined (no identifier links them, and they
/// share no legal name in one known country, or an identifier tells them apart): a person decides.
/// </summary>
public sealed record ListNamePair(string Name, string CompanyId, string ListName, string OtherCompanyId, string OtherListName);

namespace Exposure.Core.Reporting;

/// <summary>
/// Two companies of different lists screened as one: which company of which list joined which, and on what key, so that
/// a reader can check the join.
/// </summary>
/// <param name="CompanyId">The joined company's id in the run.</param>
/// <param name="Key">What the two share: <c>isin</c>, <c>lei</c>, <c>uscc</c>, <c>listing</c> (MIC and code) or <c>name+country</c>.</param>
/// <param name="Value">The shared value: the identifier, the listing as MIC:code, or the legal name as compared with its country.</param>
/// <param name="ListName">The list of the company joined to.</param>
/// <param name="ListCompanyId">That company's id in its list.</param>
/// <param name="Name">That company's name in its list.</param>
/// <param name="OtherListName">The list of the company joined.</param>
/// <param name="OtherListCompanyId">That company's id in its list.</param>
/// <param name="OtherName">That company's name in its list.</param>
public sealed record ListJoin(
    string CompanyId,
    string Key,
    string Value,
    string ListName,
    string ListCompanyId,
    string Name,
    string OtherListName,
    string OtherListCompanyId,
    string OtherName);

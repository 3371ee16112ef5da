namespace Exposure.Core.Reporting;

/// <summary>
/// The report of a fund that counts in the figures in place of an earlier one of the same fund (a later quarter or month
/// of a market of filings, or the same date given again later): <see cref="FundExposure.SupersededBy"/>.
/// </summary>
/// <param name="FundId">Its <see cref="FundExposure.Id"/>.</param>
/// <param name="AccessionNumber">Its filing's accession number, when the report is a filing's.</param>
/// <param name="AsOf">Its as-of date, when known.</param>
public sealed record SupersedingReport(string FundId, string? AccessionNumber, DateOnly? AsOf);

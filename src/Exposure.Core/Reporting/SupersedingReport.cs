using System.Text.Json.Serialization;

namespace Exposure.Core.Reporting;

/// <summary>
/// The report of a fund that counts in the figures in place of an earlier one of the same fund (a later quarter or month
/// of a market of filings, or the same date given again later): <see cref="FundExposure.SupersededBy"/>.
/// </summary>
/// <param name="FundId">Its <see cref="FundExposure.Id"/>.</param>
/// <param name="AccessionNumber">Its filing's accession number, when the report is a filing's.</param>
/// <param name="AsOf">Its as-of date, when known.</param>
/// <param name="FormType">Its filing's form (<c>NPORT-P/A</c> for an amendment), when the report is a filing's.</param>
/// <param name="FiledOn">The day its filing was filed, when known.</param>
public sealed record SupersedingReport(string FundId, string? AccessionNumber, DateOnly? AsOf,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FormType = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? FiledOn = null)
{
    /// <summary>The report is an amendment (its form ends in <c>/A</c>): it answers every item again, so it replaces the report of its date it amends.</summary>
    [JsonIgnore]
    public bool IsAmendment => FormType?.Trim().EndsWith("/A", StringComparison.OrdinalIgnoreCase) == true;
}

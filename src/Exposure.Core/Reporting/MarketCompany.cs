using System.Text.Json.Serialization;
using Exposure.Core.Reference;

namespace Exposure.Core.Reporting;

/// <summary>A named or related company across a market: how many funds hold it in their latest reports, how much, and how many entered or left it.</summary>
/// <param name="Funds">Funds whose latest report holds it (none when every fund that held it has left it).</param>
/// <param name="Registrants">Registrants filing those funds, where known.</param>
/// <param name="FundsRegistrantUnknown">Of those funds, those whose filings name no registrant or CIK: counted in no registrant.</param>
/// <param name="Value">Summed over those funds when they share a currency and every value is known; otherwise null (not known).</param>
/// <param name="Entries">Funds that entered it between two of their reports; null (not known) when no fund has two reports to compare.</param>
/// <param name="Exits">Funds that left it between two of their reports; null (not known) when no fund has two reports to compare.</param>
public sealed record MarketCompany(
    string CompanyId,
    string Name,
    Basis Basis,
    int Funds,
    int Registrants,
    string? Currency,
    decimal? Value,
    int? Entries,
    int? Exits,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int FundsRegistrantUnknown = 0);

using System.Security.Cryptography;
using System.Text;

namespace Exposure.Core.Review;

/// <summary>
/// What a review decision is keyed on: the company, and the security by its ISIN when the holding has one, else its
/// exchange (MIC) and code, else its normalised name. Never a file or a line, so that a decision still applies to next
/// quarter's file. <see cref="Id"/> names the finding for <c>exposure review accept|reject</c>.
/// </summary>
public sealed record DecisionKey(string CompanyId, string? Isin, string? Mic, string? Ticker, string? Name)
{
    /// <summary>The key of a holding's finding for <paramref name="companyId"/>: the first of ISIN, exchange and code, name the holding has.</summary>
    public static DecisionKey For(string companyId, string? isin, string? mic, string? tickerOnExchange, string? normalisedName) =>
        isin is not null ? new(companyId, isin.ToUpperInvariant(), null, null, null)
        : mic is not null && tickerOnExchange is not null ? new(companyId, null, mic, tickerOnExchange, null)
        : new(companyId, null, null, null, normalisedName);

    /// <summary>The security as reports name it beside a decision: "ISIN CNE100000502", "XHKG:2899", "name 'ZIJIN MINING'".</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Security => Isin is not null ? $"ISIN {Isin}" : Mic is not null ? $"{Mic}:{Ticker}" : $"name '{Name}'";

    /// <summary>Ten hexadecimal digits that stay the same run after run for this security and company: <c>3fa2c9e1b0</c>.</summary>
    public string Id
    {
        get
        {
            var text = string.Join('\n', CompanyId, Isin ?? "", Mic ?? "", Ticker ?? "", Name ?? "");
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 5);
        }
    }
}

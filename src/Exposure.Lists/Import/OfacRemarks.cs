using Exposure.Core.Reference;
using System.Text.RegularExpressions;

namespace Exposure.Lists.Import;

/// <summary>
/// The facts OFAC writes in an entry's remarks: <c>;</c>-separated, labelled, each value after the first prefixed
/// <c>alt.</c> (<c>ISIN US1694261033; alt. ISIN CNE1000002V2</c>).
/// </summary>
internal sealed partial class OfacRemarks
{
    public List<string> Isins { get; } = [];
    public List<(string Code, string Exchange)> Tickers { get; } = [];

    /// <summary>
    /// The listings the remarks' equity tickers give (Bloomberg exchange codes as Exposure's exchanges), once each; a
    /// ticker whose exchange code names no single exchange Exposure knows is reported on the entry's line and not used.
    /// </summary>
    public List<Listing> Listings(ExchangeDirectory exchanges, ProblemLog log, int? line, string name)
    {
        var listings = new List<Listing>();
        foreach (var (code, exchange) in Tickers)
        {
            if (BloombergExchanges.Mic(exchange, code) is { } mic && exchanges.ByMic(mic) is not null)
            {
                var listing = new Listing(mic, code);
                if (!listings.Contains(listing)) listings.Add(listing);
            }
            else log.Add(line, $"equity ticker '{code} {exchange}' of '{name}': exchange code '{exchange}' names no single exchange Exposure knows: reported and not used");
        }
        return listings;
    }
    /// <summary>Names written <c>a.k.a. '…'</c> or <c>n.k.a. '…'</c>.</summary>
    public List<string> Aliases { get; } = [];

    /// <summary>Names written <c>f.k.a. '…'</c>: names the entry was formerly known by.</summary>
    public List<string> FormerNames { get; } = [];
    public List<string> IssuerNames { get; } = [];
    public string? Uscc { get; private set; }
    public string? Lei { get; private set; }
    public string? TargetType { get; private set; }

    /// <summary>The remarks' words where they mark the entry a private company ("Target Type Private Company"), else null.</summary>
    public string? PrivateCompany =>
        TargetType is { } type && type.Equals("Private Company", StringComparison.OrdinalIgnoreCase) ? $"Target Type {type}" : null;
    public string? EffectiveDate { get; private set; }
    public string? ListingDate { get; private set; }
    public string? LinkedTo { get; private set; }
    public string? Nationality { get; private set; }

    public static OfacRemarks Parse(string? remarks)
    {
        var r = new OfacRemarks();
        if (string.IsNullOrWhiteSpace(remarks)) return r;
        foreach (var part in remarks.Split(';'))
        {
            var fact = part.Trim().TrimEnd('.').Trim();
            if (fact.StartsWith("alt. ", StringComparison.OrdinalIgnoreCase)) fact = fact[5..].Trim();
            if (fact.Length == 0) continue;
            if (Labelled(fact, "Equity Ticker") is { } ticker)
            {
                var bits = ticker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (bits.Length >= 2) r.Tickers.Add((string.Join(' ', bits[..^1]), bits[^1]));
                // A mainland code written together with its country ("603019CN"): the code and the country.
                else if (bits is [var glued] && GluedChinaCode().Match(glued) is { Success: true } g) r.Tickers.Add((g.Groups[1].Value, g.Groups[2].Value));
            }
            else if (Labelled(fact, "ISIN") is { } isin) r.Isins.Add(WithoutCountry(isin));
            else if (Labelled(fact, "Issuer Name") is { } issuer) r.IssuerNames.Add(issuer);
            else if (Labelled(fact, "Unified Social Credit Code (USCC)") is { } uscc) r.Uscc ??= WithoutCountry(uscc);
            else if (Labelled(fact, "Legal Entity Number") is { } lei) r.Lei ??= WithoutCountry(lei);
            else if (Labelled(fact, "Target Type") is { } type) r.TargetType ??= type;
            else if (Labelled(fact, "Effective Date (CMIC)") is { } effective) r.EffectiveDate ??= effective;
            else if (Labelled(fact, "Listing Date (CMIC)") is { } listing) r.ListingDate ??= listing;
            else if (Labelled(fact, "Nationality of Registration") is { } nationality) r.Nationality ??= nationality;
            else if (fact.StartsWith("Linked To:", StringComparison.OrdinalIgnoreCase)) r.LinkedTo ??= fact[10..].Trim();
            else if (Aka().Match(fact) is { Success: true } aka)
                (char.ToLowerInvariant(aka.Groups["kind"].Value[0]) == 'f' ? r.FormerNames : r.Aliases).Add(aka.Groups["name"].Value.Trim());
        }
        return r;
    }

    /// <summary>
    /// An identifier without the country OFAC may write after it ("25340038P8SYW80B9W34 (Russia)", "91330000733796106P
    /// (China)"): the value is what is checked and joined on; the country says nothing the value does not.
    /// </summary>
    internal static string WithoutCountry(string value)
    {
        var m = CountrySuffix().Match(value);
        return m.Success ? value[..m.Index].TrimEnd() : value;
    }

    [GeneratedRegex(@"\s*\([A-Za-z][A-Za-z .,'-]*\)\s*$")]
    private static partial Regex CountrySuffix();

    [GeneratedRegex(@"^(\d{6})(CN|CH)$", RegexOptions.IgnoreCase)]
    private static partial Regex GluedChinaCode();

    private static string? Labelled(string fact, string label) =>
        fact.StartsWith(label + " ", StringComparison.OrdinalIgnoreCase) ? fact[(label.Length + 1)..].Trim() : null;

    [GeneratedRegex(@"^(?<kind>a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s*'(?<name>.+)'$", RegexOptions.IgnoreCase)]
    private static partial Regex Aka();
}

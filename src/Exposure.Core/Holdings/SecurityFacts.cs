using Exposure.Core.Matching;
using Exposure.Core.Reference;

namespace Exposure.Core.Holdings;

/// <summary>
/// What normalising a row finds out about its security: its key, exchange, identifiers checked, instrument type, issuer
/// and terms. Rows that state a security in the same words share one (<see cref="HoldingNormaliser"/>), so that a
/// security repeated across files and funds is normalised, and its screening result found, once.
/// </summary>
internal sealed class SecurityFacts(SecurityKey key, Exchange? exchange, string? tickerOnExchange, bool isinIsValid, Classification classification, Issuer issuer, DebtTerms terms)
{
    public SecurityKey Key { get; } = key;
    public Exchange? Exchange { get; } = exchange;
    public string? TickerOnExchange { get; } = tickerOnExchange;
    public bool IsinIsValid { get; } = isinIsValid;
    public Classification Classification { get; } = classification;
    public Issuer Issuer { get; } = issuer;
    public DebtTerms Terms { get; } = terms;

    /// <summary>The result screened ahead of the rows' order (<see cref="Matcher.Prepare"/>), until the first of these rows in order takes it.</summary>
    internal MatcherResult? Prepared { get; set; }

    /// <summary>The result every row with these facts gets, once the first of them in order was screened (<see cref="Matcher.Match"/>, one thread).</summary>
    internal MatcherResult? Decided { get; set; }
}


using Exposure.Core.Reference;
using Exposure.Core.Text;

namespace Exposure.Core.Holdings;

/// <summary>
/// A holding made ready for screening, once per row (<see cref="HoldingNormaliser"/>): its identifiers checked, its
/// exchange resolved, its instrument type and issuer known, and its issuer's name normalised the first time a stage
/// asks for it (a security screened before is recognised by its key, without its name). Every later stage reads
/// these; none normalises again. Rows that state a security in the same words share these facts.
/// </summary>
public sealed class Holding
{
    private NormalisedName? _name;

    /// <param name="row">The row as the file states it.</param>
    /// <param name="key">What identifies the security for matching and review decisions.</param>
    /// <param name="exchange">The exchange the row's exchange text denotes, when known.</param>
    /// <param name="tickerOnExchange">The code in the exchange's canonical form; null when the exchange is unknown.</param>
    /// <param name="isinIsValid">The row's ISIN has the ISIN shape and a correct check digit.</param>
    /// <param name="classification">The instrument type and why the holding is not screened (cash, government debt ...), if it is not.</param>
    /// <param name="issuer">The company behind the holding as the row gives it: what matching compares.</param>
    /// <param name="terms">A debt security's coupon and maturity as stated, for the report.</param>
    public Holding(HoldingRow row, SecurityKey key, Exchange? exchange, string? tickerOnExchange, bool isinIsValid, Classification classification, Issuer issuer, DebtTerms terms)
        : this(row, new SecurityFacts(key, exchange, tickerOnExchange, isinIsValid, classification, issuer, terms))
    {
    }

    internal Holding(HoldingRow row, SecurityFacts facts)
    {
        Row = row;
        Facts = facts;
    }

    public HoldingRow Row { get; }

    /// <summary>What normalising found, shared with the rows that state the security in the same words.</summary>
    internal SecurityFacts Facts { get; }

    public SecurityKey Key => Facts.Key;
    public Exchange? Exchange => Facts.Exchange;
    public string? TickerOnExchange => Facts.TickerOnExchange;
    public bool IsinIsValid => Facts.IsinIsValid;
    public Classification Classification => Facts.Classification;
    public Issuer Issuer => Facts.Issuer;
    public DebtTerms Terms => Facts.Terms;

    public InstrumentType Instrument => Classification.Type;
    public string? ExclusionReason => Classification.Reason;

    public bool IsScreened => Classification.Reason is null;

    /// <summary>The issuer's name reduced to comparable form (empty when the row has none), made on first use.</summary>
    /// <remarks>Kept with the row, not with the facts rows share: only a security screened for the first time needs it.</remarks>
    public NormalisedName Name => _name ??= NameNormaliser.Normalise(Issuer.Name);
}

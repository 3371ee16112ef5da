using Exposure.Core.Reference;
using Exposure.Core.Text;

namespace Exposure.Core.Holdings;

/// <summary>
/// A holding made ready for screening, once per row (<see cref="HoldingNormaliser"/>): its identifiers checked, its
/// exchange resolved, its instrument type known, and its name normalised the first time a stage asks for it (a
/// security screened before is recognised by its key, without its name). Every later stage reads these; none
/// normalises again.
/// </summary>
public sealed class Holding
{
    private NormalisedName? _name;

    /// <param name="row">The row as the file states it.</param>
    /// <param name="key">What identifies the security for matching and review decisions.</param>
    /// <param name="exchange">The exchange the row's exchange text denotes, when known.</param>
    /// <param name="tickerOnExchange">The code in the exchange's canonical form; null when the exchange is unknown.</param>
    /// <param name="isinIsValid">The row's ISIN has the ISIN shape and a correct check digit.</param>
    /// <param name="exclusionReason">Why the holding is not screened (cash, derivatives, bonds ...), or null when it is.</param>
    public Holding(HoldingRow row, SecurityKey key, Exchange? exchange, string? tickerOnExchange, bool isinIsValid, InstrumentType instrument, string? exclusionReason)
    {
        Row = row;
        Key = key;
        Exchange = exchange;
        TickerOnExchange = tickerOnExchange;
        IsinIsValid = isinIsValid;
        Instrument = instrument;
        ExclusionReason = exclusionReason;
    }

    public HoldingRow Row { get; }
    public SecurityKey Key { get; }
    public Exchange? Exchange { get; }
    public string? TickerOnExchange { get; }
    public bool IsinIsValid { get; }
    public InstrumentType Instrument { get; }
    public string? ExclusionReason { get; }

    public bool IsScreened => ExclusionReason is null;

    /// <summary>The name reduced to comparable form (empty when the row has none), made on first use.</summary>
    public NormalisedName Name => _name ??= NameNormaliser.Normalise(Row.Name);
}

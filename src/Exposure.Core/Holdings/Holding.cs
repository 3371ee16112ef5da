using Exposure.Core.Reference;
using Exposure.Core.Text;

namespace Exposure.Core.Holdings;

/// <summary>
/// A holding made ready for screening, once per row (<see cref="HoldingNormaliser"/>): its name normalised, its
/// identifiers checked, its exchange resolved and its instrument type known. Every later stage reads these, none
/// normalises again.
/// </summary>
/// <param name="Row">The row as the file states it.</param>
/// <param name="Key">What identifies the security for matching and review decisions.</param>
/// <param name="Name">The name reduced to comparable form (empty when the row has none).</param>
/// <param name="Exchange">The exchange the row's exchange text denotes, when known.</param>
/// <param name="TickerOnExchange">The code in the exchange's canonical form; null when the exchange is unknown.</param>
/// <param name="IsinIsValid">The row's ISIN has the ISIN shape and a correct check digit.</param>
/// <param name="ExclusionReason">Why the holding is not screened (cash, derivatives, bonds ...), or null when it is.</param>
public sealed record Holding(
    HoldingRow Row,
    SecurityKey Key,
    NormalisedName Name,
    Exchange? Exchange,
    string? TickerOnExchange,
    bool IsinIsValid,
    InstrumentType Instrument,
    string? ExclusionReason)
{
    public bool IsScreened => ExclusionReason is null;
}

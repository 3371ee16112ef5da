using System.Text.Json.Serialization;
using Exposure.Core.Holdings;

namespace Exposure.Core.Reporting;

/// <summary>
/// What is held, by instrument: value in shares, in bonds and other debt, in other instruments (rights, warrants), and
/// the notional of derivatives on the companies and short positions in them, shown apart and never added to the values held. A figure is the sum of
/// the known values (0 for no rows; null when there are rows and none is known); rows whose figure is unknown are counted.
/// A derivative's notional stated in another currency than the fund's is not known in the fund's: with no notional in the
/// fund's currency, <see cref="DerivativeNotional"/> is null (unknown), never 0, and <see cref="NotionalInOtherCurrency"/>
/// and <see cref="NotionalUnknown"/> say why.
/// </summary>
/// <param name="Shares">Value held in shares, preferred shares and depositary receipts.</param>
/// <param name="Bonds">Value held in bonds, notes, convertibles and loans.</param>
/// <param name="Other">Value held in other instruments with a company issuer (rights, warrants).</param>
/// <param name="DerivativeNotional">The notional of derivatives that are not short (long, or of no direction stated) as the files state it, in the funds' currency: exposure, not value held. Null when there are such derivatives and none has a notional stated in the funds' currency. A short derivative's notional is in <paramref name="ShortNotional"/>, never added to it.</param>
/// <param name="DerivativeValue">The market value the files state for those derivatives (counted in the fund's value, not in the value held).</param>
/// <param name="NotionalUnknown">Derivative rows whose notional is not given or could not be read.</param>
/// <param name="ShortValue">The size of short positions in shares, debt or other instruments (a positive amount, whatever sign the files write it with): not value held. Null when there are none, or none's value is known.</param>
/// <param name="ShortRows">Rows that are short positions in shares, debt or other instruments.</param>
/// <param name="ShortValuesUnknown">Of <paramref name="ShortRows"/>, those whose size is unknown (not given, or not readable): counted here, among the short positions, never among the holdings of unknown value (<see cref="UnknownValues"/>).</param>
/// <param name="ShortNotional">The notional of derivatives whose direction is short (<see cref="ShortPositions.SaysShort"/>) in the funds' currency, apart from <paramref name="DerivativeNotional"/>: a short notional is never added to a long one. Null when there are none, or none's notional is stated in the funds' currency.</param>
/// <param name="ShortDerivatives">Of <paramref name="DerivativeRows"/>, those whose direction is short.</param>
/// <param name="SharesUnknown">Of <paramref name="ShareRows"/>, those whose value is unknown: <paramref name="Shares"/> leaves them out, so it is a lower bound ("at least") when any is.</param>
/// <param name="BondsUnknown">The same for <paramref name="BondRows"/> and <paramref name="Bonds"/>.</param>
/// <param name="OtherUnknown">The same for <paramref name="OtherRows"/> and <paramref name="Other"/>.</param>
/// <param name="NotionalInOtherCurrency">Derivative rows whose notional is stated in another currency than the fund's (<see cref="HoldingFinding.NotionalCurrency"/>): not in <paramref name="DerivativeNotional"/>.</param>
public sealed record InstrumentSplit(
    decimal? Shares,
    decimal? Bonds,
    decimal? Other,
    decimal? DerivativeNotional,
    decimal? DerivativeValue,
    int ShareRows,
    int BondRows,
    int OtherRows,
    int DerivativeRows,
    int NotionalUnknown,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? ShortValue = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int ShortRows = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int ShortValuesUnknown = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int NotionalInOtherCurrency = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? ShortNotional = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int ShortDerivatives = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int SharesUnknown = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int BondsUnknown = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int OtherUnknown = 0)
{
    public static readonly InstrumentSplit None = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Shares, bonds and other instruments together: the value held (derivatives apart).</summary>
    [JsonIgnore]
    public decimal? Held => Add(Add(Shares, Bonds), Other);

    /// <summary>True when anything else than shares is held: a reader needs the split.</summary>
    [JsonIgnore]
    public bool HasMoreThanShares => BondRows + OtherRows + DerivativeRows + ShortRows > 0;

    /// <summary>The split of these findings (whatever their state).</summary>
    public static InstrumentSplit Of(IEnumerable<HoldingFinding> findings)
    {
        var list = findings as IReadOnlyCollection<HoldingFinding> ?? findings.ToList();
        List<HoldingFinding> Of(InstrumentType t) => list.Where(f => f.Instrument == t && !f.IsShort).ToList();
        var shares = Of(InstrumentType.Equity);
        var bonds = Of(InstrumentType.Debt);
        var other = Of(InstrumentType.Other);
        var derivatives = Of(InstrumentType.Derivative);
        // A short derivative's notional stands apart from the others': adding it to a long one would state an exposure no one has.
        var shortDerivatives = derivatives.Where(f => ShortPositions.SaysShort(f.Direction)).ToList();
        var otherDerivatives = derivatives.Where(f => !ShortPositions.SaysShort(f.Direction)).ToList();
        var shorts = list.Where(f => f.IsShort).ToList();
        static decimal? InFundCurrency(HoldingFinding f) => f.NotionalCurrency is null ? f.Notional : null;
        return new InstrumentSplit(
            Sum(shares, f => f.Value), Sum(bonds, f => f.Value), Sum(other, f => f.Value),
            Sum(otherDerivatives, InFundCurrency), Sum(derivatives, f => f.Value),
            shares.Count, bonds.Count, other.Count, derivatives.Count, derivatives.Count(f => f.Notional is null),
            shorts.Count == 0 ? null : Sum(shorts, f => f.ShortSize), shorts.Count, shorts.Count(f => f.ShortSize is null),
            derivatives.Count(f => f.NotionalCurrency is not null),
            shortDerivatives.Count == 0 ? null : Sum(shortDerivatives, InFundCurrency), shortDerivatives.Count,
            shares.Count(f => f.Value is null), bonds.Count(f => f.Value is null), other.Count(f => f.Value is null));
    }

    /// <summary>Rows held in shares, bonds or other instruments whose value is unknown: <see cref="Held"/> is a lower bound when there are any.</summary>
    [JsonIgnore]
    public int HeldUnknown => SharesUnknown + BondsUnknown + OtherUnknown;

    /// <summary>Derivatives that are not short (long, or of no direction stated), whose notional is <see cref="DerivativeNotional"/>.</summary>
    [JsonIgnore]
    public int NotShortDerivatives => DerivativeRows - ShortDerivatives;

    /// <summary>Two splits added up, when they are in one currency.</summary>
    public InstrumentSplit Plus(InstrumentSplit o) => new(
        Join(Shares, ShareRows, o.Shares, o.ShareRows), Join(Bonds, BondRows, o.Bonds, o.BondRows), Join(Other, OtherRows, o.Other, o.OtherRows),
        Join(DerivativeNotional, NotShortDerivatives, o.DerivativeNotional, o.NotShortDerivatives), Join(DerivativeValue, DerivativeRows, o.DerivativeValue, o.DerivativeRows),
        ShareRows + o.ShareRows, BondRows + o.BondRows, OtherRows + o.OtherRows, DerivativeRows + o.DerivativeRows, NotionalUnknown + o.NotionalUnknown,
        Join(ShortValue, ShortRows, o.ShortValue, o.ShortRows), ShortRows + o.ShortRows, ShortValuesUnknown + o.ShortValuesUnknown,
            NotionalInOtherCurrency + o.NotionalInOtherCurrency,
            Join(ShortNotional, ShortDerivatives, o.ShortNotional, o.ShortDerivatives), ShortDerivatives + o.ShortDerivatives,
            SharesUnknown + o.SharesUnknown, BondsUnknown + o.BondsUnknown, OtherUnknown + o.OtherUnknown);

    /// <summary>Each figure times a factor (a weight along a path, an exchange rate); unknown stays unknown.</summary>
    public InstrumentSplit Times(decimal factor) => this with
    {
        Shares = Shares * factor,
        Bonds = Bonds * factor,
        Other = Other * factor,
        DerivativeNotional = DerivativeNotional * factor,
        DerivativeValue = DerivativeValue * factor,
        ShortValue = ShortValue * factor,
        ShortNotional = ShortNotional * factor,
    };

    private static decimal? Sum(List<HoldingFinding> rows, Func<HoldingFinding, decimal?> figure)
    {
        if (rows.Count == 0) return 0;
        decimal? sum = null;
        foreach (var r in rows)
            if (figure(r) is { } v) sum = (sum ?? 0) + v;
        return sum;
    }

    /// <summary>The sum of two figures of rows: unknown only when every row's figure is unknown.</summary>
    private static decimal? Join(decimal? a, int aRows, decimal? b, int bRows) =>
        aRows == 0 ? b : bRows == 0 ? a : a is null && b is null ? null : (a ?? 0) + (b ?? 0);

    private static decimal? Add(decimal? a, decimal? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);
}

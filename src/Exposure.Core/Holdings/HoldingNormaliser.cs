using Exposure.Core.Identifiers;
using Exposure.Core.Reference;
using Exposure.Core.Text;

namespace Exposure.Core.Holdings;

/// <summary>The normalise stage: makes a <see cref="Holding"/> of each row read.</summary>
public sealed class HoldingNormaliser(ExchangeDirectory exchanges)
{
    public Holding Normalise(HoldingRow row)
    {
        var exchange = exchanges.Resolve(row.ExchangeText);
        var onExchange = exchange?.CanonicalTicker(row.Ticker);
        var isin = Isin.Normalise(row.Isin);
        var classification = AssetClasses.Classify(row);
        var (issuer, terms) = IssuerOf(row, classification.Type);
        var key = new SecurityKey(
            isin,
            exchange?.Mic,
            onExchange ?? (row.Ticker is { } ticker ? Ascii.TrimUpper(ticker) : null),
            row.Name is { } name ? Ascii.TrimUpper(name) : "",
            Countries.Code(row.Country));
        return new Holding(row, key, exchange, onExchange, Isin.IsValid(isin), classification, issuer, terms);
    }

    /// <summary>
    /// The issuer a row gives, and a debt security's terms: a derivative's reference instrument; else the issuer column;
    /// else, for debt and derivatives, the description with coupon, maturity and kind stripped; else the name.
    /// </summary>
    public static (Issuer Issuer, DebtTerms Terms) IssuerOf(HoldingRow row, InstrumentType type)
    {
        // A US or Canadian ISIN holds the CUSIP: its issuer number is read from it when the row gives no CUSIP.
        var cusip = Cusip.Normalise(row.Cusip) ?? Cusip.FromIsin(Isin.Normalise(row.Isin));
        if (type == InstrumentType.Derivative && row.Reference is { } reference && (reference.Name ?? reference.Isin ?? reference.Cusip) is not null)
            return (new Issuer(reference.IssuerName ?? StrippedOrAsIs(reference.Title, derivative: true), IssuerSource.ReferenceInstrument, null,
                Isin.Normalise(reference.Isin), Cusip.Normalise(reference.Cusip)), DebtTerms.None);

        var parsed = type is InstrumentType.Debt or InstrumentType.Derivative
            ? SecurityDescription.Parse(row.Name, derivative: type == InstrumentType.Derivative)
            : null;
        var terms = type == InstrumentType.Debt
            ? new DebtTerms(row.Coupon ?? parsed?.Terms.Coupon, row.Maturity ?? parsed?.Terms.Maturity, parsed?.Terms.Perpetual ?? false,
                row.Convertible || (parsed?.Terms.Convertible ?? false), row.Maturity is null && (parsed?.Terms.MaturityYearOnly ?? false))
            : DebtTerms.None;
        if (row.IssuerName is { } named) return (new Issuer(named, IssuerSource.IssuerColumn, row.Lei, null, cusip), terms);
        if (parsed is { } p) return (new Issuer(p.Issuer, IssuerSource.Description, row.Lei, null, cusip), terms);
        return (new Issuer(row.Name, IssuerSource.Name, row.Lei, null, cusip), terms);
    }

    private static string? StrippedOrAsIs(string? text, bool derivative) => SecurityDescription.Parse(text, derivative)?.Issuer ?? text;
}

using Exposure.Core.Collections;
using Exposure.Core.Identifiers;
using Exposure.Core.Reference;
using Exposure.Core.Text;

namespace Exposure.Core.Holdings;

/// <summary>
/// The normalise stage: makes a <see cref="Holding"/> of each row read. Safe to use from several threads at once.
/// </summary>
/// <remarks>
/// A security repeated across rows, files and funds is normalised once: rows that state it in the same words (every
/// field normalising reads) share the facts found for the first, up to <see cref="MaxRemembered"/> securities; beyond
/// that, and for derivatives with a reference instrument, each row is normalised on its own. The facts are the same
/// either way.
/// <para>
/// Rows are told apart by a 128-bit fingerprint of those fields (<see cref="RowFingerprint"/>), so that a look-up
/// compares 16 bytes rather than a dozen strings kept all over the heap. The fingerprint is seeded afresh for each
/// normaliser, so no file can be written to make two different rows share one; by chance, with the most securities
/// remembered, two would share one about once in 10^27 runs.
/// </para>
/// </remarks>
public sealed class HoldingNormaliser(ExchangeDirectory exchanges)
{
    /// <summary>How many securities' facts are kept for the rows that repeat them.</summary>
    public const int MaxRemembered = 250_000;

    private readonly FingerprintTable<SecurityFacts> _remembered = new();
    private readonly RowFingerprint _fingerprint = new(Random.Shared.NextInt64());

    public Holding Normalise(HoldingRow row)
    {
        // A row under a section heading is classed by it, which its fingerprint does not hold: normalised on its own (few rows are).
        if (row.Reference is not null || row.Section is not null) return new Holding(row, Facts(row));
        var identity = _fingerprint.Of(row);
        if (_remembered.TryGetValue(identity, out var known)) return new Holding(row, known);
        var facts = Facts(row);
        return new Holding(row, _remembered.Count < MaxRemembered ? _remembered.GetOrAdd(identity, facts) : facts);
    }

    private SecurityFacts Facts(HoldingRow row)
    {
        var exchange = exchanges.Resolve(row.ExchangeText);
        var ticker = row.Ticker;
        // A ticker that carries its exchange (763 HK, 0763.HK, HKG:0763) is its code on that exchange, as with an exchange
        // column; where the exchange column names another exchange, neither is taken over the other and the ticker stays whole.
        if (CompositeTickers.Split(ticker) is { } split && exchanges.ByMic(split.Mic) is { } carried && (exchange is null || exchange.Mic == carried.Mic))
            (exchange, ticker) = (carried, split.Code);
        var onExchange = exchange?.CanonicalTicker(ticker);
        var isin = Isin.Normalise(row.Isin);
        // Under a section heading (Cash), a row that names a listed security by its ISIN, CUSIP or SEDOL, or by its ticker on
        // a known exchange, is that security's holding, screened whatever the heading says.
        var listed = row.Section is not null && (Isin.IsValid(isin) || Cusip.IsValid(Cusip.Normalise(row.Cusip)) || row.Sedol is not null || (exchange is not null && ticker is not null));
        var classification = AssetClasses.Classify(row, byHeading: !listed);
        var (issuer, terms) = IssuerOf(row, classification.Type);
        var key = new SecurityKey(
            isin,
            exchange?.Mic,
            onExchange ?? (ticker is { } given ? Ascii.TrimUpper(given) : null),
            row.Name is { } name ? Ascii.TrimUpper(name) : "",
            Countries.Code(row.Country));
        return new SecurityFacts(key, exchange, onExchange, Isin.IsValid(isin), classification, issuer, terms);
    }

    /// <summary>
    /// The issuer a row gives, and a debt security's terms: a derivative's reference instrument; else the company a note is
    /// written on, where its title (or name) names one; else the issuer column;
    /// else, for debt and derivatives, the description with coupon, maturity and kind stripped; else the name.
    /// </summary>
    public static (Issuer Issuer, DebtTerms Terms) IssuerOf(HoldingRow row, InstrumentType type)
    {
        // A US or Canadian ISIN holds the CUSIP: its issuer number is read from it when the row gives no CUSIP.
        var cusip = Cusip.Normalise(row.Cusip) ?? Cusip.FromIsin(Isin.Normalise(row.Isin));
        if (type == InstrumentType.Derivative && row.Reference is { } reference && (reference.Name ?? reference.Isin ?? reference.Cusip) is not null)
            return (new Issuer(reference.IssuerName ?? StrippedOrAsIs(reference.Title, derivative: true), IssuerSource.ReferenceInstrument, null,
                Isin.Normalise(reference.Isin), Cusip.Normalise(reference.Cusip)), DebtTerms.None);

        // A note a bank issues on a company's shares is screened on the company its title names, never on the bank.
        if (NotesOnCompanies.Read(row.Title ?? row.Name) is { } note)
            return (new Issuer(note.Company, IssuerSource.NoteOn) { NoteIssuer = row.IssuerName ?? note.Issuer }, DebtTerms.None);

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

using System.Text.Json.Serialization;
using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.Core.Review;

namespace Exposure.Core.Reporting;

/// <summary>A matched, related or needs-review holding, with the rule and every feature compared.</summary>
/// <param name="File">The holdings file's name (never its folder).</param>
/// <param name="Value">The market value; null when the file gives none or it could not be read (<paramref name="ValueUnknown"/> says which).</param>
/// <param name="DecidedBy">Who decided it, when a person's review decision did: the reviewer's name only when names are published.</param>
/// <param name="ValueUnknown">Why the value is unknown: "no value given", or what could not be read; null when the value is known.</param>
/// <param name="HoldingId">The file's own key for the holding (an N-PORT data set's HOLDING_ID), so a finding can be traced to its filing.</param>
/// <param name="Instrument">What the holding is: shares, debt, a derivative, or other. A derivative's value is not value held in the company; its notional is its exposure.</param>
/// <param name="Issuer">The issuer matched on, when it is not the row's name: the issuer column, the description stripped of coupon and maturity, or a derivative's reference instrument.</param>
/// <param name="IssuerFrom">Where <paramref name="Issuer"/> comes from.</param>
/// <param name="Terms">A debt security's terms as the file states them (coupon, maturity, perpetual, convertible).</param>
/// <param name="Notional">A derivative's notional as the file states it; null when not given or not readable.</param>
/// <param name="Direction">A derivative's direction as the file states it (long, short, written call ...); for shares, debt or other instruments, <c>short</c> when the holding is a short position (<paramref name="ShortFrom"/> says why), else null.</param>
/// <param name="WeightUnknown">Why the weight is unknown: "no weight given" where the fund's weights are its file's own, "its value is unknown, and the file states no weight" where they are value over fund value, or what could not be read; null where it is known.</param>
/// <param name="WeightFromFile">
/// The row's value is unknown and <paramref name="Weight"/> is the weight its file states, where the fund's weights are
/// otherwise value over fund value. Such a weight is shown with the row and its company, never added to the fund's or a
/// category's weights, which leave out the rows of unknown value as their values do.
/// </param>
/// <param name="NotionalCurrency">
/// The currency of <paramref name="Notional"/> where the file states it in another currency than the holding's values (an
/// N-PORT swap on A shares with a notional in CNY): the notional is then never added to notionals in the fund's currency.
/// Null when it is in the holding's currency.
/// </param>
/// <param name="Lists">
/// Where several lists are screened against, those that name the company (or the relative the list carries it for), in
/// the order the lists were given: as <see cref="CompanyExposure.Lists"/> gives them. Null where one list is.
/// </param>
/// <param name="ValueDisagrees">
/// Where the fund's weights are its file's own because they disagree with its values, and this row's value and the weight
/// the file states for it disagree (beyond the weight tolerance): both, and the value the stated weight makes of it on the
/// fund value ("its value, USD 250, is 0.005% of the fund value of USD 5,000,000; the file states 5.000%, which would be
/// about USD 250,000"). The value is used as the file gives it; this is said wherever it is shown. Null otherwise.
/// </param>
/// <param name="ValueByStatedWeight">Where <paramref name="ValueDisagrees"/> is given, the value the file's weight makes of the row on the fund value.</param>
/// <param name="Sedol">The row's SEDOL as the file gives it, upper-cased; null when it gives none.</param>
/// <param name="Cusip">The row's CUSIP as the file gives it, upper-cased; null when it gives none.</param>
/// <param name="ShortFrom">For a short position in shares, debt or other instruments, what shows it is one: the file's direction, or a negative value with none. Its value and weight are the file's, and are never added to what is held.</param>
public sealed record HoldingFinding(
    string FundId,
    string File,
    int Line,
    RowState State,
    string? Name,
    string? Ticker,
    string? Exchange,
    string? Mic,
    string? TickerOnExchange,
    string? Isin,
    string NormalisedName,
    decimal? Value,
    decimal? Weight,
    string CompanyId,
    string CompanyName,
    Basis Basis,
    string Rule,
    double Score,
    IReadOnlyList<Evidence> Evidence,
    string? DecidedBy,
    string? ValueUnknown = null,
    string? HoldingId = null,
    InstrumentType Instrument = InstrumentType.Equity,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Issuer = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IssuerSource? IssuerFrom = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DebtTerms? Terms = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Notional = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Direction = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? WeightUnknown = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ShortEvidence? ShortFrom = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NotionalCurrency = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool WeightFromFile = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Lists = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ValueDisagrees = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? ValueByStatedWeight = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Sedol = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Cusip = null)
{
    /// <summary>
    /// The weight a sum of weights adds: <see cref="Weight"/>, but null where it is only the weight the file states for a
    /// row of unknown value (<see cref="WeightFromFile"/>), which the fund's, a category's and a scheme's weights leave out.
    /// </summary>
    [JsonIgnore]
    public decimal? WeightAdded => WeightFromFile ? null : Weight;

    /// <summary>A short position in shares, debt or other instruments: shown apart, never value held.</summary>
    [JsonIgnore]
    public bool IsShort => ShortFrom is not null;

    /// <summary>
    /// A short position of any kind: in shares, debt or other instruments (<see cref="IsShort"/>), or a derivative whose
    /// direction is short (<see cref="ShortPositions.SaysShort"/>: a written call, a purchased put, a swap paying the
    /// company's return). A fund whose only positions in a company are short does not hold it.
    /// </summary>
    [JsonIgnore]
    public bool IsShortPosition => IsShort || (Instrument == InstrumentType.Derivative && ShortPositions.SaysShort(Direction));

    /// <summary>Value held in the company: shares, debt or other instruments, not a short position. A derivative's notional and a short stand apart.</summary>
    [JsonIgnore]
    public bool IsHeld => Instrument != InstrumentType.Derivative && !IsShort;

    /// <summary>The size of a short position, whatever sign the file writes it with; null when not a short or its value is unknown.</summary>
    [JsonIgnore]
    public decimal? ShortSize => IsShort ? (Value is { } v ? Math.Abs(v) : null) : null;

    /// <summary>What a review decision on this finding is keyed on: the company and the security (docs/review.md).</summary>
    [JsonIgnore]
    public DecisionKey Key => DecisionKey.For(CompanyId, Isin, Mic, TickerOnExchange, NormalisedName);

    /// <summary>The finding's id: the same for every row of this security and company, run after run (<see cref="DecisionKey.Id"/>).</summary>
    public string Id => Key.Id;
}

/// <summary>A rejected line (or record of several lines), with why: its reason in words and its <paramref name="Kind"/>.</summary>
public sealed record RejectedLine(string File, int Line, int LineCount, string Reason, string RawText, RejectionKind Kind = RejectionKind.Unreadable);

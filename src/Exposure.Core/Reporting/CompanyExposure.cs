using System.Text.Json.Serialization;
using Exposure.Core.Portfolio;
using Exposure.Core.Reference;

namespace Exposure.Core.Reporting;

/// <summary>A company on the list that is held, why it is on the list, and where it is held.</summary>
/// <param name="ReviewNote">The list's caveat for this company; it travels into every report.</param>
/// <param name="TotalValue">
/// The value held over the funds the figures count: the sum of its holdings when every one's value is known and they are
/// in one currency (<paramref name="Currency"/>); null otherwise, and <paramref name="TotalWithheld"/> and
/// <paramref name="TotalUnknown"/> say why.
/// </param>
/// <param name="Currency">The currency of <paramref name="TotalValue"/> and <paramref name="TotalAtLeast"/>: that of the funds holding the company, when they state one.</param>
/// <param name="TotalAtLeast">
/// Where the value of some of its holdings is unknown and the others are in one currency: the sum of the known values, a
/// lower bound ("at least"); null otherwise.
/// </param>
/// <param name="TotalWithheld">Why there is no <paramref name="TotalValue"/>: values-unknown, different-currencies, currency-not-stated or weights-only; null when there is one.</param>
/// <param name="TotalUnknown">The same in words, naming the holdings and funds concerned; null when there is a total.</param>
/// <param name="Lists">
/// Where several lists are screened against, those that name this company (or the relative the list carries it for), in
/// the order the lists were given (<see cref="ListFraming.Naming"/>); null where one list is.
/// </param>
/// <param name="ListingNames">The listings in words, for readers: "Shanghai Stock Exchange 601899" for <c>XSHG:601899</c>.</param>
/// <param name="LaterThanHoldings">Allegations dated after the holdings that hold the company, one entry per as-of date of those holdings.</param>
/// <param name="ValueDisagrees">
/// Where the value of one of the holdings its total counts disagrees with the weight its file states
/// (<see cref="HoldingFinding.ValueDisagrees"/>): which holdings, by file and line, and what each says; said wherever the
/// company's value is shown. Null otherwise.
/// </param>
/// <param name="Scheme">
/// In a scheme report, what the scheme holds of the company, looked through, in the report currency: the value its
/// profile gives; <paramref name="TotalValue"/> and the holdings are then each holdings file's own, in its fund's currency.
/// Null in a report of funds.
/// </param>
/// <param name="ByInstrument">How the company is held over all funds: shares, bonds, other, derivatives' notional apart (given where <paramref name="TotalValue"/> is).</param>
public sealed record CompanyExposure(
    string Id,
    string NameEn,
    string? NameNative,
    string Country,
    Basis Basis,
    string BasisText,
    IReadOnlyList<string> Listings,
    IReadOnlyList<string> ListingNames,
    IReadOnlyList<string> Categories,
    string ReviewNote,
    IReadOnlyList<RelatedCompany> Relations,
    IReadOnlyList<AllegationView> Allegations,
    IReadOnlyList<CompanyHolding> Holdings,
    decimal? TotalValue,
    IReadOnlyList<LaterAllegation> LaterThanHoldings,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Lists = null,
    InstrumentSplit? ByInstrument = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Currency = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? TotalAtLeast = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TotalsWithheld? TotalWithheld = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TotalUnknown = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ValueDisagrees = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SchemeCompanyValue? Scheme = null)
{
    /// <summary>
    /// The holdings the figures and totals count: every one but those of a market's reports listed and not added
    /// (<see cref="CompanyHolding.NotCounted"/>). How many funds hold the company is how many of these there are.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<CompanyHolding> CountedHoldings => Holdings.Where(h => !h.NotCounted).ToList();

    /// <summary>Rows of the company whose value is unknown, over the holdings the figures count (<see cref="CountedHoldings"/>); its total leaves them out. Written only when above zero.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int RowsWithoutValue => CountedHoldings.Sum(h => h.RowsWithoutValue);
}

/// <summary>A parent or subsidiary of the company that is on the list too, with the sources for the link.</summary>
/// <param name="Relation">E.g. "parent of Jinko Solar Co., Ltd."; ownership is not stated unless a source gives it.</param>
public sealed record RelatedCompany(string Id, string Name, Basis Basis, string Relation, IReadOnlyList<LinkSource> Sources);

/// <param name="Note">What the source row adds, e.g. "described by TBEA as a controlled company".</param>
public sealed record LinkSource(string Title, string Publisher, string Url, string? Date, string? Note);

/// <param name="SourceKind">What kind of page the source is (official list or notice, NGO or academic report, news, ...), or null where the list does not say.</param>
/// <param name="ListName">The list this allegation came from.</param>
/// <param name="Listed">The row records an entry on a list ("listed on"), not a report naming the company.</param>
/// <param name="DateKind">What <paramref name="Date"/> is where it is not a listing or publication date (<see cref="DateKinds"/>); null when it is.</param>
public sealed record AllegationView(
    string Id,
    string SubjectName,
    SubjectRelation SubjectRelation,
    string Category,
    string ListOrReport,
    string? Date,
    string Summary,
    string SourceUrl,
    string SourceTitle,
    string Publisher,
    string? SourceKind = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ListName = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Listed = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DateKind = null)
{
    /// <summary>The date as every report shows it: "2021-08-02 (effective)" where it is not a listing or publication date (<see cref="DateKinds.Shown"/>).</summary>
    [JsonIgnore]
    public string? DateShown => DateKinds.Shown(Date, DateKind);
}

/// <summary>A company's holding in one fund.</summary>
/// <param name="Value">The known values of its rows; null when no row's value is known.</param>
/// <param name="Weight">Its share of the fund, on the fund's weight basis; null when not known.</param>
/// <param name="RowsWithoutValue">Rows whose value is unknown (not given, or not readable); <paramref name="Value"/> leaves them out.</param>
/// <param name="AsOf">The fund's as-of date, when known.</param>
/// <param name="ByInstrument">The value in shares, bonds and other instruments, and derivatives' notional apart; <paramref name="Value"/> is the value held (derivatives apart).</param>
/// <param name="Instruments">How it is held: each share class, bond (with its terms) and derivative.</param>
/// <param name="NotCounted">
/// The holding is of a market's report the figures do not count (<see cref="FundExposure.Counted"/>: an earlier report of
/// its fund, or the last report of a fund with no report in the latest data set): listed, never added to the company's
/// total or counted among the funds holding it.
/// </param>
/// <param name="WeightAtLeast">
/// <paramref name="Weight"/> leaves out rows of the company whose value and weight are both unknown: it is a lower bound,
/// and every report says "at least" before it.
/// </param>
public sealed record CompanyHolding(
    string FundId,
    string FundName,
    string? Currency,
    decimal? Value,
    decimal? Weight,
    int Rows,
    int RowsWithoutValue = 0,
    DateOnly? AsOf = null,
    InstrumentSplit? ByInstrument = null,
    IReadOnlyList<HeldInstrument>? Instruments = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool NotCounted = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool WeightAtLeast = false)
{
    /// <summary>"at least 2.768% of the fund", "2.768% of the fund", or "its share of the fund unknown": the holding's weight as every report words it.</summary>
    [JsonIgnore]
    public string ShareOfFund => Weight is null ? "its share of the fund unknown" : $"{Wording.AtLeast(WeightAtLeast)}{Wording.Percent(Weight)} of the fund";
}

/// <summary>
/// The allegations dated after the holdings of one as-of date that hold the company: what was on the list for it then is
/// not what is on it now. <see cref="Text"/> says it: "Listed on UFLPA Entity List in August 2024 and January 2025; these
/// holdings are from March 2022 (2022-03-10)".
/// </summary>
/// <param name="HoldingsAsOf">The as-of date of the holdings the allegations are later than.</param>
/// <param name="FundIds">The funds of that date holding the company.</param>
/// <param name="AllegationIds">The allegations dated after it.</param>
public sealed record LaterAllegation(DateOnly HoldingsAsOf, IReadOnlyList<string> FundIds, IReadOnlyList<string> AllegationIds, string Text);

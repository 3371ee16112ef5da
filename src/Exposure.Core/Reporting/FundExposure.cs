using System.Text.Json.Serialization;
using Exposure.Core.Holdings;

namespace Exposure.Core.Reporting;

/// <summary>
/// One fund (one holdings file) and its exposure. A value the file did not give, or gave in a form that could not be read,
/// is unknown (null), never 0. An index constituent list (<see cref="FundValueBasis.ConstituentWeights"/>) gives weights,
/// not money: every value of it is null, and its weights are the list's own.
/// </summary>
/// <param name="FundValue">
/// Stated net assets when the file gives them, else the sum of the values of the accepted rows; when the file's own
/// weights show that it lists only part of the fund, the fund value they imply (<see cref="FundValueBasis.ImpliedByWeights"/>).
/// Null when no row's value is known and no net assets are stated.
/// </param>
/// <param name="SumOfRows">The sum of the rows' known values; null when no row's value is known.</param>
/// <param name="FlaggedValue">The known values of matched rows; null when there are matched rows and none has a known value.</param>
/// <param name="FlaggedWeight">The flagged share of the fund (a fraction, not a percentage), on the basis <see cref="WeightBasis"/> says.</param>
/// <param name="ExcludedValue">Known value of the rows not screened (cash, government debt ...); null for a constituent list, which gives weights, not money.</param>
/// <param name="ScreenedValue">Known value of the rows screened against the list (unmatched, matched, related, needs review); null for a constituent list, which gives weights, not money.</param>
/// <param name="Nested">Rows that are other funds of the portfolio.</param>
/// <param name="ValuesUnknown">Holding rows whose value is unknown (not given, or not readable), in all and by state.</param>
/// <param name="WeightBasis">Whether weights are value over fund value, or the file's own weights (when the two disagree, or the file gives no values).</param>
/// <param name="AlternativeFlaggedWeight">The flagged weight the other way, when the file's weights disagree with its values: on the sum of the rows, or on value over fund value.</param>
/// <param name="FlaggedByInstrument">Of the matched rows, the value in shares, in bonds and in other instruments, and derivatives' notional apart; <paramref name="FlaggedValue"/> is the value held (derivatives apart).</param>
/// <param name="ScreenedWeight">The share of the fund in rows screened against the list (a fraction), on the fund's weight basis; null when not known.</param>
/// <param name="ExcludedWeight">The share of the fund in rows not screened (a fraction), on the fund's weight basis; null when not known.</param>
/// <param name="Registrant">For a fund from a regulatory filing: who filed it, its SEC CIK, the fund's series id and the filing's accession number.</param>
/// <param name="StatedNetAssetsSetAside">Why the net assets the file states are not the fund value (<see cref="FundValueBasis.SumOfRowsStatedSetAside"/>).</param>
/// <param name="RowCurrencies">
/// The currencies the rows' values are given in, when there are more than one; with <see cref="FundValueBasis.SeveralCurrencies"/>
/// the values were not added up, otherwise the file's weights showed them to be in one currency (the column names each security's own).
/// </param>
/// <param name="SupersededBy">
/// For an earlier report of a market's fund (<see cref="ReportSummary.EarlierReports"/>): the report that counts in the
/// figures in its place. Null for a report the figures count.
/// </param>
/// <param name="OtherSheets">For a workbook, its other sheets that hold holdings too and were not read; null when there are none.</param>
/// <param name="Label">
/// How reports name the fund where another fund of the report has the same name: the name with what tells the two apart,
/// its registrant first ("Emerging Markets Fund (Beta Trust)"; <see cref="FundLabels"/>). Null where no other fund
/// shares its name, or only other reports of the same fund do: its name is its label (<see cref="DisplayName"/>).
/// </param>
/// <param name="FiledOn">For a fund from a filing, the day it was filed, where the input says.</param>
/// <param name="FormType">For a fund from a filing, its form (<c>NPORT-P</c>; <c>NPORT-P/A</c> for an amendment), where the input says.</param>
/// <param name="NoLaterReportIn">
/// For the last report of a market's fund that has no report in the latest data set: that data set (as reports name it).
/// The report is listed and not counted, and no later report counts in its place.
/// </param>
/// <param name="Holdings">
/// Where holdings of the file span several lines each (an N-PORT filing's XML, one <c>invstOrSec</c> entry a holding): the
/// holdings, each counted once, by the state they ended in, as <paramref name="Lines"/> counts their lines. Null where
/// every holding is one line, and its lines are its holdings.
/// </param>
public sealed record FundExposure(
    string Id,
    string Name,
    MetadataOrigin NameFrom,
    DateOnly? AsOf,
    MetadataOrigin AsOfFrom,
    string? Currency,
    string SourceFile,
    string Layout,
    decimal? FundValue,
    FundValueBasis FundValueBasis,
    decimal? StatedNetAssets,
    decimal? SumOfRows,
    decimal? ExcludedValue,
    decimal? FlaggedValue,
    decimal? FlaggedWeight,
    decimal? RelatedValue,
    decimal? RelatedWeight,
    decimal? ReviewValue,
    decimal? ReviewWeight,
    int CompaniesFlagged,
    StateCounts Lines,
    int HoldingRows,
    IReadOnlyList<CategoryExposure> ByCategory,
    WeightCheck WeightCheck,
    decimal? ScreenedValue,
    IReadOnlyList<NestedHolding> Nested,
    UnknownValues ValuesUnknown,
    WeightBasis WeightBasis = WeightBasis.ValueOverFundValue,
    decimal? AlternativeFlaggedWeight = null,
    string? Registrant = null,
    string? Cik = null,
    string? SeriesId = null,
    string? AccessionNumber = null,
    InstrumentSplit? FlaggedByInstrument = null,
    decimal? ScreenedWeight = null,
    decimal? ExcludedWeight = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? RowCurrencies = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StatedNetAssetsSetAside = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SupersedingReport? SupersededBy = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OtherSheets? OtherSheets = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Label = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? FiledOn = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FormType = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NoLaterReportIn = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] StateCounts? Holdings = null)
{
    /// <summary>The fund's name as reports show it: its <see cref="Label"/> where another fund shares its name, else its name.</summary>
    [JsonIgnore]
    public string DisplayName => Label ?? Name;

    /// <summary>
    /// The flagged value is a lower bound: it leaves out holdings in named companies whose value is unknown
    /// (<see cref="UnknownValues.Matched"/>). Reports write it "at least" (<see cref="Wording.FlaggedValueAtLeast(FundExposure)"/>);
    /// JSON writes it only when true.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool FlaggedValueAtLeast => FlaggedValue is not null && ValuesUnknown.Matched > 0;

    /// <summary>The same for the related value and holdings in related companies whose value is unknown.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool RelatedValueAtLeast => RelatedValue is not null && ValuesUnknown.Related > 0;

    /// <summary>
    /// Which fund this is a report of: its SEC series id; without one, its registrant's CIK and its name; else its name.
    /// Reports of several dates of one fund share it; two funds of the same name from different registrants do not.
    /// </summary>
    [JsonIgnore]
    public string Identity => SeriesId ?? (Cik is { } cik ? $"CIK {cik}: {Name}" : Name);

    /// <summary>
    /// The figures and totals count this report: no other report of the same fund is in their place, and the fund reports
    /// in the latest data set of a market.
    /// </summary>
    [JsonIgnore]
    public bool Counted => SupersededBy is null && NoLaterReportIn is null;

    /// <summary>The layout of a fund read from an N-PORT filing's XML, whose holdings are its <c>invstOrSec</c> entries.</summary>
    public const string FilingXmlLayout = "SEC Form N-PORT";

    /// <summary>
    /// The fund is an N-PORT filing's XML, each holding an <c>invstOrSec</c> entry of several lines: the counts a reader
    /// reads of it by state are its <see cref="Holdings"/>, its <see cref="Lines"/> an audit of its lines.
    /// </summary>
    [JsonIgnore]
    public bool HoldingsAreEntries => Holdings is not null && Layout.StartsWith(FilingXmlLayout, StringComparison.Ordinal);

    /// <summary>Why the figures do not count this report, in words (<see cref="MarketWording.NotCounted"/>); null where they count it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NotCounted => MarketWording.NotCounted(this);
}

public enum FundValueBasis
{
    StatedNetAssets,
    SumOfRows,
    /// <summary>The sum of the rows' values over the sum of the file's own weights: the file lists part of the fund.</summary>
    ImpliedByWeights,
    /// <summary>No value is known: the file gives no net assets and no row's value.</summary>
    Unknown,
    /// <summary>The sum of rows, because the net assets the file states are zero or less and cannot be what weights are shares of.</summary>
    SumOfRowsStatedNotPositive,
    /// <summary>An index constituent list: the file gives weights, not money. The fund has no value in money, and neither has any of its rows.</summary>
    ConstituentWeights,
    /// <summary>
    /// Unknown: the rows give values in more than one currency, no rate converts them, and the file's weights do not show
    /// them to be in one; adding them up would mix currencies, so the fund's value and the values held are unknown.
    /// </summary>
    SeveralCurrencies,
    /// <summary>The sum of rows, because the net assets the file states cannot be its base: in another currency, or in other units (<see cref="FundExposure.StatedNetAssetsSetAside"/>).</summary>
    SumOfRowsStatedSetAside,
}

public enum WeightBasis
{
    /// <summary>A holding's value over the fund value.</summary>
    ValueOverFundValue,
    /// <summary>The weights the file states: it gives no values, or its weights disagree with them.</summary>
    FileWeights,
}

/// <summary>Holding rows whose value is unknown: not given, or written in a form that could not be read.</summary>
/// <param name="Rows">All holding rows without a known value.</param>
/// <param name="Matched">Of them, rows in companies named by a source.</param>
/// <param name="Related">Of them, rows in related companies.</param>
/// <param name="NeedsReview">Of them, rows awaiting review.</param>
/// <param name="NotReadable">Of <paramref name="Rows"/>, those whose value is written but could not be read.</param>
/// <param name="MatchedOutOfWeight">
/// Holdings in named companies that the flagged weight leaves out, as neither their value nor, where the fund's weights
/// are the file's own, their weight is known: the flagged weight is then a lower bound. A row of unknown value whose
/// weight the file states is one of them where the fund's weights are value over fund value.
/// </param>
/// <param name="RelatedOutOfWeight">The same for holdings in related companies: the related weight is then a lower bound.</param>
public sealed record UnknownValues(int Rows, int Matched, int Related, int NeedsReview, int NotReadable,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int MatchedOutOfWeight = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int RelatedOutOfWeight = 0)
{
    public static readonly UnknownValues None = new(0, 0, 0, 0, 0);

    public UnknownValues Plus(UnknownValues o) =>
        new(Rows + o.Rows, Matched + o.Matched, Related + o.Related, NeedsReview + o.NeedsReview, NotReadable + o.NotReadable,
            MatchedOutOfWeight + o.MatchedOutOfWeight, RelatedOutOfWeight + o.RelatedOutOfWeight);
}

/// <summary>
/// Flagged value by category of allegation. A company in two categories counts in both: never sum these. Where several
/// lists are screened together, a category is each list's own: the same category of two lists is two entries, each
/// naming its list, never one figure.
/// </summary>
/// <param name="ValuesUnknown">Holdings in the category whose value is unknown: its value leaves them out, its companies count them.</param>
/// <param name="List">The list whose category this is (<see cref="ListInfo.Name"/>), where several lists are screened together; null when one is.</param>
/// <param name="OutOfWeight">
/// Of <paramref name="ValuesUnknown"/>, the holdings its weight leaves out too, as their weight is not known either (as
/// <see cref="UnknownValues.MatchedOutOfWeight"/> for the fund): the weight is then a lower bound. Where the fund's weights
/// are the file's own, a holding of unknown value whose weight the file states is counted in the weight, not here.
/// </param>
public sealed record CategoryExposure(
    string Category,
    decimal? Value,
    decimal? Weight,
    int Companies,
    int ValuesUnknown = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? List = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int OutOfWeight = 0);

/// <summary>A holding in another fund of the portfolio, looked through to that fund's holdings.</summary>
public sealed record NestedHolding(int Line, string? Name, decimal Value, decimal Weight, string FundId);

/// <summary>The file's own weight column against value over fund value.</summary>
/// <param name="StatedSumPercent">The sum of the weights the file states, in percent, when it states any.</param>
/// <param name="ReadAsFractions">
/// When the file's weights are fractions of the fund (<c>0.05</c> for 5%) and are read so, multiplied by 100: the sum of
/// the weights as written and what shows they are fractions. Null when they are read as percentages, as written.
/// </param>
/// <param name="TakenOverTotal">
/// An index constituent list whose weights add up to clearly more than the whole index (<see cref="StatedSumPercent"/> past
/// 102%): each weight is taken over their total, so that they add up to 100% and a mandate is never looked through for more
/// than its amount. False when the weights are used as the list states them.
/// </param>
/// <param name="WeightsUnreadable">
/// Rows whose stated weight could not be read (an N-PORT PERCENTAGE that is not a number): not in
/// <see cref="StatedSumPercent"/>, nor compared.
/// </param>
public sealed record WeightCheck(
    int RowsCompared,
    int RowsOutsideTolerance,
    decimal MaxDifferencePercent,
    decimal TolerancePercent,
    decimal? StatedSumPercent = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] FractionWeights? ReadAsFractions = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool TakenOverTotal = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int WeightsUnreadable = 0);

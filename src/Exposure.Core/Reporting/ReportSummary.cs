using System.Text.Json.Serialization;

namespace Exposure.Core.Reporting;

/// <summary>
/// Headline figures over all funds; in a market of filings (<see cref="ExposureReport.Market"/>) where a fund has
/// several reports, over each fund's latest report only (<see cref="EarlierReports"/>), the earlier ones being the base
/// its entries and exits are compared with. Money totals are given for one fund, or for several that report in the same stated
/// currency; <see cref="TotalsWithheld"/> says why they are not. Totals over funds of different as-of dates are
/// labelled with the range (<see cref="Dates"/>) and given per date (<see cref="ByDate"/>), never as one silent sum.
/// </summary>
/// <param name="FundValue">The value of the funds the figures count (each fund's value, summed): what <paramref name="FlaggedShare"/> is a share of.</param>
/// <param name="ValueScreened">Of <paramref name="FundValue"/>, the value in rows screened against the list: rows not screened (cash, government debt ...) and other funds looked through are not in it.</param>
/// <param name="CompaniesInReview">Companies with holdings awaiting review in the funds the figures count; a company the funds are only short in is not held, and its short is said in its fund's note instead.</param>
/// <param name="FundsHoldingNamed">Of <paramref name="Funds"/>, those holding a company the run's lists name (a short position is not a holding).</param>
/// <param name="FundsHoldingRelated">Of <paramref name="Funds"/>, those holding a related company (a listed parent or subsidiary of a named entity).</param>
/// <param name="RowsMatchedByDecision">Matched or related rows that rest on a person's review decision rather than a rule.</param>
/// <param name="TotalsWithheld">Why the money totals are not given, or null when they are.</param>
/// <param name="ValuesUnknown">Holding rows whose value is unknown, over all funds: the totals leave them out.</param>
/// <param name="Dates">The dates a reader needs: the holdings' as-of dates and the list's version and date.</param>
/// <param name="ByDate">The figures per as-of date when the funds are not all of one date; empty when they are.</param>
/// <param name="Warnings">What a reader must know beside the figures, in the words every output shows.</param>
/// <param name="Sources">How many holdings and companies rest on secondary sources only, for the methodology (<see cref="SourceKindCounts"/>).</param>
/// <param name="Funds">Funds the figures count: every fund, or in a market of filings each fund once, by its latest report.</param>
/// <param name="Lines">Every line read, of every report screened, and of no fund (<see cref="LinesOfNoFund"/>).</param>
/// <param name="HoldingRows">Holding rows read, of every report screened.</param>
/// <param name="FlaggedByInstrument">Of <paramref name="FlaggedValue"/>, what is in shares, in bonds and in other instruments, with derivatives' notional apart; null when totals are withheld.</param>
/// <param name="EarlierReports">Reports of a fund of a market of filings that a later report of the same fund replaces in the figures (screened and listed, not added); null when there are none.</param>
/// <param name="LinesOfNoFund">Lines of each input that belong to no fund, counted in <paramref name="Lines"/> and in no fund's; null when there are none.</param>
/// <param name="Entries">
/// The funds read from N-PORT filings' XML (<see cref="FundExposure.HoldingsAreEntries"/>), whose holdings span several
/// lines each: their lines and holdings by state, so that a count a reader reads is of holdings; null when there are none.
/// </param>
public sealed record ReportSummary(
    int Funds,
    string? Currency,
    decimal? FundValue,
    decimal? ValueScreened,
    decimal? FlaggedValue,
    decimal? FlaggedShare,
    decimal? RelatedValue,
    decimal? RelatedShare,
    decimal? ReviewValue,
    int CompaniesFlagged,
    int CompaniesRelated,
    int CompaniesInReview,
    int FundsHoldingNamed,
    int FundsHoldingRelated,
    StateCounts Lines,
    int HoldingRows,
    int DistinctSecurities,
    int RowsMatchedByDecision,
    TotalsWithheld? TotalsWithheld,
    UnknownValues ValuesUnknown,
    ReportDates Dates,
    IReadOnlyList<DateTotals> ByDate,
    IReadOnlyList<FigureWarning> Warnings,
    SourceKindCounts Sources,
    InstrumentSplit? FlaggedByInstrument = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] EarlierReports? EarlierReports = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<LinesOfNoFund>? LinesOfNoFund = null,
    [property: JsonIgnore] FilingEntries? Entries = null)
{
    /// <summary>
    /// Where funds are read from N-PORT filings' XML: their holdings (one an <c>invstOrSec</c> entry) by state, as
    /// <see cref="Lines"/> counts their lines among every input's. Null where there are none. JSON <c>summary.holdings</c>.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StateCounts? Holdings => Entries?.Holdings;

    /// <summary>
    /// The holdings by state a reader counts, where some are N-PORT filings' entries (<see cref="Entries"/>): a line a
    /// holding in every other file, an entry a holding in the filings; not-a-holding stays the lines of the other files.
    /// Null where every holding is a line, and <see cref="Lines"/> is the count.
    /// </summary>
    [JsonIgnore]
    public StateCounts? ByHolding => Entries is { } e ? Lines.Minus(e.Lines).Plus(e.Holdings) : null;

    /// <summary>
    /// The flagged value is a lower bound: it leaves out holdings in named companies whose value is unknown
    /// (<see cref="UnknownValues.Matched"/>). Reports write it "at least" (<see cref="Wording.FlaggedValueAtLeast(ReportSummary)"/>);
    /// JSON writes it only when true.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool FlaggedValueAtLeast => FlaggedValue is not null && ValuesUnknown.Matched > 0;

    /// <summary>The same for the related value and holdings in related companies whose value is unknown.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool RelatedValueAtLeast => RelatedValue is not null && ValuesUnknown.Related > 0;
}

/// <summary>
/// The funds of a report read from N-PORT filings' XML, where a holding (an <c>invstOrSec</c> entry) spans several lines
/// and each of its lines counts in the holding's state.
/// </summary>
/// <param name="Filings">How many such funds.</param>
/// <param name="Lines">Their lines by state, counted in <see cref="ReportSummary.Lines"/>.</param>
/// <param name="Holdings">Their holdings by state, each once; no line outside a holding is one.</param>
public sealed record FilingEntries(int Filings, StateCounts Lines, StateCounts Holdings)
{
    /// <summary>
    /// The funds read from N-PORT filings' XML (every report, as the lines count every report): their lines and their
    /// holdings by state; null where there are none. Computed from the funds, so that a report read back from its JSON has it.
    /// </summary>
    public static FilingEntries? Of(IReadOnlyList<FundExposure> funds)
    {
        ArgumentNullException.ThrowIfNull(funds);
        var filings = funds.Where(f => f.HoldingsAreEntries).ToList();
        return filings.Count == 0 ? null : new FilingEntries(filings.Count,
            filings.Aggregate(StateCounts.Zero, (acc, f) => acc.Plus(f.Lines)),
            filings.Aggregate(StateCounts.Zero, (acc, f) => acc.Plus(f.Holdings!)));
    }
}

/// <summary>Why the money totals over all funds are not given.</summary>
public enum TotalsWithheld
{
    /// <summary>The funds state different currencies.</summary>
    DifferentCurrencies,
    /// <summary>Several funds, and at least one states no currency: adding them could mix currencies.</summary>
    CurrencyNotStated,
    /// <summary>No fund's value is known (for a company's total: the value of a holding of it is unknown).</summary>
    ValuesUnknown,
    /// <summary>A fund is an index constituent list: it gives weights, not money, which cannot be added to values.</summary>
    WeightsOnly,
    /// <summary>Several funds, and the value of some of them, not all, is unknown: their sum would leave those out.</summary>
    SomeValuesUnknown,
}

/// <summary>The dates that matter to a reader of the report.</summary>
/// <param name="HoldingsFrom">The earliest as-of date of the funds, when any is known.</param>
/// <param name="HoldingsTo">The latest as-of date of the funds, when any is known.</param>
/// <param name="FundsWithoutDate">Funds whose as-of date is not known.</param>
/// <param name="ListVersion">The version of the list screened against.</param>
/// <param name="ListDate">The list's date as it states it, when one list is used and it states one.</param>
/// <param name="LatestAllegation">The date of the latest allegation the list holds (after <c>--list-as-of</c>, if given).</param>
/// <param name="ListAsOf">The date the list was taken as it stood on (<c>--list-as-of</c>), or null for the whole list.</param>
public sealed record ReportDates(
    DateOnly? HoldingsFrom,
    DateOnly? HoldingsTo,
    int FundsWithoutDate,
    string ListVersion,
    string? ListDate,
    string? LatestAllegation,
    DateOnly? ListAsOf);

/// <summary>The figures of the funds of one as-of date (null: the funds whose date is not known).</summary>
/// <param name="FundValue">The funds' value: what <paramref name="FlaggedShare"/> is a share of.</param>
/// <param name="ValueScreened">Of <paramref name="FundValue"/>, the value in rows screened against the list.</param>
/// <param name="TotalsWithheld">Why this date's money totals are not given, or null when they are.</param>
/// <param name="FlaggedValueAtLeast">
/// <paramref name="FlaggedValue"/> is a lower bound: it leaves out holdings in named companies whose value is unknown, as
/// <see cref="ReportSummary.FlaggedValueAtLeast"/> for the funds of every date. Written only when true.
/// </param>
/// <param name="FlaggedShareAtLeast">The same for <paramref name="FlaggedShare"/>: holdings in named companies whose value or weight is unknown are left out of it.</param>
public sealed record DateTotals(
    DateOnly? AsOf,
    int Funds,
    string? Currency,
    decimal? FundValue,
    decimal? ValueScreened,
    decimal? FlaggedValue,
    decimal? FlaggedShare,
    int CompaniesFlagged,
    TotalsWithheld? TotalsWithheld = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool FlaggedValueAtLeast = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool FlaggedShareAtLeast = false);

/// <summary>Something a reader must know beside the figures, worded once for every output.</summary>
/// <param name="Code">What kind: <c>weights-disagree</c>, <c>no-values</c>, <c>several-currencies</c>, <c>currencies-in-one</c>, <c>net-assets-set-aside</c>, <c>net-assets-disagree</c>, <c>weights-not-shares</c>, <c>values-unknown</c>, <c>dates-differ</c>, <c>allegations-after-holdings</c>, <c>list-as-of</c>, <c>list-incomplete</c> (a list file holds another number of entries than it states), <c>weights-only</c> (an index constituent list gives weights, not money), <c>same-fund</c> (two files state the same fund and date), <c>date-unknown</c> (a counted fund's holdings date is unknown, so allegations dated after it cannot be told apart), <c>name-from-file</c> (a counted fund's name is its file's name), <c>other-sheets</c> (a fund's workbook has other sheets with holdings, not read).</param>
/// <param name="FundId">The fund it concerns, or null for the report as a whole.</param>
public sealed record FigureWarning(string Code, string? FundId, string Text);

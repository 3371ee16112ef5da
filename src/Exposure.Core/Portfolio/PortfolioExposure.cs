using System.Text.Json.Serialization;
using Exposure.Core.Holdings;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;

namespace Exposure.Core.Portfolio;

/// <summary>
/// The scheme's exposure, looked through its funds, funds of funds and index mandates to company level where their
/// holdings are known, in the report currency. Exposure to a company is the sum over paths of amount invested times the weight at each level.
/// A share of an amount of 0 is not defined: every share of a scheme, holding or manager with nothing invested is null
/// ("n/a", <see cref="SchemeBounds.Share"/>), never 0.
/// </summary>
/// <param name="FlaggedShare">Of the amount invested; null where nothing is invested.</param>
public sealed record PortfolioExposure(
    string Title,
    string ReportCurrency,
    DateOnly? AsOf,
    decimal TotalInvested,
    decimal FlaggedValue,
    decimal? FlaggedShare,
    decimal RelatedValue,
    decimal ReviewValue,
    Coverage Coverage,
    IReadOnlyList<EntryExposure> Entries,
    IReadOnlyList<ManagerExposure> Managers,
    IReadOnlyList<PortfolioCompanyExposure> Companies,
    IReadOnlyList<PortfolioCategoryExposure> Categories,
    IReadOnlyList<SnapshotChange> Changes,
    IReadOnlyList<FxRateUsed> FxRates,
    HeldSplit? FlaggedByInstrument = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] HeldValuesUnknown? ValuesUnknown = null)
{
    /// <summary>
    /// Holdings of the scheme that were not looked through at all (<see cref="EntryExposure.NotLookedThrough"/>): what
    /// is held through them is unknown, so the scheme's flagged, related and review values, when this is above zero,
    /// count only the holdings looked through and are lower bounds.
    /// </summary>
    public int EntriesNotLookedThrough => Entries.Count(e => e.NotLookedThrough is not null);

    /// <summary>
    /// Holdings of the scheme that lead to a company the lists name: a flagged value above zero looked through them, or
    /// holdings in named companies whose value is unknown.
    /// </summary>
    public int EntriesLeadingToNamed => Entries.Count(e => e.FlaggedValue > 0 || e.ValuesUnknown?.Named > 0);

    /// <summary>Managers through whom the scheme holds a company the lists name, counted as <see cref="EntriesLeadingToNamed"/>.</summary>
    public int ManagersLeadingToNamed => Managers.Count(m => m.FlaggedValue > 0 || m.ValuesUnknown?.Named > 0);

    /// <summary>
    /// Funds reached only through other funds of the scheme (a fund of funds, a mandate) that were not looked through
    /// (<see cref="EntryExposure.FundsNotLookedThrough"/>), each with its path, amount and why: as for a holding not looked
    /// through, what is held through them is unknown and the totals that reach them are lower bounds.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<CoverageGap> FundsNotLookedThrough =>
        [.. Entries.Where(e => e.NotLookedThrough is null).SelectMany(e => e.FundsNotLookedThrough ?? [])];

    /// <summary>Whether anything the scheme invests in, held directly or through other funds, was not looked through.</summary>
    [JsonIgnore]
    public bool NotAllLookedThrough => EntriesNotLookedThrough > 0 || Entries.Any(e => e.NotLookedThrough is null && e.FundsNotLookedThrough is { Count: > 0 });

    /// <summary>
    /// How the flagged (and its share), related and review values are to be read: lower bounds when holdings were not
    /// looked through (<see cref="EntriesNotLookedThrough"/>) or holdings of that kind have values that are unknown
    /// (<see cref="ValuesUnknown"/>); a lower bound of zero is unknown.
    /// </summary>
    public FigureBounds Bounds
    {
        get
        {
            var notLooked = NotAllLookedThrough;
            var unknown = ValuesUnknown ?? HeldValuesUnknown.None;
            return new(Found(SchemeBounds.Kind(FlaggedValue, notLooked, unknown.Named), CompaniesNamed),
                Found(SchemeBounds.Kind(RelatedValue, notLooked, unknown.Related), CompaniesRelated),
                Found(SchemeBounds.Kind(ReviewValue, notLooked, unknown.Review), CompaniesInReview));
        }
    }

    /// <summary>
    /// "None in the holdings looked through" is not said where companies of that kind were found there (held through
    /// derivatives only, at a value of 0 with their notional apart): the figure is then at least 0.
    /// </summary>
    private static Bound Found(Bound bound, int companies) => bound == Bound.NoneLookedThrough && companies > 0 ? Bound.AtLeast : bound;

    /// <summary>
    /// The date of the holdings the scheme is looked through by, from its holdings' latest snapshots ("2026-09-30", a range
    /// when they differ, "unknown" when none is dated): every output gives this one, apart from the scheme's own date (<see cref="AsOf"/>).
    /// </summary>
    [JsonIgnore]
    public string HoldingsAsOf => Wording.HoldingsAsOf(Entries.Where(e => e.Snapshots > 0).Select(e => e.SnapshotAsOf));

    /// <summary>
    /// Said under every output's table of the scheme's holdings (<see cref="Wording.RoundedTotals"/>) where its rows, each
    /// rounded to the unit as shown, add up in some column to other than its Scheme row, which adds them before rounding;
    /// null where every column adds up as shown. A figure shown as unknown adds nothing, and a total shown as unknown is not
    /// added up to.
    /// </summary>
    [JsonIgnore]
    public string? RoundedTotalsNote
    {
        get
        {
            var bounds = Bounds;
            var addUp = AddsUp(Bound.Exact, TotalInvested, Entries.Select(e => (decimal?)e.AmountInReportCurrency))
                && AddsUp(Bound.Exact, Coverage.LookedThrough, Entries.Select(e => (decimal?)e.LookedThrough))
                && AddsUp(bounds.FlaggedValue, FlaggedValue, Entries.Select(e => e.FlaggedValue))
                && AddsUp(bounds.RelatedValue, RelatedValue, Entries.Select(e => e.RelatedValue))
                && AddsUp(bounds.ReviewValue ?? Bound.Exact, ReviewValue, Entries.Select(e => e.ReviewValue));
            return addUp ? null : Wording.RoundedTotals;
        }
    }

    /// <summary>Whether a column's rows, rounded to the unit as every output shows them, add up to its total so rounded.</summary>
    private static bool AddsUp(Bound bound, decimal total, IEnumerable<decimal?> rows) =>
        bound is Bound.NoneLookedThrough or Bound.ValuesUnknown || Unit(total) == rows.Sum(r => r is { } v ? Unit(v) : 0m);

    /// <summary>An amount rounded to the unit, as <see cref="Wording.Money"/> shows it.</summary>
    private static decimal Unit(decimal value) => Math.Round(value, 0, MidpointRounding.AwayFromZero);

    /// <summary>Companies named by a source that the scheme holds through its latest snapshots: the scheme's headline count.</summary>
    public int CompaniesNamed => Companies.Count(c => c.State == RowState.Matched);

    /// <summary>Listed parents or subsidiaries of named entities the scheme holds; never counted as named.</summary>
    public int CompaniesRelated => Companies.Count(c => c.State == RowState.Related);

    /// <summary>Companies the scheme holds through holdings awaiting a person's review.</summary>
    public int CompaniesInReview => Companies.Count(c => c.State == RowState.NeedsReview);
}

/// <summary>How much of the scheme's value was looked through to company level, and what was not, with why.</summary>
/// <param name="LookedThrough">Value in rows screened against the list (held directly or through other funds).</param>
/// <param name="Gaps">Value not looked through, each with its reason and where.</param>
/// <param name="LookedThroughShare">Of the amount invested; null (not defined) where nothing is invested.</param>
public sealed record Coverage(decimal LookedThrough, decimal? LookedThroughShare, IReadOnlyList<CoverageGap> Gaps);

/// <param name="Kind">What the gap is: every output gives it by this code or by <paramref name="Reason"/>, never by other words.</param>
/// <param name="Reason">
/// The gap in words, with the figures that show it: "no holdings file", "not screened: cash, currency, ... or no company
/// issuer", "the constituent list's weights add up to 97.500%: the rest of the mandate is not covered by the list".
/// </param>
/// <param name="Value">In the report currency; negative where the rows cover more than the whole (<see cref="CoverageGapKind.WeightsOver"/>, net assets below the rows' values).</param>
/// <param name="Route">The same path with the holdings' names, for readers.</param>
public sealed record CoverageGap(string EntryId, string Path, CoverageGapKind Kind, string Reason, decimal Value, string Route);

/// <summary>One holding of the scheme (a fund or mandate it invests in directly) and what it leads to.</summary>
/// <param name="FlaggedValue">Value in companies named by a source; null (unknown, never 0) when the holding was not looked through.</param>
/// <param name="NotLookedThrough">
/// Why the holding was not looked through at all (e.g. "no holdings file", "fund value is unknown"), or null when it was:
/// what it holds is unknown, so its flagged, related and review values are null.
/// </param>
/// <param name="ValuesUnknown">
/// Holdings in companies on the list reached through it whose value is unknown, by state; null when there are none. The
/// figures of a state with some leave them out and are lower bounds (<see cref="Bounds"/>).
/// </param>
/// <param name="FundsNotLookedThrough">
/// The funds it holds (directly or through others) that were not looked through, each as a coverage gap with its path,
/// amount and why; null when there are none. What is held through them is unknown, so its figures are lower bounds.
/// </param>
public sealed record EntryExposure(
    string Id,
    string Name,
    EntryKind Kind,
    string? Manager,
    decimal? AmountInvested,
    string? Currency,
    decimal AmountInReportCurrency,
    DateOnly? SnapshotAsOf,
    string? SnapshotFile,
    int Snapshots,
    decimal? FlaggedValue,
    decimal? FlaggedShare,
    decimal? RelatedValue,
    decimal? ReviewValue,
    decimal LookedThrough,
    HeldSplit? FlaggedByInstrument = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NotLookedThrough = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] HeldValuesUnknown? ValuesUnknown = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<CoverageGap>? FundsNotLookedThrough = null)
{
    /// <summary>How its flagged, related and review values are to be read: lower bounds where holdings' values are unknown or funds it holds were not looked through.</summary>
    public FigureBounds Bounds
    {
        get
        {
            var notLooked = FundsNotLookedThrough is { Count: > 0 };
            var unknown = ValuesUnknown ?? HeldValuesUnknown.None;
            return new(SchemeBounds.Kind(FlaggedValue, notLooked, unknown.Named), SchemeBounds.Kind(RelatedValue, notLooked, unknown.Related),
                SchemeBounds.Kind(ReviewValue, notLooked, unknown.Review));
        }
    }
}

/// <summary>The holdings of the scheme with one manager, added up.</summary>
/// <param name="FlaggedValue">
/// The sum over the manager's holdings that were looked through; null (unknown) when none was. When only some were
/// (<paramref name="EntriesNotLookedThrough"/> above zero), it is a lower bound, as are the share and related value.
/// </param>
/// <param name="EntriesNotLookedThrough">How many of the manager's holdings were not looked through at all.</param>
/// <param name="ValuesUnknown">Holdings reached through the manager's holdings whose value is unknown; null when none.</param>
/// <param name="FundsNotLookedThrough">
/// How many funds held through the manager's holdings looked through (by a fund of funds, a mandate) were not looked
/// through themselves: its figures are then lower bounds too.
/// </param>
public sealed record ManagerExposure(string Manager, decimal AmountInvested, decimal? FlaggedValue, decimal? FlaggedShare, decimal? RelatedValue, int Entries,
    int EntriesNotLookedThrough = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] HeldValuesUnknown? ValuesUnknown = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int FundsNotLookedThrough = 0)
{
    /// <summary>How its flagged (and share) and related values are to be read: lower bounds when some holdings were not looked through or values are unknown.</summary>
    public FigureBounds Bounds
    {
        get
        {
            var notLooked = EntriesNotLookedThrough > 0 || FundsNotLookedThrough > 0;
            var unknown = ValuesUnknown ?? HeldValuesUnknown.None;
            return new(SchemeBounds.Kind(FlaggedValue, notLooked, unknown.Named), SchemeBounds.Kind(RelatedValue, notLooked, unknown.Related), null);
        }
    }
}

/// <summary>A company the scheme holds, through which paths and how much.</summary>
/// <param name="Value">
/// Value held in its shares, bonds and other instruments; derivatives' notional is in <paramref name="ByInstrument"/>,
/// apart. Null (unknown, never 0) when the value of every holding of it is unknown; a lower bound when some are
/// (<paramref name="ValuesUnknown"/>).
/// </param>
/// <param name="Share">Of the amount invested; null when <paramref name="Value"/> is, or nothing is invested (a share of 0 is not defined).</param>
/// <param name="ValuesUnknown">Its holdings (rows of funds' files) reached through the scheme whose value is unknown.</param>
public sealed record PortfolioCompanyExposure(
    string CompanyId,
    string Name,
    Basis Basis,
    RowState State,
    decimal? Value,
    decimal? Share,
    IReadOnlyList<ExposurePath> Paths,
    HeldSplit? ByInstrument = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int ValuesUnknown = 0)
{
    /// <summary>
    /// Set when holdings of the scheme were not looked through (<see cref="PortfolioExposure.EntriesNotLookedThrough"/>):
    /// what they hold of the company is unknown, so <see cref="Value"/> counts only the holdings looked through.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool NotAllLookedThrough { get; init; }

    /// <summary>
    /// How <see cref="Value"/> is to be read: "at least" when some of its holdings' values are unknown or holdings of the
    /// scheme were not looked through; a company is held, so a value of 0 (through derivatives only) is at least 0, never "none".
    /// </summary>
    [JsonIgnore]
    public Bound ValueBound => SchemeBounds.Kind(Value, NotAllLookedThrough, ValuesUnknown) is var b && b == Bound.NoneLookedThrough ? Bound.AtLeast : b;
}

/// <param name="Path">Entry ids from the scheme down to the fund holding the company, e.g. "multi-asset > em-equity".</param>
/// <param name="Weight">The product of the weights along the path: value over amount invested at the top; null when <paramref name="Value"/> is, or nothing is invested in the holding at the top.</param>
/// <param name="Route">The same path with the holdings' names, e.g. "Multi-Asset Fund > EM Equity Fund".</param>
/// <param name="Value">Null (unknown, never 0) when the value of every holding of the company at the end of the path is unknown.</param>
/// <param name="ValueUnknown">
/// Why holdings of the company at the end of the path have no value ("no value given"), with how many when more than
/// one; null when every value is known. With a <paramref name="Value"/>, that value is a lower bound.
/// </param>
/// <param name="Notional">
/// The notional of derivatives on the company that are not short, reaching it along the path, in the report currency:
/// exposure shown apart, never added to <paramref name="Value"/> (0 where the company is held through derivatives only);
/// null for none.
/// </param>
/// <param name="ShortNotional">
/// The notional of short derivatives on the company (<see cref="Exposure.Core.Holdings.ShortPositions.SaysShort"/>)
/// reaching it along the path, apart from <paramref name="Notional"/> and never added to it or to the value; null for none.
/// </param>
/// <param name="PathsCombined">
/// Set on the row that stands for the paths not listed from one holding of the scheme (beyond the largest
/// <c>LookThrough.PathsListed</c> of a company): how many paths it adds up. Null for a row that is one path.
/// </param>
/// <param name="Funds">
/// The path fund by fund, from the holding of the scheme down to the fund whose file holds the company, each with the
/// share of the fund above it that it is and the row of that fund's file that holds it; null for a row of paths added up.
/// </param>
/// <param name="Invested">The amount the scheme invests in the holding the path starts from, in the report currency; null for a row of paths added up.</param>
/// <param name="File">The holdings file, of the last fund of the path, whose rows hold the company; null for a row of paths added up.</param>
/// <param name="Lines">Those rows' lines in <paramref name="File"/>, in order; null for a row of paths added up.</param>
/// <param name="HoldingWeight">
/// The company's share of the last fund of the path, over those of its rows whose weight is known: the value is the
/// amount reaching that fund times this; null where no row's weight is known, or for a row of paths added up.
/// </param>
public sealed record ExposurePath(
    string Path,
    string Manager,
    decimal? Value,
    decimal? Weight,
    string Route,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? PathsCombined = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ValueUnknown = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Notional = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? ShortNotional = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<PathFund>? Funds = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Invested = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? File = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<int>? Lines = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? HoldingWeight = null)
{
    /// <summary>How <see cref="Value"/> is to be read: "at least" when some values at the end of the path are unknown.</summary>
    [JsonIgnore]
    public Bound ValueBound => SchemeBounds.Kind(Value, false, ValueUnknown is null ? 0 : 1);
}

/// <summary>One fund along a path by which the scheme holds a company.</summary>
/// <param name="Id">The fund's id in the portfolio file.</param>
/// <param name="Name">Its name in the portfolio file.</param>
/// <param name="Weight">
/// The share of the fund above it on the path that is held in it (the row's value over that fund's value, or for an index
/// mandate its constituent weight); null for the first fund, the holding of the scheme, in which the scheme invests its amount.
/// </param>
/// <param name="File">The holdings file of the fund above it whose row holds it; null for the first fund.</param>
/// <param name="Line">That row's line (the first, where several rows hold it and their weights are added); null for the first fund.</param>
public sealed record PathFund(
    string Id,
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Weight = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? File = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Line = null);

/// <summary>
/// Flagged value by category of allegation. A company in two categories counts in both: never sum these. Where several
/// lists are screened together, a category is each list's own (<paramref name="List"/>), never added to another list's.
/// </summary>
/// <param name="List">The list whose category this is, where several lists are screened together; null when one is.</param>
/// <param name="ValuesUnknown">Holdings in its companies whose value is unknown: <paramref name="Value"/> leaves them out and is then a lower bound.</param>
public sealed record PortfolioCategoryExposure(
    string Category,
    decimal Value,
    decimal? Share,
    int Companies,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? List = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int ValuesUnknown = 0)
{
    /// <inheritdoc cref="PortfolioCompanyExposure.NotAllLookedThrough"/>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool NotAllLookedThrough { get; init; }

    /// <summary>How <see cref="Value"/> is to be read: "at least", or unknown, when holdings' values are unknown or holdings of the scheme were not looked through.</summary>
    [JsonIgnore]
    public Bound ValueBound => SchemeBounds.Kind(Value, NotAllLookedThrough, ValuesUnknown);
}

/// <summary>A change in a fund's holding of a company on the list between two snapshots.</summary>
/// <param name="Change">Added, removed, up or down.</param>
public sealed record SnapshotChange(
    string EntryId,
    string FromFile,
    DateOnly? FromAsOf,
    string ToFile,
    DateOnly? ToAsOf,
    string CompanyId,
    string CompanyName,
    HoldingChange Change,
    decimal WeightBefore,
    decimal WeightAfter);

public sealed record FxRateUsed(string From, string To, decimal Rate);

/// <summary>How a fund's holding of a company changed from one snapshot to the next.</summary>
public enum HoldingChange
{
    Added,
    Removed,
    Up,
    Down,
}

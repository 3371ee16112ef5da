using Exposure.Core.Collections;
using Exposure.Core.Holdings;
using Exposure.Core.Identifiers;
using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Core.Review;
using Exposure.Core.Text;

namespace Exposure.Pipeline.Figures;

/// <summary>
/// Collects one fund's lines as they are read and screened; <see cref="Complete"/> computes its figures. A value a row
/// does not give, or gives in a form that could not be read, is unknown: it is left out of sums and counted, never taken
/// as 0. When the file states weights that disagree with value over fund value, the file's own statement wins: a file
/// listing part of a fund gives the fund value its weights imply; otherwise its weights are used as they stand. Weights
/// are percentages unless the file leaves that unsaid and they show they are fractions of the fund (<see cref="Fractions"/>).
/// An index constituent list that gives weights and no value gives no money at all (<see cref="FundValueBasis.ConstituentWeights"/>):
/// its figures are its weights, and every value of it is null.
/// </summary>
public sealed class FundAccumulator
{
    private readonly ReferenceData _reference;
    private readonly decimal _weightTolerancePercent;
    private readonly FundMetadata _fund;
    private readonly List<(Holding Holding, RowState State, MatchResult Match)> _findings = [];
    private readonly List<RejectedLine> _rejected = [];
    private readonly List<SetAsideRow> _setAside = [];
    private readonly ChunkedCollection<(decimal Value, decimal FileWeight)> _weights = [];
    private readonly List<(int Line, string? Name, decimal? Value, decimal? FileWeight, string FundId)> _nested = [];
    private decimal _screened;

    /// <summary>Rows screened against the list, and rows not screened, whose value is known, of how many: a sum of none of them known is unknown, not 0.</summary>
    private int _screenedKnown, _screenedRows, _excludedKnown, _excludedRows;
    private readonly HashSet<string> _currencies = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The currencies of the rows whose value is known.</summary>
    private readonly HashSet<string> _valueCurrencies = new(StringComparer.OrdinalIgnoreCase);
    private readonly int[] _lines = new int[Enum.GetValues<RowState>().Length];

    /// <summary>Holdings (records that looked like one) by the state they ended in, each counted once however many lines it spans.</summary>
    private readonly int[] _records = new int[Enum.GetValues<RowState>().Length];

    /// <summary>A holding of the file spans several lines (an N-PORT <c>invstOrSec</c> element): its lines are not its holdings.</summary>
    private bool _multiLineRecords;
    private readonly int[] _unknown = new int[Enum.GetValues<RowState>().Length];
    private int _unreadable;
    private decimal _sumOfRows;
    private int _valuesKnown;
    private decimal _statedSum;
    private int _statedRows;
    /// <summary>Rows that state a weight the reader could not read: not in <see cref="_statedSum"/>.</summary>
    private int _weightsUnreadable;
    private decimal _largestWeight;
    private bool _percentSigns;

    /// <summary>What the file's weights are multiplied by to give percentages: 1, or 100 when they are fractions.</summary>
    private decimal _toPercent = 1;
    private decimal _excluded;
    private int _holdingRows;
    private readonly bool _constituentList;

    /// <summary>The file's weights of the rows screened against the list and of the rows not screened, as the file writes them.</summary>
    private decimal _screenedFileWeight;

    /// <inheritdoc cref="_screenedFileWeight"/>
    private decimal _excludedFileWeight;

    /// <param name="constituentList">The file is an index's constituent list: when it gives weights and no value, they are weights, not money.</param>
    internal FundAccumulator(ReferenceData reference, decimal weightTolerancePercent, string id, string sourceFile, FundMetadata fund, bool constituentList = false)
    {
        _constituentList = constituentList;
        _reference = reference;
        _weightTolerancePercent = weightTolerancePercent;
        Id = id;
        SourceFile = sourceFile;
        _fund = fund;
    }

    public string Id { get; }

    /// <summary>The holdings file as published: its file name alone.</summary>
    public string SourceFile { get; }

    /// <summary>Physical lines accounted for so far.</summary>
    public int Lines => _lines.Sum();

    public void NotAHolding(SourceLocation source) => _lines[(int)RowState.NotAHolding] += source.LineCount;

    public void Rejected(SourceLocation source, string reason, string rawText, RejectionKind kind = RejectionKind.Unreadable)
    {
        _lines[(int)RowState.Rejected] += source.LineCount;
        Record(RowState.Rejected, source);
        _rejected.Add(new RejectedLine(SourceFile, source.Line, source.LineCount, reason, rawText, kind));
    }

    /// <summary>Records a holding in its final state; <paramref name="match"/> is required for matched, related and review states.</summary>
    public void Add(Holding holding, RowState state, MatchResult? match = null)
    {
        if (state is RowState.NotAHolding or RowState.Rejected or RowState.LookedThrough)
            throw new ArgumentException($"a holding cannot end in state {state} here", nameof(state));
        var row = holding.Row;
        _lines[(int)state] += row.Source.LineCount;
        Record(state, row.Source);
        var netValue = NetValue(holding);
        // A short position in a company on the list is not held: its value, when unknown, is counted among the fund's short
        // positions (InstrumentSplit.ShortValuesUnknown), never among the holdings of unknown value of its finding's state.
        var shortFinding = state is RowState.Matched or RowState.Related or RowState.NeedsReview
            && ShortPositions.Of(holding.Instrument, row.Direction, row.MarketValue) is not null;
        Count(row, state, netValue, shortFinding);
        var screened = state is RowState.Unmatched or RowState.Matched or RowState.Related or RowState.NeedsReview;
        if (state == RowState.Excluded) _excludedRows++;
        if (screened) _screenedRows++;
        if (netValue is { } value)
        {
            if (state == RowState.Excluded)
            {
                _excluded = Add(_excluded, value, row.Source);
                _excludedKnown++;
            }
            if (screened)
            {
                _screened = Add(_screened, value, row.Source);
                _screenedKnown++;
            }
        }
        if (row.WeightPercent is { } weight)
        {
            if (state == RowState.Excluded) _excludedFileWeight += weight;
            if (screened) _screenedFileWeight += weight;
        }
        if (state is RowState.Matched or RowState.Related or RowState.NeedsReview)
            _findings.Add((holding, state, match ?? throw new ArgumentNullException(nameof(match))));
        if (state == RowState.Unmatched && match is { Company: { } company, Decision: { Decision.Verdict: ReviewVerdict.Reject } decided })
        {
            var d = decided.Decision;
            _setAside.Add(new SetAsideRow(Id, SourceFile, row.Source.Line, row.Name, company.Id, company.NameEn, decided.RuleBefore, decided.WasMatch,
                decided.Reviewer, d.DecidedOn, d.Reason, Core.Inputs.PublishedName.Of(d.File), d.Line)
            {
                // Keyed as the row's finding would be (HoldingFinding.Key): its id decides the row again.
                Key = DecisionKey.For(company.Id, row.Isin, holding.Exchange?.Mic, holding.TickerOnExchange, holding.Name.Text),
                Value = row.MarketValue,
                Sedol = string.IsNullOrWhiteSpace(row.Sedol) ? null : Ascii.TrimUpper(row.Sedol),
                Cusip = Cusip.Normalise(row.Cusip),
            });
        }
    }

    /// <summary>Counts a holding in its state, once, and whether it spans several lines.</summary>
    private void Record(RowState state, SourceLocation source)
    {
        _records[(int)state]++;
        _multiLineRecords |= source.LineCount > 1;
    }

    /// <summary>Records a holding that is another fund of the portfolio, identified as <paramref name="fundId"/>.</summary>
    public void LookedThrough(HoldingRow row, string fundId)
    {
        _lines[(int)RowState.LookedThrough] += row.Source.LineCount;
        Record(RowState.LookedThrough, row.Source);
        Count(row, RowState.LookedThrough, row.MarketValue);
        _nested.Add((row.Source.Line, row.Name, row.MarketValue, row.WeightPercent, fundId));
    }

    /// <param name="netValue">What the row adds to the fund's net assets: its value, negative for a short position.</param>
    /// <param name="shortFinding">The row is a short position in a company on the list: an unknown value of it is not a holding's.</param>
    private void Count(HoldingRow row, RowState state, decimal? netValue, bool shortFinding = false)
    {
        _holdingRows++;
        if (netValue is { } v)
        {
            _sumOfRows = Add(_sumOfRows, v, row.Source);
            _valuesKnown++;
        }
        else if (!shortFinding)
        {
            _unknown[(int)state]++;
            if (row.Unreadable is not null) _unreadable++;
        }
        if (row.WeightPercent is { } w)
        {
            _statedSum += w;
            _statedRows++;
            _largestWeight = Math.Max(_largestWeight, Math.Abs(w));
            _percentSigns |= row.WeightWithPercentSign;
        }
        else if (row.WeightUnreadable is not null)
        {
            _weightsUnreadable++;
        }
        if (row.Currency is { Length: > 0 } c)
        {
            _currencies.Add(c);
            if (row.MarketValue is not null) _valueCurrencies.Add(c);
        }
        if (row.WeightPercent is { } fileWeight && row.MarketValue is { } value) _weights.Add((value, fileWeight));
    }

    /// <summary>
    /// What a row adds to the fund's net assets: its value as the file writes it, except that a short position the file
    /// writes as a positive amount beside a short direction counts negative. A short reduces net assets whichever sign
    /// the file gives its size, so the sum of the rows follows the file either way.
    /// </summary>
    private static decimal? NetValue(Holding holding)
    {
        var row = holding.Row;
        return row.MarketValue is { } v && v > 0 && ShortPositions.Of(holding.Instrument, row.Direction, v) == ShortEvidence.Direction ? -v : row.MarketValue;
    }

    /// <summary>Closes the fund and computes its figures.</summary>
    public FundResult Complete()
    {
        var lines = Enum.GetValues<RowState>().Aggregate(StateCounts.Zero, (acc, s) => acc.Add(s, _lines[(int)s]));

        decimal? sumOfRows = _valuesKnown > 0 ? _sumOfRows : null;
        // Stated net assets of zero or less cannot be what weights are shares of: the sum of rows is used, and the basis
        // says why. Nor can net assets in another currency than the rows', or a hundredth or less of what the rows add up
        // to when no weight of the file bears them out (a figure in millions beside rows in units).
        // A report that lists no holdings and states net assets of zero (a fund liquidated) is worth nothing: 0, not unknown.
        var positive = _fund.StatedNetAssets is > 0 || (_holdingRows == 0 && _fund.StatedNetAssets == 0) ? _fund.StatedNetAssets : null;
        var setAside = positive is { } na ? StatedSetAside(na, sumOfRows) : null;
        var stated = setAside is null ? positive : null;
        // A constituent list giving weights and no value: its weights are its own, and it has no value in money.
        var weightsOnly = _constituentList && _valuesKnown == 0 && _statedRows > 0;
        var fundValue = weightsOnly ? null : stated ?? sumOfRows;
        var basis = weightsOnly ? FundValueBasis.ConstituentWeights
            : stated is not null ? FundValueBasis.StatedNetAssets
            : sumOfRows is null ? FundValueBasis.Unknown
            : _fund.StatedNetAssets is null ? FundValueBasis.SumOfRows
            : setAside is not null ? FundValueBasis.SumOfRowsStatedSetAside
            : FundValueBasis.SumOfRowsStatedNotPositive;
        // Weights adding up to more than ten whole funds are not shares of this one (a value column taken for weights):
        // they are not used, and the report says so.
        var weightsNotShares = _statedRows > 0 && Math.Abs(_statedSum) > MaxWeightSumPercent;
        var fractions = weightsNotShares ? null : Fractions(fundValue, basis);
        _toPercent = fractions is null ? 1 : 100;
        // A constituent list's weights adding up to clearly more than the whole index (past rounding) are each taken over
        // their total: a mandate's amount times them would otherwise be looked through for more than it is. The report says so.
        var statedPercent = _statedSum * _toPercent;
        var overTotal = weightsOnly && !weightsNotShares && statedPercent > MaxWholeIndexPercent;
        // A file's weight as a share of the fund: in percent over 100, or over the list's total.
        decimal? FileShare(decimal? weight) => overTotal ? weight * _toPercent / statedPercent : weight * _toPercent / 100;
        var check = CheckWeights(fundValue);
        var weightBasis = WeightBasis.ValueOverFundValue;
        var alternativeBase = (decimal?)null;
        if (weightsNotShares)
        {
            // Weights are value over fund value, or unknown without a fund value.
        }
        else if (fundValue is null && _statedRows > 0)
        {
            weightBasis = WeightBasis.FileWeights;
        }
        else if (check.RowsOutsideTolerance > 0)
        {
            // The file's weights say something else than its values do. A file listing part of a fund states weights of
            // the whole: the fund value they imply makes every row agree. Otherwise the weights stand as the file states them.
            // Not while holding lines of the file were rejected as unreadable: the weight missing from the rows may well be
            // on them, and a fund value implied from the rest would make what they hold look like a part of the fund the file
            // leaves out. A total or subtotal line repeats the rows' sums and holds nothing they lack: it does not stop it.
            var implied = basis == FundValueBasis.SumOfRows && !_rejected.Any(r => r.Kind == RejectionKind.Unreadable) ? ImpliedFundValue() : null;
            if (implied is { } value && CheckWeights(value).RowsOutsideTolerance == 0)
            {
                alternativeBase = fundValue;
                fundValue = value;
                basis = FundValueBasis.ImpliedByWeights;
            }
            else
            {
                weightBasis = WeightBasis.FileWeights;
            }
        }

        // Values in more than one currency are not added up unless the file's weights show them to be in one (a column
        // naming each security's own currency beside values in the fund's): with no rate to convert them, a sum would mix
        // currencies. The fund's value and every value held are then unknown; the file's own weights, where it gives them, stand.
        var rowCurrencies = _valueCurrencies.Count > 1 ? _valueCurrencies.Select(c => c.ToUpperInvariant()).Order(StringComparer.Ordinal).ToList() : null;
        var inOneCurrency = !weightsNotShares && weightBasis == WeightBasis.ValueOverFundValue && _weights.Count > 0 && fundValue is not null;
        var severalCurrencies = rowCurrencies is not null && !inOneCurrency;
        // Rows none of whose values is known add up to an unknown value, not 0.
        decimal? screened = _screenedRows > 0 && _screenedKnown == 0 ? null : _screened;
        decimal? excluded = _excludedRows > 0 && _excludedKnown == 0 ? null : _excluded;
        if (severalCurrencies)
        {
            fundValue = null;
            sumOfRows = null;
            basis = FundValueBasis.SeveralCurrencies;
            weightBasis = _statedRows > 0 && !weightsNotShares ? WeightBasis.FileWeights : WeightBasis.ValueOverFundValue;
            alternativeBase = null;
            screened = null;
            excluded = null;
        }

        decimal? RowWeight(HoldingRow row) => weightBasis == WeightBasis.FileWeights
            ? FileShare(row.WeightPercent)
            : row.MarketValue is { } v ? ExposureBuilder.Share(v, fundValue) : null;

        // A row whose value is unknown has the weight its file states, where the fund's weights are value over fund value
        // and the file's weights are shares of it: marked as the file's, and never added to the fund's weights, which are
        // value over value as its values are.
        decimal? StatedWeight(HoldingRow row) =>
            weightBasis == WeightBasis.ValueOverFundValue && !weightsNotShares && !weightsOnly && row.MarketValue is null ? FileShare(row.WeightPercent) : null;

        // Where the fund's weights are its file's own because they disagree with its values, a row whose value and stated
        // weight disagree says so beside its value: what the file's weight makes of it on the fund value.
        HoldingFinding CheckValue(HoldingFinding finding, HoldingRow row) =>
            weightBasis == WeightBasis.FileWeights && !severalCurrencies && fundValue is { } whole && whole > 0
                && row.MarketValue is { } value && FileShare(row.WeightPercent) is { } stated
                && ExposureBuilder.Share(value, whole) is { } share && Math.Abs(share - stated) * 100 > _weightTolerancePercent
                ? finding with
                {
                    ValueDisagrees = Wording.ValueDisagrees(value, share, stated, whole, row.Currency ?? RowsCurrency),
                    ValueByStatedWeight = stated * whole,
                }
                : finding;

        var findings = _findings.Select(f => CheckValue(ToFinding(f.Holding, f.State, f.Match, RowWeight, StatedWeight, weightBasis == WeightBasis.FileWeights, weightsOnly,
            severalCurrencies ? rowCurrencies : null, fundValue is null), f.Holding.Row)).ToList();
        // Values held: shares, bonds and other instruments. A derivative's notional is exposure, and a short position is
        // not value held: both are shown apart, never added to them (and a short is never netted against a holding).
        var held = findings.Where(f => f.IsHeld).ToList();
        var flagged = held.Where(f => f.State == RowState.Matched).ToList();
        var related = held.Where(f => f.State == RowState.Related).ToList();
        var review = held.Where(f => f.State == RowState.NeedsReview).ToList();
        // A constituent list's values are not unknown but not money at all: null, never 0.
        decimal? ValueOf(List<HoldingFinding> rows) => weightsOnly ? null : Sum(rows, f => f.Value);
        var flaggedValue = ValueOf(flagged);

        // A category is its list's: where several lists are screened together, the same category of two lists is two figures.
        var byCategory = flagged
            .SelectMany(f => _reference.AllegationsOf(f.CompanyId).Select(a => (a.ListName, a.Category)).Distinct().Select(key => (key, f)))
            .GroupBy(x => x.key)
            .Select(g => new CategoryExposure(g.Key.Category, Sum(g, x => x.f.Value), Sum(g, x => x.f.WeightAdded), g.Select(x => x.f.CompanyId).Distinct().Count(),
                g.Count(x => x.f.Value is null), g.Key.ListName,
                // Left out of the weight only where the weight is known and the holding's is not (MatchedOutOfWeight for the fund).
                WeightOf(g.Select(x => x.f).ToList()) is null ? 0 : g.Count(x => x.f.WeightAdded is null)))
            .OrderByDescending(c => c.Value ?? c.Weight ?? 0)
            .ThenBy(c => c.Category, StringComparer.Ordinal)
            .ThenBy(c => c.List, StringComparer.Ordinal)
            .ToList();
        if (weightsOnly) byCategory = byCategory.Select(c => c with { ValuesUnknown = 0 }).ToList();

        // The flagged weight the other way: on the sum of the rows when the fund value is implied by the weights, on
        // value over fund value when the file's weights are used because they disagree.
        decimal? alternative = basis == FundValueBasis.ImpliedByWeights ? ExposureBuilder.Share(flaggedValue, alternativeBase)
            : weightBasis == WeightBasis.FileWeights && fundValue is not null ? ExposureBuilder.Share(flaggedValue, fundValue)
            : null;

        // Without a fund value, a weight is the file's own or it is unknown: never 0% of a value no one knows.
        decimal? WeightOf(List<HoldingFinding> rows) => fundValue is null && weightBasis != WeightBasis.FileWeights ? null : Sum(rows, f => f.WeightAdded);

        var exposure = new FundExposure(
            Id,
            _fund.Name,
            _fund.NameFrom,
            _fund.AsOf,
            _fund.AsOfFrom,
            FundCurrency,
            SourceFile,
            _fund.Layout,
            fundValue,
            basis,
            _fund.StatedNetAssets,
            sumOfRows,
            weightsOnly ? null : excluded,
            flaggedValue,
            WeightOf(flagged),
            ValueOf(related),
            WeightOf(related),
            ValueOf(review),
            WeightOf(review),
            findings.Where(f => f.State == RowState.Matched && !f.IsShortPosition).Select(f => f.CompanyId).Distinct().Count(),
            lines,
            _holdingRows,
            byCategory,
            check with { StatedSumPercent = _statedRows > 0 ? statedPercent : null, ReadAsFractions = fractions, TakenOverTotal = overTotal, WeightsUnreadable = _weightsUnreadable },
            weightsOnly ? null : screened,
            _nested.Select(n => new NestedHolding(n.Line, n.Name, n.Value ?? 0,
                (weightBasis == WeightBasis.FileWeights ? FileShare(n.FileWeight) : ExposureBuilder.Share(n.Value, fundValue)) ?? 0, n.FundId)).ToList(),
            weightsOnly ? UnknownValues.None : new UnknownValues(
                _unknown.Sum(),
                _unknown[(int)RowState.Matched],
                _unknown[(int)RowState.Related],
                _unknown[(int)RowState.NeedsReview],
                _unreadable,
                // Only where the flagged weight is known: an unknown one is not a lower bound of anything.
                WeightOf(flagged) is null ? 0 : flagged.Count(f => f.WeightAdded is null),
                WeightOf(related) is null ? 0 : related.Count(f => f.WeightAdded is null)),
            weightBasis,
            alternative,
            _fund.Registrant,
            _fund.Cik,
            _fund.SeriesId,
            _fund.AccessionNumber,
            weightsOnly ? null : InstrumentSplit.Of(findings.Where(f => f.State == RowState.Matched)),
            ShareOf(screened, _screenedFileWeight),
            ShareOf(excluded, _excludedFileWeight),
            rowCurrencies,
            setAside,
            OtherSheets: _fund.OtherSheets,
            FiledOn: _fund.FiledOn,
            FormType: _fund.FormType,
            Holdings: _multiLineRecords ? Enum.GetValues<RowState>().Aggregate(StateCounts.Zero, (acc, s) => acc.Add(s, _records[(int)s])) : null);

        return new FundResult(exposure, findings, _rejected) { SetAside = _setAside };

        // The share of the fund in some rows: their value over the fund value, or where no value is known, the file's weights.
        decimal? ShareOf(decimal? value, decimal fileWeight) =>
            fundValue is not null ? ExposureBuilder.Share(value, fundValue)
            : weightBasis == WeightBasis.FileWeights ? FileShare(fileWeight)
            : null;
    }

    /// <summary>The sum of the known figures; 0 for no rows; null when there are rows and none has a known figure.</summary>
    internal static decimal? Sum<T>(IEnumerable<T> rows, Func<T, decimal?> figure)
    {
        var any = false;
        decimal? sum = null;
        foreach (var row in rows)
        {
            any = true;
            if (figure(row) is { } v) sum = (sum ?? 0) + v;
        }
        return any ? sum : 0;
    }

    /// <summary>
    /// A running total plus one row's value. Values are read within ±10^18, so no real file comes near the end of
    /// <see cref="decimal"/>'s range; should one, the run stops naming the line rather than failing without one.
    /// </summary>
    private static decimal Add(decimal total, decimal value, SourceLocation at)
    {
        try
        {
            return total + value;
        }
        catch (OverflowException)
        {
            throw new Core.DataException(at.File, at.Line, "the fund's values add up past the largest number Exposure can hold (about 7.9 × 10^28)");
        }
    }

    /// <summary>The one currency the rows name, where they name one; null where they name none or several.</summary>
    private string? RowsCurrency => _currencies.Count == 1 ? _currencies.First().ToUpperInvariant() : null;

    /// <summary>
    /// The fund's currency: its rows'; for a fund that has no holding rows (an N-PORT report listing none), the currency the
    /// file states its net assets in, where it states one.
    /// </summary>
    private string? FundCurrency => _holdingRows == 0 ? _fund.StatedNetAssetsCurrency?.ToUpperInvariant() : RowsCurrency;

    /// <summary>Weights (in percent) whose sum is past this, in either direction, are not shares of one fund.</summary>
    internal const decimal MaxWeightSumPercent = 1000m;

    /// <summary>
    /// A constituent list's weights adding up to more than this (in percent) are more than the whole index, past rounding:
    /// the same allowance as weights written as fractions of a fund have (<see cref="MaxFractionSum"/>).
    /// </summary>
    internal const decimal MaxWholeIndexPercent = MaxFractionSum * 100;

    /// <summary>Rows adding up to this many times the stated net assets or more show the two in different units, unless weights bear the net assets out.</summary>
    private const decimal RowsOverNetAssetsSetAside = 100m;

    /// <summary>Why the net assets the file states (above zero) cannot be the fund's value; null when they can.</summary>
    private string? StatedSetAside(decimal netAssets, decimal? sumOfRows)
    {
        var rows = RowsCurrency;
        if (_fund.StatedNetAssetsCurrency is { } currency && rows is not null && !string.Equals(currency, rows, StringComparison.OrdinalIgnoreCase))
            return $"they are in {currency.ToUpperInvariant()}, and the rows' values in {rows}";
        if (sumOfRows is { } sum && sum >= netAssets * RowsOverNetAssetsSetAside)
        {
            var byWeights = CheckWeights(netAssets);
            if (byWeights.RowsCompared > 0 && byWeights.RowsOutsideTolerance == 0) return null;
            return $"they are a hundredth or less of what the rows add up to ({Wording.Money(sum, rows)}): a figure in thousands or millions beside values in units";
        }
        return null;
    }

    /// <summary>The sum of the values of the rows stating a weight, over the sum of their weights: the fund value those weights are shares of.</summary>
    private decimal? ImpliedFundValue()
    {
        var values = _weights.Sum(w => w.Value);
        var weights = _weights.Sum(w => w.FileWeight) * _toPercent;
        return weights > 0 && values > 0 ? Math.Round(values / (weights / 100), 2) : null;
    }

    /// <summary>
    /// Whether the file's weights are fractions of the fund (<c>0.05</c> for 5%) rather than percentages, and why; null
    /// when they are read as percentages, as written. Only a file that leaves the unit unsaid (no <c>%</c>, "percent" or "pct"
    /// in the weight column's header, no <c>%</c> sign in its weights) has its weights read as fractions, and only when
    /// they show it: against net assets the file states, value over fund value agrees with every weight taken as a
    /// fraction and not with every weight taken as a percentage; or, where the values cannot tell (there are no stated net
    /// assets, or they agree with neither reading), the weights add up to 1 (0.98 to 1.02) with none above 1. Against the
    /// sum of the rows both readings agree alike, so only the sum tells them apart there.
    /// </summary>
    private FractionWeights? Fractions(decimal? fundValue, FundValueBasis basis)
    {
        if (_fund.WeightsMarkedPercent || _percentSigns || _statedRows == 0) return null;
        if (basis == FundValueBasis.StatedNetAssets && _weights.Count > 0)
        {
            if (CheckWeights(fundValue, 1).RowsOutsideTolerance == 0) return null;
            if (CheckWeights(fundValue, 100).RowsOutsideTolerance == 0) return new FractionWeights(_statedSum, FractionEvidence.AgreeWithNetAssets);
        }
        return _statedSum is >= MinFractionSum and <= MaxFractionSum && _largestWeight <= 1
            ? new FractionWeights(_statedSum, FractionEvidence.SumIsOne)
            : null;
    }

    /// <summary>Weights written as fractions of a whole fund add up to 1, give or take rounding and cash: from 0.98 to 1.02.</summary>
    private const decimal MinFractionSum = 0.98m;

    /// <inheritdoc cref="MinFractionSum"/>
    private const decimal MaxFractionSum = 1.02m;

    private WeightCheck CheckWeights(decimal? fundValue) => CheckWeights(fundValue, _toPercent);

    /// <param name="toPercent">What the file's weights are multiplied by to give percentages.</param>
    private WeightCheck CheckWeights(decimal? fundValue, decimal toPercent) => CheckWeights(_weights, fundValue, toPercent, _weightTolerancePercent);

    /// <summary>How far each row's value over <paramref name="fundValue"/> is from the weight its file states, in percentage points.</summary>
    /// <param name="toPercent">What the file's weights are multiplied by to give percentages.</param>
    internal static WeightCheck CheckWeights(IEnumerable<(decimal Value, decimal FileWeight)> weights, decimal? fundValue, decimal toPercent, decimal tolerance)
    {
        if (fundValue is not { } value || value == 0) return new WeightCheck(0, 0, 0, tolerance);
        var rows = 0;
        var outside = 0;
        var max = 0m;
        var tolerance64 = (double)tolerance;
        var max64 = 0d;
        var value64 = (double)value;
        var toPercent64 = (double)toPercent;
        foreach (var (rowValue, fileWeight) in weights)
        {
            rows++;
            // Decided in doubles first: a row whose difference is clearly under both the tolerance and the largest
            // difference yet changes neither, and is not worked out in decimals (a division each, for every row of a
            // file). The margin is far wider than a double's rounding of these terms, so the figures are the decimals'.
            var byValue = (double)rowValue / value64 * 100;
            var byFile = (double)fileWeight * toPercent64;
            var approx = Math.Abs(byValue - byFile) + (Math.Abs(byValue) + Math.Abs(byFile)) * 1e-9 + 1e-12;
            if (approx < tolerance64 && approx < max64) continue;
            decimal diff;
            try
            {
                diff = Math.Abs(rowValue / value * 100 - fileWeight * toPercent);
            }
            catch (OverflowException)
            {
                // A fund value all but zero beside the row's value: the row's weight is past any number, so far outside.
                outside++;
                continue;
            }
            if (diff > tolerance) outside++;
            if (diff > max)
            {
                max = diff;
                max64 = (double)diff;
            }
        }
        return new WeightCheck(rows, outside, Math.Round(max, 4), tolerance);
    }

    /// <summary>The issuer matched on is worth reporting apart: it comes from elsewhere than the name, and differs from it.</summary>
    private static bool SaysMore(Holding holding) =>
        holding.Issuer.From != IssuerSource.Name && !string.Equals(holding.Issuer.Name, holding.Row.Name, StringComparison.OrdinalIgnoreCase);

    /// <param name="fileWeights">The fund's weights are its file's own: a row's weight is unknown where the file gives none that can be read.</param>
    /// <param name="weightsOnly">The fund is a constituent list giving weights, not money: a row's value is not unknown but not given in money at all.</param>
    /// <param name="severalCurrencies">The currencies of the fund's values, when they are not added up: the row's value is then unknown, and its reason says what the row gives.</param>
    /// <param name="statedWeight">The weight the file states for a row whose value is unknown, where it is used instead (marked as the file's).</param>
    /// <param name="noFundValue">The fund's value is unknown: a weight of value over it is unknown too.</param>
    private HoldingFinding ToFinding(Holding holding, RowState state, MatchResult match, Func<HoldingRow, decimal?> weight, Func<HoldingRow, decimal?> statedWeight,
        bool fileWeights, bool weightsOnly, IReadOnlyList<string>? severalCurrencies, bool noFundValue)
    {
        var company = match.Company!;
        var row = holding.Row;
        var rowWeight = weight(row);
        var value = row.MarketValue;
        // A constituent list's row with no weight: what is unknown is its weight, as a fund row's is its value.
        var valueUnknown = value is null ? weightsOnly ? rowWeight is null ? row.Unreadable ?? Wording.NoWeightGiven : Wording.WeightsOnlyReason : row.Unreadable ?? "no value given" : null;
        var weightFromFile = false;
        if (rowWeight is null && statedWeight(row) is { } stated)
        {
            rowWeight = stated;
            weightFromFile = true;
            valueUnknown += "; the weight is the one the file states";
        }
        if (severalCurrencies is not null && value is { } given)
        {
            value = null;
            valueUnknown = $"{Wording.Money(given, row.Currency)} given; the fund's values are in {Wording.Count(severalCurrencies.Count, "currency", "currencies")} " +
                $"({string.Join(", ", severalCurrencies)}) and are not added up";
        }
        var shortFrom = ShortPositions.Of(holding.Instrument, row.Direction, row.MarketValue);
        return new HoldingFinding(
            Id,
            SourceFile,
            row.Source.Line,
            state,
            row.Name,
            row.Ticker,
            row.ExchangeText,
            holding.Exchange?.Mic,
            holding.TickerOnExchange,
            row.Isin,
            holding.Name.Text,
            value,
            rowWeight,
            company.Id,
            company.NameEn,
            company.Basis,
            match.Rule,
            match.Score,
            match.Evidence,
            match.DecidedBy,
            valueUnknown,
            row.HoldingId,
            holding.Instrument,
            SaysMore(holding) ? holding.Issuer.Name : null,
            SaysMore(holding) ? holding.Issuer.From : null,
            holding.Terms.IsEmpty ? null : holding.Terms,
            holding.Instrument == InstrumentType.Derivative ? row.Notional : null,
            holding.Instrument == InstrumentType.Derivative ? row.Direction : shortFrom is null ? null : ShortPositions.Direction,
            WeightUnknownReason(row, rowWeight, fileWeights, weightsOnly, noFundValue),
            shortFrom,
            holding.Instrument == InstrumentType.Derivative && row.Notional is not null && row.NotionalCurrency is { } notionalIn
                && !string.Equals(notionalIn, row.Currency ?? RowsCurrency, StringComparison.OrdinalIgnoreCase) ? notionalIn : null,
            weightFromFile,
            Sedol: string.IsNullOrWhiteSpace(row.Sedol) ? null : Ascii.TrimUpper(row.Sedol),
            Cusip: Cusip.Normalise(row.Cusip));
    }

    /// <summary>Why a row's weight is unknown, where it is ("no weight given" for a constituent list's row without one); null where it is known.</summary>
    private static string? WeightUnknownReason(HoldingRow row, decimal? weight, bool fileWeights, bool weightsOnly, bool noFundValue)
    {
        if (weight is not null) return null;
        if (weightsOnly) return row.Unreadable ?? Wording.NoWeightGiven;
        // The fund's weights are its file's own: the row gives none that could be read.
        if (fileWeights) return row.MarketValue is not null ? row.Unreadable ?? "no weight given" : "no value and no weight given";
        if (row.MarketValue is null)
            return row.WeightPercent is not null ? "its value is unknown, and the file's weights are not used"
                : row.WeightUnreadable is { } weightProblem ? $"its value is unknown, and {weightProblem}"
                : "its value is unknown, and the file states no weight";
        return noFundValue ? "the fund's value is unknown" : null;
    }
}

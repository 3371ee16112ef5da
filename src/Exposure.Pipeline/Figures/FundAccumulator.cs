using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;

namespace Exposure.Pipeline.Figures;

/// <summary>Collects one fund's lines as they are read and screened; <see cref="Complete"/> computes its figures.</summary>
public sealed class FundAccumulator
{
    private readonly ReferenceData _reference;
    private readonly decimal _weightTolerancePercent;
    private readonly FundMetadata _fund;
    private readonly List<(Holding Holding, RowState State, MatchResult Match)> _findings = [];
    private readonly List<RejectedLine> _rejected = [];
    private readonly List<(decimal Value, decimal FileWeight)> _weights = [];
    private readonly List<(int Line, string? Name, decimal Value, string FundId)> _nested = [];
    private decimal _screened;
    private readonly HashSet<string> _currencies = new(StringComparer.OrdinalIgnoreCase);
    private readonly int[] _lines = new int[Enum.GetValues<RowState>().Length];
    private decimal _sumOfRows;
    private decimal _excluded;
    private int _holdingRows;

    internal FundAccumulator(ReferenceData reference, decimal weightTolerancePercent, string id, string sourceFile, FundMetadata fund)
    {
        _reference = reference;
        _weightTolerancePercent = weightTolerancePercent;
        Id = id;
        SourceFile = sourceFile;
        _fund = fund;
    }

    public string Id { get; }
    public string SourceFile { get; }

    /// <summary>Physical lines accounted for so far.</summary>
    public int Lines => _lines.Sum();

    public void NotAHolding(SourceLocation source) => _lines[(int)RowState.NotAHolding] += source.LineCount;

    public void Rejected(SourceLocation source, string reason, string rawText)
    {
        _lines[(int)RowState.Rejected] += source.LineCount;
        _rejected.Add(new RejectedLine(source.File, source.Line, source.LineCount, reason, rawText));
    }

    /// <summary>Records a holding in its final state; <paramref name="match"/> is required for matched, related and review states.</summary>
    public void Add(Holding holding, RowState state, MatchResult? match = null)
    {
        if (state is RowState.NotAHolding or RowState.Rejected or RowState.LookedThrough)
            throw new ArgumentException($"a holding cannot end in state {state} here", nameof(state));
        var row = holding.Row;
        _lines[(int)state] += row.Source.LineCount;
        _holdingRows++;
        var value = row.MarketValue ?? 0;
        _sumOfRows = Sum(_sumOfRows, value, row.Source);
        if (state == RowState.Excluded) _excluded = Sum(_excluded, value, row.Source);
        if (state is RowState.Unmatched or RowState.Matched or RowState.Related or RowState.NeedsReview) _screened = Sum(_screened, value, row.Source);
        if (row.Currency is { Length: > 0 } c) _currencies.Add(c);
        if (row.WeightPercent is { } w && row.MarketValue is { } v) _weights.Add((v, w));
        if (state is RowState.Matched or RowState.Related or RowState.NeedsReview)
            _findings.Add((holding, state, match ?? throw new ArgumentNullException(nameof(match))));
    }

    /// <summary>Records a holding that is another fund of the portfolio, identified as <paramref name="fundId"/>.</summary>
    public void LookedThrough(HoldingRow row, string fundId)
    {
        _lines[(int)RowState.LookedThrough] += row.Source.LineCount;
        _holdingRows++;
        var value = row.MarketValue ?? 0;
        _sumOfRows = Sum(_sumOfRows, value, row.Source);
        if (row.Currency is { Length: > 0 } c) _currencies.Add(c);
        if (row.WeightPercent is { } w && row.MarketValue is { } v) _weights.Add((v, w));
        _nested.Add((row.Source.Line, row.Name, value, fundId));
    }

    /// <summary>Closes the fund and computes its figures.</summary>
    public FundResult Complete()
    {
        var lines = Enum.GetValues<RowState>().Aggregate(StateCounts.Zero, (acc, s) => acc.Add(s, _lines[(int)s]));

        // Stated net assets of zero or less cannot be what weights are shares of: the sum of rows is used, and the basis says why.
        var stated = _fund.StatedNetAssets is > 0 ? _fund.StatedNetAssets : null;
        var fundValue = stated ?? _sumOfRows;
        var basis = stated is not null ? FundValueBasis.StatedNetAssets
            : _fund.StatedNetAssets is null ? FundValueBasis.SumOfRows
            : FundValueBasis.SumOfRowsStatedNotPositive;
        decimal Weight(decimal v) => ExposureBuilder.Share(v, fundValue) ?? 0;

        var findings = _findings.Select(f => ToFinding(f.Holding, f.State, f.Match, Weight)).ToList();
        var flagged = findings.Where(f => f.State == RowState.Matched).ToList();
        var flaggedValue = flagged.Sum(f => f.Value ?? 0);
        var relatedValue = findings.Where(f => f.State == RowState.Related).Sum(f => f.Value ?? 0);
        var reviewValue = findings.Where(f => f.State == RowState.NeedsReview).Sum(f => f.Value ?? 0);

        var byCategory = flagged
            .SelectMany(f => _reference.AllegationsOf(f.CompanyId).Select(a => a.Category).Distinct().Select(cat => (cat, f)))
            .GroupBy(x => x.cat, StringComparer.Ordinal)
            .Select(g =>
            {
                var v = g.Sum(x => x.f.Value ?? 0);
                return new CategoryExposure(g.Key, v, Weight(v), g.Select(x => x.f.CompanyId).Distinct().Count());
            })
            .OrderByDescending(c => c.Value)
            .ThenBy(c => c.Category, StringComparer.Ordinal)
            .ToList();

        var exposure = new FundExposure(
            Id,
            _fund.Name,
            _fund.NameFrom,
            _fund.AsOf,
            _fund.AsOfFrom,
            _currencies.Count == 1 ? _currencies.First().ToUpperInvariant() : null,
            SourceFile,
            _fund.Layout,
            fundValue,
            basis,
            _fund.StatedNetAssets,
            _sumOfRows,
            _excluded,
            flaggedValue,
            Weight(flaggedValue),
            relatedValue,
            Weight(relatedValue),
            reviewValue,
            Weight(reviewValue),
            flagged.Select(f => f.CompanyId).Distinct().Count(),
            lines,
            _holdingRows,
            byCategory,
            CheckWeights(fundValue),
            _screened,
            _nested.Select(n => new NestedHolding(n.Line, n.Name, n.Value, Weight(n.Value), n.FundId)).ToList(),
            _fund.Registrant,
            _fund.Cik,
            _fund.SeriesId,
            _fund.AccessionNumber);

        return new FundResult(exposure, findings, _rejected);
    }

    private WeightCheck CheckWeights(decimal fundValue)
    {
        var tolerance = _weightTolerancePercent;
        if (fundValue == 0) return new WeightCheck(0, 0, 0, tolerance);
        var outside = 0;
        var max = 0m;
        foreach (var (value, fileWeight) in _weights)
        {
            decimal diff;
            try
            {
                diff = Math.Abs(value / fundValue * 100 - fileWeight);
            }
            catch (OverflowException)
            {
                // A fund value all but zero beside the row's value: the row's weight is past any number, so far outside.
                outside++;
                continue;
            }
            if (diff > tolerance) outside++;
            if (diff > max) max = diff;
        }
        return new WeightCheck(_weights.Count, outside, Math.Round(max, 4), tolerance);
    }

    /// <summary>
    /// A running total plus one row's value. Values are read within ±10^18, so no real file comes near the end of
    /// <see cref="decimal"/>'s range; should one, the run stops naming the line rather than failing without one.
    /// </summary>
    private static decimal Sum(decimal total, decimal value, SourceLocation at)
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

    private HoldingFinding ToFinding(Holding holding, RowState state, MatchResult match, Func<decimal, decimal> weight)
    {
        var company = match.Company!;
        var row = holding.Row;
        return new HoldingFinding(
            Id,
            row.Source.File,
            row.Source.Line,
            state,
            row.Name,
            row.Ticker,
            row.ExchangeText,
            holding.Exchange?.Mic,
            holding.TickerOnExchange,
            row.Isin,
            holding.Name.Text,
            row.MarketValue,
            row.MarketValue is { } v ? weight(v) : null,
            company.Id,
            company.NameEn,
            company.Basis,
            match.Rule,
            match.Score,
            match.Evidence,
            match.DecidedBy,
            row.HoldingId);
    }

}

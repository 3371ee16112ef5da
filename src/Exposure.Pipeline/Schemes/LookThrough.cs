using System.Globalization;
using Exposure.Core;
using Exposure.Core.Holdings;
using Exposure.Core.Portfolio;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Pipeline.Figures;

namespace Exposure.Pipeline.Schemes;

/// <summary>
/// Looks the scheme through to company level: for every amount invested, along every path through funds of funds and
/// index mandates, exposure = amount (in the report currency) x weight at each level: an index mandate's constituent list
/// gives weights, not money, and the money held through it is the amount invested in it times each weight. Uses each fund's latest snapshot;
/// earlier snapshots only feed the changes over time. A cycle of funds holding each other is an error
/// (<see cref="FundGraph"/>).
/// <para>
/// Paths are counted, not walked: from each holding of the scheme, the amount reaching each fund is propagated through
/// the fund graph in topological order (the sum over all paths of the products of the weights), so the work grows with
/// the size of the graph, not with the number of paths, which doubles with every level of two funds holding two funds.
/// Each company's paths are listed up to <see cref="PathsListed"/>, the largest first; the rest are one row per holding
/// of the scheme, saying how many paths they are and what they add up to.
/// </para>
/// </summary>
public sealed class LookThrough
{
    /// <summary>The most paths listed for one company; the others are added up, one row per holding they start from.</summary>
    public const int PathsListed = 20;

    /// <summary>Residuals smaller than this share of an amount are rounding, not a coverage gap.</summary>
    private const decimal ResidualTolerance = 0.0005m;

    private readonly PortfolioDefinition _definition;
    private readonly FxRates _fx;
    private readonly ReferenceData _reference;
    private readonly Dictionary<string, FundExposure> _funds;
    private readonly ILookup<string, HoldingFinding> _findings;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _snapshots;

    private readonly Dictionary<(string CompanyId, RowState State), CompanyPaths> _companies = new();
    private readonly HashSet<(string FundId, int Line, RowState State)> _valuesUnknown = [];
    private readonly List<CoverageGap> _gaps = [];
    private long _work;
    private int _listed;
    private FundGraph _graph = null!;

    private LookThrough(PortfolioDefinition definition, FxRates fx, ReferenceData reference, ExposureReport report,
        IReadOnlyDictionary<string, IReadOnlyList<string>> snapshots)
    {
        _definition = definition;
        _fx = fx;
        _reference = reference;
        _funds = report.Funds.ToDictionary(f => f.Id, StringComparer.Ordinal);
        _findings = report.Findings.ToLookup(f => f.FundId, StringComparer.Ordinal);
        _snapshots = snapshots;
    }

    /// <param name="snapshots">For each entry id, the report's fund ids of its snapshots, oldest first.</param>
    public static PortfolioExposure Compute(PortfolioDefinition definition, FxRates fx, ReferenceData reference, ExposureReport report,
        IReadOnlyDictionary<string, IReadOnlyList<string>> snapshots) =>
        Compute(definition, fx, reference, report, snapshots, out _);

    /// <param name="work">The steps taken (edges followed, partial paths ranked, findings and funds visited): it grows with the graph, not the paths.</param>
    internal static PortfolioExposure Compute(PortfolioDefinition definition, FxRates fx, ReferenceData reference, ExposureReport report,
        IReadOnlyDictionary<string, IReadOnlyList<string>> snapshots, out long work)
    {
        var lookThrough = new LookThrough(definition, fx, reference, report, snapshots);
        try
        {
            var result = lookThrough.Run();
            work = lookThrough._work;
            return result;
        }
        catch (OverflowException)
        {
            throw new DataException(definition.File, null,
                "the amounts looked through run past the largest number the tool can hold: check the values of the funds that other funds hold");
        }
    }

    private PortfolioExposure Run()
    {
        var currency = _definition.ReportCurrency;
        _graph = FundGraph.Build(_definition, _definition.Entries
            .Select(e => (e.Id, Fund: Latest(e)))
            .Where(x => x.Fund is not null)
            .ToDictionary(x => x.Id, x => x.Fund!, StringComparer.Ordinal));

        var entries = new List<EntryExposure>();
        var unknownRows = new Dictionary<string, HashSet<(string FundId, int Line, RowState State)>>(StringComparer.Ordinal);
        for (var top = 0; top < _graph.Count; top++)
        {
            var entry = _graph.Entries[top];
            if (entry.Amount is null) continue;
            var amount = _fx.Convert(entry.Amount.Value, entry.Currency ?? currency, currency);
            var totals = From(top, amount);
            unknownRows[entry.Id] = totals.UnknownRows;
            var latest = Latest(entry);
            var snapshots = _snapshots.GetValueOrDefault(entry.Id)?.Count ?? 0;
            // A holding not looked through at all: what it holds is unknown, never 0.
            entries.Add(NotLookedThrough(top) is { } why
                ? new EntryExposure(entry.Id, entry.Name, entry.Kind, entry.Manager, entry.Amount, entry.Currency ?? currency, amount,
                    latest?.AsOf, latest?.SourceFile, snapshots, null, null, null, null, totals.LookedThrough, null, why.Reason)
                : new EntryExposure(entry.Id, entry.Name, entry.Kind, entry.Manager, entry.Amount, entry.Currency ?? currency, amount,
                    latest?.AsOf, latest?.SourceFile, snapshots,
                    totals.Flagged, ShareOf(totals.Flagged, amount), totals.Related, totals.Review, totals.LookedThrough, totals.FlaggedSplit,
                    ValuesUnknown: Counted(totals.UnknownRows).OrNull(), FundsNotLookedThrough: totals.NotLooked.Count > 0 ? totals.NotLooked : null));
        }

        // The scheme's totals add up the known values of the holdings looked through; PortfolioExposure.Bounds says when they are lower bounds.
        var invested = entries.Sum(e => e.AmountInReportCurrency);
        var flagged = entries.Sum(e => e.FlaggedValue ?? 0);
        var lookedThrough = entries.Sum(e => e.LookedThrough);
        // Where holdings of the scheme were not looked through, every company's and category's value counts only the others.
        var notLooked = entries.Any(e => e.NotLookedThrough is not null || e.FundsNotLookedThrough is not null);
        var companies = Companies(invested).Select(c => notLooked ? c with { NotAllLookedThrough = true } : c).ToList();

        return new PortfolioExposure(
            _definition.Title,
            currency,
            _definition.AsOf,
            invested,
            flagged,
            ShareOf(flagged, invested),
            entries.Sum(e => e.RelatedValue ?? 0),
            entries.Sum(e => e.ReviewValue ?? 0),
            new Coverage(lookedThrough, ShareOf(lookedThrough, invested), _gaps.OrderByDescending(g => g.Value).ToList()),
            entries,
            Managers(entries, unknownRows),
            companies,
            Categories(companies, invested).Select(c => notLooked ? c with { NotAllLookedThrough = true } : c).ToList(),
            Changes(),
            _fx.Used.Select(kv => new FxRateUsed(kv.Key.From, kv.Key.To, kv.Value)).OrderBy(r => r.From, StringComparer.Ordinal).ThenBy(r => r.To, StringComparer.Ordinal).ToList(),
            entries.Aggregate(HeldSplit.None, (acc, e) => acc.Plus(e.FlaggedByInstrument ?? HeldSplit.None)),
            Counted(_valuesUnknown).OrNull());
    }

    /// <summary>Everything the amount invested in one holding of the scheme leads to.</summary>
    private EntryTotals From(int top, decimal amount)
    {
        var n = _graph.Count;
        var reach = new decimal[n];
        var reached = new bool[n];
        var paths = new long[n];
        var best = new List<PathStep>?[n];
        reach[top] = amount;
        reached[top] = true;
        paths[top] = 1;
        best[top] = [new PathStep(top, null, amount)];

        // The amount reaching each fund over all paths, the number of paths, and the largest few, a fund after all its holders.
        foreach (var node in _graph.Order)
        {
            if (!reached[node]) continue;
            var mine = best[node] = Largest(best[node]!, PathsListed);
            if (!LooksThrough(node)) continue;
            foreach (var edge in _graph.EdgesOf(node))
            {
                _work++;
                var target = edge.Target;
                reach[target] += reach[node] * edge.Weight;
                paths[target] = Add(paths[target], paths[node]);
                reached[target] = true;
                var theirs = best[target] ??= [];
                foreach (var step in mine)
                {
                    _work++;
                    theirs.Add(new PathStep(target, step, step.Reach * edge.Weight, edge));
                }
                if (theirs.Count > 4 * PathsListed) best[target] = Largest(theirs, PathsListed);
            }
        }

        // Figures per fund, in the order of a walk from the top (a fund, then what it holds), as a reader follows them.
        var totals = new EntryTotals();
        var entry = _graph.Entries[top];
        foreach (var (node, leaving) in Walk(top))
        {
            _work++;
            var fund = _graph.Latest[node];
            var (pathText, route) = Describe(best[node]![0], paths[node]);
            if (leaving)
            {
                var nestedWeight = 0m;
                foreach (var nested in fund!.Nested) nestedWeight += nested.Weight;
                var accounted = Covered(fund!) + nestedWeight;
                var residual = reach[node] * (1 - accounted);
                if (Math.Abs(residual) > Math.Abs(reach[node]) * ResidualTolerance)
                {
                    var (kind, reason) = CoverageGaps.Rest(fund!, accounted);
                    _gaps.Add(new CoverageGap(entry.Id, pathText, kind, reason, residual, route));
                }
                continue;
            }
            if (NotLookedThrough(node) is { } why)
            {
                var gap = new CoverageGap(entry.Id, pathText, why.Kind, why.Reason, reach[node], route);
                _gaps.Add(gap);
                // A fund held through others and not looked through makes the holding's figures lower bounds, as one held directly does.
                if (node != top) totals.NotLooked.Add(gap);
                if (fund is not null) NotWeighed(top, fund, why.Reason, paths[node], best[node]!, totals);
                continue;
            }
            if (fund is null) continue;
            Findings(top, amount, fund, fund.FundValue, reach[node], paths[node], best[node]!, totals);
            DerivativePaths(top, fund, paths[node], best[node]!);
            totals.LookedThrough += Screened(reach[node], fund);
            if (Excluded(reach[node], fund) is var excluded && excluded != 0)
                _gaps.Add(new CoverageGap(entry.Id, pathText, CoverageGapKind.NotScreened, Wording.ExcludedGap, excluded, route));
        }
        return totals;
    }

    /// <summary>The companies one fund holds, reached from a holding of the scheme with <paramref name="reach"/> over <paramref name="pathCount"/> paths.</summary>
    /// <param name="fundValue">The fund's value in money; null for a constituent list, which gives weights only.</param>
    private void Findings(int top, decimal amount, FundExposure fund, decimal? fundValue, decimal reach, long pathCount, List<PathStep> largest, EntryTotals totals)
    {
        var held = new Dictionary<(string CompanyId, RowState State), Held>();
        foreach (var f in _findings[fund.Id])
        {
            // A short position in shares, debt or other instruments is not value held: it is never netted against what the fund
            // holds (its fund's note says so). A derivative's direction is its own (below).
            if (f.IsShort) continue;
            // A derivative's notional is exposure, shown apart and never added to the values held; a short derivative's
            // apart from the others', as in the fund's own figures (InstrumentSplit): a short notional is never added to a long one.
            if (f.Instrument == InstrumentType.Derivative)
            {
                // A notional in another currency than the fund's is not a share of its value.
                if (f.Notional is not { } notional || fundValue is null || f.NotionalCurrency is not null) continue;
                _work++;
                var exposure = reach * notional / fundValue.Value;
                var split = ShortPositions.SaysShort(f.Direction) ? new HeldSplit(0, 0, 0, 0, exposure) : new HeldSplit(0, 0, 0, exposure);
                if (f.State == RowState.Matched) totals.FlaggedSplit = totals.FlaggedSplit.Plus(split);
                var k = (f.CompanyId, f.State);
                if (!_companies.TryGetValue(k, out var c)) _companies[k] = c = new CompanyPaths();
                c.Split = c.Split.Plus(split);
                continue;
            }
            _work++;
            var key = (f.CompanyId, f.State);
            if (!held.TryGetValue(key, out var sum)) held[key] = sum = new Held();
            sum.Lines.Add(f.Line);
            // A holding whose value (so its weight) is unknown adds nothing to a figure, which is then a lower bound: it is
            // listed with its value unknown and the reason, never as 0 and never left out. A weight the file states for a row
            // whose value is unknown is shown with the row but, as in the fund's own figures, not added.
            if (f.WeightAdded is not { } w)
            {
                sum.Unknown.Add((f.Line, UnknownReason(f)));
                totals.UnknownRows.Add((fund.Id, f.Line, f.State));
                _valuesUnknown.Add((fund.Id, f.Line, f.State));
                continue;
            }
            var value = reach * w;
            sum.Weights.Add(w);
            sum.Value += value;
            sum.Weight += Share(value, amount);
            var part = f.Instrument switch
            {
                InstrumentType.Debt => new HeldSplit(0, value, 0, 0),
                InstrumentType.Other => new HeldSplit(0, 0, value, 0),
                _ => new HeldSplit(value, 0, 0, 0),
            };
            if (!_companies.TryGetValue(key, out var paths)) _companies[key] = paths = new CompanyPaths();
            paths.Split = paths.Split.Plus(part);
            switch (f.State)
            {
                case RowState.Matched:
                    totals.Flagged += value;
                    totals.FlaggedSplit = totals.FlaggedSplit.Plus(part);
                    break;
                case RowState.Related: totals.Related += value; break;
                case RowState.NeedsReview: totals.Review += value; break;
            }
        }

        Record(top, amount, fund, held, pathCount, largest);
    }

    /// <summary>
    /// The paths to the companies a fund holds through derivatives: each path carries the notional that reaches it (in the
    /// report currency), shown apart, and a value held of 0 where the company is held through the derivative only; a path
    /// that also holds the company's shares carries both. Derivatives whose notional is not a share of the fund's value
    /// (no notional, no fund value, a notional in another currency) lead to no path, as they add no notional.
    /// </summary>
    private void DerivativePaths(int top, FundExposure fund, long pathCount, List<PathStep> largest)
    {
        if (fund.FundValue is not { } fundValue || fundValue == 0) return;
        // A short derivative's notional is kept apart from the others' (ShortPositions.SaysShort, as in the fund's figures):
        // never added to them.
        var perUnit = new Dictionary<(string CompanyId, RowState State), (decimal Long, decimal Short)>();
        var lines = new Dictionary<(string CompanyId, RowState State), List<int>>();
        foreach (var f in _findings[fund.Id])
        {
            if (f.IsShort || f.Instrument != InstrumentType.Derivative || f.Notional is not { } notional || f.NotionalCurrency is not null) continue;
            _work++;
            var sum = perUnit.GetValueOrDefault((f.CompanyId, f.State));
            perUnit[(f.CompanyId, f.State)] = ShortPositions.SaysShort(f.Direction) ? sum with { Short = sum.Short + notional / fundValue } : sum with { Long = sum.Long + notional / fundValue };
            (lines.TryGetValue((f.CompanyId, f.State), out var at) ? at : lines[(f.CompanyId, f.State)] = []).Add(f.Line);
        }
        foreach (var (key, (longShare, shortShare)) in perUnit)
        {
            if (!_companies.TryGetValue(key, out var company)) _companies[key] = company = new CompanyPaths();
            var shares = company.Listed.FindIndex(p => p.Top == top && ReferenceEquals(p.Step, largest[0]));
            if (shares >= 0)
            {
                // The company's shares in this fund are on these paths already: the notional is added beside their value.
                for (var i = 0; i < company.Listed.Count; i++)
                    if (company.Listed[i] is { } p && p.Top == top && largest.Contains(p.Step))
                        company.Listed[i] = p with { Notional = Plus(p.Notional, p.Step.Reach * longShare), ShortNotional = Plus(p.ShortNotional, p.Step.Reach * shortShare) };
                continue;
            }
            company.Known = true;
            if (!company.From.TryGetValue(top, out var from)) company.From[top] = from = new FromHolding();
            from.Paths = Add(from.Paths, pathCount);
            from.KnownPaths = Add(from.KnownPaths, pathCount);
            foreach (var step in largest)
            {
                _work++;
                company.Listed.Add(new ListedPath(top, step, 0, 0, null, _listed++)
                {
                    Notional = Plus(null, step.Reach * longShare), ShortNotional = Plus(null, step.Reach * shortShare), File = fund.SourceFile, Lines = lines[key], HoldingWeight = 0,
                });
            }
            if (company.Listed.Count > 4 * PathsListed) company.Listed = LargestPaths(company.Listed);
        }
    }

    /// <summary>A path's notional with <paramref name="add"/> added; null (none) while nothing but 0 has been added.</summary>
    private static decimal? Plus(decimal? notional, decimal add) => add == 0 ? notional : (notional ?? 0) + add;

    /// <summary>
    /// The companies of a fund not looked through (its file is read, but it has no value to weigh its rows by): each is
    /// held, so it is listed through its path with its value unknown and <paramref name="reason"/>, never dropped and never 0.
    /// </summary>
    private void NotWeighed(int top, FundExposure fund, string reason, long pathCount, List<PathStep> largest, EntryTotals totals)
    {
        var held = new Dictionary<(string CompanyId, RowState State), Held>();
        foreach (var f in _findings[fund.Id])
        {
            if (f.IsShort || f.Instrument == InstrumentType.Derivative) continue;
            _work++;
            var key = (f.CompanyId, f.State);
            if (!held.TryGetValue(key, out var sum)) held[key] = sum = new Held();
            sum.Lines.Add(f.Line);
            sum.Unknown.Add((f.Line, reason));
            totals.UnknownRows.Add((fund.Id, f.Line, f.State));
            _valuesUnknown.Add((fund.Id, f.Line, f.State));
        }
        Record(top, 0, fund, held, pathCount, largest);
    }

    /// <summary>One fund's holdings of each company, added to the company's value and paths from holding <paramref name="top"/> of the scheme.</summary>
    private void Record(int top, decimal amount, FundExposure fund, Dictionary<(string CompanyId, RowState State), Held> held, long pathCount, List<PathStep> largest)
    {
        foreach (var (key, sum) in held)
        {
            if (!_companies.TryGetValue(key, out var company)) _companies[key] = company = new CompanyPaths();
            var known = sum.Weights.Count > 0;
            var unknown = Unknown(sum.Unknown);
            company.Value += sum.Value;
            company.Known |= known;
            foreach (var (line, _) in sum.Unknown) company.ValuesUnknown.Add((fund.Id, line));
            if (!company.From.TryGetValue(top, out var from)) company.From[top] = from = new FromHolding();
            from.Value += sum.Value;
            from.Weight += sum.Weight;
            from.Paths = Add(from.Paths, pathCount);
            if (known) from.KnownPaths = Add(from.KnownPaths, pathCount);
            if (unknown is not null)
            {
                from.UnknownPaths = Add(from.UnknownPaths, pathCount);
                from.Unknown.Add(unknown);
            }
            foreach (var step in largest)
            {
                _work++;
                var (value, weight) = (0m, 0m);
                foreach (var w in sum.Weights)
                {
                    var v = step.Reach * w;
                    value += v;
                    weight += Share(v, amount);
                }
                company.Listed.Add(new ListedPath(top, step, known ? value : null, known ? weight : null, unknown, _listed++)
                {
                    File = fund.SourceFile, Lines = sum.Lines, HoldingWeight = known ? sum.Weights.Sum() : null,
                });
            }
            if (company.Listed.Count > 4 * PathsListed) company.Listed = LargestPaths(company.Listed);
        }
    }

    /// <summary>
    /// Of the amount reaching a fund, what is in rows screened against the list, and what is in rows not screened (cash,
    /// government debt ...): the amount times value over fund value, or for a constituent list, times its weights.
    /// </summary>
    private static decimal Screened(decimal reach, FundExposure fund) =>
        fund.FundValue is { } value ? reach * (fund.ScreenedValue ?? 0) / value : reach * (fund.ScreenedWeight ?? 0);

    /// <inheritdoc cref="Screened"/>
    private static decimal Excluded(decimal reach, FundExposure fund) =>
        fund.FundValue is { } value ? reach * (fund.ExcludedValue ?? 0) / value : reach * (fund.ExcludedWeight ?? 0);

    /// <summary>The share of a fund in rows screened or not screened: what is left is rejected, nested, or missing.</summary>
    private static decimal Covered(FundExposure fund) =>
        fund.FundValue is { } value ? ((fund.ScreenedValue ?? 0) + (fund.ExcludedValue ?? 0)) / value : (fund.ScreenedWeight ?? 0) + (fund.ExcludedWeight ?? 0);

    /// <inheritdoc cref="CoverageGaps.ByWeights"/>
    private static bool ByWeights(FundExposure fund) => CoverageGaps.ByWeights(fund);

    /// <summary>Why a fund's holdings are not followed (no holdings file, or no value or constituent weights to weigh them by); null when they are.</summary>
    private (CoverageGapKind Kind, string Reason)? NotLookedThrough(int node) => CoverageGaps.NotLookedThrough(_graph.Entries[node], _graph.Latest[node]);

    /// <summary>A fund whose holdings are followed: it has a holdings file with holdings and a value, or it is a constituent list with its weights.</summary>
    private bool LooksThrough(int node) => _graph.Latest[node] is { } f && !CoverageGaps.HasNoHoldings(f) && (f.FundValue is { } value && value != 0 || ByWeights(f));

    /// <summary>The funds reached from <paramref name="top"/>, each once: on arriving (a fund before what it holds) and on leaving.</summary>
    private List<(int Node, bool Leaving)> Walk(int top)
    {
        var events = new List<(int, bool)>();
        var seen = new bool[_graph.Count];
        var stack = new List<(int Node, int Next)> { (top, 0) };
        seen[top] = true;
        events.Add((top, false));
        while (stack.Count > 0)
        {
            var (node, next) = stack[^1];
            var edges = LooksThrough(node) ? _graph.EdgesOf(node) : [];
            if (next == edges.Count)
            {
                if (LooksThrough(node)) events.Add((node, true));
                stack.RemoveAt(stack.Count - 1);
                continue;
            }
            stack[^1] = (node, next + 1);
            var target = edges[next].Target;
            if (seen[target]) continue;
            seen[target] = true;
            events.Add((target, false));
            stack.Add((target, 0));
        }
        return events;
    }

    /// <summary>A path as ids and as names; with how many other paths lead to the same fund when there are others.</summary>
    private (string Path, string Route) Describe(PathStep step, long paths)
    {
        var nodes = new List<int>();
        for (var s = step; s is not null; s = s.From) nodes.Add(s.Node);
        nodes.Reverse();
        var path = string.Join(" > ", nodes.Select(n => _graph.Entries[n].Id));
        var route = string.Join(" > ", nodes.Select(n => _graph.Entries[n].Name));
        if (paths > 1) route += string.Create(CultureInfo.InvariantCulture, $", and {Count(paths - 1, paths == long.MaxValue)} other {(paths == 2 ? "path" : "paths")} to the same fund");
        return (path, route);
    }

    /// <summary>A path fund by fund from the holding of the scheme, each with its weight in the fund above it and the row that holds it.</summary>
    private List<PathFund> Funds(PathStep step)
    {
        var funds = new List<PathFund>();
        for (var s = step; s is not null; s = s.From)
        {
            var entry = _graph.Entries[s.Node];
            funds.Add(s.Via is { } via ? new PathFund(entry.Id, entry.Name, via.Weight, via.File, via.Line) : new PathFund(entry.Id, entry.Name));
        }
        funds.Reverse();
        return funds;
    }

    /// <summary>The first step of a path: the holding of the scheme, with the amount invested in it.</summary>
    private static PathStep Root(PathStep step)
    {
        var s = step;
        while (s.From is not null) s = s.From;
        return s;
    }

    private List<PortfolioCompanyExposure> Companies(decimal invested) =>
        _companies
            .Select(kv =>
            {
                var company = _reference.Company(kv.Key.CompanyId);
                var c = kv.Value;
                var listed = LargestPaths(c.Listed).OrderByDescending(p => p.Value).ThenBy(p => p.Order).ToList();
                var paths = listed.Select(p =>
                {
                    var (path, route) = Describe(p.Step, 1);
                    return new ExposurePath(path, _graph.Entries[p.Top].Manager ?? "", p.Value, NothingInvested(p.Top) ? null : p.Weight, route, ValueUnknown: p.ValueUnknown,
                        Notional: p.Notional, ShortNotional: p.ShortNotional, Funds: Funds(p.Step), Invested: Root(p.Step).Reach, File: p.File,
                        Lines: [.. p.Lines.Order()], HoldingWeight: p.HoldingWeight);
                }).ToList();
                foreach (var (top, from) in c.From)
                {
                    var shown = listed.Where(p => p.Top == top).ToList();
                    var more = from.Paths == long.MaxValue ? long.MaxValue : from.Paths - shown.Count;
                    if (more <= 0) continue;
                    var entry = _graph.Entries[top];
                    // The paths not listed: their value is known where some of them lead to holdings of known value, and a
                    // lower bound, with the reasons, where some lead to holdings whose value is unknown.
                    var known = from.KnownPaths == long.MaxValue || from.KnownPaths > shown.Count(p => p.Value is not null);
                    var unknown = from.UnknownPaths == long.MaxValue || from.UnknownPaths > shown.Count(p => p.ValueUnknown is not null);
                    paths.Add(new ExposurePath(
                        $"{entry.Id} > ...",
                        entry.Manager ?? "",
                        known ? from.Value - shown.Sum(p => p.Value ?? 0) : null,
                        known && !NothingInvested(top) ? from.Weight - shown.Sum(p => p.Weight ?? 0) : null,
                        string.Create(CultureInfo.InvariantCulture,
                            $"{entry.Name} > ...: {Count(more, from.Paths == long.MaxValue)} more {(more == 1 ? "path" : "paths")}, none larger than those listed"),
                        more,
                        unknown ? string.Join("; ", from.Unknown.Distinct(StringComparer.Ordinal)) : null));
                }
                decimal? value = c.Known ? c.Value : null;
                return new PortfolioCompanyExposure(company.Id, company.NameEn, company.Basis, kv.Key.State, value, value is { } v ? ShareOf(v, invested) : null,
                    paths, c.Split, c.ValuesUnknown.Count);
            })
            .OrderBy(c => Wording.Code(c.State), StringComparer.Ordinal)
            .ThenByDescending(c => c.Value)
            .ThenBy(c => c.CompanyId, StringComparer.Ordinal)
            .ToList();

    private FundExposure? Latest(PortfolioEntry entry) =>
        _snapshots.TryGetValue(entry.Id, out var ids) && ids.Count > 0 ? _funds[ids[^1]] : null;

    /// <summary>
    /// Holdings of unknown value by state, each row of a fund's file once: a fund reached through several paths, or
    /// through several holdings of the scheme, is one file whose rows are counted once.
    /// </summary>
    private static HeldValuesUnknown Counted(IEnumerable<(string FundId, int Line, RowState State)> rows) =>
        rows.Aggregate(HeldValuesUnknown.None, (acc, u) => acc.Plus(HeldValuesUnknown.One(u.State)));

    /// <param name="unknownRows">For each holding of the scheme looked through, the rows of unknown value it reaches.</param>
    private static List<ManagerExposure> Managers(List<EntryExposure> entries, Dictionary<string, HashSet<(string FundId, int Line, RowState State)>> unknownRows) =>
        entries
            .GroupBy(SchemeBounds.ManagerOf, StringComparer.Ordinal)
            .Select(g =>
            {
                var amount = g.Sum(e => e.AmountInReportCurrency);
                var unknown = g.Count(e => e.NotLookedThrough is not null);
                if (unknown == g.Count()) return new ManagerExposure(g.Key, amount, null, null, null, g.Count(), unknown);
                var flagged = g.Sum(e => e.FlaggedValue ?? 0);
                // A fund row reached through two holdings of the manager (a fund both its mandates hold) is one row, counted once.
                var valuesUnknown = Counted(g.Where(e => e.NotLookedThrough is null).SelectMany(e => unknownRows[e.Id]).Distinct());
                var fundsNotLooked = g.Where(e => e.NotLookedThrough is null).Sum(e => e.FundsNotLookedThrough?.Count ?? 0);
                return new ManagerExposure(g.Key, amount, flagged, ShareOf(flagged, amount), g.Sum(e => e.RelatedValue ?? 0), g.Count(), unknown, valuesUnknown.OrNull(),
                    fundsNotLooked);
            })
            .OrderByDescending(m => m.FlaggedValue)
            .ThenBy(m => m.Manager, StringComparer.Ordinal)
            .ToList();

    private List<PortfolioCategoryExposure> Categories(List<PortfolioCompanyExposure> companies, decimal invested) =>
        companies
            .Where(c => c.State == RowState.Matched)
            .SelectMany(c => _reference.AllegationsOf(c.CompanyId).Select(a => (a.ListName, a.Category)).Distinct().Select(key => (key, c)))
            .GroupBy(x => x.key)
            .Select(g =>
            {
                var value = g.Sum(x => x.c.Value ?? 0);
                return new PortfolioCategoryExposure(g.Key.Category, value, ShareOf(value, invested), g.Count(), g.Key.ListName,
                    g.Sum(x => x.c.ValuesUnknown));
            })
            .OrderByDescending(c => c.Value)
            .ToList();

    private List<SnapshotChange> Changes()
    {
        var changes = new List<SnapshotChange>();
        foreach (var entry in _definition.Entries)
        {
            if (!_snapshots.TryGetValue(entry.Id, out var ids) || ids.Count < 2) continue;
            for (var i = 1; i < ids.Count; i++)
            {
                var before = _funds[ids[i - 1]];
                var after = _funds[ids[i]];
                var a = Weights(before.Id);
                var b = Weights(after.Id);
                foreach (var companyId in a.Keys.Union(b.Keys).Order(StringComparer.Ordinal))
                {
                    var wa = a.GetValueOrDefault(companyId);
                    var wb = b.GetValueOrDefault(companyId);
                    HoldingChange? change = !a.ContainsKey(companyId) ? HoldingChange.Added : !b.ContainsKey(companyId) ? HoldingChange.Removed
                        : wb > wa ? HoldingChange.Up : wb < wa ? HoldingChange.Down : null;
                    if (change is null) continue;
                    changes.Add(new SnapshotChange(entry.Id, before.SourceFile, before.AsOf, after.SourceFile, after.AsOf,
                        companyId, _reference.Company(companyId).NameEn, change.Value, wa, wb));
                }
            }
        }
        return changes;
    }

    private Dictionary<string, decimal> Weights(string fundId) =>
        _findings[fundId]
            .Where(f => f.State is RowState.Matched or RowState.Related && f.IsHeld)
            .GroupBy(f => f.CompanyId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(f => f.WeightAdded ?? 0), StringComparer.Ordinal);

    private static decimal Share(decimal part, decimal whole) => ExposureBuilder.Share(part, whole) ?? 0;

    /// <summary>A share of an amount: null (not defined, "n/a") where the amount is 0, as nothing is invested to take a share of.</summary>
    private static decimal? ShareOf(decimal part, decimal whole) => whole == 0 ? null : Share(part, whole);

    /// <summary>Nothing is invested in the holding of the scheme: its paths' weights are not defined.</summary>
    private bool NothingInvested(int top) => _graph.Entries[top].Amount == 0m;

    /// <summary>A count of paths, adding up without overflowing: past <see cref="long.MaxValue"/> it stays there.</summary>
    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static string Count(long count, bool atLeast) =>
        Wording.AtLeast(atLeast) + count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The <paramref name="keep"/> partial paths carrying the most money (in size), largest first; ties in the order found.</summary>
    private static List<PathStep> Largest(List<PathStep> steps, int keep) =>
        steps.Count == 1 ? steps : [.. steps.OrderByDescending(s => Math.Abs(s.Reach)).Take(keep)];

    private static List<ListedPath> LargestPaths(List<ListedPath> paths) =>
        paths.Count <= PathsListed ? paths : [.. paths.OrderByDescending(p => Math.Abs(p.Value ?? 0)).ThenBy(p => p.Order).Take(PathsListed)];

    /// <summary>Why a holding's value, and so its weight, is unknown: the file's reason for its value, or for its weight.</summary>
    private static string UnknownReason(HoldingFinding f) =>
        f.Value is null && f.ValueUnknown is { } value && value != Wording.WeightsOnlyReason ? value
        : f.WeightUnknown ?? (f.Value is null ? Wording.Unknown : "no weight given");

    /// <summary>What a path says of the holdings at its end whose value is unknown: the reason, with how many when more than one; null for none.</summary>
    private static string? Unknown(List<(int Line, string Reason)> unknown) =>
        unknown.Count switch
        {
            0 => null,
            1 => unknown[0].Reason,
            _ => string.Create(CultureInfo.InvariantCulture,
                $"{unknown.Count} holdings: {string.Join("; ", unknown.Select(u => u.Reason).Distinct(StringComparer.Ordinal))}"),
        };

    /// <summary>One path from a holding of the scheme to a fund, as a chain back to the top, with the amount it carries.</summary>
    /// <param name="Via">The row of the fund above that holds this one, with its weight there; null at the holding of the scheme.</param>
    private sealed record PathStep(int Node, PathStep? From, decimal Reach, FundGraph.Edge? Via = null);

    /// <summary>
    /// A path to a company that may be listed: where it starts, its value and weight (null when every value at its end is
    /// unknown), why values at its end are unknown, and its place in a walk.
    /// </summary>
    private sealed record ListedPath(int Top, PathStep Step, decimal? Value, decimal? Weight, string? ValueUnknown, int Order)
    {
        /// <summary>The notional of derivatives on the company reaching it along this path, in the report currency; null for none.</summary>
        public decimal? Notional { get; init; }

        /// <summary>The notional of short derivatives on the company reaching it along this path, apart from <see cref="Notional"/>; null for none.</summary>
        public decimal? ShortNotional { get; init; }

        /// <summary>The holdings file of the fund at the end of the path.</summary>
        public string File { get; init; } = "";

        /// <summary>The lines of <see cref="File"/> that hold the company.</summary>
        public IReadOnlyList<int> Lines { get; init; } = [];

        /// <summary>The company's share of the fund at the end of the path, over its rows of known weight; null where none is known.</summary>
        public decimal? HoldingWeight { get; init; }
    }

    /// <summary>
    /// One company (in one state): its known value over all paths, whether any value is known, its holdings of unknown
    /// value (fund and line, each once), per holding of the scheme, and the largest paths.
    /// </summary>
    private sealed class CompanyPaths
    {
        public decimal Value;
        public bool Known;
        public readonly HashSet<(string FundId, int Line)> ValuesUnknown = [];
        public HeldSplit Split = HeldSplit.None;
        public readonly Dictionary<int, FromHolding> From = new();
        public List<ListedPath> Listed = [];
    }

    /// <summary>
    /// What leads to one company from one holding of the scheme: the known value and weight, the paths, those that end at
    /// holdings of known value and those that end at holdings of unknown value, and why those are unknown.
    /// </summary>
    private sealed class FromHolding
    {
        public decimal Value;
        public decimal Weight;
        public long Paths;
        public long KnownPaths;
        public long UnknownPaths;
        public readonly List<string> Unknown = [];
    }

    /// <summary>One company's holdings in one fund: the known value and weight, each known weight, and the holdings of unknown value with why.</summary>
    private sealed class Held
    {
        public decimal Value;
        public decimal Weight;
        public readonly List<decimal> Weights = [];
        /// <summary>The lines of the fund's file that hold the company, known values or not.</summary>
        public readonly List<int> Lines = [];
        public readonly List<(int Line, string Reason)> Unknown = [];
    }

    private sealed class EntryTotals
    {
        public decimal Flagged;
        public decimal Related;
        public decimal Review;
        public decimal LookedThrough;
        public HeldSplit FlaggedSplit = HeldSplit.None;
        /// <summary>The funds reached through others that were not looked through, as their coverage gaps.</summary>
        public readonly List<CoverageGap> NotLooked = [];
        /// <summary>The rows of unknown value reached (fund, line, state), each once however many paths lead to it.</summary>
        public readonly HashSet<(string FundId, int Line, RowState State)> UnknownRows = [];
    }
}

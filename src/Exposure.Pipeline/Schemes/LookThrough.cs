using Exposure.Core;
using Exposure.Core.Holdings;
using Exposure.Core.Portfolio;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Pipeline.Figures;

namespace Exposure.Pipeline.Schemes;

/// <summary>
/// Looks the scheme through to company level: for every amount invested, along every path through funds of funds and
/// index mandates, exposure = amount (in the report currency) x weight at each level. Uses each fund's latest snapshot;
/// earlier snapshots only feed the changes over time. A cycle of funds holding each other is an error.
/// </summary>
public sealed class LookThrough
{
    /// <summary>Residuals smaller than this share of an amount are rounding, not a coverage gap.</summary>
    private const decimal ResidualTolerance = 0.0005m;

    private readonly PortfolioDefinition _definition;
    private readonly FxRates _fx;
    private readonly ReferenceData _reference;
    private readonly Dictionary<string, PortfolioEntry> _entries;
    private readonly Dictionary<string, FundExposure> _funds;
    private readonly ILookup<string, HoldingFinding> _findings;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _snapshots;

    private readonly Dictionary<(string CompanyId, RowState State), Dictionary<string, (string Manager, decimal Value, decimal Weight, string Route)>> _companies = new();
    private readonly List<CoverageGap> _gaps = [];
    private readonly Dictionary<string, EntryTotals> _totals = new(StringComparer.Ordinal);

    private LookThrough(PortfolioDefinition definition, FxRates fx, ReferenceData reference, ExposureReport report,
        IReadOnlyDictionary<string, IReadOnlyList<string>> snapshots)
    {
        _definition = definition;
        _fx = fx;
        _reference = reference;
        _entries = definition.Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _funds = report.Funds.ToDictionary(f => f.Id, StringComparer.Ordinal);
        _findings = report.Findings.ToLookup(f => f.FundId, StringComparer.Ordinal);
        _snapshots = snapshots;
    }

    /// <param name="snapshots">For each entry id, the report's fund ids of its snapshots, oldest first.</param>
    public static PortfolioExposure Compute(PortfolioDefinition definition, FxRates fx, ReferenceData reference, ExposureReport report,
        IReadOnlyDictionary<string, IReadOnlyList<string>> snapshots) =>
        new LookThrough(definition, fx, reference, report, snapshots).Run();

    private PortfolioExposure Run()
    {
        var currency = _definition.ReportCurrency;
        var entries = new List<EntryExposure>();
        foreach (var entry in _definition.Entries.Where(e => e.Amount is not null))
        {
            var amount = _fx.Convert(entry.Amount!.Value, entry.Currency ?? currency, currency);
            var totals = _totals[entry.Id] = new EntryTotals();
            Visit(entry, amount, new Top(entry, amount), [entry.Id]);
            var latest = Latest(entry);
            entries.Add(new EntryExposure(entry.Id, entry.Name, entry.Kind, entry.Manager, entry.Amount, entry.Currency ?? currency, amount,
                latest?.AsOf, latest?.SourceFile, _snapshots.GetValueOrDefault(entry.Id)?.Count ?? 0,
                totals.Flagged, Share(totals.Flagged, amount), totals.Related, totals.Review, totals.LookedThrough));
        }

        var invested = entries.Sum(e => e.AmountInReportCurrency);
        var flagged = entries.Sum(e => e.FlaggedValue);
        var lookedThrough = entries.Sum(e => e.LookedThrough);
        var companies = Companies(invested);

        return new PortfolioExposure(
            _definition.Title,
            currency,
            _definition.AsOf,
            invested,
            flagged,
            Share(flagged, invested),
            entries.Sum(e => e.RelatedValue),
            entries.Sum(e => e.ReviewValue),
            new Coverage(lookedThrough, Share(lookedThrough, invested), _gaps.OrderByDescending(g => g.Value).ToList()),
            entries,
            Managers(entries),
            companies,
            Categories(companies, invested),
            Changes(),
            _fx.Used.Select(kv => new FxRateUsed(kv.Key.From, kv.Key.To, kv.Value)).OrderBy(r => r.From, StringComparer.Ordinal).ThenBy(r => r.To, StringComparer.Ordinal).ToList());
    }

    private void Visit(PortfolioEntry entry, decimal amount, Top top, List<string> path)
    {
        var pathText = string.Join(" > ", path);
        var route = string.Join(" > ", path.Select(id => _entries[id].Name));
        var fund = Latest(entry);
        if (fund is null)
        {
            _gaps.Add(new CoverageGap(top.Entry.Id, pathText, entry.Kind == EntryKind.Index ? "no constituent list" : "no holdings file", amount, route));
            return;
        }
        if (fund.FundValue is not { } fundValue || fundValue == 0)
        {
            _gaps.Add(new CoverageGap(top.Entry.Id, pathText, fund.FundValue is null ? "fund value is unknown" : "fund value is zero", amount, route));
            return;
        }

        var totals = _totals[top.Entry.Id];
        foreach (var f in _findings[fund.Id])
        {
            if (f.Weight is not { } w) continue;
            var value = amount * w;
            var key = (f.CompanyId, f.State);
            if (!_companies.TryGetValue(key, out var paths)) _companies[key] = paths = new(StringComparer.Ordinal);
            var existing = paths.GetValueOrDefault(pathText);
            paths[pathText] = (top.Entry.Manager ?? "", existing.Value + value, existing.Weight + Share(value, top.Amount), route);
            switch (f.State)
            {
                case RowState.Matched: totals.Flagged += value; break;
                case RowState.Related: totals.Related += value; break;
                case RowState.NeedsReview: totals.Review += value; break;
            }
        }

        totals.LookedThrough += amount * fund.ScreenedValue / fundValue;
        if (fund.ExcludedValue != 0)
            _gaps.Add(new CoverageGap(top.Entry.Id, pathText, "excluded as non-equity (cash, FX, derivatives, bonds, money market)", amount * fund.ExcludedValue / fundValue, route));

        var nestedWeight = 0m;
        foreach (var n in fund.Nested)
        {
            var target = _entries[n.FundId];
            if (path.Contains(target.Id))
                throw new DataException(_definition.File, target.Line, $"funds hold each other in a cycle: {string.Join(" > ", path.Append(target.Id))}");
            nestedWeight += n.Weight;
            Visit(target, amount * n.Weight, top, [.. path, target.Id]);
        }

        var residual = amount * (1 - (fund.ScreenedValue + fund.ExcludedValue) / fundValue - nestedWeight);
        if (Math.Abs(residual) > Math.Abs(amount) * ResidualTolerance)
            _gaps.Add(new CoverageGap(top.Entry.Id, pathText, "rows rejected, or stated net assets differ from the sum of rows", residual, route));
    }

    private FundExposure? Latest(PortfolioEntry entry) =>
        _snapshots.TryGetValue(entry.Id, out var ids) && ids.Count > 0 ? _funds[ids[^1]] : null;

    private List<PortfolioCompanyExposure> Companies(decimal invested) =>
        _companies
            .Select(kv =>
            {
                var company = _reference.Company(kv.Key.CompanyId);
                var value = kv.Value.Values.Sum(p => p.Value);
                var paths = kv.Value.Select(p => new ExposurePath(p.Key, p.Value.Manager, p.Value.Value, p.Value.Weight, p.Value.Route))
                    .OrderByDescending(p => p.Value).ToList();
                return new PortfolioCompanyExposure(company.Id, company.NameEn, company.Basis, kv.Key.State, value, Share(value, invested), paths);
            })
            .OrderBy(c => Wording.Code(c.State), StringComparer.Ordinal)
            .ThenByDescending(c => c.Value)
            .ThenBy(c => c.CompanyId, StringComparer.Ordinal)
            .ToList();

    private static List<ManagerExposure> Managers(List<EntryExposure> entries) =>
        entries
            .GroupBy(e => e.Manager ?? "(no manager given)", StringComparer.Ordinal)
            .Select(g =>
            {
                var amount = g.Sum(e => e.AmountInReportCurrency);
                var flagged = g.Sum(e => e.FlaggedValue);
                return new ManagerExposure(g.Key, amount, flagged, Share(flagged, amount), g.Sum(e => e.RelatedValue), g.Count());
            })
            .OrderByDescending(m => m.FlaggedValue)
            .ThenBy(m => m.Manager, StringComparer.Ordinal)
            .ToList();

    private List<PortfolioCategoryExposure> Categories(List<PortfolioCompanyExposure> companies, decimal invested) =>
        companies
            .Where(c => c.State == RowState.Matched)
            .SelectMany(c => _reference.AllegationsOf(c.CompanyId).Select(a => a.Category).Distinct().Select(cat => (cat, c)))
            .GroupBy(x => x.cat, StringComparer.Ordinal)
            .Select(g =>
            {
                var value = g.Sum(x => x.c.Value);
                return new PortfolioCategoryExposure(g.Key, value, Share(value, invested), g.Count());
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
            .Where(f => f.State is RowState.Matched or RowState.Related)
            .GroupBy(f => f.CompanyId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(f => f.Weight ?? 0), StringComparer.Ordinal);

    private static decimal Share(decimal part, decimal whole) => ExposureBuilder.Share(part, whole) ?? 0;

    /// <summary>The scheme's direct holding a path starts from, with its amount in the report currency.</summary>
    private sealed record Top(PortfolioEntry Entry, decimal Amount);

    private sealed class EntryTotals
    {
        public decimal Flagged;
        public decimal Related;
        public decimal Review;
        public decimal LookedThrough;
    }
}

using Exposure.Core.Holdings;
using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;

namespace Exposure.Pipeline.Figures;

/// <summary>
/// Computes the <see cref="MarketView"/> of a report whose funds come from regulatory filings (they name their
/// registrant or series): figures per registrant, and the entries and exits of named and related companies between each
/// fund's consecutive reports. Null for any other report.
/// </summary>
internal static class MarketFigures
{
    public static MarketView? Compute(IReadOnlyList<FundExposure> funds, IReadOnlyList<HoldingFinding> findings)
    {
        if (!funds.Any(f => f.Registrant is not null || f.SeriesId is not null)) return null;
        var held = findings
            .Where(f => f.State is RowState.Matched or RowState.Related)
            .ToLookup(f => f.FundId, StringComparer.Ordinal);
        var byFund = funds
            .GroupBy(Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(f => f.AsOf ?? DateOnly.MinValue).ThenBy(f => f.Id, StringComparer.Ordinal).ToList())
            .ToList();
        return new MarketView(Registrants(byFund, held), Changes(byFund, held));
    }

    private static string Key(FundExposure f) => f.SeriesId ?? f.Name;

    private static List<RegistrantExposure> Registrants(List<List<FundExposure>> byFund, ILookup<string, HoldingFinding> held)
    {
        return byFund
            .Select(reports => reports[^1])
            .GroupBy(f => f.Registrant ?? f.Name, StringComparer.Ordinal)
            .Select(g =>
            {
                var latest = g.ToList();
                var currencies = latest.Select(f => f.Currency).Distinct().ToList();
                var currency = currencies.Count == 1 ? currencies[0] : null;
                decimal? Sum(Func<FundExposure, decimal?> pick) => currency is null ? null : FundAccumulator.Sum(latest, pick);
                return new RegistrantExposure(
                    g.Key,
                    latest.Select(f => f.Cik).FirstOrDefault(c => c is not null),
                    latest.Count,
                    latest.Count(f => f.CompaniesFlagged > 0),
                    latest.SelectMany(f => held[f.Id]).Select(h => h.CompanyId).Distinct(StringComparer.Ordinal).Count(),
                    currency,
                    Sum(f => f.FundValue),
                    Sum(f => f.FlaggedValue),
                    Sum(f => f.RelatedValue));
            })
            .OrderByDescending(r => r.FlaggedValue ?? 0)
            .ThenByDescending(r => r.FundsHoldingNamed)
            .ThenBy(r => r.Registrant, StringComparer.Ordinal)
            .ToList();
    }

    private static List<FundChange> Changes(List<List<FundExposure>> byFund, ILookup<string, HoldingFinding> held)
    {
        var changes = new List<FundChange>();
        foreach (var reports in byFund)
        {
            for (var i = 1; i < reports.Count; i++)
            {
                var (before, after) = (reports[i - 1], reports[i]);
                var was = Holdings(held[before.Id]);
                var now = Holdings(held[after.Id]);
                foreach (var (company, (name, value)) in now.Where(kv => !was.ContainsKey(kv.Key)))
                    changes.Add(new FundChange(Key(after), after.Name, after.Registrant, before.AsOf, after.AsOf, company, name, HoldingChange.Added, null, value));
                foreach (var (company, (name, value)) in was.Where(kv => !now.ContainsKey(kv.Key)))
                    changes.Add(new FundChange(Key(after), after.Name, after.Registrant, before.AsOf, after.AsOf, company, name, HoldingChange.Removed, value, null));
            }
        }
        return changes
            .OrderBy(c => c.FundName, StringComparer.Ordinal)
            .ThenBy(c => c.ToAsOf)
            .ThenBy(c => c.Change)
            .ThenBy(c => c.CompanyName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The companies a report holds, each with its name and value (unknown when a row's value is).</summary>
    private static Dictionary<string, (string Name, decimal? Value)> Holdings(IEnumerable<HoldingFinding> findings) =>
        findings
            .GroupBy(f => f.CompanyId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.First().CompanyName, g.All(f => f.Value is not null) ? g.Sum(f => f.Value) : (decimal?)null), StringComparer.Ordinal);
}

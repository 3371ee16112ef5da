using Exposure.Core.Holdings;
using Exposure.Core.Portfolio;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;

namespace Exposure.Pipeline.Figures;

/// <summary>
/// Computes the <see cref="MarketView"/> of a report whose funds come from regulatory filings (they name their
/// registrant or series): the market's figures over each fund's latest report, figures per registrant and per company,
/// the largest holdings, and the entries and exits of named and related companies between each fund's consecutive
/// reports. Null for any other report.
/// </summary>
internal static class MarketFigures
{
    public static MarketView? Compute(IReadOnlyList<FundExposure> funds, IReadOnlyList<HoldingFinding> findings)
    {
        if (!funds.Any(f => f.Registrant is not null || f.SeriesId is not null)) return null;
        // A short position is not a holding: it is shown apart, in its fund's note (ShortPositionsNote).
        var held = findings
            .Where(f => f.State is RowState.Matched or RowState.Related && !f.IsShort)
            .ToLookup(f => f.FundId, StringComparer.Ordinal);
        var byFund = funds
            .Select((fund, order) => (fund, order))
            .GroupBy(x => Key(x.fund), StringComparer.Ordinal)
            .Select(Reports)
            .ToList();
        var changes = Changes(byFund, held);
        var latest = byFund.Select(reports => reports[^1]).ToList();
        var currencies = latest.Select(f => f.Currency).Distinct().ToList();
        var currency = currencies.Count == 1 ? currencies[0] : null;
        var registrants = Registrants(latest, held);
        var companies = Companies(latest, held, changes, byFund.Any(reports => reports.Count > 1));
        return new MarketView(
            Summary(funds, byFund, latest, held, currency, registrants, companies, changes),
            registrants,
            Funds(byFund, changes, currency),
            companies,
            LargestHoldings(latest, held, currency),
            changes);
    }

    /// <summary>The fund a report is of (<see cref="MarketFund.FundKey"/>): its SEC series id, else its name.</summary>
    internal static string Key(FundExposure f) => f.SeriesId ?? f.Name;

    /// <summary>A fund's reports by date; of two reports of the same date (a data set given twice, an amendment in a later data set), the one given last.</summary>
    private static List<FundExposure> Reports(IEnumerable<(FundExposure Fund, int Order)> reports) =>
        reports
            .GroupBy(x => x.Fund.AsOf)
            .Select(g => g.MaxBy(x => x.Order).Fund)
            .OrderBy(f => f.AsOf ?? DateOnly.MinValue)
            .ToList();

    private static MarketSummary Summary(
        IReadOnlyList<FundExposure> all, List<List<FundExposure>> byFund, List<FundExposure> latest, ILookup<string, HoldingFinding> held, string? currency,
        List<RegistrantExposure> registrants, List<MarketCompany> companies, List<FundChange> changes)
    {
        decimal? Sum(Func<FundExposure, decimal?> pick) => currency is null ? null : FundAccumulator.Sum(latest, pick);
        var netAssets = Sum(f => f.FundValue);
        var flagged = Sum(f => f.FlaggedValue);
        var dates = all.Select(f => f.AsOf).OfType<DateOnly>().ToList();
        var compared = byFund.Count(reports => reports.Count > 1);
        return new MarketSummary(
            latest.Count,
            all.Count,
            registrants.Count,
            latest.Count(f => f.CompaniesFlagged > 0),
            latest.Count(f => held[f.Id].Any(h => h.State == RowState.Related)),
            registrants.Count(r => r.FundsHoldingNamed > 0),
            companies.Count(c => c.Funds > 0 && c.Basis == Basis.Named),
            companies.Count(c => c.Funds > 0 && c.Basis != Basis.Named),
            currency,
            netAssets,
            flagged,
            ExposureBuilder.Share(flagged, netAssets),
            Sum(f => f.RelatedValue),
            dates.Count == 0 ? null : dates.Min(),
            dates.Count == 0 ? null : dates.Max(),
            compared,
            compared == 0 ? null : changes.Count(c => c.Change == HoldingChange.Added),
            compared == 0 ? null : changes.Count(c => c.Change == HoldingChange.Removed));
    }

    private static List<RegistrantExposure> Registrants(List<FundExposure> latest, ILookup<string, HoldingFinding> held)
    {
        return latest
            .GroupBy(f => f.Registrant ?? f.Name, StringComparer.Ordinal)
            .Select(g =>
            {
                var funds = g.ToList();
                var currencies = funds.Select(f => f.Currency).Distinct().ToList();
                var currency = currencies.Count == 1 ? currencies[0] : null;
                decimal? Sum(Func<FundExposure, decimal?> pick) => currency is null ? null : FundAccumulator.Sum(funds, pick);
                return new RegistrantExposure(
                    g.Key,
                    funds.Select(f => f.Cik).FirstOrDefault(c => c is not null),
                    funds.Count,
                    funds.Count(f => f.CompaniesFlagged > 0),
                    funds.SelectMany(f => held[f.Id]).Select(h => h.CompanyId).Distinct(StringComparer.Ordinal).Count(),
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

    /// <summary>Every fund, largest flagged value in its latest report first (flagged weight when currencies differ).</summary>
    private static List<MarketFund> Funds(List<List<FundExposure>> byFund, List<FundChange> changes, string? currency)
    {
        var changed = changes.ToLookup(c => c.FundKey, StringComparer.Ordinal);
        return byFund
            .Select(reports => (Latest: reports[^1], Reports: reports.Count))
            .OrderByDescending(x => currency is null ? x.Latest.FlaggedWeight : x.Latest.FlaggedValue)
            .ThenByDescending(x => currency is null ? x.Latest.RelatedWeight : x.Latest.RelatedValue)
            .ThenBy(x => x.Latest.Name, StringComparer.Ordinal)
            .ThenBy(x => Key(x.Latest), StringComparer.Ordinal)
            .Select(x =>
            {
                var key = Key(x.Latest);
                var one = x.Reports == 1;
                return new MarketFund(key, x.Latest.Name, x.Latest.Registrant, x.Latest.Cik, x.Latest.Id, x.Latest.AsOf, x.Reports,
                    one ? null : changed[key].Count(c => c.Change == HoldingChange.Added), one ? null : changed[key].Count(c => c.Change == HoldingChange.Removed));
            })
            .ToList();
    }

    /// <summary>Every company held in a latest report or entered or left: funds and registrants holding it, its value, its entries and exits.</summary>
    private static List<MarketCompany> Companies(List<FundExposure> latest, ILookup<string, HoldingFinding> held, List<FundChange> changes, bool compared)
    {
        var fundsById = latest.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var holdings = latest.SelectMany(f => held[f.Id]).ToLookup(h => h.CompanyId, StringComparer.Ordinal);
        var changed = changes.ToLookup(c => c.CompanyId, StringComparer.Ordinal);
        var basis = held.SelectMany(g => g)
            .GroupBy(h => h.CompanyId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.First().CompanyName, g.First().Basis), StringComparer.Ordinal);
        return holdings.Select(g => g.Key).Concat(changed.Select(g => g.Key))
            .Distinct(StringComparer.Ordinal)
            .Select(id =>
            {
                var rows = holdings[id].ToList();
                var funds = rows.Select(h => fundsById[h.FundId]).DistinctBy(f => f.Id).ToList();
                var currencies = funds.Select(f => f.Currency).Distinct().ToList();
                var currency = currencies.Count == 1 ? currencies[0] : null;
                var value = currency is not null ? HeldValue(rows) : null;
                var (name, companyBasis) = basis[id];
                return new MarketCompany(
                    id,
                    name,
                    companyBasis,
                    funds.Count,
                    funds.Select(f => f.Registrant ?? f.Name).Distinct(StringComparer.Ordinal).Count(),
                    currency,
                    value,
                    compared ? changed[id].Count(c => c.Change == HoldingChange.Added) : null,
                    compared ? changed[id].Count(c => c.Change == HoldingChange.Removed) : null);
            })
            .OrderByDescending(c => c.Funds)
            .ThenBy(c => c.Value is null)
            .ThenByDescending(c => c.Value ?? 0)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The largest holdings of a company by a fund in the latest reports: by value in one currency, else by weight; unknown values last.</summary>
    private static List<MarketHolding> LargestHoldings(List<FundExposure> latest, ILookup<string, HoldingFinding> held, string? currency)
    {
        return latest
            .SelectMany(fund => held[fund.Id]
                .GroupBy(h => h.CompanyId, StringComparer.Ordinal)
                .Select(g =>
                {
                    var value = HeldValue(g);
                    var rows = g.Where(h => h.Instrument != InstrumentType.Derivative).ToList();
                    return new MarketHolding(
                        fund.Id,
                        fund.Name,
                        fund.Registrant,
                        g.Key,
                        g.First().CompanyName,
                        g.Any(h => h.State == RowState.Matched) ? RowState.Matched : RowState.Related,
                        fund.Currency,
                        value,
                        value is not null && rows.All(h => h.Weight is not null) ? rows.Sum(h => h.Weight) : null,
                        g.Count());
                }))
            .OrderBy(h => (currency is null ? h.Weight : h.Value) is null)
            .ThenByDescending(h => (currency is null ? h.Weight : h.Value) ?? 0)
            .ThenBy(h => h.FundName, StringComparer.Ordinal)
            .ThenBy(h => h.CompanyName, StringComparer.Ordinal)
            .Take(MarketLayout.LargestHoldings)
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
            .ThenBy(c => c.FundKey, StringComparer.Ordinal)
            .ThenBy(c => c.ToAsOf)
            .ThenBy(c => c.Change)
            .ThenBy(c => c.CompanyName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The companies a report holds, each with its name and value (unknown when a row's value is).</summary>
    private static Dictionary<string, (string Name, decimal? Value)> Holdings(IEnumerable<HoldingFinding> findings) =>
        findings
            .GroupBy(f => f.CompanyId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.First().CompanyName, HeldValue(g)), StringComparer.Ordinal);

    /// <summary>
    /// The value held in shares, bonds and other instruments (unknown when one of their values is); a derivative's value and
    /// notional are exposure, not value held, as in each fund's flagged value.
    /// </summary>
    private static decimal? HeldValue(IEnumerable<HoldingFinding> rows)
    {
        decimal sum = 0;
        foreach (var row in rows)
        {
            if (row.Instrument == InstrumentType.Derivative) continue;
            if (row.Value is not { } v) return null;
            sum += v;
        }
        return sum;
    }
}

using Exposure.Core.Holdings;
using Exposure.Core.Portfolio;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;

namespace Exposure.Pipeline.Figures;

/// <summary>
/// Computes the <see cref="MarketView"/> of a report whose funds come from regulatory filings (they name their
/// registrant or series): the market's figures over each fund's latest report, figures per registrant (by CIK) and per
/// company, the largest holdings, and the entries and exits of named and related companies between each fund's
/// consecutive reports. Of several data sets the market is the latest's (<see cref="MarketReports"/>): a fund without a
/// report in it is not counted, and the companies it held are its own exit. Null for any other report.
/// </summary>
internal static class MarketFigures
{
    public static MarketView? Compute(IReadOnlyList<FundExposure> funds, IReadOnlyList<HoldingFinding> findings) =>
        Compute(funds, findings, MarketReports.Of(funds));

    public static MarketView? Compute(IReadOnlyList<FundExposure> funds, IReadOnlyList<HoldingFinding> findings, MarketReports reports)
    {
        if (!funds.Any(f => f.Registrant is not null || f.SeriesId is not null)) return null;
        // A short position is not a holding: it is shown apart, in its fund's note (ShortPositionsNote) and figures (a short
        // derivative's notional apart from the others'). A fund whose only positions in a company are short does not hold it.
        var held = findings
            .Where(f => f.State is RowState.Matched or RowState.Related && !f.IsShortPosition)
            .ToLookup(f => f.FundId, StringComparer.Ordinal);
        var byFund = reports.ByFund;
        var changes = Changes(reports, held, findings);
        // The market is the latest data set's: a fund without a report in it is not counted, its exit is in the changes.
        var latest = byFund.Select(r => r[^1]).Where(reports.Counts).ToList();
        var currencies = latest.Select(f => f.Currency).Distinct().ToList();
        var currency = currencies.Count == 1 ? currencies[0] : null;
        var registrants = Registrants(latest, held);
        // Latest reports of funds with an earlier report to compare them with: a company none of whose holders has one has
        // no entries or exits known (null), not 0 — its holders may just have bought it.
        var compared = byFund.Where(r => r.Count > 1).Select(r => r[^1].Id).ToHashSet(StringComparer.Ordinal);
        var companies = Companies(latest, held, changes, compared);
        return new MarketView(
            Summary(funds, reports, latest, held, currency, registrants, companies, changes),
            registrants,
            Funds(reports, changes, currency),
            companies,
            LargestHoldings(latest, held, currency),
            changes);
    }

    /// <summary>The fund a report is of (<see cref="MarketFund.FundKey"/>): its SEC series id, else its registrant's CIK and its name, else its name.</summary>
    internal static string Key(FundExposure f) => MarketReports.Key(f);

    /// <summary>
    /// A change between two reports of a fund that reports in the latest data set: an entry or a sale, not the fund's own
    /// exit; nor one the report without the company may not bear out (a row of it awaiting review, rows not read).
    /// </summary>
    private static bool Between(FundChange c) => c.Fund == MarketPresence.Reporting && c.Doubt == ChangeDoubt.None;

    private static MarketSummary Summary(
        IReadOnlyList<FundExposure> all, MarketReports reports, List<FundExposure> latest, ILookup<string, HoldingFinding> held, string? currency,
        List<RegistrantExposure> registrants, List<MarketCompany> companies, List<FundChange> changes)
    {
        decimal? Sum(Func<FundExposure, decimal?> pick) => currency is null ? null : FundAccumulator.Sum(latest, pick);
        var netAssets = Sum(f => f.FundValue);
        var flagged = Sum(f => f.FlaggedValue);
        var dates = all.Select(f => f.AsOf).OfType<DateOnly>().ToList();
        var compared = reports.ByFund.Count(r => r.Count > 1 && reports.Counts(r[^1]));
        var share = ExposureBuilder.Share(flagged, netAssets);
        return new MarketSummary(
            latest.Count,
            all.Count,
            registrants.Count(r => !r.Unknown),
            latest.Count(f => f.CompaniesFlagged > 0),
            latest.Count(f => held[f.Id].Any(h => h.State == RowState.Related)),
            registrants.Count(r => !r.Unknown && r.FundsHoldingNamed > 0),
            companies.Count(c => c.Funds > 0 && c.Basis == Basis.Named),
            companies.Count(c => c.Funds > 0 && c.Basis != Basis.Named),
            currency,
            netAssets,
            flagged,
            share,
            Sum(f => f.RelatedValue),
            dates.Count == 0 ? null : dates.Min(),
            dates.Count == 0 ? null : dates.Max(),
            compared,
            compared == 0 ? null : changes.Count(c => Between(c) && c.Change == HoldingChange.Added),
            compared == 0 ? null : changes.Count(c => Between(c) && c.Change == HoldingChange.Removed),
            reports.Presence.Values.Count(p => p == MarketPresence.NoLaterReport),
            reports.Presence.Values.Count(p => p == MarketPresence.FirstReport),
            changes.Count(c => c.Fund == MarketPresence.Reporting && c.Doubt != ChangeDoubt.None),
            // As the report's headline share (ExposureBuilder): holdings in named companies of unknown value are left out of it.
            share is not null && latest.Any(f => (latest.Count > 1 ? ExposureBuilder.OutOfSharedWeight(f) : f.ValuesUnknown).MatchedOutOfWeight > 0),
            registrants.Where(r => r.Unknown).Sum(r => r.Funds),
            flagged is not null && latest.Any(f => f.ValuesUnknown.Matched > 0));
    }

    private static List<RegistrantExposure> Registrants(List<FundExposure> latest, ILookup<string, HoldingFinding> held)
    {
        // A registrant is its CIK: two trusts of one name are two registrants. A fund whose filing names neither registrant
        // nor CIK (a data set without REGISTRANT.tsv) is in no registrant: its series or accession number is not one.
        var unknown = latest.Where(f => f.Registrant is null && f.Cik is null).ToList();
        var known = latest
            .Where(f => f.Registrant is not null || f.Cik is not null)
            .GroupBy(MarketReports.RegistrantKey, StringComparer.Ordinal)
            .Select(g => Registrant(g.ToList(), held, g.First().Registrant ?? "CIK " + g.First().Cik, g.First().Cik))
            .OrderByDescending(r => r.FlaggedValue ?? 0)
            .ThenByDescending(r => r.FundsHoldingNamed)
            .ThenBy(r => r.Registrant, StringComparer.Ordinal)
            .ThenBy(r => r.Cik, StringComparer.Ordinal)
            .ToList();
        if (unknown.Count > 0) known.Add(Registrant(unknown, held, MarketWording.RegistrantUnknown, null) with { Unknown = true });
        return known;
    }

    private static RegistrantExposure Registrant(List<FundExposure> funds, ILookup<string, HoldingFinding> held, string name, string? cik)
    {
        var currencies = funds.Select(f => f.Currency).Distinct().ToList();
        var currency = currencies.Count == 1 ? currencies[0] : null;
        decimal? Sum(Func<FundExposure, decimal?> pick) => currency is null ? null : FundAccumulator.Sum(funds, pick);
        return new RegistrantExposure(
            name,
            cik,
            funds.Count,
            funds.Count(f => f.CompaniesFlagged > 0),
            funds.SelectMany(f => held[f.Id]).Select(h => h.CompanyId).Distinct(StringComparer.Ordinal).Count(),
            currency,
            Sum(f => f.FundValue),
            Sum(f => f.FlaggedValue),
            Sum(f => f.RelatedValue));
    }

    /// <summary>
    /// Every fund, largest flagged value in its latest report first (flagged weight when currencies differ); a fund with no
    /// report in the latest data set after those that have one.
    /// </summary>
    private static List<MarketFund> Funds(MarketReports reports, List<FundChange> changes, string? currency)
    {
        var changed = changes.Where(Between).ToLookup(c => c.FundKey, StringComparer.Ordinal);
        return reports.ByFund
            .Select(r => (Latest: r[^1], Reports: r.Count, Presence: reports.Presence[Key(r[^1])]))
            .OrderBy(x => x.Presence == MarketPresence.NoLaterReport)
            .ThenByDescending(x => currency is null ? x.Latest.FlaggedWeight : x.Latest.FlaggedValue)
            .ThenByDescending(x => currency is null ? x.Latest.RelatedWeight : x.Latest.RelatedValue)
            .ThenBy(x => x.Latest.Name, StringComparer.Ordinal)
            .ThenBy(x => Key(x.Latest), StringComparer.Ordinal)
            .Select(x =>
            {
                var key = Key(x.Latest);
                // Entries and exits are known between two reports of a fund that still reports; a fund that no longer does left as a whole.
                var known = x.Reports > 1 && x.Presence != MarketPresence.NoLaterReport;
                return new MarketFund(key, x.Latest.Name, x.Latest.Registrant, x.Latest.Cik, x.Latest.Id, x.Latest.AsOf, x.Reports,
                    known ? changed[key].Count(c => c.Change == HoldingChange.Added) : null, known ? changed[key].Count(c => c.Change == HoldingChange.Removed) : null,
                    x.Presence);
            })
            .ToList();
    }

    /// <summary>Every company held in a latest report or entered or left: funds and registrants holding it, its value, its entries and exits.</summary>
    private static List<MarketCompany> Companies(List<FundExposure> latest, ILookup<string, HoldingFinding> held, List<FundChange> changes, HashSet<string> comparedIds)
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
                var compared = changed[id].Any(c => c.Fund == MarketPresence.Reporting) || funds.Any(f => comparedIds.Contains(f.Id));
                var value = currency is not null ? HeldValue(rows) : null;
                var (name, companyBasis) = basis[id];
                return new MarketCompany(
                    id,
                    name,
                    companyBasis,
                    funds.Count,
                    funds.Where(f => f.Registrant is not null || f.Cik is not null).Select(MarketReports.RegistrantKey).Distinct(StringComparer.Ordinal).Count(),
                    currency,
                    value,
                    compared ? changed[id].Count(c => Between(c) && c.Change == HoldingChange.Added) : null,
                    compared ? changed[id].Count(c => Between(c) && c.Change == HoldingChange.Removed) : null,
                    funds.Count(f => f.Registrant is null && f.Cik is null));
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
                        // As in the company's profile: a weight the file states for a row of unknown value (HoldingFinding.WeightFromFile) is its weight.
                        rows.Count > 0 && rows.All(h => h.Weight is not null) ? rows.Sum(h => h.Weight) : null,
                        g.Count(),
                        fund.Cik);
                }))
            .OrderBy(h => (currency is null ? h.Weight : h.Value) is null)
            .ThenByDescending(h => (currency is null ? h.Weight : h.Value) ?? 0)
            .ThenBy(h => h.FundName, StringComparer.Ordinal)
            .ThenBy(h => h.CompanyName, StringComparer.Ordinal)
            .ThenBy(h => h.FundId, StringComparer.Ordinal)
            .Take(MarketLayout.LargestHoldings)
            .ToList();
    }

    /// <summary>
    /// The entries and exits between consecutive reports of each fund; and, for a fund with no report in the latest data
    /// set, the named and related companies its last report held, as the fund's own exit (no later date, no value after).
    /// </summary>
    private static List<FundChange> Changes(MarketReports market, ILookup<string, HoldingFinding> held, IReadOnlyList<HoldingFinding> findings)
    {
        var changes = new List<FundChange>();
        // A report without a company may hold it after all: a row of it awaiting review, or rows that could not be read.
        var review = findings.Where(f => f.State == RowState.NeedsReview && !f.IsShortPosition)
            .Select(f => (f.FundId, f.CompanyId)).ToHashSet();
        ChangeDoubt Doubt(FundExposure without, string company) =>
            review.Contains((without.Id, company)) ? ChangeDoubt.AwaitingReview
            : without.Lines.Rejected > 0 ? ChangeDoubt.NotCompared
            : ChangeDoubt.None;
        foreach (var reports in market.ByFund)
        {
            for (var i = 1; i < reports.Count; i++)
            {
                var (before, after) = (reports[i - 1], reports[i]);
                var was = Holdings(held[before.Id]);
                var now = Holdings(held[after.Id]);
                foreach (var (company, (name, value)) in now.Where(kv => !was.ContainsKey(kv.Key)))
                    changes.Add(new FundChange(Key(after), after.Id, after.Name, after.Registrant, before.AsOf, after.AsOf, company, name, HoldingChange.Added, null, value,
                        Doubt: Doubt(before, company)));
                foreach (var (company, (name, value)) in was.Where(kv => !now.ContainsKey(kv.Key)))
                    changes.Add(new FundChange(Key(after), after.Id, after.Name, after.Registrant, before.AsOf, after.AsOf, company, name, HoldingChange.Removed, value, null,
                        Doubt: Doubt(after, company)));
            }
            var last = reports[^1];
            if (market.Counts(last)) continue;
            foreach (var (company, (name, value)) in Holdings(held[last.Id]))
                changes.Add(new FundChange(Key(last), last.Id, last.Name, last.Registrant, last.AsOf, null, company, name, HoldingChange.Removed, value, null, MarketPresence.NoLaterReport));
        }
        return changes
            .OrderBy(c => c.FundName, StringComparer.Ordinal)
            .ThenBy(c => c.FundKey, StringComparer.Ordinal)
            .ThenBy(c => c.ToAsOf ?? DateOnly.MaxValue)
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

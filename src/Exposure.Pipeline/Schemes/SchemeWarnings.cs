using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;

namespace Exposure.Pipeline.Schemes;

/// <summary>
/// The notes beside a scheme's figures, said of what the scheme does with each file. An index constituent list gives
/// weights, not money: the figures of the list itself are weights and the totals over holdings files add no money for
/// it; but the scheme looks the amount it invests in the mandate through by those weights, and counts what that holds
/// in its totals. The note says both, with the mandate's figures, rather than that no value is added to any total.
/// </summary>
public static class SchemeWarnings
{
    /// <param name="snapshots">For each entry id, the report's fund ids of its snapshots, oldest first.</param>
    public static ExposureReport Apply(ExposureReport report, PortfolioExposure scheme, IReadOnlyDictionary<string, IReadOnlyList<string>> snapshots)
    {
        var warnings = report.Summary.Warnings.Select(w => w.Code == "weights-only" && w.FundId is { } fundId && Mandate(scheme, snapshots, fundId) is { } entry
                && report.Fund(fundId) is { } fund
            ? w with { Text = Text(scheme, entry, fund, report.Terms) }
            : w).ToList();
        warnings.AddRange(HeldTwice(report, scheme, snapshots));
        if (SchemeBounds.NothingInvested(scheme) is { } nothing) warnings.Add(new FigureWarning("nothing-invested", null, nothing + "."));
        return report with { Summary = report.Summary with { Warnings = warnings } };
    }

    /// <summary>
    /// "Asia Tech Fund (Manager C) and Asia Tech Fund (second mandate) (Manager D) hold one fund, asia-tech.csv: ...": holdings
    /// of the scheme that read one file hold one fund, whose file is screened and counted once.
    /// </summary>
    private static IEnumerable<FigureWarning> HeldTwice(ExposureReport report, PortfolioExposure scheme, IReadOnlyDictionary<string, IReadOnlyList<string>> snapshots) =>
        scheme.Entries
            .Where(e => snapshots.TryGetValue(e.Id, out var ids) && ids.Count > 0)
            .GroupBy(e => snapshots[e.Id][^1], StringComparer.Ordinal)
            .Where(g => g.Count() > 1 && report.Fund(g.Key) is not null)
            .Select(g =>
            {
                var holders = g.Select(e => $"{e.Name} ({SchemeBounds.ManagerOf(e)})").ToList();
                var names = string.Join(", ", holders.Take(holders.Count - 1)) + " and " + holders[^1];
                return new FigureWarning("fund-held-twice", g.Key,
                    $"{names} hold one fund, {report.Fund(g.Key)!.SourceFile}: its file is screened once, and the figures per holdings file " +
                    "count its holdings once; the scheme's figures look each holding's amount through it.");
            });

    /// <summary>The holding of the scheme whose latest snapshot is this fund, looked through with an amount of its own; null for none.</summary>
    private static EntryExposure? Mandate(PortfolioExposure scheme, IReadOnlyDictionary<string, IReadOnlyList<string>> snapshots, string fundId) =>
        scheme.Entries.FirstOrDefault(e => e.NotLookedThrough is null && e.AmountInvested is not null
            && snapshots.TryGetValue(e.Id, out var ids) && ids.Count > 0 && string.Equals(ids[^1], fundId, StringComparison.Ordinal));

    /// <summary>
    /// "World Index mandate: an index constituent list gives weights, not money: the list's own figures are its weights (the
    /// flagged weight is 0.050%), and the totals over holdings files add no money for it. Through the scheme, the GBP
    /// 50,000,000 invested in the mandate is looked through by these weights: GBP 25,000 in named companies (0.050% of it),
    /// counted in the scheme's totals."
    /// </summary>
    private static string Text(PortfolioExposure scheme, EntryExposure entry, FundExposure fund, ListTerms t)
    {
        var c = scheme.ReportCurrency;
        var bound = entry.Bounds.FlaggedValue;
        var named = bound is Bound.NoneLookedThrough or Bound.ValuesUnknown
            ? SchemeBounds.Stated(bound, "") + $" in {t.CompaniesPlural}"
            : $"{SchemeBounds.Total(bound, Wording.Money(entry.FlaggedValue, c))} in {t.CompaniesPlural} ({SchemeBounds.Share(bound, entry.FlaggedShare, entry.AmountInReportCurrency)} of it)";
        return $"{entry.Name}: an index constituent list gives weights, not money: the list's own figures are its weights (the flagged weight is " +
            $"{Wording.Percent(fund.FlaggedWeight)}), and the totals over holdings files add no money for it. Through the scheme, the " +
            $"{Wording.Money(entry.AmountInReportCurrency, c)} invested in the mandate is looked through by these weights: {named}, counted in the scheme's totals.";
    }
}

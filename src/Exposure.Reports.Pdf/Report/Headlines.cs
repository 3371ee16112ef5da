using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Report;

/// <summary>
/// The executive summary's headline figures, worded from the model, and its key findings as the model's wording gives
/// them to every output (<see cref="KeyFindings"/>). Every figure is the model's; the only things done here are
/// choosing, counting items the model lists, and wording. The words keep the report's care: companies are "named by"
/// sources, related companies and holdings awaiting review are never described as flagged, and what was not looked
/// through is said, not hidden.
/// </summary>
internal static class Headlines
{
    public static IReadOnlyList<Figure> Figures(ReportContext context) =>
        context.Portfolio is { } p ? SchemeFigures(context, p)
        : context.Report.Market is { } m ? MarketHeadlines.Figures(context.Report, m)
        : FundFigures(context.Report);

    /// <summary>The key findings, as the model's wording gives them to every output (<see cref="KeyFindings"/>), laid out as spans.</summary>
    public static IReadOnlyList<IReadOnlyList<TextSpan>> Findings(ReportContext context) =>
        KeyFindings.Of(context.Report).Select(f => (IReadOnlyList<TextSpan>)f.Select(r => new TextSpan(r.Text) { Bold = r.Strong }).ToList()).ToList();

    private static List<Figure> SchemeFigures(ReportContext context, PortfolioExposure p)
    {
        var c = p.ReportCurrency;
        var named = p.CompaniesNamed;
        var related = p.CompaniesRelated;
        var review = p.CompaniesInReview;
        var holdings = p.EntriesLeadingToNamed;
        var managers = p.ManagersLeadingToNamed;
        var bound = p.Bounds.FlaggedValue;
        var t = context.Report.Terms;
        return
        [
            new(SchemeBounds.Total(bound, Typography.Money(p.FlaggedValue, c)), $"{t.InCompanies} (flagged)",
                (bound is Bound.NoneLookedThrough or Bound.ValuesUnknown ? "" : $"{SchemeBounds.Share(bound, p.FlaggedShare, p.TotalInvested)} of ") +
                $"the {Typography.Money(p.TotalInvested, c)} invested" +
                (SchemeBounds.NotCounted(p) is { } notCounted ? "; " + notCounted : ", looked through to company level") +
                (p.ValuesUnknown is { Named: > 0 } unknown
                    ? $"; {Typography.Plural(unknown.Named, "holding", "holdings")} in {t.CompaniesPlural} of unknown value not counted"
                    : "")),
            new(Typography.Count(named), $"{t.Companies(named)} held through the scheme",
                $"Also {Typography.Plural(related, "related company", "related companies")} (not counted as flagged) and " +
                $"{Typography.Plural(review, "company", "companies")} awaiting review"),
            new($"{Typography.Count(holdings)} of {Typography.Count(p.Entries.Count)}",
                $"holdings of the scheme lead to {t.ACompany}",
                $"through {Typography.Count(managers)} of {Typography.Plural(p.Managers.Count, "manager", "managers")}" +
                (p.EntriesNotLookedThrough > 0 ? $"; {Typography.Count(p.EntriesNotLookedThrough)} not looked through, unknown" : "")),
            new(SchemeBounds.Share(Bound.Exact, p.Coverage.LookedThroughShare, p.TotalInvested), "of the amount invested was looked through to company level",
                $"{Typography.Money(p.Coverage.LookedThrough, c)} of {Typography.Money(p.TotalInvested, c)}" +
                (p.Coverage.Gaps.Count == 0 ? "" : "; what was not is listed under Coverage")),
        ];
    }

    private static List<Figure> FundFigures(ExposureReport report)
    {
        var s = report.Summary;
        var c = s.Currency;
        var holding = s.FundsHoldingNamed;
        var t = report.Terms;
        return
        [
            new(Wording.FlaggedValueAtLeast(s) + Typography.Total(s.FlaggedValue, c, s.TotalsWithheld),
                s.FlaggedByInstrument is { HasMoreThanShares: true } split ? $"in {Wording.HeldIn(split)} of companies {t.By} (flagged)" : $"{t.InCompanies} (flagged)",
                FlaggedDetail(report)),
            new(Typography.Count(s.CompaniesFlagged), $"{t.Companies(s.CompaniesFlagged)} held",
                $"Also {Typography.Plural(s.CompaniesRelated, "related company", "related companies")} (not counted as flagged) and " +
                $"{Typography.Plural(s.CompaniesInReview, "company", "companies")} with holdings awaiting review"),
            new($"{Typography.Count(holding)} of {Typography.Count(s.Funds)}",
                $"{Wording.Verb(s.Funds, "fund", "funds")} {Wording.Verb(s.Funds == 1 ? 1 : holding, "holds", "hold")} {t.ACompany}",
                $"{KeyFindings.LargestWeight(report)}; {Typography.Plural(s.FundsHoldingRelated, "fund holds a related company", "funds hold a related company")}"),
            new(Typography.Plural(s.Lines.Rejected, "line", "lines"), Wording.RejectedCaption(RejectedCounts.Of(report)),
                (Wording.ExcludedInHoldings(s, "holding without a company issuer", "holdings without a company issuer") is { } excluded
                    ? $"{excluded}; "
                    : $"{Typography.Plural(s.Lines.Excluded, "line without a company issuer was", "lines without a company issuer were")} excluded; ") +
                $"{Typography.Plural(s.DistinctSecurities, "distinct security was", "distinct securities were")} screened"),
        ];
    }

    /// <summary>
    /// "2.100% of the fund value, GBP 10,000,000" (<see cref="Wording.FlaggedShareOf"/>), labelled with the funds' dates
    /// when they differ; the file's own weights when the value is unknown; why there is no total when there is none.
    /// </summary>
    private static string FlaggedDetail(ExposureReport report)
    {
        var s = report.Summary;
        if (s.FlaggedShare is null)
        {
            return Wording.WhyNoTotal(s.TotalsWithheld);
        }

        var of = SentencePart.Join(Wording.FlaggedShareOf(s, MarketLayout.CountedFunds(report)),
            p => p.Kind == SentencePartKind.Money ? Typography.Money(p.Value, p.Currency) : Typography.Percent(p.Value));
        return s.FlaggedByInstrument is { HasMoreThanShares: true } split ? $"{of}. {Wording.Capitalised(Wording.Split(split, s.Currency))}" : of;
    }

}

using Exposure.Core.Reporting;

namespace Exposure.Reports.Pdf.Report;

/// <summary>
/// The executive summary of a market of funds from filings: headline figures over each fund's latest report (its key
/// findings are <see cref="KeyFindings"/>'s, as for every report). Every figure is the model's (<see cref="MarketView"/>).
/// </summary>
internal static class MarketHeadlines
{
    public static IReadOnlyList<Figure> Figures(ExposureReport report, MarketView market)
    {
        var s = market.Summary;
        var c = s.Currency;
        var t = report.Terms;
        var figures = new List<Figure>
        {
            new(Wording.FlaggedValueAtLeast(s) + Typography.Money(s.FlaggedValue, c), $"{t.InCompanies} (flagged), in the funds' latest reports",
                s.FlaggedShare is { } share
                    ? $"{Wording.FlaggedShareAtLeast(s)}{Typography.Percent(share)} of the {Typography.Money(s.NetAssets, c)} the funds hold in all"
                    : "The funds report in different currencies, so no total is given; see The market for each registrant's figures"),
            new($"{Typography.Count(s.FundsHoldingNamed)} of {Typography.Count(s.Funds)}",
                $"{Wording.Verb(s.Funds, "fund", "funds")} {Wording.Verb(s.Funds == 1 ? 1 : s.FundsHoldingNamed, "holds", "hold")} {t.ACompany}",
                MarketWording.FilingFlagged(s)),
            new(Typography.Count(s.CompaniesNamed), $"{t.Companies(s.CompaniesNamed)} held",
                $"Also {Typography.Plural(s.CompaniesRelated, "related company", "related companies")} (not counted as flagged), held by " +
                $"{Typography.Plural(s.FundsHoldingRelated, "fund", "funds")}"),
        };
        var lines = report.Summary.Lines;
        figures.Add(s.FundsCompared > 0
            ? new Figure($"{Typography.Count(s.Entries)} / {Typography.Count(s.Exits)}", "entries / exits between reports",
                $"companies {t.Adjective.Replace(" or ", ", ", StringComparison.Ordinal)} or related that funds entered or left, across {Typography.Plural(s.FundsCompared, "fund", "funds")} with reports of two or more dates")
            : new Figure(Typography.Plural(lines.Rejected, "line", "lines"), Wording.RejectedCaption(RejectedCounts.Of(report)),
                (Wording.ExcludedInHoldings(report.Summary, "non-equity holding", "non-equity holdings") is { } excluded
                    ? $"{excluded}; "
                    : $"{Typography.Plural(lines.Excluded, "non-equity line was", "non-equity lines were")} excluded; ") +
                $"{Typography.Plural(report.Summary.DistinctSecurities, "distinct security was", "distinct securities were")} screened"));
        return figures;
    }
}

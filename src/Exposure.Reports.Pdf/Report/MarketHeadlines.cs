using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Report;

/// <summary>
/// The executive summary of a market of funds from filings: headline figures over each fund's latest report, and the
/// findings that matter across thousands of funds: the named company held by the most funds, the largest value, entries
/// and exits, what could not be read. Every figure is the model's (<see cref="MarketView"/>).
/// </summary>
internal static class MarketHeadlines
{
    public static IReadOnlyList<Figure> Figures(ExposureReport report, MarketView market)
    {
        var s = market.Summary;
        var c = s.Currency;
        var figures = new List<Figure>
        {
            new(Typography.Money(s.FlaggedValue, c), "in companies named by a source (flagged), in the funds' latest reports",
                s.FlaggedShare is { } share
                    ? $"{Typography.Percent(share)} of the {Typography.Money(s.NetAssets, c)} the funds hold in all"
                    : "The funds report in different currencies, so no total is given; see The market for each registrant's figures"),
            new($"{Typography.Count(s.FundsHoldingNamed)} of {Typography.Count(s.Funds)}",
                $"{Wording.Verb(s.Funds, "fund", "funds")} {Wording.Verb(s.Funds == 1 ? 1 : s.FundsHoldingNamed, "holds", "hold")} a named company",
                $"filed by {Typography.Count(s.RegistrantsFilingNamed)} of {Typography.Plural(s.Registrants, "registrant", "registrants")}"),
            new(Typography.Count(s.CompaniesNamed), s.CompaniesNamed == 1 ? "named company held" : "named companies held",
                $"Also {Typography.Plural(s.CompaniesRelated, "related company", "related companies")} (not counted as flagged), held by " +
                $"{Typography.Plural(s.FundsHoldingRelated, "fund", "funds")}"),
        };
        var lines = report.Summary.Lines;
        figures.Add(s.FundsCompared > 0
            ? new Figure($"{Typography.Count(s.Entries)} / {Typography.Count(s.Exits)}", "entries / exits between reports",
                $"companies named or related that funds entered or left, across {Typography.Plural(s.FundsCompared, "fund", "funds")} with reports of two or more dates")
            : new Figure(Typography.Plural(lines.Rejected, "line", "lines"), Wording.RejectedCaption(RejectedCounts.Of(report)),
                $"{Typography.Plural(lines.Excluded, "non-equity line was", "non-equity lines were")} excluded; " +
                $"{Typography.Plural(report.Summary.DistinctSecurities, "distinct security was", "distinct securities were")} screened"));
        return figures;
    }

    public static IReadOnlyList<IReadOnlyList<TextSpan>> Findings(ReportContext context, MarketView market)
    {
        var report = context.Report;
        var s = market.Summary;
        var c = s.Currency;
        var findings = new List<IReadOnlyList<TextSpan>>();

        var widest = market.Companies.FirstOrDefault(x => x.Basis == Basis.Named && x.Funds > 0);
        if (widest is null)
        {
            findings.Add(["No fund's latest report holds a company named by a source."]);
        }
        else
        {
            findings.Add(
            [
                "The named company held by the most funds is ",
                new TextSpan(widest.Name) { Bold = true },
                $" ({Headlines.NamedBy(context, widest.CompanyId)}): {Typography.Plural(widest.Funds, "fund", "funds")} filed by " +
                $"{Typography.Plural(widest.Registrants, "registrant", "registrants")} {Wording.Verb(widest.Funds, "holds", "hold")} it" +
                (widest.Value is null ? "." : $", {Typography.Money(widest.Value, widest.Currency)} in all."),
            ]);
            if (c is not null && MarketLayout.CompaniesByValue(market).FirstOrDefault(x => x.Basis == Basis.Named && x.Value is not null) is { } largest && largest.CompanyId != widest.CompanyId)
            {
                findings.Add(
                [
                    "The largest value is held in ",
                    new TextSpan(largest.Name) { Bold = true },
                    $" ({Headlines.NamedBy(context, largest.CompanyId)}): {Typography.Money(largest.Value, c)} across {Typography.Plural(largest.Funds, "fund", "funds")}.",
                ]);
            }
        }

        if (s.FundsCompared > 0)
        {
            var mostEntered = MarketLayout.MostChanged(market, entries: true);
            var mostLeft = MarketLayout.MostChanged(market, entries: false);
            var entered = mostEntered.Count > 0 ? mostEntered[0] : null;
            var left = mostLeft.Count > 0 ? mostLeft[0] : null;
            findings.Add(
            [
                new TextSpan($"Between reports: {Typography.Plural(s.Entries, "entry", "entries")} and {Typography.Plural(s.Exits, "exit", "exits")}") { Bold = true },
                " (a fund newly holding a named or related company, or no longer holding one)" +
                (entered is null ? "" : $"; the most entered was {entered.Name} ({Typography.Plural(entered.Entries, "fund", "funds")})") +
                (left is null ? "" : $"; the most left was {left.Name} ({Typography.Plural(left.Exits, "fund", "funds")})") + ".",
            ]);
        }

        findings.Add(Headlines.Lines(report.Summary.Lines, report.Summary.ValuesUnknown, RejectedCounts.Of(report)));
        findings.Add(Headlines.Review(report.Summary.Lines.NeedsReview, null));
        if (s.CompaniesRelated > 0)
        {
            findings.Add(
            [
                $"{Typography.Plural(s.FundsHoldingRelated, "fund also holds", "funds also hold")} ",
                new TextSpan(Typography.Plural(s.CompaniesRelated, "related company", "related companies")) { Bold = true },
                " (listed parents or subsidiaries of named entities, not named themselves)" +
                (s.RelatedValue is { } related ? $", {Typography.Money(related, c)} in all" : "") + ". They are not counted as flagged.",
            ]);
        }

        return findings;
    }
}

using System.Globalization;
using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Html.Report;

/// <summary>
/// The scheme view, when a portfolio file described one: the scheme's figures, each holding and manager, coverage (what
/// was looked through and, never hidden, what was not), every path by which the scheme holds each company, changes
/// between snapshots, and the exchange rates used. All in the report currency, all from the model.
/// </summary>
internal sealed class PortfolioSection : IHtmlSection
{
    public const string HoldingsTitle = "Holdings of the scheme";
    public const string ManagersTitle = "Managers";
    public const string CoverageTitle = "Coverage: what was looked through, and what was not";
    public const string CoverageId = "coverage";
    public const string CompaniesTitle = "Companies in the scheme and how they are held";
    public const string ChangesTitle = "Changes between snapshots";
    public const string RatesTitle = "Exchange rates used";

    public string Id => "scheme";

    public string Title => "The scheme, looked through";

    public bool Applies(ExposureReport report) => report.Portfolio is not null;

    public void Write(ReportPage page)
    {
        var p = page.Portfolio!;
        var c = p.ReportCurrency;
        var w = page.W;
        var bounds = p.Bounds;
        page.OpenSection(Id, Title);
        page.Paragraph(
            "Each amount the scheme invests is followed down through funds of funds and index mandates to the companies held. Exposure " +
            $"to a company along a path is the amount invested, converted to {c}, times the weight at each level of the path. The latest " +
            "holdings file of a fund is used; earlier files only show changes over time. Related value and value awaiting review are given " +
            "beside the flagged value and never added to it.");
        List<(string Term, Action Value)> facts =
        [
            ("Scheme", () => page.Name(p.Title)),
            ("Report currency", () => w.Text(c)),
            ("As of", () => w.Text(p.AsOf is null ? Wording.NoSchemeDate : Format.Date(p.AsOf))),
            ("Amount invested", () => page.Money("portfolio.totalInvested", p.TotalInvested, c)),
            ("Looked through to company level", () =>
            {
                page.Money("portfolio.coverage.lookedThrough", p.Coverage.LookedThrough, c).W.Text(" (");
                page.Share("portfolio.coverage.lookedThroughShare", p.Coverage.LookedThroughShare, p.TotalInvested).W.Text(" of the amount invested)");
            }),
            ($"Value {page.Report.Terms.InCompanies} (flagged)", () =>
            {
                if (AtLeast(page, bounds.FlaggedValue, stated: true)?.Money("portfolio.flaggedValue", p.FlaggedValue, c) is null)
                {
                    return;
                }
                w.Text(" (");
                AtLeast(page, bounds.FlaggedValue)?.Share("portfolio.flaggedShare", p.FlaggedShare, p.TotalInvested).W.Text(" of the amount invested)");
            }),
        ];
        if (SchemeBounds.Scheme(p) is { } cover)
        {
            facts.Add(("What the flagged, related and review values cover", () => w.Text("Each is " + cover + ".")));
        }
        if (SchemeBounds.ValuesUnknown(p) is { } unknown)
        {
            facts.Add(("Holdings whose value is unknown", () => w.Text(unknown + ".")));
        }
        if (p.FlaggedByInstrument is { HasMoreThanShares: true } held)
        {
            facts.Add(("How the flagged value is held" + (bounds.FlaggedValue == Bound.Exact ? "" : $" ({SchemeBounds.AtLeast})"), () => w.Text(Wording.Split(held, c))));
        }

        facts.Add(("Value in related companies (not counted as flagged)", () => AtLeast(page, bounds.RelatedValue, stated: true)?.Money("portfolio.relatedValue", p.RelatedValue, c)));
        facts.Add(("Value awaiting review (not counted as flagged)", () => AtLeast(page, bounds.ReviewValue, stated: true)?.Money("portfolio.reviewValue", p.ReviewValue, c)));
        page.Facts([.. facts]);

        var bounded = MarketLayout.Applies(page.Report);
        Holdings(page, p, bounded);
        Managers(page, p);
        Coverage(page, p, bounded);
        Companies(page, p, bounded);
        Changes(page, p);
        Rates(page, p);
        page.CloseSection();
    }

    /// <summary>
    /// "at least " before a figure that is a lower bound (<see cref="SchemeBounds.Kind"/>), and the page to write the
    /// figure on; a lower bound of zero is written as "unknown" (in a list of facts, <paramref name="stated"/>, as
    /// <see cref="SchemeBounds.Stated"/> says it), and null returned.
    /// </summary>
    internal static ReportPage? AtLeast(ReportPage page, Bound? bound, bool stated = false)
    {
        switch (bound)
        {
            case Bound.AtLeast:
                page.W.Text(SchemeBounds.AtLeast + " ");
                return page;
            case Bound.NoneLookedThrough or Bound.ValuesUnknown:
                page.W.Text(stated ? SchemeBounds.Stated(bound.Value, "") : Wording.Unknown);
                return null;
            default:
                return page;
        }
    }

    /// <param name="bounded">A scheme of many funds (<see cref="MarketLayout"/>): its first rows are shown, and where every row is.</param>
    private static void Holdings(ReportPage page, PortfolioExposure p, bool bounded)
    {
        var bounds = p.Bounds;
        var shown = bounded ? Math.Min(p.Entries.Count, MarketLayout.Rows) : p.Entries.Count;
        var c = p.ReportCurrency;
        var w = page.W;
        page.OpenSection("scheme-holdings", HoldingsTitle, 3);
        page.Note($"One row per fund or mandate the scheme invests in directly, in the portfolio file's order. Amounts are in {c}, converted " +
            "at the rates under " + RatesTitle + $"; an amount in another currency is also given as invested. The {page.Report.Terms.Adjective} share is of the amount invested in the holding." + (p.RoundedTotalsNote is { } rounded ? " " + rounded : ""));
        page.Table(HoldingsTitle,
        [
            new Column("Holding"), new Column($"Amount invested ({c})", true), new Column($"Looked through ({c})", true),
            new Column($"{page.Report.Terms.CompaniesTitle} ({c})", true), new Column(page.Report.Terms.ShareTitle, true), new Column($"Related ({c})", true),
            new Column($"Awaiting review ({c})", true), new Column("Latest snapshot"),
        ], () =>
        {
            for (var i = 0; i < shown; i++)
            {
                var e = p.Entries[i];
                var at = string.Create(CultureInfo.InvariantCulture, $"portfolio.entries[{i}]");
                page.Row(() => page
                    .RowHeader(() =>
                    {
                        w.Open("strong");
                        page.Name(e.Name);
                        w.Close("strong");
                        w.Element("span", $"{(e.Kind == EntryKind.Index ? "index mandate" : "fund")} · {e.Id} · {e.Manager ?? "no manager given"}", ("class", "sub"));
                        if (e.NotLookedThrough is { } why)
                        {
                            w.Element("span", $"not looked through: {why}", ("class", "sub"));
                        }
                    })
                    .Num(() =>
                    {
                        page.Amount(at + ".amountInReportCurrency", e.AmountInReportCurrency);
                        if (e.AmountInvested is not null && e.Currency != c)
                        {
                            w.Open("span", ("class", "sub"));
                            page.Money(at + ".amountInvested", e.AmountInvested, e.Currency);
                            w.Close("span");
                        }
                    })
                    .Num(() => page.Amount(at + ".lookedThrough", e.LookedThrough))
                    .Num(() => AtLeast(page, e.Bounds.FlaggedValue)?.Amount(at + ".flaggedValue", e.FlaggedValue))
                    .Num(() => AtLeast(page, e.Bounds.FlaggedValue)?.Share(at + ".flaggedShare", e.FlaggedShare, e.AmountInReportCurrency))
                    .Num(() => AtLeast(page, e.Bounds.RelatedValue)?.Amount(at + ".relatedValue", e.RelatedValue))
                    .Num(() => AtLeast(page, e.Bounds.ReviewValue)?.Amount(at + ".reviewValue", e.ReviewValue))
                    .Cell(e.SnapshotAsOf is null && e.SnapshotFile is null
                        ? Wording.NoFile
                        : Format.Date(e.SnapshotAsOf) + (e.Snapshots > 1 ? $" ({Format.Plural(e.Snapshots, "snapshot", "snapshots")})" : "")));
            }

            page.Row(() => page.RowHeader(() => w.Element("strong", "Scheme"))
                .Num(() => page.Amount("portfolio.totalInvested", p.TotalInvested))
                .Num(() => page.Amount("portfolio.coverage.lookedThrough", p.Coverage.LookedThrough))
                .Num(() => AtLeast(page, bounds.FlaggedValue)?.Amount("portfolio.flaggedValue", p.FlaggedValue))
                .Num(() => AtLeast(page, bounds.FlaggedValue)?.Share("portfolio.flaggedShare", p.FlaggedShare, p.TotalInvested))
                .Num(() => AtLeast(page, bounds.RelatedValue)?.Amount("portfolio.relatedValue", p.RelatedValue))
                .Num(() => AtLeast(page, bounds.ReviewValue)?.Amount("portfolio.reviewValue", p.ReviewValue))
                .Cell(""), "total");
        }, headed: true);
        if (SchemeBounds.Scheme(p) is { } cover)
        {
            page.Note($"The scheme's named, related and review values are each {cover}.");
        }
        if (SchemeBounds.ValuesUnknown(p) is { } unknown)
        {
            page.Note(unknown + ".");
        }
        if (MarketWording.Rest(shown, p.Entries.Count, "holdings of the scheme", MarketWording.SchemeHoldingsWhere) is { } rest)
        {
            page.Note(rest);
        }

        page.CloseSection();
    }

    private static void Managers(ReportPage page, PortfolioExposure p)
    {
        var c = p.ReportCurrency;
        page.OpenSection("scheme-managers", ManagersTitle, 3);
        page.Table(ManagersTitle,
        [
            new Column("Manager"), new Column("Holdings", true), new Column($"Amount invested ({c})", true), new Column($"{page.Report.Terms.CompaniesTitle} ({c})", true),
            new Column(page.Report.Terms.ShareTitle, true), new Column($"Related ({c})", true),
        ], () =>
        {
            for (var i = 0; i < p.Managers.Count; i++)
            {
                var m = p.Managers[i];
                var at = string.Create(CultureInfo.InvariantCulture, $"portfolio.managers[{i}]");
                var b = m.Bounds;
                page.Row(() => page.RowHeader(m.Manager)
                    .Num(() => page.Count(at + ".entries", m.Entries))
                    .Num(() => page.Amount(at + ".amountInvested", m.AmountInvested))
                    .Num(() => AtLeast(page, b.FlaggedValue)?.Amount(at + ".flaggedValue", m.FlaggedValue))
                    .Num(() => AtLeast(page, b.FlaggedValue)?.Share(at + ".flaggedShare", m.FlaggedShare, m.AmountInvested))
                    .Num(() => AtLeast(page, b.RelatedValue)?.Amount(at + ".relatedValue", m.RelatedValue)));
            }
        }, sortable: true, headed: true);
        var notes = p.Managers.Select(m => SchemeBounds.Manager(p, m) is { } why ? $"{m.Manager}: {why}" : null).OfType<string>().ToList();
        if (notes.Count > 0)
        {
            page.Note("Holdings not looked through, whose exposure is unknown, not zero. " + string.Join(". ", notes) + ".");
        }
        page.CloseSection();
    }

    private static void Coverage(ReportPage page, PortfolioExposure p, bool bounded)
    {
        var c = p.ReportCurrency;
        var coverage = p.Coverage;
        var w = page.W;
        page.OpenSection(CoverageId, CoverageTitle, 3);
        w.Open("p").Open("strong");
        page.Money("portfolio.coverage.lookedThrough", coverage.LookedThrough, c).W.Text(" of the ");
        page.Money("portfolio.totalInvested", p.TotalInvested, c).W.Text(" invested (");
        page.Share("portfolio.coverage.lookedThroughShare", coverage.LookedThroughShare, page.Report.Portfolio!.TotalInvested).W.Text(") was looked through to company level and screened.");
        w.Close("strong");
        w.Text(coverage.Gaps.Count == 0
            ? " Nothing was left out."
            : " The amounts below were not: a holding without a holdings file, holdings with no company issuer, or rows that could not be read or " +
              "do not add up to the fund's stated value. Exposure in them is unknown, not zero.");
        w.Close("p");
        var shown = bounded ? Math.Min(coverage.Gaps.Count, MarketLayout.Rows) : coverage.Gaps.Count;
        if (coverage.Gaps.Count > 0)
        {
            page.Table("Value not looked through",
                [new Column("Holding"), new Column("Path"), new Column("Not looked through because"), new Column($"Value ({c})", true)],
                () =>
                {
                    for (var i = 0; i < shown; i++)
                    {
                        var gap = coverage.Gaps[i];
                        page.Row(() => page.RowHeader(page.EntryName(gap.EntryId)).Cell(gap.Route).Cell(gap.Reason)
                            .Num(() => page.Amount(string.Create(CultureInfo.InvariantCulture, $"portfolio.coverage.gaps[{i}].value"), gap.Value)));
                    }
                }, sortable: true, roomy: true);
            if (MarketWording.Rest(shown, coverage.Gaps.Count, "amounts not looked through", MarketWording.CoverageWhere) is { } rest)
            {
                page.Note(rest);
            }
        }

        page.CloseSection();
    }

    private static void Companies(ReportPage page, PortfolioExposure p, bool bounded)
    {
        var c = p.ReportCurrency;
        page.OpenSection("scheme-companies", CompaniesTitle, 3);
        if (p.Companies.Count == 0)
        {
            page.Paragraph("No holding of the scheme leads to a company on the list, as far as the scheme was looked through.");
            page.CloseSection();
            return;
        }

        var companies = bounded ? Math.Min(p.Companies.Count, MarketLayout.Rows) : p.Companies.Count;
        var pathsCut = false;
        page.Note("Every path by which the scheme holds each company on the list, from the scheme down to the fund that holds the company " +
            "(\"A > B\" is fund B held through fund A). The weight is the company's share of the amount invested in the holding the path " +
            $"starts from. {page.Report.Terms.CompaniesTitle} come first, largest first; related companies and holdings awaiting review are never counted as flagged. " +
            "A holding whose value is unknown is listed with its value unknown and why; a value or total that leaves such holdings out reads \"at least\".");
        page.Table(CompaniesTitle,
        [
            new Column("Company"), new Column("State"), new Column("Path"), new Column("Manager"), new Column($"Value ({c})", true),
            new Column("Weight in the holding", true), new Column($"Company total ({c})", true), new Column("Share of the scheme", true),
        ], () =>
        {
            for (var i = 0; i < companies; i++)
            {
                var company = p.Companies[i];
                var paths = bounded ? Math.Min(company.Paths.Count, MarketLayout.PathsListed) : company.Paths.Count;
                pathsCut |= paths < company.Paths.Count;
                for (var j = 0; j < paths; j++)
                {
                    var path = company.Paths[j];
                    var at = string.Create(CultureInfo.InvariantCulture, $"portfolio.companies[{i}]");
                    page.Row(() => page.RowHeader(() => page.CompanyName(company.CompanyId, company.Name))
                        .Cell(Wording.OfCompanyState(company.State))
                        .Cell(() =>
                        {
                            page.W.Text(path.Route);
                            if (path.ValueUnknown is { } why)
                            {
                                page.W.Element("span", $"value {Wording.Unknown}: {why}", ("class", "sub"));
                            }
                            if (SchemeBounds.Notional(path, p.ReportCurrency) is { } notional)
                            {
                                page.W.Element("span", notional, ("class", "sub"));
                            }
                        })
                        .Cell(path.Manager.Length == 0 ? "no manager given" : path.Manager)
                        .Num(() => AtLeast(page, path.ValueBound)?.Amount(string.Create(CultureInfo.InvariantCulture, $"{at}.paths[{j}].value"), path.Value))
                        .Num(() => AtLeast(page, path.ValueBound)?.Share(string.Create(CultureInfo.InvariantCulture, $"{at}.paths[{j}].weight"), path.Weight,
                            path is { Weight: null, Value: not null } ? 0 : 1))
                        .Num(() => AtLeast(page, company.ValueBound)?.Amount(at + ".value", company.Value))
                        .Num(() => AtLeast(page, company.ValueBound)?.Share(at + ".share", company.Share, p.TotalInvested)));
                }
            }
        }, sortable: true, filterable: true, headed: true);
        if (MarketWording.SchemePaths(companies, p.Companies.Count, pathsCut) is { } rest)
        {
            page.Note(rest);
        }

        page.CloseSection();
    }

    private static void Changes(ReportPage page, PortfolioExposure p)
    {
        page.OpenSection("scheme-changes", ChangesTitle, 3);
        if (p.Changes.Count == 0)
        {
            page.Paragraph("No holding has more than one snapshot with a change in a company on the list, so there is no change over time to report.");
            page.CloseSection();
            return;
        }

        page.Note("For each fund with more than one holdings file, the companies (named or related) added, removed, or held at a higher " +
            "or lower weight in the later file. Weights are shares of the fund's own value, not of the scheme.");
        page.Table(ChangesTitle,
        [
            new Column("Holding"), new Column("Files"), new Column("From"), new Column("To"), new Column("Company"), new Column("Change"),
            new Column("Weight before", true), new Column("Weight after", true),
        ], () =>
        {
            for (var i = 0; i < p.Changes.Count; i++)
            {
                var change = p.Changes[i];
                var at = string.Create(CultureInfo.InvariantCulture, $"portfolio.changes[{i}]");
                page.Row(() => page.RowHeader(page.EntryName(change.EntryId))
                    .Cell($"{change.FromFile} → {change.ToFile}")
                    .Cell(Format.Date(change.FromAsOf))
                    .Cell(Format.Date(change.ToAsOf))
                    .Cell(() => page.CompanyName(change.CompanyId, change.CompanyName))
                    .Cell(() => page.W.Element("strong", Wording.Code(change.Change)))
                    .Num(() => page.Percent(at + ".weightBefore", change.WeightBefore))
                    .Num(() => page.Percent(at + ".weightAfter", change.WeightAfter)));
            }
        }, sortable: true, filterable: true, headed: true);
        page.CloseSection();
    }

    private static void Rates(ReportPage page, PortfolioExposure p)
    {
        page.OpenSection("scheme-rates", RatesTitle, 3);
        if (p.FxRates.Count == 0)
        {
            page.Paragraph($"No conversion was needed: every amount invested is in {p.ReportCurrency}.");
            page.CloseSection();
            return;
        }

        page.Note("Each amount invested in another currency was converted at the rate from the portfolio's rates file.");
        page.Table(RatesTitle, [new Column("From"), new Column("To"), new Column("Rate", true), new Column("Reads")], () =>
        {
            for (var i = 0; i < p.FxRates.Count; i++)
            {
                var rate = p.FxRates[i];
                var text = rate.Rate.ToString("0.######", CultureInfo.InvariantCulture);
                page.Row(() => page.RowHeader(rate.From).Cell(rate.To).Num(() => page.Figure(string.Create(CultureInfo.InvariantCulture, $"portfolio.fxRates[{i}].rate"), rate.Rate, text))
                    .Cell($"1 {rate.From} = {text} {rate.To}"));
            }
        }, headed: true);
        page.CloseSection();
    }
}

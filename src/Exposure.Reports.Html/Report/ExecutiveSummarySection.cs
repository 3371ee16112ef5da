using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Html.Report;

/// <summary>What was screened, the headline figures as tiles (flagged value and share, named companies, who holds them, what could not be screened), and the key findings.</summary>
internal sealed class ExecutiveSummarySection : IHtmlSection
{
    public string Id => "executive-summary";

    public string Title => "Executive summary";

    public void Write(ReportPage page)
    {
        var report = page.Report;
        var run = report.Run;
        var w = page.W;
        page.OpenSection(Id, Title);
        if (page.Portfolio is { } p)
        {
            w.Open("p");
            page.Name(p.Title).W.Text(": ");
            page.Money("portfolio.totalInvested", p.TotalInvested, p.ReportCurrency);
            w.Text($" invested in {Format.Plural(p.Entries.Count, "holding", "holdings")}" + (p.AsOf is null ? "" : $" as of {Format.Date(p.AsOf)}") +
                $", {SchemeBounds.LookedThrough(p)} and screened against {ListFraming.ScreenedAgainst(run)}.");
            w.Close("p");
            // As in the PDF: what is said of the totals over every file (their dates) belongs to the Summary, where those totals are.
            Warnings(page, scheme: true);
            SchemeTiles(page, p);
        }
        else if (report.Market is { } market)
        {
            var m = market.Summary;
            page.Paragraph(
                $"{Format.Plural(m.Funds, "fund", "funds")} {MarketWording.FiledBy(m)} on SEC Form N-PORT, " +
                $"{Wording.Verb(m.Funds, "by its", "each by its")} latest report, screened against {ListFraming.ScreenedAgainst(run)}: " +
                $"{Wording.Verb(m.Funds, "whether the fund holds", "which funds hold")} {ListFraming.Companies(run.Lists)}, how much, and who files {Wording.Verb(m.Funds, "it", "them")}.");
            // As in the PDF: a market's warnings (a fund that stopped filing, funds of different dates ...) above its figures.
            Warnings(page);
            MarketTiles(page, market);
        }
        else
        {
            page.Paragraph(
                $"{Format.Plural(report.Funds.Count, "fund", "funds")} screened against {ListFraming.ScreenedAgainst(run)}: " +
                $"which holdings are in {ListFraming.Companies(run.Lists)}, and how much.");
            Warnings(page);
            FundTiles(page);
            ByDate(page);
        }

        Findings(page);
        page.Callout("note", "How to read these figures.",
            $"Flagged value counts holdings {page.Report.Terms.InCompanies}, and nothing else. Value in related companies (a listed " +
            $"parent or subsidiary of {page.Report.Terms.AnEntity}) and value awaiting a person's review are given apart and never added to it. " +
            "A company being on the list does not establish wrongdoing, by the company or by a fund that holds it.");
        page.CloseSection();
    }

    private static void FundTiles(ReportPage page)
    {
        var w = page.W;
        var s = page.Report.Summary;
        var c = s.Currency;
        var funds = MarketLayout.CountedFunds(page.Report);
        var holding = s.FundsHoldingNamed;
        w.Open("ul", ("class", "tiles"));
        var split = s.FlaggedByInstrument is { HasMoreThanShares: true } held ? held : null;
        Tile(page, () => page.Words(Wording.FlaggedValueAtLeast(s)).Total("summary.flaggedValue", s.FlaggedValue, c),
            split is null ? $"{page.Report.Terms.InCompanies} (flagged)" : $"in {Wording.HeldIn(split)} of companies {page.Report.Terms.By} (flagged)", () =>
        {
            if (s.FlaggedShare is not null)
            {
                page.Sentence(Wording.FlaggedShareOf(s, funds));
            }
            else
            {
                w.Text(Wording.WhyNoTotal(s.TotalsWithheld));
            }

            if (split is not null)
            {
                var text = Wording.Split(split, c);
                w.Text($". {char.ToUpperInvariant(text[0])}{text[1..]}");
            }
        });
        Tile(page, () => page.Count("summary.companiesFlagged", s.CompaniesFlagged), $"{page.Report.Terms.Companies(s.CompaniesFlagged)} held", () =>
        {
            w.Text("Also ");
            page.Count("summary.companiesRelated", s.CompaniesRelated);
            w.Text(Wording.Verb(s.CompaniesRelated, " related company (not counted as flagged) and ", " related companies (not counted as flagged) and "));
            page.Count("summary.companiesInReview", s.CompaniesInReview);
            w.Text(Wording.Verb(s.CompaniesInReview, " company with holdings awaiting review", " companies with holdings awaiting review"));
        });
        Tile(page, () =>
            {
                page.Count("summary.fundsHoldingNamed", holding).W.Text(" of ");
                page.Count("summary.funds", s.Funds);
            },
            $"{Wording.Verb(s.Funds, "fund", "funds")} {Wording.Verb(s.Funds == 1 ? 1 : holding, "holds", "hold")} {page.Report.Terms.ACompany}",
            () =>
            {
                w.Text($"{KeyFindings.LargestWeight(page.Report)}; ");
                page.Count("summary.fundsHoldingRelated", s.FundsHoldingRelated);
                w.Text(s.FundsHoldingRelated == 1 ? " fund holds a related company" : " funds hold a related company");
            });
        Tile(page, () => page.Count("summary.lines.rejected", s.Lines.Rejected), (s.Lines.Rejected == 1 ? "line " : "lines ") + Wording.RejectedCaption(RejectedCounts.Of(page.Report)), () =>
        {
            if (Wording.ExcludedInHoldings(s, "holding without a company issuer", "holdings without a company issuer") is { } excluded)
            {
                w.Text($"{excluded}; ");
            }
            else
            {
                page.Count("summary.lines.excluded", s.Lines.Excluded);
                w.Text(s.Lines.Excluded == 1 ? " line without a company issuer was excluded; " : " lines without a company issuer were excluded; ");
            }

            page.Count("summary.distinctSecurities", s.DistinctSecurities);
            w.Text(s.DistinctSecurities == 1 ? " distinct security was screened" : " distinct securities were screened");
        });
        w.Close("ul");
    }

    /// <summary>The key findings, as the model's wording gives them to every output (<see cref="KeyFindings"/>): the PDF's, word for word.</summary>
    private static void Findings(ReportPage page)
    {
        var w = page.W;
        page.Heading(3, "Key findings", "key-findings");
        w.Open("ul", ("class", "key-findings"));
        foreach (var finding in KeyFindings.Of(page.Report))
        {
            w.Open("li");
            foreach (var run in finding)
            {
                if (run.Strong)
                {
                    w.Open("strong");
                    page.Name(run.Text);
                    w.Close("strong");
                }
                else
                {
                    page.Name(run.Text);
                }
            }

            w.Close("li");
        }

        w.Close("ul");
    }

    /// <summary>What a reader must know beside the figures, in the model's words, in a box above them.</summary>
    /// <param name="scheme">The figures are a scheme's, looked through from each fund's latest file: the dates of the totals over every file are left to the Summary.</param>
    internal static void Warnings(ReportPage page, bool scheme = false)
    {
        var warnings = scheme ? page.Report.Summary.Warnings.Where(w => w.Code != "dates-differ").ToList() : page.Report.Summary.Warnings;
        if (warnings.Count == 0)
        {
            return;
        }

        var w = page.W;
        w.Open("div", ("class", "callout callout-notice"), ("role", "note"));
        w.Element("p", "Read these figures with this:", ("class", "callout-title"));
        w.Open("ul");
        foreach (var warning in warnings)
        {
            w.Open("li", ("data-warning", warning.Code));
            page.Name(warning.Text);
            w.Close("li");
        }

        w.Close("ul").Close("div");
    }

    /// <summary>The headline figures of each as-of date, when the funds are not all of one date.</summary>
    internal static void ByDate(ReportPage page)
    {
        if (page.Report.Summary.ByDate.Count == 0)
        {
            return;
        }

        var listed = MarketLayout.DatesListed(page.Report);

        var currency = page.Currency;
        page.Table("The same figures by as-of date",
        [
            new Column("As of"), new Column("Funds", true), new Column(ReportPage.MoneyHeader("Fund value", currency), true),
            new Column(ReportPage.MoneyHeader("Flagged value", currency), true), new Column("Flagged share", true), new Column(page.Report.Terms.CompaniesTitle, true),
        ], () =>
        {
            foreach (var (d, i) in listed)
            {
                var at = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"summary.byDate[{i}]");
                page.Row(() => page.RowHeader(d.AsOf is null ? "date unknown" : Format.Date(d.AsOf))
                    .Num(() => page.Count(at + ".funds", d.Funds))
                    .Num(() => Cell(at + ".fundValue", d.FundValue, () => page.MoneyCell(at + ".fundValue", d.FundValue, d.Currency, currency)))
                    .Num(() => Cell(at + ".flaggedValue", d.FlaggedValue, () => page.Words(Wording.FlaggedValueAtLeast(d)).MoneyCell(at + ".flaggedValue", d.FlaggedValue, d.Currency, currency)))
                    .Num(() => Cell(at + ".flaggedShare", d.FlaggedShare, () => page.Words(Wording.FlaggedShareAtLeast(d)).Percent(at + ".flaggedShare", d.FlaggedShare)))
                    .Num(() => page.Count(at + ".companiesFlagged", d.CompaniesFlagged)));

                void Cell(string path, decimal? value, Action known)
                {
                    if (value is null) page.Figure(path, null, Wording.NoTotal(d.TotalsWithheld));
                    else known();
                }
            }
        });
        if (MarketLayout.DatesRest(page.Report, listed) is { } rest) page.Note(rest);
    }

    private static void MarketTiles(ReportPage page, MarketView market)
    {
        var w = page.W;
        var s = market.Summary;
        var c = s.Currency;
        w.Open("ul", ("class", "tiles"));
        Tile(page, () => page.Words(Wording.FlaggedValueAtLeast(s)).Money("market.summary.flaggedValue", s.FlaggedValue, c), $"{page.Report.Terms.InCompanies} (flagged), in the funds' latest reports", () =>
        {
            if (s.FlaggedShare is { } share)
            {
                page.Words(Wording.FlaggedShareAtLeast(s));
                page.Percent("market.summary.flaggedShare", share);
                w.Text(" of the ");
                page.Money("market.summary.netAssets", s.NetAssets, c);
                w.Text(" the funds hold in all");
            }
            else
            {
                w.Text("The funds report in different currencies, so no total is given; each registrant's figures are under ");
                w.Element("a", MarketSection.SectionTitle, ("href", "#" + MarketSection.SectionId));
            }
        });
        Tile(page, () =>
            {
                page.Count("market.summary.fundsHoldingNamed", s.FundsHoldingNamed);
                w.Text(" of ");
                page.Count("market.summary.funds", s.Funds);
            },
            $"{Wording.Verb(s.Funds, "fund", "funds")} {Wording.Verb(s.Funds == 1 ? 1 : s.FundsHoldingNamed, "holds", "hold")} {page.Report.Terms.ACompany}",
            () =>
            {
                if (s.Registrants == 0 && s.FundsRegistrantUnknown > 0)
                {
                    w.Text(MarketWording.FilingFlagged(s));
                    return;
                }

                w.Text("filed by ");
                page.Count("market.summary.registrantsFilingNamed", s.RegistrantsFilingNamed);
                w.Text(" of ");
                page.Count("market.summary.registrants", s.Registrants);
                w.Text(s.Registrants == 1 ? " registrant" : " registrants");
                if (s.FundsRegistrantUnknown > 0) w.Text($"; {MarketWording.RegistrantUnknownFunds(s)}");
            });
        Tile(page, () => page.Count("market.summary.companiesNamed", s.CompaniesNamed), $"{page.Report.Terms.Companies(s.CompaniesNamed)} held", () =>
        {
            w.Text("Also ");
            page.Count("market.summary.companiesRelated", s.CompaniesRelated);
            w.Text(s.CompaniesRelated == 1 ? " related company (not counted as flagged), held by " : " related companies (not counted as flagged), held by ");
            page.Count("market.summary.fundsHoldingRelated", s.FundsHoldingRelated);
            w.Text(s.FundsHoldingRelated == 1 ? " fund" : " funds");
        });
        if (s.FundsCompared > 0)
        {
            Tile(page, () =>
                {
                    page.CountOrUnknown("market.summary.entries", s.Entries);
                    w.Text(" / ");
                    page.CountOrUnknown("market.summary.exits", s.Exits);
                }, "entries / exits between reports", () =>
                {
                    w.Text("companies named or related that funds entered or left, across ");
                    page.Count("market.summary.fundsCompared", s.FundsCompared);
                    w.Text(s.FundsCompared == 1 ? " fund with reports of two or more dates" : " funds with reports of two or more dates");
                });
        }
        else
        {
            var lines = page.Report.Summary;
            Tile(page, () => page.Count("summary.lines.rejected", lines.Lines.Rejected), (lines.Lines.Rejected == 1 ? "line " : "lines ") + Wording.RejectedCaption(RejectedCounts.Of(page.Report)), () =>
            {
                if (Wording.ExcludedInHoldings(lines, "non-equity holding", "non-equity holdings") is { } excluded)
                {
                    w.Text($"{excluded}; ");
                }
                else
                {
                    page.Count("summary.lines.excluded", lines.Lines.Excluded);
                    w.Text(lines.Lines.Excluded == 1 ? " non-equity line was excluded; " : " non-equity lines were excluded; ");
                }

                page.Count("summary.distinctSecurities", lines.DistinctSecurities);
                w.Text(lines.DistinctSecurities == 1 ? " distinct security was screened" : " distinct securities were screened");
            });
        }

        w.Close("ul");
    }

    private static void SchemeTiles(ReportPage page, PortfolioExposure p)
    {
        var w = page.W;
        var c = p.ReportCurrency;
        var named = p.CompaniesNamed;
        var related = p.CompaniesRelated;
        var holdings = p.EntriesLeadingToNamed;
        var managers = p.ManagersLeadingToNamed;
        var bound = p.Bounds.FlaggedValue;
        w.Open("ul", ("class", "tiles"));
        Tile(page, () =>
        {
            switch (bound)
            {
                case Bound.NoneLookedThrough or Bound.ValuesUnknown:
                    w.Text(Wording.Unknown);
                    return;
                case Bound.AtLeast:
                    w.Text(SchemeBounds.AtLeast + " ");
                    break;
            }
            page.Money("portfolio.flaggedValue", p.FlaggedValue, c);
        }, $"{page.Report.Terms.InCompanies} (flagged)", () =>
        {
            page.Words(Wording.AtLeast(bound == Bound.AtLeast));
            if (bound is not (Bound.NoneLookedThrough or Bound.ValuesUnknown))
            {
                page.Share("portfolio.flaggedShare", p.FlaggedShare, p.TotalInvested);
                w.Text(" of ");
            }
            w.Text("the ");
            page.Money("portfolio.totalInvested", p.TotalInvested, c);
            w.Text(SchemeBounds.NotCounted(p) is { } notCounted ? " invested; " + notCounted : " invested, looked through to company level");
            if (p.ValuesUnknown is { Named: > 0 } unknown)
            {
                w.Text($"; {Format.Plural(unknown.Named, "holding", "holdings")} in {page.Report.Terms.CompaniesPlural} of unknown value not counted");
            }
        });
        Tile(page, () => page.Count("portfolio.companiesNamed", named), $"{page.Report.Terms.Companies(named)} held through the scheme",
            () => w.Text($"Also {Format.Plural(related, "related company", "related companies")}, not counted as flagged"));
        Tile(page, () => page.Count("portfolio.entriesLeadingToNamed", holdings).W.Text($" of {Format.Count(p.Entries.Count)}"), $"holdings of the scheme lead to {page.Report.Terms.ACompany}",
            () =>
            {
                w.Text("through ");
                page.Count("portfolio.managersLeadingToNamed", managers).W.Text($" of {Format.Plural(p.Managers.Count, "manager", "managers")}" +
                    (p.EntriesNotLookedThrough > 0 ? $"; {Format.Count(p.EntriesNotLookedThrough)} not looked through, unknown" : ""));
            });
        Tile(page, () => page.Share("portfolio.coverage.lookedThroughShare", p.Coverage.LookedThroughShare, p.TotalInvested), "of the amount invested was looked through to company level", () =>
        {
            page.Money("portfolio.coverage.lookedThrough", p.Coverage.LookedThrough, c);
            w.Text(" of ");
            page.Money("portfolio.totalInvested", p.TotalInvested, c);
            if (p.Coverage.Gaps.Count > 0)
            {
                w.Text("; what was not is listed under ");
                w.Element("a", PortfolioSection.CoverageTitle, ("href", "#" + PortfolioSection.CoverageId));
            }
        });
        w.Close("ul");
    }

    private static void Tile(ReportPage page, Action value, string label, Action detail)
    {
        var w = page.W;
        w.Open("li", ("class", "tile"));
        w.Open("p", ("class", "tile-value"));
        value();
        w.Close("p");
        w.Element("p", label, ("class", "tile-label"));
        w.Open("p", ("class", "tile-detail"));
        detail();
        w.Close("p");
        w.Close("li");
    }
}

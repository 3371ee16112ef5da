using System.Globalization;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Html.Report;

/// <summary>
/// A market of funds from SEC N-PORT filings, as the PDF gives it: the market's figures over each fund's latest report,
/// the companies held by the most funds and with the most value, the registrants filing funds that hold named companies,
/// the largest holdings, and entries and exits between reports. Each table shows its first rows (<see cref="MarketLayout"/>)
/// and says where every one is listed. Every figure is the model's, marked with its place in the JSON (<c>market.…</c>).
/// </summary>
internal sealed class MarketSection : IHtmlSection
{
    public const string SectionId = "market";
    public const string SectionTitle = "The market: funds, registrants and companies";
    public const string ByFundsTitle = "Companies held by the most funds";
    public const string ByValueTitle = "Companies by value held";
    public const string RegistrantsTitle = "Registrants by exposure";
    public const string HoldingsTitle = "Largest holdings";
    public const string ChangesTitle = "Entries and exits between reports";

    public string Id => SectionId;

    public string Title => SectionTitle;

    public bool Applies(ExposureReport report) => report.Market is not null;

    public void Write(ReportPage page)
    {
        var market = page.Report.Market!;
        var s = market.Summary;
        var c = s.Currency;
        var w = page.W;
        page.OpenSection(Id, Title);
        page.Paragraph(
            "Each fund (an SEC series) counts once, by its latest report in the data sets screened; earlier reports serve only to show " +
            "which companies funds entered and left. A registrant is the trust that files a fund's reports. Flagged value counts holdings " +
            $"{page.Report.Terms.InCompanies}; related value (a listed parent or subsidiary of {page.Report.Terms.AnEntity}) is given beside it and never " +
            "added to it. Holding a company a source names says nothing of wrongdoing by a fund or its registrant.");
        page.Facts(
            ("Funds screened, each counted once", () =>
            {
                page.Count("market.summary.funds", s.Funds).W.Text(" (");
                page.Count("market.summary.reports", s.Reports).W.Text(s.Reports == 1 ? " report in all)" : " reports in all)");
            }),
            ("Registrants filing them", () =>
            {
                page.Count("market.summary.registrants", s.Registrants);
                if (s.FundsRegistrantUnknown > 0) w.Text($" ({MarketWording.RegistrantUnknownFunds(s)})");
            }),
            ("Reports dated", () => w.Text(s.FirstAsOf is null ? "unknown" : s.FirstAsOf == s.LatestAsOf ? Format.Date(s.FirstAsOf) : $"{Format.Date(s.FirstAsOf)} to {Format.Date(s.LatestAsOf)}")),
            ($"Funds holding {page.Report.Terms.ACompanyBy}", () => OfFunds(page, "market.summary.fundsHoldingNamed", s.FundsHoldingNamed, s.Funds)),
            ("Funds holding a related company (not counted as flagged)", () => OfFunds(page, "market.summary.fundsHoldingRelated", s.FundsHoldingRelated, s.Funds)),
            ($"Registrants filing funds that hold {page.Report.Terms.ACompany}", () =>
            {
                if (s.Registrants == 0 && s.FundsRegistrantUnknown > 0)
                {
                    w.Text(MarketWording.RegistrantsFilingFlagged(s));
                    return;
                }

                page.Count("market.summary.registrantsFilingNamed", s.RegistrantsFilingNamed).W.Text(" of ");
                page.Count("market.summary.registrants", s.Registrants);
            }),
            ($"{Wording.Capitalised(page.Report.Terms.CompaniesPlural)} held / related companies held", () =>
            {
                page.Count("market.summary.companiesNamed", s.CompaniesNamed).W.Text(" / ");
                page.Count("market.summary.companiesRelated", s.CompaniesRelated);
            }),
            ("Currency", () => w.Text(c ?? "mixed: the latest reports are in different currencies, so no total is given")),
            ("Fund values (net assets) of the latest reports", () => page.Money("market.summary.netAssets", s.NetAssets, c)),
            ($"Value {page.Report.Terms.InCompanies} (flagged), share of fund values", () =>
            {
                page.Words(Wording.FlaggedValueAtLeast(s)).Money("market.summary.flaggedValue", s.FlaggedValue, c);
                if (s.FlaggedShare is not null)
                {
                    w.Text(" (" + Wording.FlaggedShareAtLeast(s));
                    page.Percent("market.summary.flaggedShare", s.FlaggedShare).W.Text(")");
                }
            }),
            ("Value in related companies (not counted as flagged)", () => page.Money("market.summary.relatedValue", s.RelatedValue, c)),
            ("Entries and exits between reports", () =>
            {
                if (s.FundsCompared == 0)
                {
                    w.Text("none to compare: every fund has reports of one date");
                    return;
                }

                page.CountOrUnknown("market.summary.entries", s.Entries).W.Text(s.Entries == 1 ? " entry and " : " entries and ");
                page.CountOrUnknown("market.summary.exits", s.Exits).W.Text(s.Exits == 1 ? " exit across " : " exits across ");
                page.Count("market.summary.fundsCompared", s.FundsCompared).W.Text(s.FundsCompared == 1 ? " fund with reports of two or more dates" : " funds with reports of two or more dates");
            }));

        ByFunds(page, market);
        ByValue(page, market);
        Registrants(page, market);
        Holdings(page, market);
        Changes(page, market);
        page.CloseSection();
    }

    private static void OfFunds(ReportPage page, string path, int count, int funds)
    {
        page.Count(path, count).W.Text(" of ");
        page.Count("market.summary.funds", funds);
    }

    private static string At(string list, int index, string field) => string.Create(CultureInfo.InvariantCulture, $"market.{list}[{index}].{field}");

    private static void Rest(ReportPage page, int shown, int total, string what, string where)
    {
        if (MarketWording.Rest(shown, total, what, where) is { } text)
        {
            page.Note(text);
        }
    }

    /// <summary>The company's name, linked to its profile when the page has one, and whether a source names it or it is related.</summary>
    private static void Company(ReportPage page, string id, string name, Basis basis)
    {
        page.CompanyName(id, name);
        page.W.Element("span", basis == Basis.Named ? page.Report.Terms.By : "related: " + page.Report.Terms.Of(basis), ("class", "sub"));
    }

    private static void ByFunds(ReportPage page, MarketView market)
    {
        var c = market.Summary.Currency;
        var held = market.Companies.Select((x, i) => (x, i)).Where(p => p.x.Funds > 0).ToList();
        page.OpenSection("market-companies", ByFundsTitle, 3);
        if (held.Count == 0)
        {
            page.Paragraph("No fund's latest report holds a company on the list (as named or related).");
            page.CloseSection();
            return;
        }

        var compared = market.Summary.FundsCompared > 0;
        page.Note($"{page.Report.Terms.CompaniesTitle} and related companies by the number of funds whose latest report holds them, with the registrants filing those " +
            "funds and the value held." + (compared ? " Entries and exits count the funds that entered or left the company between two of their reports." : ""));
        var shown = held.Take(MarketLayout.Rows).ToList();
        Column[] columns = [new Column("Company"), new Column("Funds", true), new Column("Registrants", true), new Column(ReportPage.MoneyHeader("Value held", c), true)];
        page.Table(ByFundsTitle, compared ? [.. columns, new Column("Entries", true), new Column("Exits", true)] : columns, () =>
        {
            foreach (var (x, i) in shown)
            {
                page.Row(() =>
                {
                    page.RowHeader(() => Company(page, x.CompanyId, x.Name, x.Basis))
                        .Num(() => page.Count(At("companies", i, "funds"), x.Funds))
                        .Num(() => page.Count(At("companies", i, "registrants"), x.Registrants))
                        .Num(() => page.MoneyCell(At("companies", i, "value"), x.Value, x.Currency, c));
                    if (compared)
                    {
                        page.Num(() => page.CountOrUnknown(At("companies", i, "entries"), x.Entries))
                            .Num(() => page.CountOrUnknown(At("companies", i, "exits"), x.Exits));
                    }
                });
            }
        }, sortable: true, filterable: shown.Count > 1, headed: true);
        Rest(page, shown.Count, held.Count, "companies held", MarketWording.CompaniesWhere);
        page.CloseSection();
    }

    private static void ByValue(ReportPage page, MarketView market)
    {
        var c = market.Summary.Currency;
        var index = market.Companies.Select((x, i) => (x.CompanyId, i)).ToDictionary(p => p.CompanyId, p => p.i, StringComparer.Ordinal);
        var ranked = MarketLayout.CompaniesByValue(market);
        if (ranked.Count == 0)
        {
            return;
        }

        page.OpenSection("market-companies-by-value", ByValueTitle, 3);
        if (c is null)
        {
            page.Paragraph("Not ranked: the funds' latest reports are in different currencies, and values in different currencies are not compared or summed.");
            page.CloseSection();
            return;
        }

        page.Note("Value held in the funds' latest reports. A company whose value is not known in some fund comes last, with its value not given.");
        var shown = ranked.Take(MarketLayout.Rows).ToList();
        page.Table(ByValueTitle,
            [new Column("Company"), new Column(ReportPage.MoneyHeader("Value held", c), true), new Column("Funds", true), new Column("Registrants", true)],
            () =>
            {
                foreach (var x in shown)
                {
                    var i = index[x.CompanyId];
                    page.Row(() => page.RowHeader(() => Company(page, x.CompanyId, x.Name, x.Basis))
                        .Num(() => page.MoneyCell(At("companies", i, "value"), x.Value, x.Currency, c))
                        .Num(() => page.Count(At("companies", i, "funds"), x.Funds))
                        .Num(() => page.Count(At("companies", i, "registrants"), x.Registrants)));
                }
            }, sortable: true, headed: true);
        Rest(page, shown.Count, ranked.Count, "companies held", MarketWording.CompaniesWhere);
        page.CloseSection();
    }

    private static void Registrants(ReportPage page, MarketView market)
    {
        var c = market.Summary.Currency;
        var w = page.W;
        page.OpenSection("market-registrants", RegistrantsTitle, 3);
        page.Note($"Each registrant files funds; the figures are over its funds' latest reports, largest value in {page.Report.Terms.CompaniesPlural} first. A " +
            $"registrant whose funds report in different currencies has no total. Companies held counts the {page.Report.Terms.Adjective} and related companies its funds hold.");
        var shown = market.Registrants.Take(MarketLayout.Rows).ToList();
        page.Table(RegistrantsTitle,
        [
            new Column("Registrant"), new Column("Funds", true), new Column($"Funds holding {page.Report.Terms.ACompany}", true), new Column("Companies held", true),
            new Column(ReportPage.MoneyHeader("Fund values", c), true), new Column(ReportPage.MoneyHeader(Wording.Capitalised(page.Report.Terms.CompaniesPlural), c), true),
            new Column(ReportPage.MoneyHeader("Related companies", c), true),
        ], () =>
        {
            for (var i = 0; i < shown.Count; i++)
            {
                var r = shown[i];
                var n = i;
                page.Row(() => page
                    .RowHeader(() =>
                    {
                        page.Name(r.Registrant);
                        if (r.Cik is not null)
                        {
                            w.Element("span", "CIK " + r.Cik, ("class", "sub"));
                        }
                    })
                    .Num(() => page.Count(At("registrants", n, "funds"), r.Funds))
                    .Num(() => page.Count(At("registrants", n, "fundsHoldingNamed"), r.FundsHoldingNamed))
                    .Num(() => page.Count(At("registrants", n, "companiesHeld"), r.CompaniesHeld))
                    .Num(() => page.MoneyCell(At("registrants", n, "netAssets"), r.NetAssets, r.Currency, c))
                    .Num(() => page.MoneyCell(At("registrants", n, "flaggedValue"), r.FlaggedValue, r.Currency, c))
                    .Num(() => page.MoneyCell(At("registrants", n, "relatedValue"), r.RelatedValue, r.Currency, c)));
            }
        }, sortable: true, filterable: shown.Count > 1, headed: true);
        Rest(page, shown.Count, market.Registrants.Count, "registrants", MarketWording.RegistrantsWhere);
        page.CloseSection();
    }

    private static void Holdings(ReportPage page, MarketView market)
    {
        if (market.LargestHoldings.Count == 0)
        {
            return;
        }

        var c = market.Summary.Currency;
        var w = page.W;
        page.OpenSection("market-holdings", HoldingsTitle, 3);
        page.Note((c is null ? "A fund's holdings of one company in its latest report, largest weight first (the funds report in different currencies)."
                : "A fund's holdings of one company in its latest report, largest value first.") +
            " The weight is the holding's share of the fund's value. " + MarketWording.HoldingsWhere);
        page.Table(HoldingsTitle,
            [new Column("Fund"), new Column("Company"), new Column(ReportPage.MoneyHeader("Value", c), true), new Column("Weight", true)],
            () =>
            {
                for (var i = 0; i < market.LargestHoldings.Count; i++)
                {
                    var h = market.LargestHoldings[i];
                    var n = i;
                    page.Row(() => page
                        .RowHeader(() =>
                        {
                            // The fund as the rest of the report names it (two funds of one name by their registrants), and who files it.
                            page.Name(page.Report.FundLabel(h.FundId));
                            if (MarketWording.Filer(h.Registrant, h.Cik) is { } filer)
                            {
                                w.Open("span", ("class", "sub"));
                                page.Name(filer);
                                w.Close("span");
                            }
                        })
                        .Cell(() =>
                        {
                            page.CompanyName(h.CompanyId, h.CompanyName);
                            w.Element("span", Wording.Of(h.State), ("class", "sub"));
                        })
                        .Num(() => page.MoneyCell(At("largestHoldings", n, "value"), h.Value, h.Currency, c))
                        .Num(() => page.Percent(At("largestHoldings", n, "weight"), h.Weight)));
                }
            }, sortable: true, headed: true);
        page.CloseSection();
    }

    private static void Changes(ReportPage page, MarketView market)
    {
        var s = market.Summary;
        var w = page.W;
        page.OpenSection("market-changes", ChangesTitle, 3);
        if (s.FundsCompared == 0)
        {
            page.Paragraph(MarketWording.NothingToCompare);
            page.CloseSection();
            return;
        }

        w.Open("p");
        page.Count("market.summary.fundsCompared", s.FundsCompared).W.Text(s.FundsCompared == 1 ? " fund has" : " funds have");
        w.Text(s.Entries == 1 ? " reports of two or more dates. Between one report and the next there is " : " reports of two or more dates. Between one report and the next there are ");
        page.CountOrUnknown("market.summary.entries", s.Entries).W.Text(s.Entries == 1 ? " entry (a fund newly holding a named or related company) and " : " entries (a fund newly holding a named or related company) and ");
        page.CountOrUnknown("market.summary.exits", s.Exits).W.Text(s.Exits == 1 ? " exit (a fund no longer holding one)." : " exits (a fund no longer holding one).");
        w.Text(MarketWording.InDoubt(s) + " " + MarketWording.ChangesWhere);
        w.Close("p");

        var index = market.Companies.Select((x, i) => (x.CompanyId, i)).ToDictionary(p => p.CompanyId, p => p.i, StringComparer.Ordinal);
        foreach (var (entries, title) in new[] { (true, "Companies most entered"), (false, "Companies most left") })
        {
            var most = MarketLayout.MostChanged(market, entries);
            if (most.Count == 0)
            {
                continue;
            }

            page.Heading(4, title);
            page.Table(title,
            [
                new Column("Company"), new Column(entries ? "Funds entering" : "Funds leaving", true), new Column(entries ? "Funds leaving" : "Funds entering", true),
                new Column("Funds holding it (latest reports)", true),
            ], () =>
            {
                foreach (var x in most)
                {
                    var i = index[x.CompanyId];
                    page.Row(() => page.RowHeader(() => Company(page, x.CompanyId, x.Name, x.Basis))
                        .Num(() => page.CountOrUnknown(At("companies", i, entries ? "entries" : "exits"), entries ? x.Entries : x.Exits))
                        .Num(() => page.CountOrUnknown(At("companies", i, entries ? "exits" : "entries"), entries ? x.Exits : x.Entries))
                        .Num(() => page.Count(At("companies", i, "funds"), x.Funds)));
                }
            }, headed: true);
        }

        page.CloseSection();
    }
}

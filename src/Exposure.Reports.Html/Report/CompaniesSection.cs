using System.Globalization;
using Exposure.Core.Portfolio;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Reports.Html.Markup;

namespace Exposure.Reports.Html.Report;

/// <summary>
/// One article per company held, in the model's order, each under a stable anchor (<c>#company-zijin-mining</c>) that a
/// press release can link to: its names, why it is listed, the list's caveat, where it is held, the sources for its
/// relations, and every allegation with its source as a link.
/// </summary>
internal sealed class CompaniesSection : IHtmlSection
{
    public const string SectionId = "companies";
    public const string SectionTitle = "Companies held";

    public string Id => SectionId;

    public string Title => SectionTitle;

    public void Write(ReportPage page)
    {
        var companies = page.Report.Companies;
        page.OpenSection(Id, Title);
        if (companies.Count == 0)
        {
            page.Paragraph("No fund holds a company on the list (as matched or related).");
            page.CloseSection();
            return;
        }

        page.Paragraph(Listings.CompaniesIntro(page.Report));
        var w = page.W;
        var profiled = MarketLayout.ProfiledCompanies(page.Report);
        if (profiled.Count < companies.Count)
        {
            w.Open("p").Element("strong", $"{Format.Plural(profiled.Count, "company is", "companies are")} profiled here, of the {Format.Count(companies.Count)} held");
            w.Text((page.Report.Market is null ? ": the first in the order below. " : $": those of the table {MarketSection.ByFundsTitle}, and the {Format.Count(MarketLayout.LargestProfiled)} with the most value held. ") +
                Wording.Capitalised(MarketWording.ProfilesWhere) + ".");
            w.Close("p");
        }

        w.Open("nav", ("aria-label", "Companies held"), ("class", "company-index"));
        w.Open("ul");
        foreach (var company in profiled.DistinctBy(c => c.Id))
        {
            w.Open("li");
            page.CompanyName(company.Id, company.NameEn);
            w.Close("li");
        }

        w.Close("ul").Close("nav");

        var index = new Dictionary<CompanyExposure, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < companies.Count; i++)
        {
            index[companies[i]] = i;
        }

        foreach (var company in profiled)
        {
            Company(page, company, index[company]);
        }

        page.CloseSection();
    }

    private static void Company(ReportPage page, CompanyExposure company, int index)
    {
        var w = page.W;
        var at = string.Create(CultureInfo.InvariantCulture, $"companies[{index}]");
        var anchor = page.CompanyAnchor(company.Id)!;
        var currency = page.Currency;
        w.Open("article", ("id", anchor), ("aria-labelledby", anchor + "-h"), ("class", "company"));
        w.Open("h3", ("id", anchor + "-h"));
        page.Name(company.NameEn);
        w.Close("h3");
        if (company.NameNative is { Length: > 0 } native)
        {
            w.Open("p", ("class", "native-name"));
            page.Name(native);
            w.Close("p");
        }

        var facts = new List<(string, Action)>
        {
            ("Why listed", () => w.Element("strong", company.BasisText)),
            ("Basis", () => w.Text(Wording.BasisLine(company, page.Report.Run.Lists))),
            ("Categories", () => w.Text(Wording.Categories(company.Categories))),
            ("Country", () => w.Text(Wording.CompanyCountry(company.Country))),
            ("Listings", () => w.Text(company.ListingNames.Count == 0 ? Format.Dash : string.Join("; ", company.ListingNames))),
        };
        if (Wording.NamedOnLists(company) is { } lists)
        {
            facts.Add((Wording.NamedOnListsLabel, () => page.Name(lists)));
        }

        if (Wording.JoinedAcrossLists(company, page.Report.Run.Lists) is { Count: > 0 } joins)
        {
            facts.Add((Wording.JoinedAcrossListsLabel, () =>
            {
                w.Open("ul", ("class", "plain"));
                foreach (var join in joins)
                {
                    w.Open("li");
                    page.Name(join);
                    w.Close("li");
                }

                w.Close("ul");
            }));
        }

        if (page.Report.Market is { } market)
        {
            var m = market.Companies.Select((x, i) => (x, i)).FirstOrDefault(x => x.x.CompanyId == company.Id);
            if (m.x is not null)
            {
                var mat = string.Create(CultureInfo.InvariantCulture, $"market.companies[{m.i}]");
                facts.Add(("Held by", () =>
                {
                    if (m.x.Registrants == 0 && m.x.FundsRegistrantUnknown > 0)
                    {
                        w.Text(MarketWording.HeldBy(m.x));
                    }
                    else
                    {
                        page.Count(mat + ".funds", m.x.Funds).W.Text(m.x.Funds == 1 ? " fund of " : " funds of ");
                        page.Count(mat + ".registrants", m.x.Registrants).W.Text(m.x.Registrants == 1 ? " registrant in their latest reports" : " registrants in their latest reports");
                        if (m.x.FundsRegistrantUnknown > 0) w.Text($" ({MarketWording.RegistrantUnknownFunds(m.x.FundsRegistrantUnknown)})");
                    }
                    if (m.x.Value is not null)
                    {
                        w.Text(", ");
                        page.Money(mat + ".value", m.x.Value, m.x.Currency).W.Text(" in all");
                    }
                }));
            }
        }
        else
        {
            facts.Add((Wording.CompanyValueLabel(company), () =>
            {
                // No exact total: at least the known values where some are unknown, else unknown or not given, and why.
                // In a scheme, what the scheme holds of it, looked through, in the report currency.
                if (company.Scheme is { } scheme)
                {
                    page.Words(Wording.AtLeast(scheme.Value is not null && scheme.AtLeast));

                    if (scheme.Value is null)
                    {
                        page.Figure(at + ".scheme.value", null, Wording.CompanyTotal(company, currency));
                    }
                    else
                    {
                        page.Money(at + ".scheme.value", scheme.Value, scheme.Currency);
                    }
                }
                else if (company.TotalValue is not null)
                {
                    page.Money(at + ".totalValue", company.TotalValue, company.Currency ?? currency);
                }
                else if (company.TotalAtLeast is not null)
                {
                    w.Text("at least ");
                    page.Money(at + ".totalAtLeast", company.TotalAtLeast, company.Currency ?? currency);
                }
                else
                {
                    page.Figure(at + ".totalValue", null, Wording.CompanyTotal(company, currency));
                }

                if (Wording.CompanyTotalNote(company) is { } why)
                {
                    w.Text($" ({why})");
                }
            }));
        }

        if (company.ByInstrument is { HasMoreThanShares: true } split)
        {
            facts.Add(("How it is held", () => w.Text(Wording.Split(split, currency, "the company", "it"))));
        }

        if (company.Relations.Count > 0)
        {
            facts.Add(("Relations", () =>
            {
                w.Open("ul", ("class", "plain"));
                foreach (var r in company.Relations)
                {
                    var code = Listings.RelationBasis(r, page.Report);
                    w.Open("li");
                    page.CompanyName(r.Id, r.Name);
                    w.Text($": {r.Relation} ({code})").Close("li");
                }

                w.Close("ul");
            }));
        }

        page.Facts([.. facts]);

        page.Callout("caveat", "Caveat:", company.ReviewNote.Length > 0 ? company.ReviewNote : "none given by the list.");
        if (company.LaterThanHoldings.Count > 0)
        {
            page.Callout("notice", "Dated after the holdings:", Wording.LaterThanHoldings(company));
        }

        RelationSources(page, company);

        var latest = page.Report.Market is null ? null : MarketLayout.LatestReports(page.Report);
        var holders = Enumerable.Range(0, company.Holdings.Count).Where(j => latest is null || latest.Contains(company.Holdings[j].FundId)).ToList();
        var listed = MarketLayout.Applies(page.Report) ? holders.Take(MarketLayout.HoldersListed).ToList() : holders;
        page.Heading(4, $"Where {company.NameEn} is held");
        page.Table($"Funds holding {company.NameEn}",
            [new Column("Fund"), new Column("As of"), new Column(ReportPage.MoneyHeader("Value", currency), true), new Column("Weight", true), new Column("Rows", true)],
            () =>
            {
                foreach (var j in listed)
                {
                    var h = company.Holdings[j];
                    var hat = string.Create(CultureInfo.InvariantCulture, $"{at}.holdings[{j}]");
                    page.Row(() => page.RowHeader(() =>
                        {
                            w.Text(page.Report.FundLabel(h.FundId));
                            foreach (var through in Wording.HeldThrough(h))
                            {
                                w.Element("span", through, ("class", "sub"));
                            }
                        }).Cell(Format.Date(h.AsOf))
                        .Num(() =>
                        {
                            page.MoneyCell(hat + ".value", h.Value, h.Currency, currency, page.MissingValue(h.FundId));
                            if (h.RowsWithoutValue > 0)
                            {
                                w.Open("span", ("class", "sub")).Text($"{Format.Plural(h.RowsWithoutValue, "row", "rows")} of unknown value not counted").Close("span");
                            }
                        })
                        .Num(() => page.Percent(hat + ".weight", h.Weight)).Num(() => page.Count(hat + ".rows", h.Rows)));
                }
            }, headed: true);
        if (MarketWording.Rest(listed.Count, holders.Count, "funds holding it", MarketWording.HoldersWhere) is { } rest)
        {
            page.Note(rest);
        }

        SchemePaths(page, company, at);

        var (listings, allegations) = Listings.Split(company, page.Report.Run.Lists);
        if (listings.Count > 0)
        {
            page.Heading(4, Listings.ListingsHeading(company.NameEn, listings));
            page.Note(Listings.ListingsNote);
            Allegations(page, company, listings);
        }

        if (allegations.Count > 0 || listings.Count == 0)
        {
            page.Heading(4, Listings.AllegationsHeading(company.NameEn));
        }

        if (company.Allegations.Count == 0)
        {
            page.Paragraph($"The list gives no {page.Report.Terms.Entry} for this company.");
        }
        else if (allegations.Count > 0)
        {
            Allegations(page, company, allegations);
        }

        w.Open("p", ("class", "back")).Element("a", "Back to the list of companies", ("href", "#" + CompaniesSection.SectionId)).Close("p");
        w.Close("article");
    }

    /// <summary>
    /// In a scheme report, every path by which the scheme holds the company: where it starts, what the scheme invests there,
    /// the funds down to the rows that hold it with the share held at each step, and the value it brings, adding up to the
    /// value held by the scheme, looked through.
    /// </summary>
    private static void SchemePaths(ReportPage page, CompanyExposure company, string at)
    {
        if (company.Scheme is not { Through: { Count: > 0 } paths } scheme)
        {
            return;
        }

        var c = scheme.Currency;
        // A scheme laid out as a market lists the first paths, as its table of companies does.
        var listed = MarketLayout.Applies(page.Report) ? Math.Min(paths.Count, MarketLayout.PathsListed) : paths.Count;
        var title = Wording.SchemePathsTitle(company.NameEn);
        page.Heading(4, title);
        page.Table(title,
            [new Column("Holding of the scheme"), new Column("Path, with the share held at each step"), new Column($"Value ({c})", true)],
            () =>
            {
                for (var j = 0; j < listed; j++)
                {
                    var path = paths[j];
                    var pat = string.Create(CultureInfo.InvariantCulture, $"{at}.scheme.through[{j}]");
                    page.Row(() => page.RowHeader(() => page.W.Text(Wording.SchemePathEntry(path, c)))
                        .Cell(() =>
                        {
                            page.W.Text(Wording.SchemePathSteps(path, company.NameEn));
                            if (path.ValueUnknown is { } why)
                            {
                                page.W.Element("span", $"value {Wording.Unknown}: {why}", ("class", "sub"));
                            }

                            if (SchemeBounds.Notional(path, c) is { } notional)
                            {
                                page.W.Element("span", notional, ("class", "sub"));
                            }
                        })
                        .Num(() => PortfolioSection.AtLeast(page, path.ValueBound)?.Amount(pat + ".value", path.Value)));
                }
            }, headed: true);
        page.Note((MarketWording.Rest(listed, paths.Count, "paths", MarketWording.PathsWhere) is { } rest ? rest + " " : "") + Wording.SchemePathsTotal(scheme));
    }

    /// <summary>The company's listings or allegations, in order.</summary>
    private static void Allegations(ReportPage page, CompanyExposure company, IReadOnlyList<AllegationView> allegations)
    {
        page.W.Open("ol", ("class", "allegations"));
        foreach (var a in allegations)
        {
            Allegation(page, a, company.LaterThanHoldings.FirstOrDefault(l => l.AllegationIds.Contains(a.Id)));
        }

        page.W.Close("ol");
    }

    /// <summary>The sources the list gives for each parent or subsidiary link, so the relationship can be checked like an allegation.</summary>
    private static void RelationSources(ReportPage page, CompanyExposure company)
    {
        var linked = company.Relations.Where(r => r.Sources.Count > 0).ToList();
        if (linked.Count == 0)
        {
            if (company.Relations.Count > 0)
            {
                page.Note("The list gives no source for these relations.");
            }

            return;
        }

        var w = page.W;
        page.Heading(4, "Sources for the relations");
        w.Open("ul", ("class", "sources"));
        foreach (var relation in linked)
        {
            foreach (var source in relation.Sources)
            {
                w.Open("li");
                var facts = new List<(string, Action)>
                {
                    ("Relation", () => page.Name($"{relation.Name}: {relation.Relation}")),
                    ("Source", () => Source(page, source.Url, source.Title)),
                    ("Publisher, date", () => w.Text($"{source.Publisher}, {Format.Date(source.Date)}")),
                };
                if (!string.IsNullOrWhiteSpace(source.Note))
                {
                    facts.Add(("Note", () => w.Text(source.Note)));
                }

                page.Facts([.. facts]);

                w.Close("li");
            }
        }

        w.Close("ul");
    }

    private static void Allegation(ReportPage page, AllegationView a, LaterAllegation? later)
    {
        var w = page.W;
        w.Open("li", ("class", "allegation"));
        w.Open("p", ("class", "allegation-title")).Element("strong", $"{Wording.Category(a.Category)} · {a.ListOrReport}").Close("p");
        var facts = new List<(string Term, Action Value)>
        {
            (Listings.IsListing(a, page.Report.Run.Lists) ? "Entity listed" : "Entity named", () => page.Name($"{a.SubjectName} ({Wording.Of(a.SubjectRelation)})")),
            ("Date", () => w.Text(Format.Date(a.DateShown) + (later is null ? "" : $" (after the holdings of {Format.Date(later.HoldingsAsOf)})"))),
            ("Publisher", () => w.Text(a.Publisher)),
            ("Summary", () => w.Text(a.Summary)),
            ("Source", () => Source(page, a.SourceUrl, a.SourceTitle)),
        };
        // A list that is not about Uyghur forced labour (a policy list, an official list) is named as it states itself.
        if (ListFraming.ListOf(a.ListName, page.Report.Run.Lists) is { } described)
        {
            facts.Add(("Kind of source", () => w.Text(SourceKinds.Describe(a.SourceKind) + ", as the list states it")));
            facts.Add(("From list", () => w.Text(described)));
        }
        else if (a.ListName is { } list)
        {
            // Where several lists are combined, each entry names its list, as in the PDF: which list a joined company's entry comes from.
            facts.Add(("From list", () => page.Name(list)));
        }
        page.Facts([.. facts]);
        w.Close("li");
    }

    /// <summary>The source's title linked to its URL, with the URL shown (so it survives printing); a URL that is not http or https is shown, not linked.</summary>
    private static void Source(ReportPage page, string url, string title)
    {
        var w = page.W;
        if (!HtmlText.IsWebUrl(url))
        {
            w.Text(title.Length > 0 ? title + " " : "").Open("span", ("class", "url")).Text(url.Length > 0 ? $"({url}: not a web address, not linked)" : "(no address given)").Close("span");
            return;
        }

        w.Link(url, title.Length > 0 ? title : url);
        w.Open("br").Open("span", ("class", "url")).Text(url.Trim()).Close("span");
    }
}

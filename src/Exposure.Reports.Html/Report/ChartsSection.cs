using System.Globalization;
using Exposure.Core.Holdings;
using Exposure.Core.Portfolio;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Reports.Html.Charts;

namespace Exposure.Reports.Html.Report;

/// <summary>
/// The model's figures as bar charts, each followed by its figures as a table: by holding and manager of the scheme, or
/// by fund; by company named by a source; by category of allegation; and over time when a fund has several snapshots.
/// Long lists show their largest items and say so; the sections that follow list every one.
/// </summary>
internal sealed class ChartsSection : IHtmlSection
{
    /// <summary>Rows at most given to companies whose value is unknown, after the others, in a chart of companies by value.</summary>
    private const int UnknownRows = 3;

    private const int Bars = 15;
    private const int Groups = 12;
    private const int CategoryFunds = 8;
    private const int TimeFunds = 10;

    private static BarSeries[] NamedAndRelated(ListTerms t) =>
    [
        new($"value {t.InCompanies} (flagged)", Fills.Named),
        new($"value in related companies (parent or subsidiary of {t.AnEntity}; not counted as flagged)", Fills.Related),
    ];

    public string Id => "charts";

    public string Title => "Exposure at a glance";

    public void Write(ReportPage page)
    {
        page.OpenSection(Id, Title);
        page.Paragraph("The figures of the sections that follow, as charts. Bars start from zero and carry their figures. Solid dark bars " +
            $"are value {page.Report.Terms.InCompanies} (flagged); diagonally hatched bars are value in related companies, never counted as flagged." +
            // Only the chart of several funds' categories draws a bar per category: the others carry each category's name.
            (page.Portfolio is null && page.Report.Funds.Count != 1 && LatestFunds(page).Any(x => x.f.ByCategory.Count > 0)
                ? $" {Wording.Capitalised(page.Report.Terms.Categories)} are told apart by shades, dots and lines, never by diagonal hatching." : ""));
        var before = page.W.Length;
        if (page.Portfolio is { } p)
        {
            SchemeByHolding(page, p);
            SchemeByManager(page, p);
            SchemeByCompany(page, p);
            SchemeByCategory(page, p);
        }
        else
        {
            FundsByFund(page);
            FundsByCompany(page);
            FundsByCategory(page);
        }

        OverTime(page);
        if (page.W.Length == before)
        {
            page.Paragraph(Wording.NothingToChart(page.Report.Terms));
        }

        page.CloseSection();
    }

    private static void SchemeByHolding(ReportPage page, PortfolioExposure p)
    {
        var c = p.ReportCurrency;
        var shown = p.Entries.Select((e, i) => (e, i))
            .OrderByDescending(x => x.e.FlaggedValue).ThenByDescending(x => x.e.RelatedValue).ThenBy(x => x.e.Name, StringComparer.Ordinal)
            .Take(Groups).ToList();
        new BarChart(NamedAndRelated(page.Report.Terms), shown.Select(x => new BarGroup(x.e.Name,
            x.e.LookedThrough == 0 && x.e.AmountInReportCurrency != 0 ? [] : NamedAndRelatedBars(x.e.FlaggedValue, x.e.FlaggedShare, x.e.RelatedValue, c, x.e.Bounds),
            "not looked through: see Coverage")).ToList())
        {
            Title = "By holding of the scheme",
            Description = $"Bars of the value, in {c}, that each holding of the scheme has {page.Report.Terms.InCompanies} and in related companies.",
            AxisTitle = AxisAmount(c),
            Caption = "The share in brackets is of the amount invested in the holding." + TopNote(shown.Count, p.Entries.Count, $"holdings with the most value in {page.Report.Terms.CompaniesPlural}",
                MarketLayout.Applies(page.Report) ? "the workbook's Scheme holdings sheet" : PortfolioSection.HoldingsTitle),
        }.Write(page, 3, () => page.Table("By holding of the scheme: figures",
            [new Column("Holding"), new Column($"{page.Report.Terms.CompaniesTitle} ({c})", true), new Column("Share of the holding", true), new Column($"Related ({c})", true)],
            () =>
            {
                foreach (var (e, i) in shown)
                {
                    var at = string.Create(CultureInfo.InvariantCulture, $"portfolio.entries[{i}]");
                    page.Row(() => page.RowHeader(e.Name).Num(() => PortfolioSection.AtLeast(page, e.Bounds.FlaggedValue)?.Amount(at + ".flaggedValue", e.FlaggedValue))
                        .Num(() => PortfolioSection.AtLeast(page, e.Bounds.FlaggedValue)?.Share(at + ".flaggedShare", e.FlaggedShare, e.AmountInReportCurrency)).Num(() => PortfolioSection.AtLeast(page, e.Bounds.RelatedValue)?.Amount(at + ".relatedValue", e.RelatedValue)));
                }
            }));
    }

    private static void SchemeByManager(ReportPage page, PortfolioExposure p)
    {
        var c = p.ReportCurrency;
        var shown = p.Managers.Take(Groups).Select((m, i) => (m, i)).ToList();
        new BarChart(NamedAndRelated(page.Report.Terms), shown.Select(x => new BarGroup(x.m.Manager,
            p.Entries.Where(e => (e.Manager ?? "(no manager given)") == x.m.Manager).All(e => e.LookedThrough == 0)
                ? [] : NamedAndRelatedBars(x.m.FlaggedValue, x.m.FlaggedShare, x.m.RelatedValue, c, x.m.Bounds),
            "not looked through: see Coverage")).ToList())
        {
            Title = "By manager",
            Description = $"Bars of the value, in {c}, that the scheme's money with each manager has {page.Report.Terms.InCompanies} and in related companies.",
            AxisTitle = AxisAmount(c),
            Caption = "The share in brackets is of the amount the scheme invests with the manager." + TopNote(shown.Count, p.Managers.Count, $"managers with the most value in {page.Report.Terms.CompaniesPlural}", PortfolioSection.ManagersTitle),
        }.Write(page, 3, () => page.Table("By manager: figures",
            [new Column("Manager"), new Column($"{page.Report.Terms.CompaniesTitle} ({c})", true), new Column("Share", true), new Column($"Related ({c})", true)],
            () =>
            {
                foreach (var (m, i) in shown)
                {
                    var at = string.Create(CultureInfo.InvariantCulture, $"portfolio.managers[{i}]");
                    page.Row(() => page.RowHeader(m.Manager).Num(() => PortfolioSection.AtLeast(page, m.Bounds.FlaggedValue)?.Amount(at + ".flaggedValue", m.FlaggedValue))
                        .Num(() => PortfolioSection.AtLeast(page, m.Bounds.FlaggedValue)?.Share(at + ".flaggedShare", m.FlaggedShare, m.AmountInvested)).Num(() => PortfolioSection.AtLeast(page, m.Bounds.RelatedValue)?.Amount(at + ".relatedValue", m.RelatedValue)));
                }
            }));
    }

    private static void SchemeByCompany(ReportPage page, PortfolioExposure p)
    {
        var c = p.ReportCurrency;
        var named = p.Companies.Select((x, i) => (x, i)).Where(x => x.x.State == RowState.Matched).ToList();
        if (named.Count == 0)
        {
            return;
        }

        var shown = named.Take(Bars).ToList();
        new BarChart([NamedAndRelated(page.Report.Terms)[0]], shown.Select(x => new BarGroup(x.x.Name,
            [new Bar(0, Positive(x.x.Value), x.x.Value is null ? $"{Wording.Unknown}: value not given or not readable"
                : $"{SchemeBounds.Total(x.x.ValueBound, Format.Money(x.x.Value, c))} ({SchemeBounds.Total(x.x.ValueBound, Format.Percent(x.x.Share))})")])).ToList())
        {
            Title = $"By company {page.Report.Terms.By}",
            Description = $"Bars of the value, in {c}, that the scheme holds in each company {page.Report.Terms.By}, through every path.",
            AxisTitle = AxisAmount(c),
            Caption = "The share in brackets is of the amount invested. Related companies are under " + PortfolioSection.CompaniesTitle + "." +
                TopNote(shown.Count, named.Count, $"{page.Report.Terms.CompaniesPlural} with the most value", PortfolioSection.CompaniesTitle),
        }.Write(page, 3, () => page.Table($"By company {page.Report.Terms.By}: figures",
            [new Column("Company"), new Column($"Value ({c})", true), new Column("Share of the amount invested", true)],
            () =>
            {
                foreach (var (x, i) in shown)
                {
                    var at = string.Create(CultureInfo.InvariantCulture, $"portfolio.companies[{i}]");
                    page.Row(() => page.RowHeader(() => page.CompanyName(x.CompanyId, x.Name)).Num(() => PortfolioSection.AtLeast(page, x.ValueBound)?.Amount(at + ".value", x.Value))
                        .Num(() => PortfolioSection.AtLeast(page, x.ValueBound)?.Share(at + ".share", x.Share, p.TotalInvested)));
                }
            }));
    }

    private static void SchemeByCategory(ReportPage page, PortfolioExposure p)
    {
        if (p.Categories.Count == 0)
        {
            return;
        }

        var c = p.ReportCurrency;
        new BarChart([NamedAndRelated(page.Report.Terms)[0]], p.Categories.Select(x => new BarGroup(Wording.Category(x.Category, x.List),
            [new Bar(0, Positive(x.Value), x.ValueBound == Bound.ValuesUnknown ? $"{Wording.Unknown}: value not given or not readable"
                : $"{SchemeBounds.Total(x.ValueBound, Format.Money(x.Value, c))} ({SchemeBounds.Total(x.ValueBound, Format.Percent(x.Share))})")])).ToList())
        {
            Title = page.Report.Terms.ByCategory,
            Description = $"Bars of the value, in {c}, {page.Report.Terms.InCompanies}, by {page.Report.Terms.Category}.",
            AxisTitle = AxisAmount(c),
            Caption = "The share in brackets is of the amount invested. " + CategoryCaption(page),
        }.Write(page, 3, () => page.Table($"{page.Report.Terms.ByCategory}: figures",
            [new Column("Category"), new Column($"Value ({c})", true), new Column("Share of the amount invested", true), new Column(page.Report.Terms.CompaniesTitle, true)],
            () =>
            {
                for (var i = 0; i < p.Categories.Count; i++)
                {
                    var x = p.Categories[i];
                    var at = string.Create(CultureInfo.InvariantCulture, $"portfolio.categories[{i}]");
                    page.Row(() => page.RowHeader(Wording.Category(x.Category, x.List)).Num(() => PortfolioSection.AtLeast(page, x.ValueBound)?.Amount(at + ".value", x.Value))
                        .Num(() => PortfolioSection.AtLeast(page, x.ValueBound)?.Percent(at + ".share", x.Share)).Num(() => page.Count(at + ".companies", x.Companies)));
                }
            }));
    }

    private static void FundsByFund(ReportPage page)
    {
        var funds = LatestFunds(page);
        if (funds.Count < 2)
        {
            return;
        }

        var where = MarketLayout.Applies(page.Report) ? "the workbook's Funds sheet" : FundsSection.SectionTitle;

        if (page.Currency is { } c)
        {
            var shown = funds
                .OrderByDescending(x => x.f.FlaggedValue).ThenByDescending(x => x.f.RelatedValue).ThenBy(x => x.f.DisplayName, StringComparer.Ordinal)
                .Take(Groups).ToList();
            new BarChart(NamedAndRelated(page.Report.Terms), shown.Select(x => new BarGroup(x.f.DisplayName, FundBars(x.f, c))).ToList())
            {
                Title = "By fund",
                Description = $"Bars of the value, in {c}, that each fund holds {page.Report.Terms.InCompanies} and in related companies.",
                AxisTitle = AxisAmount(c),
                Caption = "The share in brackets is the flagged weight: flagged value over the fund's value." + TopNote(shown.Count, funds.Count, $"funds with the most value in {page.Report.Terms.CompaniesPlural}", where),
            }.Write(page, 3, () => FundTable(page, shown, c));
        }
        else
        {
            var shown = funds.OrderByDescending(x => x.f.FlaggedWeight).ThenBy(x => x.f.DisplayName, StringComparer.Ordinal).Take(Bars).ToList();
            new BarChart([NamedAndRelated(page.Report.Terms)[0]], shown.Select(x => new BarGroup(x.f.DisplayName, [new Bar(0, Positive(x.f.FlaggedWeight), Wording.FlaggedWeightAtLeast(x.f) + Format.Percent(x.f.FlaggedWeight))])).ToList())
            {
                Title = "By fund",
                Description = $"Bars of each fund's flagged weight: its value {page.Report.Terms.InCompanies} over the fund's value.",
                AxisTitle = "Flagged weight: share of the fund's value",
                Tick = Format.AxisPercent,
                Caption = Wording.ByWeightNotValue(page.Report.Funds) +
                    TopNote(shown.Count, funds.Count, "funds with the largest flagged weight", where),
            }.Write(page, 3, () => FundTable(page, shown, null));
        }
    }

    private static void FundTable(ReportPage page, List<(FundExposure f, int i)> shown, string? currency) =>
        page.Table("By fund: figures",
            [new Column("Fund"), new Column(ReportPage.MoneyHeader("Flagged value", currency), true), new Column("Flagged weight", true), new Column(ReportPage.MoneyHeader("Related value", currency), true)],
            () =>
            {
                foreach (var (f, i) in shown)
                {
                    var at = string.Create(CultureInfo.InvariantCulture, $"funds[{i}]");
                    page.Row(() => page.RowHeader(f.DisplayName).Num(() => page.Words(Wording.FlaggedValueAtLeast(f)).MoneyCell(at + ".flaggedValue", f.FlaggedValue, f.Currency, currency, Wording.MissingValue(f)))
                        .Num(() => page.Words(Wording.FlaggedWeightAtLeast(f)).Percent(at + ".flaggedWeight", f.FlaggedWeight))
                        .Num(() => page.Words(Wording.RelatedValueAtLeast(f)).MoneyCell(at + ".relatedValue", f.RelatedValue, f.Currency, currency, Wording.MissingValue(f))));
                }
            });

    private static void FundsByCompany(ReportPage page)
    {
        var report = page.Report;
        if (report.Market is { } market)
        {
            MarketByCompany(page, market);
            return;
        }

        var named = report.Companies.Select((x, i) => (x, i)).Where(x => x.x.Basis == Basis.Named).ToList();
        if (named.Count == 0) return;
        if (page.Currency is not { } c)
        {
            page.Note($"By company {page.Report.Terms.By}: no chart, because {Wording.NoChartCurrency(report.Funds)}.");
            return;
        }
        var unknown = named.Where(x => x.x.TotalValue is null).ToList();
        if (unknown.Count == named.Count)
        {
            page.Note($"By company {page.Report.Terms.By}: no chart, because {Wording.NoChartValuesUnknown(unknown.Count, page.Report.Terms)}. " +
                $"Every company held has its own section under {CompaniesSection.SectionTitle}.");
            return;
        }

        // Companies whose value is unknown come after the others, without a bar, and the caption says so.
        var unknownRows = Math.Min(unknown.Count, UnknownRows);
        var shown = named.Where(x => x.x.TotalValue is not null)
            .OrderByDescending(x => x.x.TotalValue).ThenBy(x => x.x.NameEn, StringComparer.Ordinal).Take(Bars - unknownRows)
            .Concat(unknown.Take(unknownRows)).ToList();
        var single = report.Funds.Count == 1;
        new BarChart([NamedAndRelated(page.Report.Terms)[0]], shown.Select(x => new BarGroup(x.x.NameEn,
        [
            x.x.TotalValue is null ? new Bar(0, 0, Wording.ChartValueUnknown)
            : new Bar(0, Positive(x.x.TotalValue.Value), (single && x.x.CountedHoldings.Count == 1
                ? $"{Format.Money(x.x.TotalValue, c)} ({Format.Percent(x.x.CountedHoldings[0].Weight)})"
                : $"{Format.Money(x.x.TotalValue, c)} · {Format.Plural(x.x.CountedHoldings.Count, "fund", "funds")}") + Wording.ValueDisagreesMark(x.x)),
        ])).ToList())
        {
            Title = $"By company {page.Report.Terms.By}",
            Description = $"Bars of the value, in {c}, held in each company {page.Report.Terms.By}, over all funds.",
            AxisTitle = AxisAmount(c),
            Caption = (single ? "The share in brackets is the company's weight in the fund. " : "Value summed over the funds holding the company. ") +
                "Related companies are not shown here; every company held has its own section under " + CompaniesSection.SectionTitle + "." +
                (unknown.Count > 0 ? " " + Wording.ChartValuesUnknown(unknown.Select(x => x.x.NameEn).ToList(), unknownRows, page.Report.Terms) : "") +
                (Wording.ChartValuesDisagree(shown.Select(x => x.x)) is { } disagree ? " " + disagree : "") +
                TopNote(shown.Count, named.Count, $"{page.Report.Terms.CompaniesPlural} with the most value", MarketLayout.Applies(report) ? "the workbook's Companies sheet" : CompaniesSection.SectionTitle),
        }.Write(page, 3, () => page.Table($"By company {page.Report.Terms.By}: figures",
            [new Column("Company"), new Column($"Value ({c})", true), new Column("Funds holding it", true)],
            () =>
            {
                foreach (var (x, i) in shown)
                {
                    page.Row(() => page.RowHeader(() => page.CompanyName(x.Id, x.NameEn)).Num(() => page.Amount(string.Create(CultureInfo.InvariantCulture, $"companies[{i}].totalValue"), x.TotalValue))
                        .Num(() => page.W.Text(Format.Count(x.CountedHoldings.Count))));
                }
            }));
    }

    /// <summary>A market's named companies with the most value in the funds' latest reports.</summary>
    private static void MarketByCompany(ReportPage page, MarketView market)
    {
        var index = market.Companies.Select((x, i) => (x.CompanyId, i)).ToDictionary(x => x.CompanyId, x => x.i, StringComparer.Ordinal);
        var named = MarketLayout.CompaniesByValue(market).Where(x => x.Basis == Basis.Named).ToList();
        if (named.Count == 0 || market.Summary.Currency is not { } c)
        {
            return;
        }

        var unknown = named.Where(x => x.Value is null).ToList();
        if (unknown.Count == named.Count)
        {
            page.Note($"By company {page.Report.Terms.By}: no chart, because {Wording.NoChartValuesUnknown(unknown.Count, page.Report.Terms)}.");
            return;
        }

        var unknownRows = Math.Min(unknown.Count, UnknownRows);
        var shown = named.Where(x => x.Value is not null).Take(Bars - unknownRows).Concat(unknown.Take(unknownRows)).ToList();
        new BarChart([NamedAndRelated(page.Report.Terms)[0]], shown.Select(x => new BarGroup(x.Name,
            [x.Value is null ? new Bar(0, 0, Wording.ChartValueUnknown) : new Bar(0, Positive(x.Value.Value), $"{Format.Money(x.Value, c)} · {Format.Plural(x.Funds, "fund", "funds")}")])).ToList())
        {
            Title = $"By company {page.Report.Terms.By}",
            Description = $"Bars of the value, in {c}, held in each company {page.Report.Terms.By}, over the funds' latest reports.",
            AxisTitle = AxisAmount(c),
            Caption = "Value summed over the funds whose latest report holds the company. Related companies are not shown here." +
                (unknown.Count > 0 ? " " + Wording.ChartValuesUnknown(unknown.Select(x => x.Name).ToList(), unknownRows, page.Report.Terms) : "") +
                TopNote(shown.Count, named.Count, $"{page.Report.Terms.CompaniesPlural} with the most value", "the workbook's Market companies sheet"),
        }.Write(page, 3, () => page.Table($"By company {page.Report.Terms.By}: figures",
            [new Column("Company"), new Column($"Value ({c})", true), new Column("Funds holding it", true)],
            () =>
            {
                foreach (var x in shown)
                {
                    var at = string.Create(CultureInfo.InvariantCulture, $"market.companies[{index[x.CompanyId]}]");
                    page.Row(() => page.RowHeader(() => page.CompanyName(x.CompanyId, x.Name)).Num(() => page.Amount(at + ".value", x.Value))
                        .Num(() => page.Count(at + ".funds", x.Funds)));
                }
            }));
    }

    /// <summary>The funds the charts compare, each with its place in the model: each fund's latest report in a market of filings, else every fund.</summary>
    private static List<(FundExposure f, int i)> LatestFunds(ReportPage page)
    {
        var all = page.Report.Funds.Select((f, i) => (f, i));
        if (page.Report.Market is null)
        {
            return all.ToList();
        }

        var latest = MarketLayout.LatestReports(page.Report);
        return all.Where(x => latest.Contains(x.f.Id)).ToList();
    }

    private static void FundsByCategory(ReportPage page)
    {
        var funds = LatestFunds(page).Where(x => x.f.ByCategory.Count > 0).ToList();
        if (funds.Count == 0)
        {
            return;
        }

        if (page.Report.Funds.Count == 1)
        {
            var (fund, fi) = funds[0];
            new BarChart([NamedAndRelated(page.Report.Terms)[0]], fund.ByCategory.Select(x => new BarGroup(Wording.Category(x),
                [new Bar(0, Positive(x.Weight), $"{Wording.CategoryWeightAtLeast(x)}{Format.Percent(x.Weight)} · {(x.Value is null ? Wording.MissingValue(fund) : Wording.CategoryValueAtLeast(x) + Format.Money(x.Value, fund.Currency))}")])).ToList())
            {
                Title = page.Report.Terms.ByCategory,
                Description = $"Bars of the fund's flagged weight in each {page.Report.Terms.Category}: value in {page.Report.Terms.CompaniesPlural} in the category over the fund's value.",
                AxisTitle = "Flagged weight: share of the fund's value",
                Tick = Format.AxisPercent,
                Caption = Wording.CategoriesValuesUnknown([fund], nameFunds: false) is { Length: > 0 } unknown ? $"{CategoryCaption(page)} {unknown}" : CategoryCaption(page),
            }.Write(page, 3, () => CategoryTable(page, funds));
            return;
        }

        var shown = funds.OrderByDescending(x => x.f.FlaggedWeight).ThenBy(x => x.f.DisplayName, StringComparer.Ordinal).Take(CategoryFunds).ToList();
        // A category is its list's where several lists are screened together: one series each, each in a fill of its own.
        var categories = CategoryFills.Drawn(shown.Select(x => x.f));
        var series = categories.Series.Select((c, i) => new BarSeries(Wording.Category(c.Category, c.List), Fills.Category(i))).ToList();
        new BarChart(series, shown.Select(x => new BarGroup(x.f.DisplayName, x.f.ByCategory
                .Where(c => categories.IndexOf(c) >= 0)
                .OrderBy(categories.IndexOf)
                .Select(c => new Bar(categories.IndexOf(c), Positive(c.Weight), $"{Wording.Category(c)}: {Wording.CategoryWeightAtLeast(c)}{Format.Percent(c.Weight)}"))
                .ToList(), Wording.NoCategoryDrawn(page.Report.Terms))).ToList())
        {
            Title = page.Report.Terms.ByCategory,
            Description = $"Bars of each fund's flagged weight in each {page.Report.Terms.Category}.",
            AxisTitle = "Flagged weight in the category: share of the fund's value",
            Tick = Format.AxisPercent,
            Caption = CategoryCaption(page) + " Weights, not values, are shown, so funds of different sizes and currencies compare." +
                TopNote(shown.Count, funds.Count, "funds with the largest flagged weight", MarketLayout.Applies(page.Report) ? "the JSON (funds[].byCategory)" : page.Report.Terms.FlaggedValueByCategory) +
                Wording.CategoriesDrawn(categories, page.Report.Terms, "the table of the chart's figures"),
        }.Write(page, 3, () => CategoryTable(page, shown));
    }

    private static void CategoryTable(ReportPage page, List<(FundExposure f, int i)> funds) =>
        page.Table($"{page.Report.Terms.ByCategory}: figures",
            [new Column("Fund"), new Column("Category"), new Column("Flagged weight", true), new Column("Flagged value", true), new Column(page.Report.Terms.CompaniesTitle, true)],
            () =>
            {
                foreach (var (f, i) in funds)
                {
                    for (var j = 0; j < f.ByCategory.Count; j++)
                    {
                        var x = f.ByCategory[j];
                        var at = string.Create(CultureInfo.InvariantCulture, $"funds[{i}].byCategory[{j}]");
                        page.Row(() => page.RowHeader(f.DisplayName).Cell(Wording.Category(x)).Num(() => page.Words(Wording.CategoryWeightAtLeast(x)).Percent(at + ".weight", x.Weight))
                            .Num(() => page.Words(Wording.CategoryValueAtLeast(x)).MoneyCell(at + ".value", x.Value, f.Currency, null, Wording.MissingValue(f))).Num(() => page.Count(at + ".companies", x.Companies)));
                    }
                }
            });

    /// <summary>Flagged weight at each as-of date, for every fund (<see cref="FundExposure.Identity"/>: its series, not its name) screened at more than one date.</summary>
    private static void OverTime(ReportPage page)
    {
        var funds = page.Report.Funds.Select((f, i) => (f, i))
            .GroupBy(x => x.f.Identity, StringComparer.Ordinal)
            .Select(g => g.Where(x => x.f.AsOf is not null).OrderBy(x => x.f.AsOf).ToList())
            .Where(s => s.Select(x => x.f.AsOf).Distinct().Count() > 1)
            .ToList();
        if (funds.Count == 0)
        {
            return;
        }

        var shown = funds.OrderByDescending(s => s[^1].f.FlaggedWeight).ThenBy(s => s[^1].f.DisplayName, StringComparer.Ordinal).Take(TimeFunds).ToList();
        new BarChart([new BarSeries("latest snapshot", Fills.Named), new BarSeries("earlier snapshot", Fills.Earlier)], shown.Select(s => new BarGroup(s[^1].f.DisplayName, s
                .Select((x, k) => new Bar(k == s.Count - 1 ? 0 : 1, Positive(x.f.FlaggedWeight), $"{Format.Date(x.f.AsOf)}: {Format.Percent(x.f.FlaggedWeight)}"))
                .ToList())).ToList())
        {
            Title = "Over time",
            Description = "Bars of each fund's flagged weight at each as-of date of its holdings files.",
            AxisTitle = "Flagged weight: share of the fund's value",
            Tick = Format.AxisPercent,
            Caption = "Each fund's holdings file at each as-of date." +
                (page.Portfolio is null ? "" : " Changes company by company are under " + PortfolioSection.ChangesTitle + "; the scheme's figures use the latest snapshot.") +
                TopNote(shown.Count, funds.Count, "funds with the largest latest flagged weight",
                    page.Portfolio is not null ? PortfolioSection.ChangesTitle : MarketLayout.Applies(page.Report) ? "the workbook's Funds sheet" : FundsSection.SectionTitle),
        }.Write(page, 3, () => page.Table("Over time: figures",
            [new Column("Fund"), new Column("As of"), new Column("Flagged weight", true)],
            () =>
            {
                foreach (var s in shown)
                {
                    foreach (var (f, i) in s)
                    {
                        page.Row(() => page.RowHeader(f.DisplayName).Cell(Format.Date(f.AsOf)).Num(() => page.Percent(string.Create(CultureInfo.InvariantCulture, $"funds[{i}].flaggedWeight"), f.FlaggedWeight)));
                    }
                }
            }));
    }

    private static string CategoryCaption(ReportPage page) =>
        $"A company counts under each {page.Report.Terms.Category} it carries, so the categories overlap and never add up to the flagged value.";

    /// <param name="bounds">How the figures are to be read: lower bounds where holdings were not looked through or values are unknown.</param>
    private static Bar[] NamedAndRelatedBars(decimal? flagged, decimal? share, decimal? related, string currency, FigureBounds? bounds = null) =>
    [
        new Bar(0, Positive(flagged), bounds?.FlaggedValue is Bound.NoneLookedThrough or Bound.ValuesUnknown ? Wording.Unknown
            : $"{SchemeBounds.Total(bounds?.FlaggedValue ?? Bound.Exact, Format.Money(flagged, currency))} ({SchemeBounds.Total(bounds?.FlaggedValue ?? Bound.Exact, Format.Percent(share))})"),
        new Bar(1, Positive(related), SchemeBounds.Total(bounds?.RelatedValue ?? Bound.Exact, Format.Money(related, currency))),
    ];

    /// <summary>A fund's flagged and related bars, each figure "at least" where it leaves out holdings of unknown value, as the funds table says.</summary>
    private static Bar[] FundBars(FundExposure f, string currency) =>
    [
        new Bar(0, Positive(f.FlaggedValue),
            $"{Wording.FlaggedValueAtLeast(f)}{Format.Money(f.FlaggedValue, currency)} ({Wording.FlaggedWeightAtLeast(f)}{Format.Percent(f.FlaggedWeight)})"),
        new Bar(1, Positive(f.RelatedValue), Wording.RelatedValueAtLeast(f) + Format.Money(f.RelatedValue, currency)),
    ];

    private static string AxisAmount(string currency) => $"{currency} (k = thousand, M = million, B = billion)";

    private static string TopNote(int shown, int total, string what, string where) =>
        shown < total ? $" The {Format.Count(shown)} {what} of {Format.Count(total)} are shown; {where} lists every one." : "";

    /// <summary>Bars start from zero: a negative figure (a short position) draws no bar, and its label still gives the figure.</summary>
    private static double Positive(decimal? value) => value > 0 ? (double)value.Value : 0;
}

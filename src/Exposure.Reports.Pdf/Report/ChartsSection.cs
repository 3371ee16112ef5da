using Exposure.Core.Holdings;
using Exposure.Core.Portfolio;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Report;

/// <summary>
/// Vector charts of the model's figures: flagged (and related) value by holding and manager, or by fund; by company; by
/// category of allegation; and flagged weight at each snapshot when a fund has several. Long lists show their largest
/// items, with a note saying so; the tables that follow list every one. Bars differ in shade and hatching, never in hue
/// alone, so the charts read in greyscale.
/// </summary>
internal sealed class ChartsSection : IReportSection
{
    public const string Title = "Exposure at a glance";

    /// <summary>The model's name for the group of holdings without a manager.</summary>
    private const string NoManager = "(no manager given)";

    private const int Bars = 15;
    private const int Groups = 12;
    private const int CategoryFunds = 8;
    private const int TimeFunds = 10;

    private static BarSeries[] NamedAndRelated(ListTerms t) =>
    [
        new($"value {t.InCompanies} (flagged)", Typography.NamedFill),
        new($"value in related companies (parent or subsidiary of {t.AnEntity}; not counted as flagged)", Typography.RelatedFill),
    ];

    public IEnumerable<IElement> Compose(ReportContext context)
    {
        yield return new Heading(Title);
        var t = context.Report.Terms;
        var related = context.Portfolio is not null || (context.Report.Funds.Count > 1 && context.Currency is not null);
        yield return new Paragraph(
            "The figures of the tables that follow, as charts. Bars start from zero and carry their values. Solid dark bars are value " +
            $"{t.InCompanies} (flagged)" +
            (related ? "; diagonally hatched bars are value in related companies, which is never counted as flagged." : ".") +
            // Only the chart of several funds' categories draws a bar per category: the others carry each category's name.
            (CategoriesTogether(context) ? $" {Wording.Capitalised(t.Categories)} are told apart by shades, lines and grids, never by diagonal hatching." : ""));

        var charts = context.Portfolio is { } p
            ? SchemeByHolding(p, MarketLayout.Applies(context.Report), t).Concat(SchemeByManager(p, t)).Concat(SchemeByCompany(p, t)).Concat(SchemeByCategory(p, t))
            : FundsByFund(context).Concat(FundsByCompany(context)).Concat(FundsByCategory(context));
        var drawn = charts.Concat(OverTime(context)).ToList();
        if (drawn.Count == 0)
        {
            yield return new Paragraph(Wording.NothingToChart(t));
        }

        foreach (var element in drawn)
        {
            yield return element;
        }

        yield return new PageBreak();
    }

    private static IEnumerable<IElement> SchemeByHolding(PortfolioExposure p, bool bounded, ListTerms t)
    {
        var c = p.ReportCurrency;
        var shown = p.Entries
            .OrderByDescending(e => e.FlaggedValue).ThenByDescending(e => e.RelatedValue).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Take(Groups)
            .Select(e => new BarGroup(e.Name, e.LookedThrough == 0 && e.AmountInReportCurrency != 0
                ? [new GroupBar(0, 0) { ValueLabel = "not looked through: " + NotLookedThrough(p, e.Id) }]
                : NamedAndRelatedBars(e.FlaggedValue ?? 0, e.FlaggedShare, e.RelatedValue ?? 0, c, e.Bounds)))
            .ToList();
        yield return new Heading("By holding of the scheme", 2);
        yield return new GroupedBarChart(NamedAndRelated(t), shown)
        {
            AxisTitle = AmountAxis(c),
            FormatValue = Typography.AxisAmount,
            Caption = "The share in brackets is of the amount invested in the holding, in the report currency." +
                TopNote(shown.Count, p.Entries.Count, $"holdings with the most value in {t.CompaniesPlural}",
                    bounded ? "the workbook's Scheme holdings sheet" : "Holdings of the scheme"),
        };
    }

    /// <summary>A named bar labelled with its value and share, beside a related bar labelled with its value.</summary>
    /// <param name="bounds">How the figures are to be read: lower bounds where holdings were not looked through or values are unknown.</param>
    private static GroupBar[] NamedAndRelatedBars(decimal flagged, decimal? share, decimal related, string currency, FigureBounds bounds) =>
    [
        new GroupBar(0, Positive(flagged))
        {
            ValueLabel = bounds.FlaggedValue is Bound.NoneLookedThrough or Bound.ValuesUnknown ? Wording.Unknown
                : $"{SchemeBounds.Total(bounds.FlaggedValue, Typography.Money(flagged, currency))} ({SchemeBounds.Total(bounds.FlaggedValue, Typography.Percent(share))})",
        },
        new GroupBar(1, Positive(related)) { ValueLabel = SchemeBounds.Total(bounds.RelatedValue, Typography.Money(related, currency)) },
    ];

    private static IEnumerable<IElement> SchemeByManager(PortfolioExposure p, ListTerms t)
    {
        var c = p.ReportCurrency;
        var shown = p.Managers.Take(Groups)
            .Select(m => new BarGroup(m.Manager, p.Entries.Where(e => (e.Manager ?? NoManager) == m.Manager).All(e => e.LookedThrough == 0)
                ? [new GroupBar(0, 0) { ValueLabel = "not looked through: see Coverage" }]
                : NamedAndRelatedBars(m.FlaggedValue ?? 0, m.FlaggedShare, m.RelatedValue ?? 0, c, m.Bounds)))
            .ToList();
        yield return new Heading("By manager", 2);
        yield return new GroupedBarChart(NamedAndRelated(t), shown)
        {
            AxisTitle = AmountAxis(c),
            FormatValue = Typography.AxisAmount,
            Caption = "The share in brackets is of the amount the scheme invests with the manager." +
                TopNote(shown.Count, p.Managers.Count, $"managers with the most value in {t.CompaniesPlural}", "Managers"),
        };
    }

    private static IEnumerable<IElement> SchemeByCompany(PortfolioExposure p, ListTerms t)
    {
        var c = p.ReportCurrency;
        var named = p.Companies.Where(x => x.State == RowState.Matched).ToList();
        if (named.Count == 0)
        {
            yield break;
        }

        var items = named.Take(Bars)
            .Select(x => new BarItem(x.Name, Positive(x.Value ?? 0))
            {
                ValueLabel = x.Value is null ? $"{Wording.Unknown}: value not given or not readable"
                    : $"{SchemeBounds.Total(x.ValueBound, Typography.Money(x.Value, c))} ({SchemeBounds.Share(x.ValueBound, x.Share, p.TotalInvested)})",
            })
            .ToList();
        yield return new Heading($"By company {t.By}", 2);
        yield return new BarChart(items)
        {
            AxisTitle = AmountAxis(c),
            FormatValue = Typography.AxisAmount,
            MaxLabelFraction = Typography.NameLabelFraction,
            Fill = Typography.NamedFill,
            Caption = "Value through every path of the scheme; the share in brackets is of the amount invested. Related companies and " +
                "holdings awaiting review are not shown here: they are under Companies in the scheme." +
                TopNote(items.Count, named.Count, $"{t.CompaniesPlural} with the most value", "Companies in the scheme"),
        };
    }

    private static IEnumerable<IElement> SchemeByCategory(PortfolioExposure p, ListTerms t)
    {
        if (p.Categories.Count == 0)
        {
            yield break;
        }

        var c = p.ReportCurrency;
        yield return new Heading(t.ByCategory, 2);
        yield return new BarChart(p.Categories.Select(x => new BarItem(Wording.Category(x.Category, x.List), Positive(x.Value))
        {
            ValueLabel = (x.ValueBound == Bound.ValuesUnknown ? $"{Wording.Unknown}: value not given or not readable"
                : $"{SchemeBounds.Total(x.ValueBound, Typography.Money(x.Value, c))} ({SchemeBounds.Share(x.ValueBound, x.Share, p.TotalInvested)})") +
                $" · {Typography.Plural(x.Companies, "company", "companies")}",
        }))
        {
            AxisTitle = AmountAxis(c),
            FormatValue = Typography.AxisAmount,
            Fill = Typography.NamedFill,
            Caption = "The share in brackets is of the amount invested. " + CategoryCaption(t),
        };
    }

    private static IEnumerable<IElement> FundsByFund(ReportContext context)
    {
        var funds = LatestFunds(context);
        var where = MarketLayout.Applies(context.Report) ? "the workbook's Funds sheet" : "Funds";
        if (funds.Count < 2)
        {
            yield break;
        }

        yield return new Heading("By fund", 2);
        if (context.Currency is { } c)
        {
            var shown = funds
                .OrderByDescending(f => f.FlaggedValue).ThenByDescending(f => f.RelatedValue).ThenBy(f => f.DisplayName, StringComparer.Ordinal)
                .Take(Groups)
                .Select(f => new BarGroup(f.DisplayName,
                [
                    new GroupBar(0, Positive(f.FlaggedValue)) { ValueLabel = $"{Wording.FlaggedValueAtLeast(f)}{Typography.Money(f.FlaggedValue, c)} ({Wording.FlaggedWeightAtLeast(f)}{Typography.Percent(f.FlaggedWeight)})" },
                    new GroupBar(1, Positive(f.RelatedValue)) { ValueLabel = Wording.RelatedValueAtLeast(f) + Typography.Money(f.RelatedValue, c) },
                ]))
                .ToList();
            yield return new GroupedBarChart(NamedAndRelated(context.Report.Terms), shown)
            {
                AxisTitle = AmountAxis(c),
                FormatValue = Typography.AxisAmount,
                Caption = "The share in brackets is the flagged weight: flagged value over the fund's value." +
                    TopNote(shown.Count, funds.Count, $"funds with the most value in {context.Report.Terms.CompaniesPlural}", where),
            };
        }
        else
        {
            var items = funds
                .OrderByDescending(f => f.FlaggedWeight).ThenBy(f => f.DisplayName, StringComparer.Ordinal)
                .Take(Bars)
                .Select(f => new BarItem(f.DisplayName, Positive(f.FlaggedWeight)) { ValueLabel = Wording.FlaggedWeightAtLeast(f) + Typography.Percent(f.FlaggedWeight) })
                .ToList();
            yield return new BarChart(items)
            {
                AxisTitle = $"Flagged weight: value {context.Report.Terms.InCompanies} over the fund's value",
                FormatValue = Typography.AxisPercent,
                MaxLabelFraction = Typography.NameLabelFraction,
                Fill = Typography.NamedFill,
                Caption = Wording.ByWeightNotValue(context.Report.Funds) +
                    TopNote(items.Count, funds.Count, "funds with the largest flagged weight", where),
            };
        }
    }

    private static IEnumerable<IElement> FundsByCompany(ReportContext context)
    {
        var report = context.Report;
        if (report.Market is { } market)
        {
            foreach (var element in MarketByCompany(report, market))
            {
                yield return element;
            }

            yield break;
        }

        var named = report.Companies.Where(x => x.Basis == Basis.Named).ToList();
        if (named.Count == 0)
        {
            yield break;
        }

        yield return new Heading($"By company {report.Terms.By}", 2);
        if (context.Currency is not { } c)
        {
            yield return Typography.Note($"No chart: {Wording.NoChartCurrency(report.Funds)}.");
            yield break;
        }

        var unknown = named.Where(x => x.TotalValue is null).Select(x => x.NameEn).ToList();
        if (unknown.Count == named.Count)
        {
            yield return Typography.Note($"No chart: {Wording.NoChartValuesUnknown(unknown.Count, report.Terms)}. Every company held has its own section under {CompaniesSection.Title}.");
            yield break;
        }

        var single = report.Funds.Count == 1;
        var unknownRows = Math.Min(unknown.Count, UnknownRows);
        var shownCompanies = named
            .Where(x => x.TotalValue is not null)
            .OrderByDescending(x => x.TotalValue).ThenBy(x => x.NameEn, StringComparer.Ordinal)
            .Take(Bars - unknownRows)
            .ToList();
        var items = shownCompanies
            .Select(x => new BarItem(x.NameEn, Positive(x.TotalValue!.Value))
            {
                ValueLabel = (single && x.CountedHoldings.Count == 1
                    ? $"{Typography.Money(x.TotalValue, c)} ({Typography.Percent(x.CountedHoldings[0].Weight)})"
                    : $"{Typography.Money(x.TotalValue, c)} · {Typography.Plural(x.CountedHoldings.Count, "fund", "funds")}") + Wording.ValueDisagreesMark(x),
            })
            .Concat(UnknownItems(unknown))
            .ToList();
        yield return new BarChart(items)
        {
            AxisTitle = AmountAxis(c),
            FormatValue = Typography.AxisAmount,
            MaxLabelFraction = Typography.NameLabelFraction,
            Fill = Typography.NamedFill,
            Caption = (single ? "The share in brackets is the company's weight in the fund. " : "Value summed over the funds holding the company. ") +
                "Related companies are not shown here; every company held has its own section under Companies held." +
                (unknown.Count > 0 ? " " + Wording.ChartValuesUnknown(unknown, unknownRows, report.Terms) : "") +
                (Wording.ChartValuesDisagree(shownCompanies) is { } disagree ? " " + disagree : "") +
                TopNote(items.Count, named.Count, $"{report.Terms.CompaniesPlural} with the most value", MarketLayout.Applies(report) ? "the workbook's Companies sheet" : CompaniesSection.Title),
        };
    }

    /// <summary>Rows at most given to companies whose value is unknown, after the others, in a chart of companies by value.</summary>
    internal const int UnknownRows = 3;

    /// <summary>Rows without a bar for companies whose value held is unknown: named, never drawn as zero or left out unsaid.</summary>
    internal static IEnumerable<BarItem> UnknownItems(IEnumerable<string> names) =>
        names.Take(UnknownRows).Select(name => new BarItem(name, 0) { ValueLabel = Wording.ChartValueUnknown });

    /// <summary>A market's named companies with the most value in the funds' latest reports.</summary>
    private static IEnumerable<IElement> MarketByCompany(ExposureReport report, MarketView market)
    {
        var named = MarketLayout.CompaniesByValue(market).Where(x => x.Basis == Basis.Named).ToList();
        if (named.Count == 0)
        {
            yield break;
        }

        yield return new Heading($"By company {report.Terms.By}", 2);
        if (market.Summary.Currency is not { } c)
        {
            yield return Typography.Note($"No chart: {Wording.NoChartCurrency(report.Funds)}.");
            yield break;
        }

        var unknown = named.Where(x => x.Value is null).Select(x => x.Name).ToList();
        if (unknown.Count == named.Count)
        {
            yield return Typography.Note($"No chart: {Wording.NoChartValuesUnknown(unknown.Count, report.Terms)}.");
            yield break;
        }

        var unknownRows = Math.Min(unknown.Count, UnknownRows);
        var items = named.Where(x => x.Value is not null).Take(Bars - unknownRows)
            .Select(x => new BarItem(x.Name, Positive(x.Value!.Value)) { ValueLabel = $"{Typography.Money(x.Value, c)} · {Typography.Plural(x.Funds, "fund", "funds")}" })
            .Concat(UnknownItems(unknown))
            .ToList();
        yield return new BarChart(items)
        {
            AxisTitle = AmountAxis(c),
            FormatValue = Typography.AxisAmount,
            MaxLabelFraction = Typography.NameLabelFraction,
            Fill = Typography.NamedFill,
            Caption = "Value summed over the funds whose latest report holds the company. Related companies are not shown here." +
                (unknown.Count > 0 ? " " + Wording.ChartValuesUnknown(unknown, unknownRows, report.Terms) : "") +
                TopNote(items.Count, named.Count, $"{report.Terms.CompaniesPlural} with the most value", "the workbook's Market companies sheet"),
        };
    }

    /// <summary>Several funds' categories are drawn side by side, each category in a fill of its own (<see cref="FundsByCategory"/>).</summary>
    private static bool CategoriesTogether(ReportContext context) =>
        context.Portfolio is null && context.Report.Funds.Count != 1 && LatestFunds(context).Any(f => f.ByCategory.Count > 0);

    private static IEnumerable<IElement> FundsByCategory(ReportContext context)
    {
        var funds = LatestFunds(context).Where(f => f.ByCategory.Count > 0).ToList();
        if (funds.Count == 0)
        {
            yield break;
        }

        yield return new Heading(context.Report.Terms.ByCategory, 2);
        if (context.Report.Funds.Count == 1)
        {
            var fund = funds[0];
            yield return new BarChart(fund.ByCategory.Select(x => new BarItem(Wording.Category(x), Positive(x.Weight))
            {
                ValueLabel = $"{Wording.CategoryWeightAtLeast(x)}{Typography.Percent(x.Weight)} · {Wording.CategoryValueAtLeast(x)}{Typography.MoneyCell(x.Value, fund.Currency, null, Wording.MissingValue(fund))} · " +
                    Typography.Plural(x.Companies, "company", "companies"),
            }))
            {
                AxisTitle = "Flagged weight: share of the fund's value",
                FormatValue = Typography.AxisPercent,
                // A label giving weight and value as lower bounds is long: a category's name wraps sooner to leave the bars room.
                MaxLabelFraction = CategoryLabelFraction,
                Fill = Typography.NamedFill,
                Caption = Wording.CategoriesValuesUnknown([fund], nameFunds: false) is { Length: > 0 } unknown ? $"{CategoryCaption(context.Report.Terms)} {unknown}" : CategoryCaption(context.Report.Terms),
            };
            yield break;
        }

        var shown = funds.OrderByDescending(f => f.FlaggedWeight).ThenBy(f => f.DisplayName, StringComparer.Ordinal).Take(CategoryFunds).ToList();
        // A category is its list's where several lists are screened together: one series each, each in a fill of its own.
        var categories = CategoryFills.Drawn(shown);
        var series = categories.Series.Select((x, i) => new BarSeries(Wording.Category(x.Category, x.List), Typography.CategoryFill(i))).ToList();
        var groups = shown.Select(f =>
            {
                var bars = f.ByCategory.Where(x => categories.IndexOf(x) >= 0).OrderBy(categories.IndexOf)
                    .Select(x => new GroupBar(categories.IndexOf(x), Positive(x.Weight)) { ValueLabel = Wording.CategoryWeightAtLeast(x) + Typography.Percent(x.Weight) })
                    .ToList();
                return new BarGroup(bars.Count == 0 ? $"{f.DisplayName}: {Wording.NoCategoryDrawn(context.Report.Terms)}" : f.DisplayName, bars);
            })
            .ToList();
        var table = MarketLayout.Applies(context.Report) ? "the JSON (funds[].byCategory)" : context.Report.Terms.FlaggedValueByCategory;
        yield return new GroupedBarChart(series, groups)
        {
            AxisTitle = "Flagged weight in each category: share of the fund's value",
            FormatValue = Typography.AxisPercent,
            Caption = CategoryCaption(context.Report.Terms) + " Weights, not values, are shown, so funds of different sizes and currencies compare." +
                TopNote(shown.Count, funds.Count, "funds with the largest flagged weight", table) +
                Wording.CategoriesDrawn(categories, context.Report.Terms, table),
        };
    }

    /// <summary>Flagged weight at each as-of date, for every fund (<see cref="FundExposure.Identity"/>: its series, not its name) screened at more than one date.</summary>
    private static IEnumerable<IElement> OverTime(ReportContext context)
    {
        var funds = context.Report.Funds
            .GroupBy(f => f.Identity, StringComparer.Ordinal)
            .Select(g => g.Where(f => f.AsOf is not null).OrderBy(f => f.AsOf).ToList())
            .Where(s => s.Select(f => f.AsOf).Distinct().Count() > 1)
            .ToList();
        if (funds.Count == 0)
        {
            yield break;
        }

        var shown = funds.OrderByDescending(s => s[^1].FlaggedWeight).ThenBy(s => s[^1].DisplayName, StringComparer.Ordinal).Take(TimeFunds).ToList();
        var groups = shown.Select(s => new BarGroup(s[^1].DisplayName, s
                .Select((f, i) => new GroupBar(i == s.Count - 1 ? 0 : 1, Positive(f.FlaggedWeight))
                {
                    Label = Typography.Date(f.AsOf),
                    ValueLabel = Typography.Percent(f.FlaggedWeight),
                })
                .ToList()))
            .ToList();
        yield return new Heading("Over time", 2);
        yield return new GroupedBarChart(
            [new BarSeries("latest snapshot", Typography.NamedFill), new BarSeries("earlier snapshot", Typography.EarlierSnapshotFill)],
            groups)
        {
            AxisTitle = $"Flagged weight: value {context.Report.Terms.InCompanies} over the fund's value",
            FormatValue = Typography.AxisPercent,
            Caption = "Each fund's holdings file at each as-of date." +
                (context.Portfolio is null ? "" : " Changes company by company are under Changes between snapshots; the scheme's figures use the latest snapshot.") +
                TopNote(shown.Count, funds.Count, "funds with the largest latest flagged weight",
                    context.Portfolio is not null ? "Changes between snapshots" : MarketLayout.Applies(context.Report) ? "the workbook's Funds sheet" : "Funds"),
        };
    }

    /// <summary>The funds whose figures the charts compare: each fund's latest report in a market of filings, else every fund.</summary>
    private static IReadOnlyList<FundExposure> LatestFunds(ReportContext context)
    {
        if (context.Report.Market is null)
        {
            return context.Report.Funds;
        }

        var latest = MarketLayout.LatestReports(context.Report);
        return context.Report.Funds.Where(f => latest.Contains(f.Id)).ToList();
    }

    /// <summary>Why a holding of the scheme was not looked through at all, as Coverage gives it.</summary>
    private static string NotLookedThrough(PortfolioExposure p, string entryId) =>
        p.Coverage.Gaps.FirstOrDefault(g => g.Path == entryId)?.Reason ?? "see Coverage";

    /// <summary>The share of a single fund's category chart its categories' names may take.</summary>
    private const double CategoryLabelFraction = 0.25;

    private static string CategoryCaption(ListTerms t) =>
        $"A company {t.Adjective} in two categories counts in both, so the categories never sum to the flagged value.";

    private static string AmountAxis(string currency) => $"{currency} (k = thousand, M = million, B = billion)";

    private static string TopNote(int shown, int total, string what, string table) =>
        shown < total ? $" The {Typography.Count(shown)} {what} are shown, of {Typography.Count(total)}; {table} lists every one." : "";

    /// <summary>Bars are drawn from zero: a negative figure (a short position) is drawn as no bar, and its label still gives the figure.</summary>
    private static double Positive(decimal? value) => value > 0 ? (double)value.Value : 0;
}

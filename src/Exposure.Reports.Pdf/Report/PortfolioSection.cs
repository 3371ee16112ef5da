using System.Globalization;
using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Report;

/// <summary>
/// The scheme view, when a portfolio file described one: the scheme's figures, each holding and manager, coverage (what
/// was looked through and, never hidden, what was not), every path by which the scheme holds each company, changes
/// between snapshots, and the exchange rates used. All in the report currency, all from the model.
/// </summary>
internal sealed class PortfolioSection : IReportSection
{
    public const string Title = "The scheme, looked through";
    public const string HoldingsTitle = "Holdings of the scheme";
    public const string ManagersTitle = "Managers";
    public const string CoverageTitle = "Coverage: what was looked through, and what was not";
    public const string CompaniesTitle = "Companies in the scheme and how they are held";
    public const string ChangesTitle = "Changes between snapshots";
    public const string RatesTitle = "Exchange rates used";

    /// <summary>The bookmarks of the scheme's parts, for the contents.</summary>
    public static IReadOnlyList<string> Parts { get; } = [HoldingsTitle, ManagersTitle, CoverageTitle, CompaniesTitle, ChangesTitle, RatesTitle];

    public IEnumerable<IElement> Compose(ReportContext context)
    {
        if (context.Portfolio is not { } p)
        {
            yield break;
        }

        var c = p.ReportCurrency;
        var bounds = p.Bounds;
        var t = context.Report.Terms;
        yield return new Heading(Title);
        yield return new Paragraph(
            "Each amount the scheme invests is followed down through funds of funds and index mandates to the companies held: " +
            $"exposure to a company along a path is the amount invested, converted to {c}, times the weight at each level of the path. " +
            "A fund's latest holdings file is used; earlier files only show changes over time. Flagged value counts holdings " +
            $"{t.InCompanies}; related value and value awaiting review are shown beside it and never added to it.");
        var figures = new KeyValueList { KeyWidthFraction = Typography.SchemeKeyWidth, FontSize = Typography.FactsSize }
            .Add("Scheme", p.Title)
            .Add("Report currency", c)
            .Add("As of", p.AsOf is null ? Wording.NoSchemeDate : Typography.Date(p.AsOf))
            .Add("Amount invested", Typography.Money(p.TotalInvested, c))
            .Add("Looked through to company level, share of amount invested", $"{Typography.Money(p.Coverage.LookedThrough, c)} ({SchemeBounds.Share(Core.Portfolio.Bound.Exact, p.Coverage.LookedThroughShare, p.TotalInvested)})")
            .Add($"Value {t.InCompanies} (flagged), share of amount invested",
                SchemeBounds.Stated(bounds.FlaggedValue, Typography.Money(p.FlaggedValue, c)) is var flagged && bounds.FlaggedValue is Core.Portfolio.Bound.NoneLookedThrough or Core.Portfolio.Bound.ValuesUnknown
                    ? flagged
                    : $"{flagged} ({SchemeBounds.Share(bounds.FlaggedValue, p.FlaggedShare, p.TotalInvested)})");
        if (SchemeBounds.Scheme(p) is { } cover)
        {
            figures.Add("What the flagged, related and review values cover", "Each is " + cover + ".");
        }
        if (SchemeBounds.ValuesUnknown(p) is { } unknown)
        {
            figures.Add("Holdings whose value is unknown", unknown + ".");
        }
        if (p.FlaggedByInstrument is { HasMoreThanShares: true } held)
        {
            figures.Add("How the flagged value is held" + (bounds.FlaggedValue == Core.Portfolio.Bound.Exact ? "" : $" ({SchemeBounds.AtLeast})"), Wording.Split(held, c));
        }

        yield return figures
            .Add($"Value in related companies (parent or subsidiary of {t.AnEntity}; not counted as flagged)", SchemeBounds.Stated(bounds.RelatedValue, Typography.Money(p.RelatedValue, c)))
            .Add("Value awaiting review (not counted as flagged)", SchemeBounds.Stated(bounds.ReviewValue ?? Core.Portfolio.Bound.Exact, Typography.Money(p.ReviewValue, c)));

        var bounded = MarketLayout.Applies(context.Report);
        foreach (var element in Holdings(p, bounded, t).Concat(Managers(p, t)).Concat(Coverage(context, p, bounded)).Concat(Companies(p, bounded)).Concat(Changes(context, p)).Concat(Rates(p)))
        {
            yield return element;
        }

        yield return new PageBreak();
    }

    /// <summary>The word before "companies" in a narrow column's title, one word a line: "Named", "Listed", "Named or\nlisted".</summary>
    private static string Stacked(ListTerms t) => Wording.Capitalised(t.Adjective).Replace(" or ", " or\n", StringComparison.Ordinal);

    /// <param name="bounded">A scheme of many funds (<see cref="MarketLayout"/>): its first rows are shown, and where every row is.</param>
    private static IEnumerable<IElement> Holdings(PortfolioExposure p, bool bounded, ListTerms t)
    {
        var c = p.ReportCurrency;
        yield return new Heading(HoldingsTitle, 2);
        yield return Typography.Note(
            $"One row per fund or mandate the scheme invests in directly, in the portfolio file's order. Amounts are in {c}, converted " +
            $"at the rates under Exchange rates used; the amount in the holding's own currency is given beneath. The {t.Adjective} share is " +
            "of the amount invested in the holding." + (p.RoundedTotalsNote is { } rounded ? " " + rounded : ""));
        var table = new Table(
        [
            new TableColumn("Holding", ColumnWidth.Relative(1)),
            Typography.SchemeAmountColumn($"Amount\ninvested\n({c})"),
            Typography.SchemeAmountColumn($"Looked\nthrough\n({c})"),
            Typography.SchemeAmountColumn($"{Stacked(t)}\ncompanies\n({c})"),
            Typography.NarrowPercentColumn($"{Stacked(t)}\nshare"),
            Typography.SchemeAmountColumn($"Related\n({c})"),
            Typography.SchemeAmountColumn($"Awaiting\nreview\n({c})"),
            Typography.DateColumn("Latest\nsnapshot"),
        ]);
        var entries = bounded ? p.Entries.Take(MarketLayout.Rows).ToList() : p.Entries;
        foreach (var e in entries)
        {
            var b = e.Bounds;
            table.AddRow(
                new TableCell(e.Name)
                {
                    Bold = true,
                    More = [new TextSpan($"\n{Words.Of(e.Kind)} · {e.Id} · {e.Manager ?? "no manager given"}" +
                        (e.NotLookedThrough is { } why ? $"\nnot looked through: {why}" : "")) { Color = Typography.Muted, Bold = false }],
                },
                new TableCell(Typography.Amount(e.AmountInReportCurrency))
                {
                    More = e.AmountInvested is null || e.Currency == c ? [] : [new TextSpan("\n" + Typography.Money(e.AmountInvested, e.Currency)) { Color = Typography.Muted }],
                },
                Typography.Amount(e.LookedThrough),
                Bound(b.FlaggedValue, Typography.Amount(e.FlaggedValue)),
                e.AmountInReportCurrency == 0 ? SchemeBounds.NotDefined : Bound(b.FlaggedValue, Typography.Percent(e.FlaggedShare)),
                Bound(b.RelatedValue, Typography.Amount(e.RelatedValue)),
                Bound(b.ReviewValue ?? Core.Portfolio.Bound.Exact, Typography.Amount(e.ReviewValue)),
                e.SnapshotAsOf is null && e.SnapshotFile is null
                    ? Wording.NoFile
                    : Typography.Date(e.SnapshotAsOf) + (e.Snapshots > 1 ? $"\n({Typography.Plural(e.Snapshots, "snapshot", "snapshots")})" : ""));
        }

        var bounds = p.Bounds;
        table.AddRow(
            new TableCell("Scheme") { Bold = true },
            new TableCell(Typography.Amount(p.TotalInvested)) { Bold = true },
            new TableCell(Typography.Amount(p.Coverage.LookedThrough)) { Bold = true },
            new TableCell(Bound(bounds.FlaggedValue, Typography.Amount(p.FlaggedValue))) { Bold = true },
            new TableCell(p.TotalInvested == 0 ? SchemeBounds.NotDefined : Bound(bounds.FlaggedValue, Typography.Percent(p.FlaggedShare))) { Bold = true },
            new TableCell(Bound(bounds.RelatedValue, Typography.Amount(p.RelatedValue))) { Bold = true },
            new TableCell(Bound(bounds.ReviewValue ?? Core.Portfolio.Bound.Exact, Typography.Amount(p.ReviewValue))) { Bold = true },
            "");
        yield return table;
        if (SchemeBounds.Scheme(p) is { } cover)
        {
            yield return Typography.Note($"The scheme's named, related and review values are each {cover}.");
        }
        if (SchemeBounds.ValuesUnknown(p) is { } unknown)
        {
            yield return Typography.Note(unknown + ".");
        }

        foreach (var element in Typography.NoteIfAny(MarketWording.Rest(entries.Count, p.Entries.Count, "holdings of the scheme", MarketWording.SchemeHoldingsWhere)))
        {
            yield return element;
        }
    }


    private static IEnumerable<IElement> Managers(PortfolioExposure p, ListTerms t)
    {
        var c = p.ReportCurrency;
        yield return new Heading(ManagersTitle, 2);
        var table = new Table(
        [
            new TableColumn("Manager", ColumnWidth.Relative(2)),
            Typography.NarrowCountColumn("Holdings"),
            Typography.SchemeAmountColumn($"Amount invested ({c})"),
            Typography.SchemeAmountColumn($"{t.CompaniesTitle} ({c})"),
            Typography.PercentColumn(t.ShareTitle),
            Typography.SchemeAmountColumn($"Related ({c})"),
        ]);
        foreach (var m in p.Managers)
        {
            var b = m.Bounds;
            table.AddRow(m.Manager, Typography.Count(m.Entries), Typography.Amount(m.AmountInvested), Bound(b.FlaggedValue, Typography.Amount(m.FlaggedValue)),
                m.AmountInvested == 0 ? SchemeBounds.NotDefined : Bound(b.FlaggedValue, Typography.Percent(m.FlaggedShare)), Bound(b.RelatedValue, Typography.Amount(m.RelatedValue)));
        }

        yield return table;
        var notes = p.Managers.Select(m => SchemeBounds.Manager(p, m) is { } why ? $"{m.Manager}: {why}" : null).OfType<string>().ToList();
        if (notes.Count > 0)
        {
            yield return Typography.Note("Holdings not looked through, whose exposure is unknown, not zero. " + string.Join(". ", notes) + ".");
        }
    }

    /// <summary>A figure in a table cell: "at least" above it when it is a lower bound, "unknown" for a lower bound of zero.</summary>
    private static string Bound(Core.Portfolio.Bound bound, string figure) => bound switch
    {
        Core.Portfolio.Bound.AtLeast => $"{SchemeBounds.AtLeast}\n{figure}",
        _ => SchemeBounds.Total(bound, figure),
    };

    private static IEnumerable<IElement> Coverage(ReportContext context, PortfolioExposure p, bool bounded)
    {
        var c = p.ReportCurrency;
        var coverage = p.Coverage;
        // The heading and what it says about the gaps stay together: the sentence on what was not looked through is never orphaned.
        yield return new KeepTogether(new Heading(CoverageTitle, 2), new Paragraph(
        [
            new TextSpan($"{Typography.Money(coverage.LookedThrough, c)} of the {Typography.Money(p.TotalInvested, c)} invested " +
                $"({SchemeBounds.Share(Core.Portfolio.Bound.Exact, coverage.LookedThroughShare, p.TotalInvested)}) was looked through to company level and screened.") { Bold = true },
            coverage.Gaps.Count == 0
                ? " Nothing was left out."
                : " The amounts below were not: no holdings file was given, holdings had no company issuer, or rows could not be read or do " +
                  "not add up to the fund's stated value. Exposure in them is unknown, not zero.",
        ]));
        if (coverage.Gaps.Count == 0)
        {
            yield break;
        }

        var table = new Table(
        [
            new TableColumn("Holding", ColumnWidth.Relative(1.5)),
            new TableColumn("Path", ColumnWidth.Relative(1.3)),
            new TableColumn("Not looked through because", ColumnWidth.Relative(2.2)),
            Typography.PathValueColumn($"Value ({c})"),
        ]);
        var gaps = bounded ? coverage.Gaps.Take(MarketLayout.Rows).ToList() : coverage.Gaps;
        foreach (var gap in gaps)
        {
            table.AddRow(context.EntryName(gap.EntryId), gap.Route, gap.Reason, Typography.Amount(gap.Value));
        }

        yield return table;
        foreach (var element in Typography.NoteIfAny(MarketWording.Rest(gaps.Count, coverage.Gaps.Count, "amounts not looked through", MarketWording.CoverageWhere)))
        {
            yield return element;
        }
    }

    private static IEnumerable<IElement> Companies(PortfolioExposure p, bool bounded)
    {
        var c = p.ReportCurrency;
        yield return new Heading(CompaniesTitle, 2);
        if (p.Companies.Count == 0)
        {
            yield return new Paragraph("No holding of the scheme leads to a company on the list, as far as it was looked through.");
            yield break;
        }

        yield return Typography.Note(
            "Every path by which the scheme holds each company on the list: the holdings from the scheme down to the fund that holds " +
            "the company (\"multi-asset > em-equity\" is em-equity held through multi-asset). The weight is the company's share of the " +
            "amount invested in the holding the path starts from. Companies named by a source come first, largest first; related " +
            "companies and holdings awaiting review are never counted as flagged. A holding whose value is unknown is listed with its " +
            "value unknown and why; a value or total that leaves such holdings out reads \"at least\".");
        var table = new Table(
        [
            new TableColumn("Company", ColumnWidth.Relative(1.9)),
            new TableColumn("Path", ColumnWidth.Relative(1.6)),
            new TableColumn("Manager", ColumnWidth.Relative(1.1)),
            Typography.PathValueColumn($"Value ({c})"),
            Typography.PercentColumn("Weight in the holding"),
        ]);
        var companies = bounded ? p.Companies.Take(MarketLayout.Rows).ToList() : p.Companies;
        var pathsCut = false;
        foreach (var company in companies)
        {
            var paths = bounded ? Math.Min(company.Paths.Count, MarketLayout.PathsListed) : company.Paths.Count;
            pathsCut |= paths < company.Paths.Count;
            for (var i = 0; i < paths; i++)
            {
                var path = company.Paths[i];
                var name = i == 0
                    ? new TableCell(company.Name)
                    {
                        Bold = true,
                        More = [new TextSpan($"\n{Words.OfCompanyState(company.State)}\ntotal {CompanyTotal(company, c, p.TotalInvested)}") { Color = Typography.Muted, Bold = false }],
                    }
                    : new TableCell("") { More = [new TextSpan(company.Name) { Color = Typography.Muted }] };
                var notes = new[] { path.ValueUnknown is { } why ? $"value {Wording.Unknown}: {why}" : null, SchemeBounds.Notional(path, c) }.OfType<string>().ToList();
                var route = notes.Count > 0 ? new TableCell(path.Route) { More = [new TextSpan("\n" + string.Join("\n", notes)) { Color = Typography.Muted }] } : new TableCell(path.Route);
                table.AddRow(name, route, path.Manager.Length == 0 ? "no manager given" : path.Manager, Bound(path.ValueBound, Typography.Amount(path.Value)),
                    path is { Weight: null, Value: not null } ? SchemeBounds.NotDefined : Bound(path.ValueBound, Typography.Percent(path.Weight)));
            }
        }

        yield return table;
        foreach (var element in Typography.NoteIfAny(MarketWording.SchemePaths(companies.Count, p.Companies.Count, pathsCut)))
        {
            yield return element;
        }
    }

    /// <summary>"GBP 820,385, 0.855% of the scheme"; "at least" before both when some of its holdings' values are unknown; "unknown" when all are.</summary>
    private static string CompanyTotal(PortfolioCompanyExposure company, string c, decimal invested) => company.Value is null
        ? $"{Wording.Unknown} ({Typography.Plural(company.ValuesUnknown, "holding", "holdings")} of unknown value)"
        : $"{SchemeBounds.Total(company.ValueBound, Typography.Money(company.Value, c))}, {SchemeBounds.Share(company.ValueBound, company.Share, invested)} of the scheme";

    private static IEnumerable<IElement> Changes(ReportContext context, PortfolioExposure p)
    {
        yield return new Heading(ChangesTitle, 2);
        if (p.Changes.Count == 0)
        {
            yield return new Paragraph("No holding has more than one snapshot with a change in a company on the list, so there is no change over time to report.");
            yield break;
        }

        yield return Typography.Note(
            "For each fund with more than one holdings file, the companies (named or related) added, removed, or held at a " +
            "higher or lower weight in the later file. Weights are shares of the fund's own value, not of the scheme.");
        var table = new Table(
        [
            new TableColumn("Holding", ColumnWidth.Relative(1.4)),
            Typography.DateRangeColumn("From → to"),
            new TableColumn("Company", ColumnWidth.Relative(1.8)),
            Typography.CodeColumn("Change"),
            Typography.SnapshotWeightColumn("Weight before"),
            Typography.SnapshotWeightColumn("Weight after"),
        ]);
        foreach (var change in p.Changes)
        {
            table.AddRow(
                new TableCell(context.EntryName(change.EntryId)) { More = [new TextSpan($"\n{change.FromFile} → {change.ToFile}") { Color = Typography.Muted }] },
                $"{Typography.Date(change.FromAsOf)}\n{Typography.Date(change.ToAsOf)}",
                change.CompanyName,
                new TableCell(Wording.Code(change.Change)) { Bold = true },
                Typography.Percent(change.WeightBefore),
                Typography.Percent(change.WeightAfter));
        }

        yield return table;
    }

    private static IEnumerable<IElement> Rates(PortfolioExposure p)
    {
        yield return new Heading(RatesTitle, 2);
        if (p.FxRates.Count == 0)
        {
            yield return new Paragraph($"No conversion was needed: every amount invested is in {p.ReportCurrency}.");
            yield break;
        }

        yield return Typography.Note("Each amount invested in another currency was converted at the rate from the portfolio's rates file: one unit of the first currency is the rate in units of the second.");
        var table = new Table(
        [
            Typography.CurrencyColumn("From"),
            Typography.CurrencyColumn("To"),
            Typography.RateColumn("Rate"),
            new TableColumn("Reads", ColumnWidth.Relative(1)),
        ]);
        foreach (var rate in p.FxRates)
        {
            var text = rate.Rate.ToString("0.######", CultureInfo.InvariantCulture);
            table.AddRow(rate.From, rate.To, text, $"1 {rate.From} = {text} {rate.To}");
        }

        yield return table;
    }
}

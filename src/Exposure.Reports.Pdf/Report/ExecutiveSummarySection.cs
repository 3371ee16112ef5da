using Exposure.Core.Holdings;
using Exposure.Core.Portfolio;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Report;

/// <summary>One page a trustee reads in a minute: what was screened, four headline figures, the findings that matter, the largest exposures.</summary>
internal sealed class ExecutiveSummarySection : IReportSection
{
    public const string Title = "Executive summary";

    private const int Largest = 5;

    // The summary stays on one page: more warnings or dates than these are given in full under Summary.
    private const int WarningsShown = 3;
    private const int DatesShown = 3;

    public IEnumerable<IElement> Compose(ReportContext context)
    {
        var report = context.Report;
        var run = report.Run;
        yield return new Heading(Title);
        if (context.Portfolio is { } p)
        {
            yield return new Paragraph(
                $"{p.Title}: {Typography.Money(p.TotalInvested, p.ReportCurrency)} invested in " +
                $"{Typography.Plural(p.Entries.Count, "holding", "holdings")}" + (p.AsOf is null ? "" : $" as of {Typography.Date(p.AsOf)}") +
                $", {SchemeBounds.LookedThrough(p)} and screened against " +
                $"{ListFraming.ScreenedAgainst(run)}.");
        }
        else if (report.Market is { } market)
        {
            var m = market.Summary;
            yield return new Paragraph(
                $"{Typography.Plural(m.Funds, "fund", "funds")} {MarketWording.FiledBy(m)} on SEC Form N-PORT, " +
                $"{Wording.Verb(m.Funds, "by its", "each by its")} latest report, screened against {ListFraming.ScreenedAgainst(run)}: " +
                $"{Wording.Verb(m.Funds, "whether the fund holds", "which funds hold")} {ListFraming.Companies(run.Lists)}, how much, and who files {Wording.Verb(m.Funds, "it", "them")}.");
        }
        else
        {
            yield return new Paragraph(
                $"{Typography.Plural(report.Funds.Count, "fund", "funds")} screened against {ListFraming.ScreenedAgainst(run)}: " +
                $"which holdings are in {ListFraming.Companies(run.Lists)}, and how much.");
        }

        // A scheme's figures are looked through from each fund's latest file, in one currency: what is said of the totals
        // over every file (their dates, per date) belongs to the Summary, where those totals are.
        var scheme = context.Portfolio is not null;
        var shown = scheme ? report.Summary.Warnings.Where(w => w.Code != "dates-differ").ToList() : report.Summary.Warnings;
        if (Warnings(shown, WarningsShown) is { } warnings)
        {
            yield return warnings;
        }

        yield return new FigureTiles(Headlines.Figures(context));
        if (!scheme && report.Summary.ByDate.Count is > 0 and <= DatesShown && ByDate(context) is { } byDate)
        {
            yield return new Heading("The same figures by as-of date", 2) { Bookmark = false };
            yield return byDate;
        }
        else if (!scheme && report.Summary.ByDate.Count > DatesShown)
        {
            yield return Typography.Note(Wording.DatesOfFunds(report.Summary) + $": the same figures for each date are under {SummarySection.Title}.");
        }

        yield return new Heading("Key findings", 2) { Bookmark = false };
        yield return new BulletList(Headlines.Findings(context)) { FontSize = Typography.KeyFindingsSize, ItemSpacing = Typography.KeyFindingsSpacing };
        if (LargestExposures(context) is { } chart)
        {
            yield return new Heading($"Largest exposures to companies {context.Report.Terms.By}", 3) { Bookmark = false };
            yield return chart;
        }

        yield return new Callout(
            [
                new TextSpan("Reading these figures. ") { Bold = true },
                $"Flagged value counts only holdings {context.Report.Terms.InCompanies}. Value in related companies and value awaiting a " +
                "person's review are shown apart and never added to it. A company's presence on the list does not establish wrongdoing, " +
                "by it or by a fund holding it: each company's sources and caveat are under Companies held.",
            ],
            Typography.NoteFill,
            Typography.NoteBar)
        {
            FontSize = Typography.CalloutSize,
        };

        // The summary is one page; where a large market's runs onto a second, the charts follow on that page rather
        // than leave it holding only the summary's last lines.
        yield return new PageBreak { OnlyAfterOnePage = true };
    }

    /// <summary>What a reader must know beside the figures, in the model's words, in a box above them.</summary>
    internal static Callout? Warnings(IReadOnlyList<FigureWarning> warnings, int shown = int.MaxValue)
    {
        if (warnings.Count == 0)
        {
            return null;
        }

        var spans = new List<TextSpan> { new("Read these figures with this. ") { Bold = true } };
        spans.AddRange(warnings.Take(shown).Select(w => new TextSpan((warnings.Count > 1 ? "\n• " : "") + w.Text)));
        if (warnings.Count > shown)
        {
            spans.Add(new TextSpan($"\n• And {Typography.Plural(warnings.Count - shown, "more", "more")}, under {SummarySection.Title}."));
        }

        return new Callout(spans, Typography.NoticeFill, Typography.NoticeBar) { FontSize = Typography.CalloutSize };
    }

    /// <summary>The headline figures of each as-of date, when the funds are not all of one date: a total over them adds different dates.</summary>
    internal static Table? ByDate(ReportContext context)
    {
        if (context.Report.Summary.ByDate.Count == 0)
        {
            return null;
        }

        var currency = context.Currency;
        var table = new Table(
        [
            new TableColumn("As of", ColumnWidth.Relative(1)),
            Typography.CountColumn("Funds"),
            Typography.MoneyColumn("Fund value", currency),
            Typography.MoneyColumn("Flagged value", currency),
            Typography.BoundPercentColumn("Flagged share"),
            Typography.CountColumn(context.Report.Terms.CompaniesTitle),
        ]);
        foreach (var (d, _) in MarketLayout.DatesListed(context.Report))
        {
            table.AddRow(
                d.AsOf is null ? "date unknown" : Typography.Date(d.AsOf),
                Typography.Count(d.Funds),
                d.FundValue is null ? Wording.NoTotal(d.TotalsWithheld) : context.MoneyCell(d.FundValue, d.Currency),
                d.FlaggedValue is null ? Wording.NoTotal(d.TotalsWithheld) : Wording.FlaggedValueAtLeast(d) + context.MoneyCell(d.FlaggedValue, d.Currency),
                d.FlaggedShare is null ? Wording.NoTotal(d.TotalsWithheld) : Wording.FlaggedShareAtLeast(d) + Typography.Percent(d.FlaggedShare),
                Typography.Count(d.CompaniesFlagged));
        }

        return table;
    }

    /// <summary>The five named companies with the most value, from the scheme's look-through or across funds in one currency.</summary>
    private static BarChart? LargestExposures(ReportContext context)
    {
        List<BarItem> items;
        string currency;
        // Named companies whose value held is unknown are listed after the others, without a bar, and said to be so, as
        // under Exposure at a glance: a chart of the largest known values alone would leave them out unsaid.
        List<string> unknown = [];
        string? disagree = null;
        if (context.Portfolio is { } p)
        {
            currency = p.ReportCurrency;
            items = p.Companies.Where(c => c.State == RowState.Matched && c.Value > 0).Take(Largest)
                .Select(c => new BarItem(c.Name, (double)c.Value!.Value)
                {
                    ValueLabel = $"{SchemeBounds.Total(c.ValueBound, Typography.Money(c.Value, currency))} ({SchemeBounds.Share(c.ValueBound, c.Share, p.TotalInvested)})",
                })
                .ToList();
            unknown = p.Companies.Where(c => c.State == RowState.Matched && c.Value is null).Select(c => c.Name).ToList();
        }
        else if (context.Report.Market is { } market)
        {
            if (market.Summary.Currency is not { } mc)
            {
                return null;
            }

            currency = mc;
            var companies = MarketLayout.CompaniesByValue(market).Where(x => x.Basis == Basis.Named).ToList();
            items = companies.Where(x => x.Value > 0).Take(Largest)
                .Select(x => new BarItem(x.Name, (double)x.Value!.Value) { ValueLabel = $"{Typography.Money(x.Value, currency)} · {Typography.Plural(x.Funds, "fund", "funds")}" })
                .ToList();
            unknown = companies.Where(x => x.Value is null).Select(x => x.Name).ToList();
        }
        else if (context.Currency is { } c)
        {
            currency = c;
            var companies = context.Report.Companies.Where(x => x.Basis == Basis.Named).ToList();
            var shown = companies.Where(x => x.TotalValue > 0)
                .OrderByDescending(x => x.TotalValue).ThenBy(x => x.NameEn, StringComparer.Ordinal).Take(Largest).ToList();
            items = shown.Select(x => new BarItem(x.NameEn, (double)x.TotalValue!.Value) { ValueLabel = Typography.Money(x.TotalValue, currency) + Wording.ValueDisagreesMark(x) })
                .ToList();
            disagree = Wording.ChartValuesDisagree(shown);
            unknown = companies.Where(x => x.TotalValue is null).Select(x => x.NameEn).ToList();
        }
        else
        {
            return null;
        }

        if (items.Count == 0)
        {
            return null;
        }

        var unknownRows = Math.Min(unknown.Count, ChartsSection.UnknownRows);
        return new BarChart(items.Concat(ChartsSection.UnknownItems(unknown)))
        {
            AxisTitle = $"{currency} (k = thousand, M = million, B = billion)",
            FormatValue = Typography.AxisAmount,
            MaxLabelFraction = Typography.SummaryChartLabelFraction,
            BarThickness = Typography.SummaryChartBarThickness,
            Fill = Typography.NamedFill,
            Caption = string.Join(" ", new[] { unknown.Count > 0 ? Wording.ChartValuesUnknown(unknown, unknownRows) : null, disagree }.OfType<string>()) is { Length: > 0 } caption ? caption : null,
        };
    }
}

using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Report;

/// <summary>The screening summary: headline figures over all holdings files, and every line of input by the state it ended in.</summary>
internal sealed class SummarySection : IReportSection
{
    public const string Title = "Summary";

    public IEnumerable<IElement> Compose(ReportContext context)
    {
        var report = context.Report;
        var run = report.Run;
        var s = report.Summary;
        var c = s.Currency;

        yield return new Heading(Title);
        if (report.Portfolio is not null)
        {
            yield return Typography.Note(
                "The figures on this page are per holdings file, as screened: every snapshot of every fund and mandate, each in its own " +
                "currency. The scheme's figures, looked through in one currency, are under " + PortfolioSection.Title + ".");
        }

        if (report.Market is not null)
        {
            yield return Typography.Note(Wording.MarketTotalsNote(s, MarketSection.Title));
        }

        var w = s.TotalsWithheld;
        var (currencyLabel, currency) = Wording.TotalsCurrency(report, "Report currency", PortfolioSection.Title);
        var t = report.Terms;
        var figures = new KeyValueList { KeyWidthFraction = Typography.SummaryKeyWidth, MinKeyWidthFraction = Typography.SummaryMinKeyWidth, FontSize = Typography.FactsSize }
            .Add(report.Portfolio is not null ? "Holdings files screened (every snapshot)" : report.Market is not null ? "Funds screened (each by its latest report)" : "Funds screened", Typography.Count(s.Funds))
            .Add("Holdings as of", Wording.HoldingsAsOf(s.Dates))
            .Add(currencyLabel, currency);
        // A scheme's totals over files in several currencies are not given: the rows are left out, the currency row says why.
        if (!Wording.PerFileTotalsLeftOut(report))
        {
            figures
                .Add(Wording.FundValueLabel, Typography.Total(s.FundValue, c, w))
                .Add(Wording.ValueScreenedLabel, Typography.Total(s.ValueScreened, c, w))
                .Add($"Value {t.InCompanies} (flagged), share of fund value",
                    Wording.FlaggedValueAtLeast(s) + (s.FlaggedShare is null ? Typography.Total(s.FlaggedValue, c, w) : $"{Typography.Total(s.FlaggedValue, c, w)} ({FlaggedShare(report)})"))
                .Add($"Value in related companies (parent or subsidiary of {t.AnEntity}; not counted as flagged), share",
                    Wording.RelatedValueAtLeast(s) + (s.RelatedShare is null ? Typography.Total(s.RelatedValue, c, w) : $"{Typography.Total(s.RelatedValue, c, w)} ({RelatedShare(report)})"))
                .Add("Value awaiting review (not counted as flagged)", Typography.Total(s.ReviewValue, c, w));
        }

        figures
            .Add("Holdings whose value is unknown (not given or not readable), left out of the values above", Typography.Count(s.ValuesUnknown.Rows))
            .Add($"{t.CompaniesTitle} held", Typography.Count(s.CompaniesFlagged))
            .Add("Related companies held", Typography.Count(s.CompaniesRelated))
            .Add("Companies with holdings awaiting review", Typography.Count(s.CompaniesInReview))
            .Add("Matched or related rows resting on a person's review decision", Typography.Count(s.RowsMatchedByDecision))
            .Add($"{Wording.HoldingsRead(s) ?? "Holding rows"} / distinct securities screened", $"{Typography.Count(s.HoldingRows)} / {Typography.Count(s.DistinctSecurities)}")
            .Add("Reference list", Wording.ListDates(s.Dates, run.Lists))
            .Add("Matching algorithm", run.MatchingAlgorithm);
        if (run.GeneratedAt is { } at)
        {
            figures.Add("Generated", Typography.Timestamp(at));
        }

        yield return figures;
        if (ExecutiveSummarySection.Warnings(s.Warnings) is { } warnings)
        {
            yield return warnings;
        }

        if (ExecutiveSummarySection.ByDate(context) is { } byDate)
        {
            yield return new Heading("By as-of date", 2) { Bookmark = false };
            yield return Typography.Note(Wording.ByDateNote(s));
            yield return byDate;
            foreach (var element in Typography.NoteIfAny(MarketLayout.DatesRest(context.Report, MarketLayout.DatesListed(context.Report))))
            {
                yield return element;
            }
        }

        yield return new Heading("Lines of input by state (every line ends in exactly one)", 2) { Bookmark = false };
        if (Wording.StatesOfEntries(s) is { } entries)
        {
            yield return Typography.Note(entries);
        }

        yield return LinesTable(s.Lines, RejectedCounts.Of(context.Report), t);
    }

    /// <summary>The model's note, bold, under an "ILLUSTRATIVE DATA" label unless the note already opens with that.</summary>
    internal static IReadOnlyList<TextSpan> IllustrativeNotice(string note) =>
        note.StartsWith("Illustrative data", StringComparison.OrdinalIgnoreCase)
            ? [new TextSpan(note) { Bold = true }]
            : [new TextSpan("ILLUSTRATIVE DATA. ") { Bold = true }, note];

    /// <summary>
    /// The flagged share beside the value, "at least" where it is a lower bound, and its basis where it is not the fund
    /// value the row's label names ("0.370%, of the fund, by the file's own weights").
    /// </summary>
    private static string FlaggedShare(ExposureReport report)
    {
        var s = report.Summary;
        var basis = Wording.ShareBasis(s, MarketLayout.CountedFunds(report));
        return $"{Wording.FlaggedShareAtLeast(s)}{Typography.Percent(s.FlaggedShare)}" + (basis == Wording.OfFundValue(s.Funds) ? "" : $", {basis}");
    }

    /// <summary>The related share beside its value, worded as the flagged share is (<see cref="FlaggedShare"/>): on the same basis, "at least" where it is a lower bound.</summary>
    private static string RelatedShare(ExposureReport report)
    {
        var s = report.Summary;
        var basis = Wording.ShareBasis(s, MarketLayout.CountedFunds(report));
        return $"{Wording.RelatedShareAtLeast(s)}{Typography.Percent(s.RelatedShare)}" + (basis == Wording.OfFundValue(s.Funds) ? "" : $", {basis}");
    }

    private static Table LinesTable(StateCounts lines, RejectedCounts rejected, ListTerms t)
    {
        var table = new Table(
        [
            Typography.StateColumn("State"),
            Typography.CountColumn("Lines"),
            new TableColumn("What it means, and where the lines are listed", ColumnWidth.Relative(1)),
        ]);
        table.AddRow("matched", Typography.Count(lines.Matched), $"in {t.ACompanyBy}: Matched and related holdings");
        table.AddRow("related", Typography.Count(lines.Related), $"in a parent or subsidiary of {t.AnEntity}: Matched and related holdings");
        table.AddRow("needs review", Typography.Count(lines.NeedsReview), "for a person to confirm or reject: Holdings that need review");
        table.AddRow("unmatched", Typography.Count(lines.Unmatched), "screened, no company on the list matched: unmatched.csv");
        table.AddRow("excluded", Typography.Count(lines.Excluded), "no company issuer (cash, government debt ...), counted in fund value, not screened: excluded.csv");
        table.AddRow("rejected", Typography.Count(lines.Rejected), Wording.RejectedState(rejected) + ": Rejected lines");
        table.AddRow("not a holding", Typography.Count(lines.NotAHolding), "preamble, header, blank lines, footer: counted only");
        if (lines.LookedThrough > 0)
        {
            table.AddRow("looked through", Typography.Count(lines.LookedThrough), "another fund of the portfolio, screened through its own holdings");
        }

        table.AddRow(new TableCell("all lines") { Bold = true }, new TableCell(Typography.Count(lines.Total)) { Bold = true }, "");
        return table;
    }
}
